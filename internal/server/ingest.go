package server

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"

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
	ct := r.Header.Get("Content-Type")
	mt := "text/plain"
	if ct != "" {
		var err error
		if mt, _, err = mime.ParseMediaType(ct); err != nil {
			return badRequest("malformed Content-Type %s", quoteShort(ct))
		}
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, s.cfg.MaxBodyBytes))
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return tooLarge(mbe.Limit)
		}
		return badRequest("reading request body: %v", err)
	}
	if len(bytes.TrimSpace(body)) == 0 {
		return badRequest("empty request body: send JSON {title, text, url, published, agency} or the article as text/plain")
	}
	var a *article.Article
	switch mt {
	case "application/json":
		if err := checkJSONObject(body); err != nil {
			return err
		}
		a, err = ingest.ParseRecord(ingestSource, body, nil)
	case "text/plain", "text/markdown":
		a, err = article.Parse(ingestSource, body)
	default:
		return &apiError{status: http.StatusUnsupportedMediaType,
			msg: fmt.Sprintf("unsupported Content-Type %s: use application/json or text/plain", quoteShort(mt))}
	}
	if err != nil {
		return &apiError{status: http.StatusUnprocessableEntity, msg: "not an article: " + err.Error()}
	}
	// Extraction is CPU-bound; a few at a time keeps searches responsive.
	select {
	case s.ingestSlots <- struct{}{}:
		defer func() { <-s.ingestSlots }()
	case <-r.Context().Done():
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
