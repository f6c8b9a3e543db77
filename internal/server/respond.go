package server

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"

	"github.com/sosik-news/sosik/internal/store"
)

// apiError is an error with the HTTP status it should be answered with. Its
// message is shown to the client, so it must never carry internals such as
// SQL text, file paths or stack traces.
type apiError struct {
	status int
	msg    string
}

func (e *apiError) Error() string { return e.msg }

// badRequest, notFound and friends build client-facing errors.
func badRequest(format string, args ...any) error {
	return &apiError{status: http.StatusBadRequest, msg: fmt.Sprintf(format, args...)}
}

func notFound(format string, args ...any) error {
	return &apiError{status: http.StatusNotFound, msg: fmt.Sprintf(format, args...)}
}

func tooLarge(limit int64) error {
	return &apiError{status: http.StatusRequestEntityTooLarge,
		msg: fmt.Sprintf("request body larger than %d bytes", limit)}
}

// StatusClientClosedRequest is the status logged and counted when the
// client disconnected before the answer (nginx's 499): the server did not
// fail, so it is not a 5xx.
const StatusClientClosedRequest = 499

// errorBody is the JSON shape of every error the API returns.
type errorBody struct {
	Error string `json:"error"`
}

// ambiguousBody answers a name that fits several entities.
type ambiguousBody struct {
	Error      string         `json:"error"`
	Candidates []store.Entity `json:"candidates"`
}

// writeJSON sends v as JSON with the given status. HTML escaping is off
// because the payload is Korean text read by scripts, not embedded in HTML.
func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(v) // the client may have gone; nothing useful to do
}

// writeError answers with {"error": …}. Errors that are not apiErrors are
// internal: they are logged in full and the client only sees a generic
// message, so no internals leak.
func (s *Server) writeError(w http.ResponseWriter, r *http.Request, err error) {
	var ae *apiError
	if errors.As(err, &ae) {
		writeJSON(w, ae.status, errorBody{Error: ae.msg})
		return
	}
	var amb *ambiguous
	if errors.As(err, &amb) {
		writeJSON(w, http.StatusConflict, ambiguousBody{Error: amb.Error(), Candidates: amb.Candidates})
		return
	}
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) {
		writeJSON(w, http.StatusRequestEntityTooLarge,
			errorBody{Error: fmt.Sprintf("request body larger than %d bytes", mbe.Limit)})
		return
	}
	if cerr := r.Context().Err(); cerr != nil && (errors.Is(err, cerr) || errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded)) {
		if errors.Is(cerr, context.Canceled) {
			// The client went away: not a server failure. Nobody reads
			// this answer; the status is for the log and the metrics.
			s.log.InfoContext(r.Context(), "client gone before the answer", "path", r.URL.Path)
			writeJSON(w, StatusClientClosedRequest, errorBody{Error: "client closed the request"})
			return
		}
		s.log.WarnContext(r.Context(), "request deadline exceeded", "path", r.URL.Path, "err", err)
		writeJSON(w, http.StatusServiceUnavailable, errorBody{Error: "request took too long; narrow the query"})
		return
	}
	s.log.ErrorContext(r.Context(), "internal error", "method", r.Method, "path", r.URL.Path, slog.Any("err", err))
	writeJSON(w, http.StatusInternalServerError, errorBody{Error: "internal server error"})
}
