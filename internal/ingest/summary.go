package ingest

import (
	"fmt"
	"io"
	"regexp"
	"sort"
	"strings"
	"sync"
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
	// Skipped counts the inputs without an article: files in folders that
	// are not news input, empty JSON arrays, links not followed.
	Skipped int `json:"skipped"`
	// SymlinksFollowed counts the symbolic links followed in folders.
	SymlinksFollowed int `json:"symlinks_followed"`
	// Reasons groups the failures by reason, most frequent first.
	Reasons []ReasonCount `json:"reasons,omitempty"`
	// SkipReasons groups the skipped inputs by reason, the same way.
	SkipReasons []ReasonCount `json:"skip_reasons,omitempty"`
	Bytes       int64         `json:"bytes"`
	Elapsed     time.Duration `json:"elapsed_ns"`

	reasons     map[string]*ReasonCount
	skipReasons map[string]*ReasonCount
}

// ReasonCount is one failure reason, how often it occurred and where first.
type ReasonCount struct {
	Reason  string `json:"reason"`
	Count   int    `json:"count"`
	Example string `json:"example"` // the source of the first item that failed so
}

func newSummary() *Summary {
	return &Summary{reasons: make(map[string]*ReasonCount), skipReasons: make(map[string]*ReasonCount)}
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
	case Noticed:
		s.SymlinksFollowed++
	case Skipped:
		s.Skipped++
		note := o.Note
		if note == "" {
			note = "not news input"
		}
		count(s.skipReasons, note, o.Source)
	default:
		s.Failed++
		count(s.reasons, Reason(o), o.Source)
	}
}

// count adds one occurrence of reason, first seen at source.
func count(m map[string]*ReasonCount, reason, source string) {
	rc := m[reason]
	if rc == nil {
		rc = &ReasonCount{Reason: reason, Example: source}
		m[reason] = rc
	}
	rc.Count++
}

func (s *Summary) sortReasons() {
	s.Reasons = sortedReasons(s.reasons)
	s.SkipReasons = sortedReasons(s.skipReasons)
}

// sortedReasons lists reasons most frequent first.
func sortedReasons(m map[string]*ReasonCount) []ReasonCount {
	out := make([]ReasonCount, 0, len(m))
	for _, rc := range m {
		out = append(out, *rc)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		return out[i].Reason < out[j].Reason
	})
	if len(out) == 0 {
		return nil
	}
	return out
}

var (
	digitsRE = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`[0-9]+`) })
	quotedRE = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`'[^']*'|"[^"]*"`) })
)

// Reason is the failure reason of an outcome without its location, with
// numbers and quoted bits generalised so that alike failures group.
func Reason(o Outcome) string {
	if o.Err == nil {
		return "unknown"
	}
	msg := o.Err.Error()
	msg = strings.TrimPrefix(msg, o.Source+": ")
	msg = quotedRE().ReplaceAllString(msg, "…")
	msg = digitsRE().ReplaceAllString(msg, "N")
	if r := []rune(msg); len(r) > 100 {
		msg = string(r[:100]) + "…"
	}
	return msg
}

// writeReasons lists at most top reasons.
func writeReasons(w io.Writer, reasons []ReasonCount, top int) {
	for i, r := range reasons {
		if i == top {
			fmt.Fprintf(w, "    … %d more reasons\n", len(reasons)-i)
			break
		}
		fmt.Fprintf(w, "    %6d × %s (first: %s)\n", r.Count, r.Reason, r.Example)
	}
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
	writeReasons(w, s.Reasons, topReasons)
	if s.Skipped > 0 {
		fmt.Fprintf(w, "  skipped inputs:   %d (no article in them)\n", s.Skipped)
		writeReasons(w, s.SkipReasons, topReasons)
	}
	if s.SymlinksFollowed > 0 {
		fmt.Fprintf(w, "  symlinks followed: %d\n", s.SymlinksFollowed)
	}
	read := fmt.Sprintf("%.1f MB", float64(s.Bytes)/1e6)
	if s.Bytes < 1e6 {
		read = fmt.Sprintf("%.1f kB", float64(s.Bytes)/1e3)
	}
	fmt.Fprintf(w, "  elapsed:          %s, %.1f articles/s, %s read\n", s.Elapsed.Round(10*time.Millisecond), s.Rate(), read)
}
