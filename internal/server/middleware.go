package server

import (
	"context"
	"log/slog"
	"net/http"
	"runtime/debug"
	"strconv"
	"time"

	vm "github.com/VictoriaMetrics/metrics"
)

// metrics are the Prometheus series the server exports at /metrics. They
// live in the server's own set so several servers (tests) can coexist.
// Series are named with their labels in the exposition's (sorted) order.
type metrics struct {
	set      *vm.Set
	inflight *vm.Gauge
}

// latencyBuckets are the upper bounds of sosik_http_request_duration_seconds.
var latencyBuckets = []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 30}

func newMetrics() *metrics {
	vm.ExposeMetadata(true) // # TYPE lines, for the histograms; process-wide
	set := vm.NewSet()
	return &metrics{set: set, inflight: set.NewGauge("sosik_http_requests_in_flight", nil)}
}

// observe counts one served request (sosik_http_requests_total, by route
// pattern, method and status code) and its latency
// (sosik_http_request_duration_seconds, by route pattern and status code).
func (m *metrics) observe(route, method, code string, seconds float64) {
	m.set.GetOrCreateCounter(`sosik_http_requests_total{code="` + code + `",method="` + method + `",route="` + route + `"}`).Inc()
	m.set.GetOrCreatePrometheusHistogramExt(`sosik_http_request_duration_seconds{code="`+code+`",route="`+route+`"}`, latencyBuckets).Update(seconds)
}

// writeMetrics serves the server's series with the Go runtime's and the
// process's, in the Prometheus text format.
func (m *metrics) writeMetrics(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
	m.set.WritePrometheus(w)
	vm.WriteProcessMetrics(w)
}

// statusRecorder remembers the status code and whether anything was written,
// for logs, metrics and the panic handler.
type statusRecorder struct {
	http.ResponseWriter
	status  int
	written int64
}

func (w *statusRecorder) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusRecorder) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	n, err := w.ResponseWriter.Write(b)
	w.written += int64(n)
	return n, err
}

// Unwrap lets http.ResponseController reach the underlying writer.
func (w *statusRecorder) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// instrument wraps the whole handler tree: it recovers panics into a JSON
// 500 (the stack goes to the log only), records metrics by route pattern
// rather than raw path so that ids do not explode label cardinality, and
// writes one structured log line per request.
func (s *Server) instrument(mux *http.ServeMux, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		_, route := mux.Handler(r)
		if route == "" {
			route = "unmatched"
		}
		rec := &statusRecorder{ResponseWriter: w}
		s.metrics.inflight.Inc()
		defer func() {
			s.metrics.inflight.Dec()
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				s.log.ErrorContext(r.Context(), "panic serving request",
					"method", r.Method, "path", r.URL.Path, "panic", v, "stack", string(debug.Stack()))
				if rec.status == 0 {
					writeJSON(rec, http.StatusInternalServerError, errorBody{Error: "internal server error"})
				} else {
					rec.status = http.StatusInternalServerError
				}
			}
			code := rec.status
			if code == 0 {
				code = http.StatusOK
			}
			elapsed := time.Since(start)
			cs := strconv.Itoa(code)
			s.metrics.observe(route, methodLabel(r.Method), cs, elapsed.Seconds())
			s.log.LogAttrs(r.Context(), levelFor(code), "request",
				slog.String("method", methodLabel(r.Method)), slog.String("route", route), slog.String("path", r.URL.Path),
				slog.Int("status", code), slog.Int64("bytes", rec.written), slog.Duration("duration", elapsed),
				slog.String("remote", r.RemoteAddr))
		}()
		next.ServeHTTP(rec, r)
	})
}

// knownMethods are the methods that get their own metrics label; any other
// is counted as "other", so a client inventing methods cannot grow the
// series without bound.
var knownMethods = map[string]bool{
	http.MethodGet: true, http.MethodHead: true, http.MethodPost: true, http.MethodPut: true,
	http.MethodPatch: true, http.MethodDelete: true, http.MethodOptions: true,
}

func methodLabel(m string) string {
	if knownMethods[m] {
		return m
	}
	return "other"
}

// withDeadline gives each API request a context deadline, so a slow query is
// cancelled in the store rather than left running after the client gave up.
func withDeadline(d time.Duration, h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), d)
		defer cancel()
		h.ServeHTTP(w, r.WithContext(ctx))
	})
}

// levelFor logs server errors louder than client errors and successes.
func levelFor(code int) slog.Level {
	switch {
	case code == StatusClientClosedRequest:
		return slog.LevelInfo
	case code >= 500:
		return slog.LevelError
	case code >= 400:
		return slog.LevelWarn
	default:
		return slog.LevelInfo
	}
}
