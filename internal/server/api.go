package server

import (
	"context"
	"errors"
	"net/http"
	"path/filepath"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/sosik-news/sosik/internal/extract"
	"github.com/sosik-news/sosik/internal/ingest"
	"github.com/sosik-news/sosik/internal/query"
	"github.com/sosik-news/sosik/internal/store"
)

// Corpus is what the server asks of the store; store.Store satisfies it.
// It is an interface so that the server can be tested against any store
// backend and never reaches into SQL.
type Corpus interface {
	ingest.Sink // Put and Has, for POST /api/articles and /healthz
	Article(ctx context.Context, id string) (*extract.Document, error)
	Search(ctx context.Context, q store.SearchQuery) (*store.SearchResult, error)
	FindEntities(ctx context.Context, prefix string, limit int) ([]store.Entity, error)
	Entity(ctx context.Context, ref string, opt store.ProfileOptions) (*store.EntityProfile, error)
	Graph(ctx context.Context, q store.GraphQuery) (*store.Graph, error)
	Timeline(ctx context.Context, ref string, limit int) (*store.Timeline, error)
	Trends(ctx context.Context, q store.TrendsQuery) (*store.Trends, error)
	Events(ctx context.Context, q store.EventQuery) (*store.EventList, error)
}

// storeError maps the store's typed errors to client errors; anything else
// stays internal (logged, answered 500).
func storeError(err error, what string) error {
	var qe *store.QueryError
	var ae *store.AmbiguousError
	switch {
	case errors.As(err, &qe):
		return badRequest("%s", qe.Error())
	case errors.As(err, &ae):
		return &ambiguous{ae}
	case errors.Is(err, store.ErrNotFound):
		return notFound("%s not found", what)
	}
	return err
}

// ambiguous is a name that fits several entities: 409 with the candidates,
// so a client (and the entity page) can offer a choice.
type ambiguous struct{ *store.AmbiguousError }

// SearchResponse is the answer of GET /api/search.
type SearchResponse struct {
	Query store.SearchQuery `json:"query"`
	Total int               `json:"total"`
	// TotalAtLeast says Total is a lower bound (more candidates were left
	// to check than one search checks): show it as "at least N".
	TotalAtLeast bool         `json:"total_at_least,omitempty"`
	Hits         []store.Hit  `json:"hits"`
	Facets       store.Facets `json:"facets"`
}

func (s *Server) handleSearch(w http.ResponseWriter, r *http.Request) error {
	p, err := newParams(r.URL.RawQuery)
	if err != nil {
		return err
	}
	q := store.SearchQuery{
		Text:      p.str("q", maxQueryLen),
		From:      p.date("from"),
		To:        p.date("to"),
		Agency:    p.str("agency", maxParamLen),
		Entity:    p.str("entity", maxParamLen),
		EventType: p.eventType("type"),
		Limit:     p.intIn("limit", defaultLimit, 1, maxLimit),
		Offset:    p.intIn("offset", 0, 0, maxOffset),
	}
	if p.err != nil {
		return p.err
	}
	if q.From != "" && q.To != "" && q.To < q.From && len(q.From) == len(q.To) {
		return badRequest("parameter to (%s) is before from (%s)", q.To, q.From)
	}
	res, err := s.corpus.Search(r.Context(), q)
	if err != nil {
		return storeError(err, "entity "+q.Entity)
	}
	hits := res.Hits
	if hits == nil {
		hits = []store.Hit{}
	}
	for i := range hits {
		hits[i].URL = ingest.SafeURL(hits[i].URL)
	}
	writeJSON(w, http.StatusOK, SearchResponse{Query: q, Total: res.Total, TotalAtLeast: res.TotalAtLeast, Hits: hits, Facets: res.Facets})
	return nil
}

func (s *Server) handleArticle(w http.ResponseWriter, r *http.Request) error {
	id := r.PathValue("id")
	p := &params{}
	id = p.checkText("id", id, maxParamLen)
	if p.err != nil {
		return p.err
	}
	doc, err := s.corpus.Article(r.Context(), id)
	if err != nil {
		return storeError(err, "article "+quoteShort(id))
	}
	s.clean(doc)
	writeJSON(w, http.StatusOK, doc)
	return nil
}

func (s *Server) handleEntityLookup(w http.ResponseWriter, r *http.Request) error {
	p, err := newParams(r.URL.RawQuery)
	if err != nil {
		return err
	}
	prefix := p.str("q", maxParamLen)
	limit := p.intIn("limit", defaultLimit, 1, maxLimit)
	if p.err != nil {
		return p.err
	}
	ents, err := s.corpus.FindEntities(r.Context(), prefix, limit)
	if err != nil {
		return storeError(err, "entity")
	}
	if ents == nil {
		ents = []store.Entity{}
	}
	writeJSON(w, http.StatusOK, map[string]any{"entities": ents})
	return nil
}

