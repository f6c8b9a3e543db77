// Package server is sosik's HTTP face: a JSON API over the corpus (search,
// articles, entities, graph, timeline, trends, single-article ingest), an
// OpenAPI description of it, Prometheus metrics, and a web UI embedded in
// the binary.
package server

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"runtime"
	"strings"
	"time"

	"github.com/sosik-news/sosik/internal/ingest"
)

// Defaults for Config fields left zero.
const (
	DefaultAddr           = "127.0.0.1:8080"
	DefaultRequestTimeout = 30 * time.Second
	DefaultShutdownGrace  = 10 * time.Second
)

// Config is what a Server needs. Corpus is required; Extractor may be nil,
// in which case POST /api/articles answers 503.
type Config struct {
	Addr      string
	Corpus    Corpus
	Extractor ingest.Extractor
	Logger    *slog.Logger
	// RequestTimeout bounds each request's context; the store query under
	// it is cancelled when it passes.
	RequestTimeout time.Duration
	// MaxBodyBytes bounds request bodies (POST /api/articles).
	MaxBodyBytes int64
	// WarmWords is how many of the commonest words Serve loads into the
	// corpus's lookups kept in memory in the background (0: none; see
	// store.Store.Warm). Searches are served from the start.
	WarmWords int
	// ShutdownGrace is how long Run waits for in-flight requests on stop.
	ShutdownGrace time.Duration
	// APIKeys are the keys that authorize writes (and reads when
	// KeyedReads). Without any, every state-changing request is refused.
	APIKeys []string
	// KeyedReads makes the API and /metrics need a key for reads too.
	KeyedReads bool
	// AllowedHosts are the Host header names answered besides the loopback
	// names and the host of Addr; "*" turns the check off.
	AllowedHosts []string
	// ShowSourcePaths shows articles' source as stored (the path the
	// ingest read); by default only its file name is shown, so the server's
	// directory layout is not revealed.
	ShowSourcePaths bool
	// Limits bounds what POST /api/articles accepts; zero fields take
	// the ingest defaults.
	Limits ingest.Limits
	// MaxConcurrent bounds the API requests served at once; more wait in
	// turn. 0 means GOMAXPROCS+1: one less than the store's connection
	// pool, so that /healthz, which does not wait in this line, always
	// finds a connection of its own.
	MaxConcurrent int
	// HealthBudget bounds /healthz's store check (default 1s).
	HealthBudget time.Duration
	// Version is the program's version, given as info.version of the
	// OpenAPI description (the embedded file's own version when empty).
	Version string
}

// HealthChecker is a corpus that can check itself over a connection of its
// own; /healthz uses it when the corpus has it, and a one-row lookup
// otherwise.
type HealthChecker interface {
	Health(ctx context.Context) error
}

// Server serves the API and the web UI. Build it with New.
type Server struct {
	cfg Config
	// spec is the OpenAPI description served, with this binary's version.
	spec      []byte
	log       *slog.Logger
	corpus    Corpus
	extractor ingest.Extractor
	// ingestSlots bounds concurrent extractions from POST /api/articles.
	ingestSlots chan struct{}
	// apiSlots bounds concurrent API requests (MaxConcurrent).
	apiSlots chan struct{}
	metrics  *metrics
	keys     keyring
	hosts    hostSet
	handler  http.Handler
	// documented lists the route patterns openapi.json must describe.
	documented []string
}

