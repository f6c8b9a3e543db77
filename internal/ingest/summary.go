package ingest

import (
	"fmt"
	"io"
	"regexp"
	"sort"
	"strings"
	"time"
)

// Summary counts what a run did.
type Summary struct {
	Inserted       int `json:"inserted"`
	NearDuplicates int `json:"near_duplicates"` // stored, grouped into an existing story
	Duplicates     int `json:"duplicates"`      // not stored again
	// AlreadyStored counts the Duplicates found in the store before
	// extraction (a resumed or repeated ingest).
	AlreadyStored int `json:"already_stored"`
	Failed        int `json:"failed"`
	// Skipped counts files in folders that are not news input.
	Skipped int `json:"skipped"`
	// Reasons groups the failures by reason, most frequent first.
	Reasons []ReasonCount `json:"reasons,omitempty"`
	Bytes   int64         `json:"bytes"`
	Elapsed time.Duration `json:"elapsed_ns"`

	reasons map[string]*ReasonCount
}

// ReasonCount is one failure reason, how often it occurred and where first.
type ReasonCount struct {
	Reason  string `json:"reason"`
	Count   int    `json:"count"`
	Example string `json:"example"` // the source of the first item that failed so
}

func newSummary() *Summary {
	return &Summary{reasons: make(map[string]*ReasonCount)}
}

// Stored is how many articles the run added to the store.
func (s *Summary) Stored() int { return s.Inserted + s.NearDuplicates }

// Processed is how many articles the run went through, whatever came of them.
func (s *Summary) Processed() int {
	return s.Inserted + s.NearDuplicates + s.Duplicates + s.Failed
}

// Rate is processed articles per second.
func (s *Summary) Rate() float64 {
	if s.Elapsed <= 0 {
		return 0
	}
	return float64(s.Processed()) / s.Elapsed.Seconds()
}

func (s *Summary) add(o Outcome) {
	s.Bytes += o.Bytes
	switch o.Status {
	case Inserted:
		s.Inserted++
	case NearDuplicate:
		s.NearDuplicates++
	case Duplicate:
		s.Duplicates++
		if o.AlreadyStored {
			s.AlreadyStored++
		}
	case Skipped:
		s.Skipped++
	default:
		s.Failed++
		reason := Reason(o)
		rc := s.reasons[reason]
		if rc == nil {
			rc = &ReasonCount{Reason: reason, Example: o.Source}
			s.reasons[reason] = rc
		}
		rc.Count++
	}
}

func (s *Summary) sortReasons() {
	s.Reasons = s.Reasons[:0]
	for _, rc := range s.reasons {
		s.Reasons = append(s.Reasons, *rc)
	}
	sort.Slice(s.Reasons, func(i, j int) bool {
		if s.Reasons[i].Count != s.Reasons[j].Count {
			return s.Reasons[i].Count > s.Reasons[j].Count
		}
		return s.Reasons[i].Reason < s.Reasons[j].Reason
	})
}

var (
	digitsRE = regexp.MustCompile(`[0-9]+`)
	quotedRE = regexp.MustCompile(`'[^']*'|"[^"]*"`)
)

// Reason is the failure reason of an outcome without its location, with
// numbers and quoted bits generalised so that alike failures group.
func Reason(o Outcome) string {
	if o.Err == nil {
		return "unknown"
	}
	msg := o.Err.Error()
	msg = strings.TrimPrefix(msg, o.Source+": ")
	msg = quotedRE.ReplaceAllString(msg, "…")
	msg = digitsRE.ReplaceAllString(msg, "N")
	if r := []rune(msg); len(r) > 100 {
		msg = string(r[:100]) + "…"
	}
	return msg
}

// WriteText prints the summary for a person; topReasons bounds the failure
// reasons listed.
func (s *Summary) WriteText(w io.Writer, topReasons int) {
	fmt.Fprintf(w, "ingested %d articles", s.Stored())
	if s.NearDuplicates > 0 {
		fmt.Fprintf(w, " (%d near-duplicates grouped into existing stories)", s.NearDuplicates)
	}
	fmt.Fprintln(w)
	fmt.Fprintf(w, "  inserted:         %d\n", s.Inserted)
	fmt.Fprintf(w, "  near-duplicates:  %d\n", s.NearDuplicates)
	fmt.Fprintf(w, "  duplicates:       %d", s.Duplicates)
	if s.AlreadyStored > 0 {
		fmt.Fprintf(w, " (%d already stored, skipped before extraction)", s.AlreadyStored)
	}
	fmt.Fprintln(w)
	fmt.Fprintf(w, "  failed:           %d\n", s.Failed)
	for i, r := range s.Reasons {
		if i == topReasons {
			fmt.Fprintf(w, "    … %d more reasons\n", len(s.Reasons)-i)
			break
		}
		fmt.Fprintf(w, "    %6d × %s (first: %s)\n", r.Count, r.Reason, r.Example)
	}
	if s.Skipped > 0 {
		fmt.Fprintf(w, "  skipped files:    %d (not news input)\n", s.Skipped)
	}
	read := fmt.Sprintf("%.1f MB", float64(s.Bytes)/1e6)
	if s.Bytes < 1e6 {
		read = fmt.Sprintf("%.1f kB", float64(s.Bytes)/1e3)
	}
	fmt.Fprintf(w, "  elapsed:          %s, %.1f articles/s, %s read\n", s.Elapsed.Round(10*time.Millisecond), s.Rate(), read)
}
