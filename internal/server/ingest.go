package server

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"os"

	"github.com/sosik-news/sosik/internal/article"
	"github.com/sosik-news/sosik/internal/ingest"
	"github.com/sosik-news/sosik/internal/store"
)

// IngestResponse is the answer of POST /api/articles.
type IngestResponse struct {
	ID       string          `json:"id"`
	Status   store.PutStatus `json:"status"`
	StoryID  string          `json:"story_id,omitempty"`
	Headline string          `json:"headline,omitempty"`
	URL      string          `json:"url"` // API path of the stored article
}

// ingestSource names articles that came through the API when the client
// gave no source or URL.
const ingestSource = "api"

func (s *Server) handleIngest(w http.ResponseWriter, r *http.Request) error {
	if s.extractor == nil {
		return &apiError{status: http.StatusServiceUnavailable, msg: "this server does not accept articles (ingest is off: read-only or started without an extractor)"}
	}
	a, err := s.readArticle(w, r)
	if err != nil {
		return err
	}
	// Extraction is CPU-bound; a few at a time keeps searches responsive.
	select {
	case s.ingestSlots <- struct{}{}:
		defer func() { <-s.ingestSlots }()
	case <-r.Context().Done():
		if errors.Is(r.Context().Err(), context.Canceled) {
			return r.Context().Err()
		}
		return &apiError{status: http.StatusServiceUnavailable, msg: "too many articles being ingested; try again"}
	}
	res, err := ingest.One(r.Context(), s.extractor, s.corpus, a)
	if err != nil {
		if res.Status == store.Failed {
			return &apiError{status: http.StatusUnprocessableEntity, msg: "article not stored: " + res.Err.Error()}
		}
		return err
	}
	status := http.StatusCreated
	if res.Status == store.Duplicate {
		status = http.StatusOK
	}
	s.log.InfoContext(r.Context(), "article ingested", "id", res.ID, "status", res.Status, "story", res.StoryID)
	writeJSON(w, status, IngestResponse{
		ID: res.ID, Status: res.Status, StoryID: res.StoryID, Headline: a.Headline,
		URL: "/api/articles/" + res.ID,
	})
	return nil
}

// readArticle reads and parses the request body under the server's limits:
// a JSON record as `sosik ingest` reads one JSON Lines line, or the article
// as text.
func (s *Server) readArticle(w http.ResponseWriter, r *http.Request) (*article.Article, error) {
	ct := r.Header.Get("Content-Type")
	mt := "text/plain"
	if ct != "" {
		var err error
		if mt, _, err = mime.ParseMediaType(ct); err != nil {
			return nil, badRequest("malformed Content-Type %s", quoteShort(ct))
		}
	}
	if mt != "application/json" && mt != "text/plain" && mt != "text/markdown" {
		return nil, &apiError{status: http.StatusUnsupportedMediaType,
			msg: fmt.Sprintf("unsupported Content-Type %s: use application/json or text/plain", quoteShort(mt))}
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, s.cfg.MaxBodyBytes))
	if err != nil {
		return nil, bodyError(err)
	}
	if len(bytes.TrimSpace(body)) == 0 {
		return nil, badRequest("empty request body: send JSON {title, text, url, published, agency} or the article as text/plain")
	}
	var a *article.Article
	if mt == "application/json" {
		if err := checkJSONObject(body); err != nil {
			return nil, err
		}
		a, err = ingest.ParseRecordLimited(ingestSource, body, nil, s.cfg.Limits)
	} else {
		it := ingest.Item{Source: ingestSource, Format: ingest.Text, Raw: body}
		a, err = it.ArticleLimited(s.cfg.Limits)
	}
	if errors.Is(err, ingest.ErrTooLarge) {
		return nil, &apiError{status: http.StatusRequestEntityTooLarge, msg: "not accepted: " + err.Error()}
	}
	if err != nil {
		return nil, &apiError{status: http.StatusUnprocessableEntity, msg: "not an article: " + err.Error()}
	}
	return a, nil
}

// bodyError answers a failed body read without the error's own text, which
// names the connection's socket addresses: too large is 413, too slow is
// 408, a client that went away is 499, anything else 400.
func bodyError(err error) error {
	var mbe *http.MaxBytesError
	var ne net.Error
	switch {
	case errors.As(err, &mbe):
		return tooLarge(mbe.Limit)
	case errors.Is(err, os.ErrDeadlineExceeded) || (errors.As(err, &ne) && ne.Timeout()):
		return &apiError{status: http.StatusRequestTimeout, msg: "the request body arrived too slowly"}
	case errors.Is(err, context.Canceled):
		return err
	}
	return badRequest("the request body could not be read (connection broken?)")
}

// checkJSONObject gives a malformed body a message that says where it
// breaks, before the record parser sees it.
func checkJSONObject(body []byte) error {
	var v any
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.UseNumber()
	if err := dec.Decode(&v); err != nil {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			return badRequest("malformed JSON at byte %d: %v", se.Offset, se)
		}
		if errors.Is(err, io.ErrUnexpectedEOF) {
			return badRequest("malformed JSON: the body ends before the object does")
		}
		return badRequest("malformed JSON: %v", err)
	}
	if _, ok := v.(map[string]any); !ok {
		return badRequest("the JSON body must be an object like {\"title\": …, \"text\": …}")
	}
	if dec.More() {
		return badRequest("the JSON body must hold one object; send several articles with `sosik ingest`")
	}
	return nil
}