// New checks cfg, fills defaults and builds the handler tree.
func New(cfg Config) (*Server, error) {
	if cfg.Corpus == nil {
		return nil, errors.New("server: no corpus to serve")
	}
	if cfg.Addr == "" {
		cfg.Addr = DefaultAddr
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	if cfg.RequestTimeout <= 0 {
		cfg.RequestTimeout = DefaultRequestTimeout
	}
	cfg.Limits = cfg.Limits.WithDefaults()
	if cfg.MaxBodyBytes <= 0 {
		cfg.MaxBodyBytes = max(cfg.Limits.MaxRecordBytes, cfg.Limits.MaxArticleBytes)
	}
	if cfg.ShutdownGrace <= 0 {
		cfg.ShutdownGrace = DefaultShutdownGrace
	}
	if cfg.MaxConcurrent <= 0 {
		cfg.MaxConcurrent = runtime.GOMAXPROCS(0) + 1
	}
	if cfg.HealthBudget <= 0 {
		cfg.HealthBudget = time.Second
	}
	keys, err := newKeyring(cfg.APIKeys)
	if err != nil {
		return nil, err
	}
	s := &Server{
		spec:        specWithVersion(openAPISpec, cfg.Version),
		cfg:         cfg,
		log:         cfg.Logger,
		corpus:      cfg.Corpus,
		extractor:   cfg.Extractor,
		ingestSlots: make(chan struct{}, 2),
		apiSlots:    make(chan struct{}, cfg.MaxConcurrent),
		metrics:     newMetrics(),
		keys:        keys,
		hosts:       newHostSet(allowedHosts(cfg)),
	}
	mux := http.NewServeMux()
	s.routes(mux)
	s.handler = s.instrument(mux, s.guard(mux))
	return s, nil
}

// allowedHosts is the Host allow-list: the loopback names, the host the
// server binds to when it names one, and the configured names.
func allowedHosts(cfg Config) []string {
	hosts := append([]string(nil), DefaultAllowedHosts...)
	if h, _, err := net.SplitHostPort(cfg.Addr); err == nil && h != "" {
		if ip := net.ParseIP(h); ip == nil || !ip.IsUnspecified() {
			hosts = append(hosts, h)
		}
	}
	return append(hosts, cfg.AllowedHosts...)
}

// Warnings says what the configuration exposes to whom, for the log at
// start: loudly when the API is reachable beyond this machine.
func (s *Server) Warnings(addr string) []string {
	if IsLoopback(addr) {
		return nil
	}
	var out []string
	if len(s.keys) == 0 {
		out = append(out, fmt.Sprintf("WARNING: listening on %s, beyond this machine, without API keys: anyone who reaches it can read the whole corpus (writes are off). Use --api-key-file with --keyed-reads, or bind 127.0.0.1.", addr))
	} else if !s.cfg.KeyedReads {
		out = append(out, fmt.Sprintf("WARNING: listening on %s, beyond this machine: reads need no key (add --keyed-reads to require one).", addr))
	}
	if s.hosts.any {
		out = append(out, "WARNING: the Host check is off (--allow-host '*'): only do this behind a proxy that checks Host.")
	} else if len(s.cfg.AllowedHosts) == 0 {
		out = append(out, "WARNING: only requests naming a loopback name or the --addr host are answered (others get 421): give the names clients use with --allow-host.")
	}
	return out
}

// Handler is the server's whole handler tree, for tests and embedding.
func (s *Server) Handler() http.Handler { return s.handler }

// routes registers every route. The API list here and the paths in
// openapi.json are checked against each other by a test.
func (s *Server) routes(mux *http.ServeMux) {
	api := func(pattern string, h func(http.ResponseWriter, *http.Request) error) {
		s.documented = append(s.documented, pattern)
		mux.Handle(pattern, withDeadline(s.cfg.RequestTimeout, s.apiHandler(s.admit(h))))
	}
	api("GET /api/search", s.handleSearch)
	api("GET /api/articles/{id}", s.handleArticle)
	api("POST /api/articles", s.handleIngest)
	api("GET /api/entities", s.handleEntityLookup)
	api("GET /api/entities/{key}", s.handleEntity)
	api("GET /api/graph", s.handleGraph)
	api("GET /api/timeline", s.handleTimeline)
	api("GET /api/trends", s.handleTrends)
	api("GET /api/events", s.handleEvents)
	api("GET /api/home", s.handleHome)
	api("GET /api/sources", s.handleSources)
	api("GET /api/watches", s.handleWatches)
	api("POST /api/watches", s.handleAddWatch)
	api("DELETE /api/watches/{id}", s.handleDeleteWatch)
	api("GET /api/watches/{id}/atom", s.handleWatchAtom)
	s.documented = append(s.documented, "GET /api/openapi.json", "GET /healthz", "GET /metrics")
	mux.HandleFunc("GET /api/openapi.json", s.handleOpenAPI)
	mux.HandleFunc("GET /healthz", s.handleHealth)
	mux.HandleFunc("GET /metrics", s.metrics.writeMetrics)
	// Anything else under /api/ is a JSON 404, not the HTML one.
	mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		// This catch-all also shadows the mux's own 405, so work out
		// whether the path exists under another method.
		var allow []string
		for _, m := range []string{http.MethodGet, http.MethodPost, http.MethodDelete} {
			probe := r.Clone(r.Context())
			probe.Method = m
			if _, pat := mux.Handler(probe); pat != "" && pat != "/api/" {
				allow = append(allow, m)
			}
		}
		if len(allow) > 0 {
			w.Header().Set("Allow", strings.Join(allow, ", "))
			writeJSON(w, http.StatusMethodNotAllowed, errorBody{Error: fmt.Sprintf("%s %s is not allowed; use %s", r.Method, r.URL.Path, strings.Join(allow, " or "))})
			return
		}
		writeJSON(w, http.StatusNotFound, errorBody{Error: fmt.Sprintf("no API route %s %s", r.Method, r.URL.Path)})
	})
	s.webRoutes(mux)
}

