package server

import (
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"time"

	"github.com/sosik-news/sosik/internal/store"
	"github.com/sosik-news/sosik/internal/watch"
)

// WatchView is a watch as the API shows it: its condition, its latest hits
// and its webhook (the secret is never shown).
type WatchView struct {
	store.Watch
	Condition string           `json:"condition"`
	Hits      []store.WatchHit `json:"hits"`
}

// watchInput is the body of POST /api/watches.
type watchInput struct {
	Name string `json:"name"`
	watch.Spec
	Webhook string `json:"webhook,omitempty"`
	Secret  string `json:"secret,omitempty"`
}

// watchState is the corpus's watches, or 501 when it keeps none.
func (s *Server) watchState() (store.WatchState, error) {
	ws, ok := s.corpus.(store.WatchState)
	if !ok {
		return nil, &apiError{status: http.StatusNotImplemented, msg: "this corpus keeps no watches"}
	}
	return ws, nil
}

func (s *Server) handleWatches(w http.ResponseWriter, r *http.Request) error {
	ws, err := s.watchState()
	if err != nil {
		return err
	}
	list, err := ws.Watches(r.Context())
	if err != nil {
		return err
	}
	out := make([]WatchView, len(list))
	for i, wt := range list {
		spec, _ := watch.ParseSpec(wt.Spec)
		out[i] = WatchView{Watch: wt, Condition: spec.String()}
		if out[i].Hits, err = ws.WatchHits(r.Context(), wt.ID, 20); err != nil {
			return err
		}
	}
	writeJSON(w, http.StatusOK, out)
	return nil
}

func (s *Server) handleAddWatch(w http.ResponseWriter, r *http.Request) error {
	ws, err := s.watchState()
	if err != nil {
		return err
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, 64<<10))
	if err != nil {
		return bodyError(err)
	}
	var in watchInput
	if err := json.Unmarshal(body, &in); err != nil {
		return badRequest("not a watch: %s", err.Error())
	}
	if err := in.Spec.Check(); err != nil {
		return badRequest("%s", err.Error())
	}
	if in.Webhook != "" {
		u, err := url.Parse(in.Webhook)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || in.Secret == "" {
			return badRequest("a webhook needs an http(s) URL and a secret")
		}
	}
	if in.Name == "" {
		in.Name = in.Spec.String()
	}
	created, err := ws.AddWatch(r.Context(), store.Watch{Name: in.Name, Spec: in.Spec.JSON(), Webhook: in.Webhook,
		Secret: in.Secret, Created: store.Stamp(time.Now())})
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusCreated, WatchView{Watch: created, Condition: in.Spec.String(), Hits: []store.WatchHit{}})
	return nil
}

func (s *Server) handleDeleteWatch(w http.ResponseWriter, r *http.Request) error {
	ws, err := s.watchState()
	if err != nil {
		return err
	}
	id, err := watchID(r)
	if err != nil {
		return err
	}
	if err := ws.DeleteWatch(r.Context(), id); err != nil {
		if errors.Is(err, store.ErrNotFound) {
			return notFound("no watch %d", id)
		}
		return err
	}
	w.WriteHeader(http.StatusNoContent)
	return nil
}

func (s *Server) handleWatchAtom(w http.ResponseWriter, r *http.Request) error {
	ws, err := s.watchState()
	if err != nil {
		return err
	}
	id, err := watchID(r)
	if err != nil {
		return err
	}
	list, err := ws.Watches(r.Context())
	if err != nil {
		return err
	}
	for _, wt := range list {
		if wt.ID != id {
			continue
		}
		hits, err := ws.WatchHits(r.Context(), id, 100)
		if err != nil {
			return err
		}
		scheme := "http"
		if r.TLS != nil {
			scheme = "https"
		}
		feed, err := watch.Atom(wt, hits, scheme+"://"+r.Host)
		if err != nil {
			return err
		}
		w.Header().Set("Content-Type", "application/atom+xml; charset=utf-8")
		_, _ = w.Write(feed)
		return nil
	}
	return notFound("no watch %d", id)
}

func (s *Server) handleSources(w http.ResponseWriter, r *http.Request) error {
	hs, err := s.sourceHealth(r)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, hs)
	return nil
}

// sourceHealth is the collector's per-source health (empty when the
// corpus keeps none).
func (s *Server) sourceHealth(r *http.Request) ([]store.SourceHealth, error) {
	cs, ok := s.corpus.(store.CollectState)
	if !ok {
		return []store.SourceHealth{}, nil
	}
	return cs.SourceHealth(r.Context())
}

// watchID is the watch ID in the request's path.
func watchID(r *http.Request) (int64, error) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		return 0, badRequest("watch ID %s is not a number", quoteShort(r.PathValue("id")))
	}
	return id, nil
}
