package server

import (
	"net/http"
	"slices"
	"strings"

	"github.com/sosik-news/sosik/internal/ingest"
	"github.com/sosik-news/sosik/internal/store"
)

// maxEventFilters bounds how many types or certainty levels one request lists.
const maxEventFilters = 40

// EventsResponse is the answer of GET /api/events.
type EventsResponse struct {
	Query  store.EventQuery `json:"query"`
	Total  int              `json:"total"`
	Events []store.EventRef `json:"events"`
}

// handleEvents lists the corpus's events: GET /api/events?type=MEET&entity=…
// &with=…&certainty=denied,planned&from=2020&to=2020. type and certainty
// may be repeated or comma-separated; unknown values are a 400.
func (s *Server) handleEvents(w http.ResponseWriter, r *http.Request) error {
	p, err := newParams(r.URL.RawQuery)
	if err != nil {
		return err
	}
	q := store.EventQuery{
		Types:     p.eventTypeList("type"),
		Entity:    p.str("entity", maxParamLen),
		With:      p.str("with", maxParamLen),
		Certainty: p.certaintyList("certainty"),
		From:      p.date("from"),
		To:        p.date("to"),
		Limit:     p.intIn("limit", defaultLimit, 1, maxLimit),
		Offset:    p.intIn("offset", 0, 0, maxOffset),
	}
	if p.err != nil {
		return p.err
	}
	res, err := s.corpus.Events(r.Context(), q)
	if err != nil {
		return storeError(err, "entity "+quoteShort(q.Entity+" "+q.With))
	}
	evs := res.Events
	if evs == nil {
		evs = []store.EventRef{}
	}
	for i := range evs {
		evs[i].Article.URL = ingest.SafeURL(evs[i].Article.URL)
	}
	writeJSON(w, http.StatusOK, EventsResponse{Query: q, Total: res.Total, Events: evs})
	return nil
}

// splitList reads a parameter that may be repeated and comma-separated.
func (p *params) splitList(name string) []string {
	var out []string
	for _, v := range p.list(name, maxParamLen, maxEventFilters) {
		for _, part := range strings.Split(v, ",") {
			if part = strings.TrimSpace(part); part != "" {
				out = append(out, part)
			}
		}
	}
	if len(out) > maxEventFilters {
		p.fail("at most %d values of %s", maxEventFilters, name)
		return nil
	}
	return out
}

// eventTypeList accepts event types of eventTypes, in any case.
func (p *params) eventTypeList(name string) []string {
	vals := p.splitList(name)
	for i, v := range vals {
		vals[i] = strings.ToUpper(v)
		if !slices.Contains(eventTypes, vals[i]) {
			p.fail("parameter %s must be event types, of %s; got %q", name, strings.Join(eventTypes, ", "), v)
			return nil
		}
	}
	return vals
}

// certaintyList accepts levels of store.EventCertainties, in any case.
func (p *params) certaintyList(name string) []string {
	vals := p.splitList(name)
	var known []string
	for _, c := range store.EventCertainties {
		known = append(known, string(c))
	}
	for i, v := range vals {
		vals[i] = strings.ToLower(v)
		if !slices.Contains(known, vals[i]) {
			p.fail("parameter %s must be certainty levels, of %s; got %q", name, strings.Join(known, ", "), v)
			return nil
		}
	}
	return vals
}