// apiHandler turns a handler that returns an error into an http.Handler
// that answers the error as JSON.
func (s *Server) apiHandler(h func(http.ResponseWriter, *http.Request) error) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if err := h(w, r); err != nil {
			s.writeError(w, r, err)
		}
	})
}

// admit makes an API request wait its turn among MaxConcurrent; one that
// waits past its deadline or whose client leaves is answered as such.
func (s *Server) admit(h func(http.ResponseWriter, *http.Request) error) func(http.ResponseWriter, *http.Request) error {
	return func(w http.ResponseWriter, r *http.Request) error {
		select {
		case s.apiSlots <- struct{}{}:
			defer func() { <-s.apiSlots }()
		case <-r.Context().Done():
			return fmt.Errorf("waiting for a turn: %w", r.Context().Err())
		}
		return h(w, r)
	}
}

// handleHealth checks the store within HealthBudget. It does not wait in
// the API's line (admit), so a busy server still answers it.
func (s *Server) handleHealth(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), s.cfg.HealthBudget)
	defer cancel()
	var err error
	if hc, ok := s.corpus.(HealthChecker); ok {
		err = hc.Health(ctx)
	} else {
		_, err = s.corpus.Has(ctx, []string{"healthz"})
	}
	if err != nil {
		s.log.ErrorContext(ctx, "health check failed", "err", err)
		writeJSON(w, http.StatusServiceUnavailable, map[string]string{"status": "unavailable", "error": "store not reachable"})
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
}

// Run listens on cfg.Addr and serves until ctx is cancelled (the CLI cancels
// it on SIGINT/SIGTERM), then shuts down gracefully: it stops accepting,
// lets in-flight requests finish for up to ShutdownGrace, and returns.
// ready, when not nil, receives the bound address once listening, which
// lets callers use port 0.
func (s *Server) Run(ctx context.Context, ready func(addr net.Addr)) error {
	ln, err := net.Listen("tcp", s.cfg.Addr)
	if err != nil {
		return fmt.Errorf("server: listening on %s: %w", s.cfg.Addr, err)
	}
	return s.Serve(ctx, ln, ready)
}

// Serve is Run over a listener the caller opened.
func (s *Server) Serve(ctx context.Context, ln net.Listener, ready func(addr net.Addr)) error {
	hs := &http.Server{
		Handler:           s.handler,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		// Writes get a little longer than the request deadline so a
		// timed-out handler can still send its JSON error.
		WriteTimeout:   s.cfg.RequestTimeout + 10*time.Second,
		IdleTimeout:    120 * time.Second,
		MaxHeaderBytes: 64 << 10,
		ErrorLog:       slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
		BaseContext:    func(net.Listener) context.Context { return context.WithoutCancel(ctx) },
	}
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	wctx, stopWarm := context.WithCancel(ctx)
	warmed := s.startWarm(wctx)
	defer func() { stopWarm(); <-warmed }() // before the caller closes the corpus
	s.log.Info("serving", "addr", ln.Addr().String(), "keys", len(s.keys), "keyed_reads", s.cfg.KeyedReads)
	for _, w := range s.Warnings(ln.Addr().String()) {
		s.log.Warn(w)
	}
	if ready != nil {
		ready(ln.Addr())
	}
	select {
	case err := <-errc:
		return fmt.Errorf("server: %w", err)
	case <-ctx.Done():
	}
	s.log.Info("shutting down", "grace", s.cfg.ShutdownGrace)
	sctx, cancel := context.WithTimeout(context.Background(), s.cfg.ShutdownGrace)
	defer cancel()
	if err := hs.Shutdown(sctx); err != nil {
		return fmt.Errorf("server: shutting down: %w", err)
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("server: %w", err)
	}
	s.log.Info("stopped")
	return nil
}
