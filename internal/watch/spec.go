// Package watch keeps watches — saved conditions on new articles: a search
// query, an entity, an event (type, with whom, how certain) — matches every
// newly stored article against them in memory, and delivers the hits: a
// signed webhook with retries, an Atom feed per watch, the web UI.
package watch

import (
	"bufio"
	"bytes"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/sosik-news/sosik/internal/extract"
)

// Spec is a watch's condition; every part that is set must hold.
type Spec struct {
	// Query is a search text in the syntax of sosik search.
	Query string `json:"query,omitempty"`
	// Entity is the name (or an alias) of an entity the article mentions.
	Entity string `json:"entity,omitempty"`
	// Event asks for an event of the article.
	Event *EventCond `json:"event,omitempty"`
}

// EventCond is a condition on one event of an article.
type EventCond struct {
	Type string `json:"type,omitempty"` // e.g. MEET; empty: any type
	With string `json:"with,omitempty"` // an actor's name; empty: anyone
	// Certainty lists the levels taken; "speculated+" is speculated or
	// any firmer level. Empty: any level.
	Certainty []string `json:"certainty,omitempty"`
}

//go:embed lexicon/firmness.tsv
var firmnessTSV []byte

// firmness is the certainty scale, firmest first; offScale are the levels
// taken only when named.
var firmness, offScale = loadFirmness(firmnessTSV)

func loadFirmness(data []byte) (scale, off []extract.Certainty) {
	known := []extract.Certainty{extract.Asserted, extract.Reported, extract.Speculated, extract.Planned, extract.Denied, extract.Conditional}
	below := false
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case line == "---":
			below = true
		case !slices.Contains(known, extract.Certainty(line)):
			panic(fmt.Sprintf("watch: lexicon/firmness.tsv: unknown certainty %q", line))
		case below:
			off = append(off, extract.Certainty(line))
		default:
			scale = append(scale, extract.Certainty(line))
		}
	}
	if len(scale)+len(off) != len(known) {
		panic("watch: lexicon/firmness.tsv must list every certainty level once")
	}
	return scale, off
}

// Levels returns the certainty levels a list takes, or an error naming a
// level that does not exist.
func Levels(list []string) (map[extract.Certainty]bool, error) {
	if len(list) == 0 {
		return nil, nil
	}
	out := map[extract.Certainty]bool{}
	for _, l := range list {
		l = strings.ToLower(strings.TrimSpace(l))
		up := strings.HasSuffix(l, "+")
		c := extract.Certainty(strings.TrimSuffix(l, "+"))
		i := slices.Index(firmness, c)
		switch {
		case i >= 0 && up:
			for _, f := range firmness[:i+1] {
				out[f] = true
			}
		case i >= 0 || slices.Contains(offScale, c):
			out[c] = true
		default:
			return nil, fmt.Errorf("certainty %q: want one of %s, or LEVEL+ for that level or firmer", l, levelNames())
		}
	}
	return out, nil
}

func levelNames() string {
	var names []string
	for _, c := range append(append([]extract.Certainty(nil), firmness...), offScale...) {
		names = append(names, string(c))
	}
	return strings.Join(names, ", ")
}

// Check reports what is wrong with a spec.
func (s *Spec) Check() error {
	s.Query, s.Entity = strings.TrimSpace(s.Query), strings.TrimSpace(s.Entity)
	if s.Query == "" && s.Entity == "" && s.Event == nil {
		return errors.New("a watch needs a query, an entity or an event condition")
	}
	if e := s.Event; e != nil {
		e.Type = strings.ToUpper(strings.TrimSpace(e.Type))
		if e.Type != "" && !extract.EventType(e.Type).Valid() {
			return fmt.Errorf("event type %q is not one sosik extracts", e.Type)
		}
		if _, err := Levels(e.Certainty); err != nil {
			return err
		}
	}
	return nil
}

// ParseSpec reads a spec stored as JSON.
func ParseSpec(js string) (Spec, error) {
	var s Spec
	if err := json.Unmarshal([]byte(js), &s); err != nil {
		return s, fmt.Errorf("watch: spec: %w", err)
	}
	return s, s.Check()
}

// JSON is the spec as stored.
func (s Spec) JSON() string {
	b, _ := json.Marshal(s)
	return string(b)
}

// String describes the spec in a line.
func (s Spec) String() string {
	var parts []string
	if s.Query != "" {
		parts = append(parts, fmt.Sprintf("query %q", s.Query))
	}
	if s.Entity != "" {
		parts = append(parts, "entity "+s.Entity)
	}
	if e := s.Event; e != nil {
		d := "event"
		if e.Type != "" {
			d += " " + e.Type
		}
		if e.With != "" {
			d += " with " + e.With
		}
		if len(e.Certainty) > 0 {
			d += " (" + strings.Join(e.Certainty, ", ") + ")"
		}
		parts = append(parts, d)
	}
	return strings.Join(parts, "; ")
}