func (s *Server) handleEntity(w http.ResponseWriter, r *http.Request) error {
	p, err := newParams(r.URL.RawQuery)
	if err != nil {
		return err
	}
	key := p.checkText("entity", r.PathValue("key"), maxParamLen)
	limit := p.intIn("limit", defaultLimit, 1, maxLimit)
	explain := p.oneOf("explain", "0", "0", "1", "true", "false")
	if p.err != nil {
		return p.err
	}
	if key == "" {
		return badRequest("give an entity id or name")
	}
	opt := store.ProfileOptions{Limit: limit, Explain: explain == "1" || explain == "true"}
	prof, err := s.corpus.Entity(r.Context(), key, opt)
	if err != nil {
		return storeError(err, "entity "+quoteShort(key))
	}
	writeJSON(w, http.StatusOK, prof)
	return nil
}

func (s *Server) handleGraph(w http.ResponseWriter, r *http.Request) error {
	p, err := newParams(r.URL.RawQuery)
	if err != nil {
		return err
	}
	q := store.GraphQuery{
		Entity:    p.str("entity", maxParamLen),
		Since:     p.date("since"),
		Until:     p.date("until"),
		Certainty: p.certaintyList("certainty"),
		Limit:     p.intIn("limit", 50, 1, 500),
	}
	format := p.oneOf("format", query.FormatJSON, query.FormatJSON, query.FormatGraphML, query.FormatDOT)
	if p.err != nil {
		return p.err
	}
	g, err := s.corpus.Graph(r.Context(), q)
	if err != nil {
		return storeError(err, "entity "+quoteShort(q.Entity))
	}
	if g.Nodes == nil {
		g.Nodes = []store.Node{}
	}
	if g.Edges == nil {
		g.Edges = []store.Edge{}
	}
	switch format {
	case query.FormatGraphML:
		w.Header().Set("Content-Type", "application/graphml+xml; charset=utf-8")
		w.Header().Set("Content-Disposition", `attachment; filename="sosik-graph.graphml"`)
		return query.WriteGraphML(w, g)
	case query.FormatDOT:
		w.Header().Set("Content-Type", "text/vnd.graphviz; charset=utf-8")
		w.Header().Set("Content-Disposition", `attachment; filename="sosik-graph.dot"`)
		return query.WriteDOT(w, g)
	}
	writeJSON(w, http.StatusOK, g)
	return nil
}

func (s *Server) handleTimeline(w http.ResponseWriter, r *http.Request) error {
	p, err := newParams(r.URL.RawQuery)
	if err != nil {
		return err
	}
	ref := p.str("entity", maxParamLen)
	limit := p.intIn("limit", 200, 1, 1000)
	if p.err != nil {
		return p.err
	}
	if ref == "" {
		return badRequest("parameter entity is required (an entity id or name)")
	}
	tl, err := s.corpus.Timeline(r.Context(), ref, limit)
	if err != nil {
		return storeError(err, "entity "+quoteShort(ref))
	}
	if tl.Items == nil {
		tl.Items = []store.TimelineItem{}
	}
	writeJSON(w, http.StatusOK, tl)
	return nil
}

func (s *Server) handleTrends(w http.ResponseWriter, r *http.Request) error {
	p, err := newParams(r.URL.RawQuery)
	if err != nil {
		return err
	}
	q := store.TrendsQuery{
		Terms: p.list("term", maxQueryLen, maxTerms),
		By:    p.oneOf("by", store.ByMonth, store.ByDay, store.ByWeek, store.ByMonth),
		From:  p.date("from"),
		To:    p.date("to"),
	}
	if p.err != nil {
		return p.err
	}
	if len(q.Terms) == 0 {
		return badRequest("give at least one term parameter, e.g. ?term=반도체&term=삼성전자")
	}
	tr, err := s.corpus.Trends(r.Context(), q)
	if err != nil {
		return storeError(err, "term")
	}
	writeJSON(w, http.StatusOK, tr)
	return nil
}

// quoteShort quotes a client-supplied value for an error message, cut so a
// huge value is not echoed back whole.
func quoteShort(s string) string {
	const max = 80
	if len(s) > max {
		cut := max
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		s = s[:cut] + "…"
	}
	return strconv.Quote(s)
}

// clean readies a stored document for a client: addresses that are not
// http or https are dropped (stored before ingest checked them, they could
// be javascript: links), and the source, a path on the server when the
// article came from a file, is cut to its file name unless ShowSourcePaths.
func (s *Server) clean(doc *extract.Document) {
	a := &doc.Article
	a.URL = ingest.SafeURL(a.URL)
	for i := range a.Photos {
		a.Photos[i].URL = ingest.SafeURL(a.Photos[i].URL)
	}
	if !s.cfg.ShowSourcePaths {
		a.Source = sourceName(a.Source)
	}
}

// sourceName is the file name of a source that is a file path (with its
// ":LINE" or "#N" suffix); addresses and "api" stay as they are.
func sourceName(src string) string {
	if ingest.SafeURL(src) != "" || !strings.ContainsAny(src, `/\`) {
		return src
	}
	return filepath.Base(filepath.ToSlash(strings.ReplaceAll(src, `\`, "/")))
}
