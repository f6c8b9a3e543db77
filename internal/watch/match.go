package watch

import (
	"fmt"
	"strings"

	"github.com/sosik-news/sosik/internal/extract"
	"github.com/sosik-news/sosik/internal/korean"
	"github.com/sosik-news/sosik/internal/store"
	"github.com/sosik-news/sosik/internal/store/textsearch"
)

// Matcher tests documents against a set of watches in memory.
type Matcher struct {
	ana     *korean.Analyzer
	watches []compiled
}

type compiled struct {
	w      store.Watch
	spec   Spec
	query  *store.Matcher
	levels map[extract.Certainty]bool
}

// Match is one watch a document matched, and why.
type Match struct {
	Watch  store.Watch
	Reason string
}

// Compile prepares watches for matching; a watch whose spec no longer
// parses is an error naming it.
func Compile(ana *korean.Analyzer, ws []store.Watch) (*Matcher, error) {
	m := &Matcher{ana: ana}
	for _, w := range ws {
		c, err := compile(ana, w)
		if err != nil {
			return nil, err
		}
		m.watches = append(m.watches, c)
	}
	return m, nil
}

func compile(ana *korean.Analyzer, w store.Watch) (compiled, error) {
	spec, err := ParseSpec(w.Spec)
	if err != nil {
		return compiled{}, fmt.Errorf("watch %d (%s): %w", w.ID, w.Name, err)
	}
	c := compiled{w: w, spec: spec}
	if spec.Query != "" {
		if c.query, err = store.CompileQuery(ana, spec.Query); err != nil {
			return compiled{}, fmt.Errorf("watch %d (%s): %w", w.ID, w.Name, err)
		}
	}
	if spec.Event != nil {
		c.levels, _ = Levels(spec.Event.Certainty)
	}
	return c, nil
}

// Match returns the watches d matches, in watch order.
func (m *Matcher) Match(d *extract.Document) []Match {
	var idx *store.IndexedDoc
	var out []Match
	for _, c := range m.watches {
		var why []string
		if c.query != nil {
			if idx == nil {
				idx = store.IndexDocument(m.ana, d)
			}
			if !c.query.Match(idx) {
				continue
			}
			why = append(why, fmt.Sprintf("query %q", c.spec.Query))
		}
		if c.spec.Entity != "" {
			e := findEntity(d, c.spec.Entity)
			if e == nil {
				continue
			}
			why = append(why, "mentions "+e.Name)
		}
		if c.spec.Event != nil {
			ev := findEvent(d, c.spec.Event, c.levels)
			if ev == nil {
				continue
			}
			why = append(why, fmt.Sprintf("%s of %s (%s)", ev.Type, strings.Join(ev.Actors, ", "), ev.Certainty))
		}
		out = append(out, Match{Watch: c.w, Reason: strings.Join(why, "; ")})
	}
	return out
}

// findEntity finds the entity of d named name (or with it as an alias),
// spaces, width and case ignored.
func findEntity(d *extract.Document, name string) *extract.Entity {
	key := textsearch.Norm(name)
	for i := range d.Entities {
		e := &d.Entities[i]
		if textsearch.Norm(e.Name) == key {
			return e
		}
		for _, a := range e.Aliases {
			if textsearch.Norm(a) == key {
				return e
			}
		}
	}
	return nil
}

// findEvent finds the first event of d that meets c.
func findEvent(d *extract.Document, c *EventCond, levels map[extract.Certainty]bool) *extract.Event {
	var with string
	if c.With != "" {
		with = textsearch.Norm(c.With)
		if e := findEntity(d, c.With); e != nil {
			with = textsearch.Norm(e.Name) // an alias names the entity's actors
		}
	}
	for i := range d.Events {
		ev := &d.Events[i]
		if c.Type != "" && string(ev.Type) != c.Type {
			continue
		}
		if levels != nil && !levels[ev.Certainty] {
			continue
		}
		if with != "" && !hasActor(ev, with) {
			continue
		}
		return ev
	}
	return nil
}

func hasActor(ev *extract.Event, key string) bool {
	for _, a := range ev.Actors {
		if textsearch.Norm(a) == key {
			return true
		}
	}
	return false
}
