package server

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/sosik-news/sosik/internal/store"
	"github.com/sosik-news/sosik/internal/store/storetest"
)

// TestAmbiguousName: a name that fits several entities answers 409 with the
// candidates (most-mentioned first, with aliases) on every endpoint that
// takes one; an id answers the entity.
func TestAmbiguousName(t *testing.T) {
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "amb.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	storetest.MustPut(t, st, storetest.AmbiguityCorpus()...)
	srv, err := New(Config{Corpus: st, Extractor: bareExtractor{}, Logger: quietLogger(), MaxBodyBytes: 64 << 10, APIKeys: []string{testKey}})
	if err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(srv.Handler())
	t.Cleanup(hs.Close)
	ts := &testServer{Server: hs, srv: srv}

	name := url.QueryEscape("한가람")
	var top store.Entity
	for _, path := range []string{
		"/api/entities/" + url.PathEscape("한가람"),
		"/api/search?q=" + url.QueryEscape("장관") + "&entity=" + name,
		"/api/graph?entity=" + name,
		"/api/timeline?entity=" + name,
		"/api/events?entity=" + name,
	} {
		code, _, body := ts.do(t, "GET", path, "", "")
		var got ambiguousBody
		if err := json.Unmarshal(body, &got); err != nil {
			t.Fatalf("GET %s: %v in %s", path, err, body)
		}
		if code != http.StatusConflict || len(got.Candidates) != 2 || got.Error == "" {
			t.Fatalf("GET %s: %d %s, want 409 with 2 candidates", path, code, body)
		}
		c0, c1 := got.Candidates[0], got.Candidates[1]
		if c0.Name != "정한가람" || c0.Articles != 4 || c0.Affiliation != "해양부" || len(c0.Aliases) != 1 || c0.Aliases[0] != "한가람" ||
			c1.Name != "한가람" || c1.Articles != 1 || c1.Title != "구의원" {
			t.Errorf("GET %s: candidates %+v", path, got.Candidates)
		}
		top = c0
	}
	var p store.EntityProfile
	ts.getJSON(t, "/api/entities/"+strconv.FormatInt(top.ID, 10), &p)
	if p.Entity.ID != top.ID || p.Entity.Name != "정한가람" {
		t.Errorf("by id %d: %+v", top.ID, p.Entity)
	}
}
