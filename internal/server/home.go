package server

import (
	"context"
	"net/http"
	"sort"
	"strconv"
	"time"

	"github.com/sosik-news/sosik/internal/ingest"
	"github.com/sosik-news/sosik/internal/store"
)

// HomeResponse is what is new in the corpus, for the home page. Periods
// are counted back from the newest article's date, never from the clock,
// so an old corpus shows its own last day or week.
type HomeResponse struct {
	Period string `json:"period"` // day or week
	Newest string `json:"newest"` // the newest article's publication date
	From   string `json:"from"`   // the period: From..Newest
	// PrevFrom..PrevTo is the period before, that rises are measured against.
	PrevFrom string               `json:"prev_from"`
	PrevTo   string               `json:"prev_to"`
	Latest   []store.Hit          `json:"latest"`
	People   []Riser              `json:"people"`
	Orgs     []Riser              `json:"orgs"`
	Events   HomeEvents           `json:"events"`
	Watches  []store.WatchHit     `json:"watch_hits"`
	Sources  []store.SourceHealth `json:"sources"`
}

// Riser is an entity with its articles in the period and the one before.
type Riser struct {
	store.Entity
	Count    int `json:"count"`
	Previous int `json:"previous"`
	Change   int `json:"change"` // Count - Previous
}

// HomeEvents are the period's events: how many of each certainty, and the
// newest.
type HomeEvents struct {
	ByCertainty []store.FacetCount `json:"by_certainty"`
	Latest      []store.EventRef   `json:"latest"`
}

func (s *Server) handleHome(w http.ResponseWriter, r *http.Request) error {
	period := r.URL.Query().Get("period")
	if period == "" {
		period = "week"
	}
	if period != "day" && period != "week" {
		return badRequest("period must be day or week")
	}
	home, err := s.home(r.Context(), period)
	if err != nil {
		return err
	}
	if home.Sources, err = s.sourceHealth(r); err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, home)
	return nil
}

// home gathers the home page, all from the store.
func (s *Server) home(ctx context.Context, period string) (*HomeResponse, error) {
	h := &HomeResponse{Period: period, Latest: []store.Hit{}, People: []Riser{}, Orgs: []Riser{},
		Events: HomeEvents{ByCertainty: []store.FacetCount{}, Latest: []store.EventRef{}}, Watches: []store.WatchHit{}}
	latest, err := s.corpus.Search(ctx, store.SearchQuery{From: "1000", Limit: 10})
	if err != nil {
		return nil, err
	}
	for _, hit := range latest.Hits {
		hit.URL = ingest.SafeURL(hit.URL)
		h.Latest = append(h.Latest, hit)
	}
	if ws, ok := s.corpus.(store.WatchState); ok {
		if h.Watches, err = ws.WatchHits(ctx, 0, 10); err != nil {
			return nil, err
		}
	}
	if len(latest.Hits) == 0 {
		return h, nil
	}
	newest, err := time.Parse(time.DateOnly, latest.Hits[0].Published)
	if err != nil {
		return h, nil
	}
	days := 1
	if period == "week" {
		days = 7
	}
	day := func(back int) string { return newest.AddDate(0, 0, -back).Format(time.DateOnly) }
	h.Newest, h.From, h.PrevFrom, h.PrevTo = day(0), day(days-1), day(2*days-1), day(days)
	if err := s.homeEntities(ctx, h); err != nil {
		return nil, err
	}
	return h, s.homeEvents(ctx, h)
}

// homeEntities lists the most-mentioned people and organisations of the
// period with their articles in the period before.
func (s *Server) homeEntities(ctx context.Context, h *HomeResponse) error {
	cur, err := s.corpus.Search(ctx, store.SearchQuery{From: h.From, To: h.Newest, Limit: 1})
	if err != nil {
		return err
	}
	for _, ec := range cur.Facets.Entities {
		var list *[]Riser
		switch ec.Type {
		case "PERSON":
			list = &h.People
		case "ORG":
			list = &h.Orgs
		default:
			continue
		}
		if len(*list) >= 8 {
			continue
		}
		// The facets count the best matches only: count both periods whole.
		ref := strconv.FormatInt(ec.ID, 10)
		now, err := s.corpus.Search(ctx, store.SearchQuery{Entity: ref, From: h.From, To: h.Newest, Limit: 1})
		if err != nil {
			return err
		}
		prev, err := s.corpus.Search(ctx, store.SearchQuery{Entity: ref, From: h.PrevFrom, To: h.PrevTo, Limit: 1})
		if err != nil {
			return err
		}
		*list = append(*list, Riser{Entity: ec.Entity, Count: now.Total, Previous: prev.Total, Change: now.Total - prev.Total})
	}
	for _, list := range [][]Riser{h.People, h.Orgs} {
		sort.SliceStable(list, func(i, j int) bool { return list[i].Count > list[j].Count })
	}
	return nil
}

// homeEvents counts the period's events by certainty and lists the newest.
func (s *Server) homeEvents(ctx context.Context, h *HomeResponse) error {
	for _, c := range store.EventCertainties {
		res, err := s.corpus.Events(ctx, store.EventQuery{Certainty: []string{string(c)}, From: h.From, To: h.Newest, Limit: 1})
		if err != nil {
			return err
		}
		if res.Total > 0 {
			h.Events.ByCertainty = append(h.Events.ByCertainty, store.FacetCount{Value: string(c), Count: res.Total})
		}
	}
	res, err := s.corpus.Events(ctx, store.EventQuery{From: h.From, To: h.Newest, Limit: 10})
	if err != nil {
		return err
	}
	for _, ev := range res.Events {
		ev.Article.URL = ingest.SafeURL(ev.Article.URL)
		h.Events.Latest = append(h.Events.Latest, ev)
	}
	return nil
}
