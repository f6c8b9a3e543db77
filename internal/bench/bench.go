// Package bench measures sosik end to end on the machine it runs on:
// parsing, morphology, extraction (one core and all cores, against bare
// kagome), ingest into SQLite, search latency over a corpus of a chosen
// size, memory and database size. `sosik bench` prints its Report.
//
// Absolute figures depend on the machine and on whatever else runs on it,
// so every throughput carries the CPU time it got, and the comparisons the
// targets are about (extraction over kagome, all cores over one) are
// measured in alternating turns so that outside load falls on both sides.
package bench

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"time"

	"github.com/sosik-news/sosik/internal/extract"
	"github.com/sosik-news/sosik/internal/store"
)

// Config says what a Run measures. Zero fields take the defaults noted.
type Config struct {
	// Extractor is shared by every measurement; required.
	Extractor Extractor
	// CorpusDir holds the public news data (../shared/data/news); empty or
	// absent means synthetic articles only.
	CorpusDir string
	// Articles is the corpus size the search latency is measured over;
	// 0 means 2000.
	Articles int
	// Full is how many of those go through the real ingest pipeline (and
	// give the ingest throughput); the rest are added by FillStore.
	// 0 means 2000.
	Full int
	// DB is the database file; empty means a temporary one, removed at the
	// end. An existing database is reused and ingest is not measured: one
	// that holds Articles articles is searched as is, a smaller one is
	// first grown to Articles by FillStore.
	DB string
	// Queries is the number of timed searches; 0 means 200.
	Queries int
	// Clients is how many clients run the query mix at once in the
	// concurrency measurement (Rounds times over); 0 means 50, -1 skips it.
	Clients int
	Rounds  int
	// Sample bounds the articles of the throughput measurements (0: the
	// whole real corpus, or 600 synthetic ones).
	Sample int
	// MinDuration is how long each throughput measurement runs at least;
	// 0 means 3s.
	MinDuration time.Duration
	// Workers is the all-cores worker count; 0 means runtime.NumCPU().
	Workers int
	// Seed makes the synthetic articles and the query mix reproducible.
	Seed int64
	// Log, when set, gets a line as each phase starts.
	Log io.Writer
	// ProfileDir, when set, receives a CPU profile of each phase:
	// stages.pprof, scaling.pprof, ingest.pprof, fill.pprof, search.pprof,
	// search-repeat.pprof (the same queries again), concurrent.pprof.
	ProfileDir string
	// Warm, when above 0, also times the first pass on a store freshly
	// opened that warmed the lookups of its Warm commonest words first
	// (Report.Warmed; search-warmed.pprof).
	Warm int
}

func (c *Config) defaults() {
	if c.Articles <= 0 {
		c.Articles = 2000
	}
	if c.Full <= 0 {
		c.Full = 2000
	}
	c.Full = min(c.Full, c.Articles)
	if c.Queries <= 0 {
		c.Queries = 200
	}
	if c.Clients == 0 {
		c.Clients = 50
	}
	if c.Rounds <= 0 {
		c.Rounds = 3
	}
	if c.MinDuration <= 0 {
		c.MinDuration = 3 * time.Second
	}
	if c.Workers <= 0 {
		c.Workers = runtime.NumCPU()
	}
	if c.Seed == 0 {
		c.Seed = 7
	}
}

// profiledSearch times the query mix once on st under the CPU profile of
// phase.
func (c *Config) profiledSearch(ctx context.Context, phase string, st store.Store, qs []Query) (Latency, error) {
	stop, err := c.profile(phase)
	if err != nil {
		return Latency{}, err
	}
	defer stop()
	return MeasureSearch(ctx, st, qs)
}

// profile starts a CPU profile of one phase when ProfileDir is set; the
// returned function stops it.
func (c *Config) profile(phase string) (stop func(), err error) {
	if c.ProfileDir == "" {
		return func() {}, nil
	}
	f, err := os.Create(filepath.Join(c.ProfileDir, phase+".pprof"))
	if err != nil {
		return nil, fmt.Errorf("bench: profile: %w", err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("bench: profile: %w", err)
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}, nil
}

func (c *Config) logf(format string, args ...any) {
	if c.Log != nil {
		fmt.Fprintf(c.Log, "bench: "+format+"\n", args...)
	}
}

// Report is everything one Run measured.
type Report struct {
	Started time.Time `json:"started"`
	Host    string    `json:"host"` // GOOS/GOARCH, CPUs, Go version
	LoadAvg string    `json:"load_avg,omitempty"`
	// ServingLoad is the load average as the search phase starts.
	ServingLoad string  `json:"serving_load_avg,omitempty"`
	Corpus      string  `json:"corpus"`
	SampleN     int     `json:"sample_articles"`
	SampleAvg   float64 `json:"sample_avg_bytes"`

	Stages  Stages  `json:"stages"`
	Scaling Scaling `json:"scaling"`

	// Ingest is zero when an existing database was reused (Reused).
	Ingest Ingest `json:"ingest"`
	Fill   Fill   `json:"fill"`
	Reused bool   `json:"reused_db"`

	// Search is the first pass over the mix, SearchRepeat the same
	// queries again (what the store keeps in memory from the first pass
	// makes it faster); the p99 target is judged on the first.
	Search       Latency `json:"search"`
	SearchRepeat Latency `json:"search_repeat"`
	// Warmed is the first pass after a warm-up (Config.Warm), nil without.
	Warmed *WarmedPass `json:"search_warmed,omitempty"`
	// Exactness compares the searches with exhaustive evaluations.
	Exactness Exactness `json:"exactness"`
	SearchN   int       `json:"search_articles"`
	// Concurrent is the mix under Clients clients (zero when skipped).
	Concurrent Concurrent `json:"concurrent"`
	// Graph is the time of /api/graph's store queries.
	Graph GraphLatency `json:"graph"`

	PeakRSS    int64         `json:"peak_rss_bytes"`    // whole run up to the search phase
	ServingRSS int64         `json:"serving_rss_bytes"` // peak during the search phase, -1 when it could not be isolated
	Size       Size          `json:"size"`
	DBPath     string        `json:"db_path"`
	Elapsed    time.Duration `json:"elapsed_ns"`
}

// Run measures everything in order: stages on one core, scaling,
// ingest, fill, search, sizes.
func Run(ctx context.Context, cfg Config) (*Report, error) {
	cfg.defaults()
	if cfg.Extractor == nil {
		return nil, errors.New("bench: no extractor")
	}
	r := &Report{Started: time.Now().UTC(), LoadAvg: loadAvg(),
		Host: fmt.Sprintf("%s/%s, %d CPUs, %s", runtime.GOOS, runtime.GOARCH, runtime.NumCPU(), runtime.Version())}

	cfg.logf("reading corpus")
	genN := 600
	if cfg.Sample > 0 {
		genN = cfg.Sample
	}
	corpus, err := LoadCorpus(ctx, cfg.CorpusDir, 0, genN, cfg.Seed)
	if err != nil {
		return nil, err
	}
	r.Corpus = corpus.Desc
	sample := corpus.Items
	if cfg.Sample > 0 && len(sample) > cfg.Sample {
		sample = sample[:cfg.Sample]
	}
	arts, _ := ParseAll(sample)
	if len(arts) == 0 {
		return nil, errors.New("bench: no article of the corpus parses")
	}
	var textBytes int64
	for _, a := range arts {
		textBytes += int64(len(a.Text))
	}
	r.SampleN, r.SampleAvg = len(arts), float64(textBytes)/float64(len(arts))

	cfg.logf("parse, kagome and extraction on 1 core, %d articles", len(sample))
	stop, err := cfg.profile("stages")
	if err != nil {
		return nil, err
	}
	r.Stages, err = MeasureStages(cfg.Extractor, sample, cfg.MinDuration)
	stop()
	if err != nil {
		return nil, err
	}
	cfg.logf("extraction on 1 and %d cores", cfg.Workers)
	if stop, err = cfg.profile("scaling"); err != nil {
		return nil, err
	}
	r.Scaling = MeasureScaling(cfg.Extractor, arts, cfg.Workers, 2, cfg.MinDuration/2)
	stop()

	if err := r.measureStore(ctx, &cfg, corpus); err != nil {
		return nil, err
	}
	r.Elapsed = time.Since(r.Started)
	return r, nil
}

// measureStore fills a database (ingest, then articles remixed from the
// extracted ones up to cfg.Articles) and measures searches on it.
func (r *Report) measureStore(ctx context.Context, cfg *Config, corpus *Corpus) (err error) {
	path := cfg.DB
	if path == "" {
		dir, err := os.MkdirTemp("", "sosik-bench-")
		if err != nil {
			return fmt.Errorf("bench: temporary database: %w", err)
		}
		defer os.RemoveAll(dir)
		path = filepath.Join(dir, "bench.db")
	}
	r.DBPath = path
	st, err := store.Open(ctx, path)
	if err != nil {
		return fmt.Errorf("bench: %w", err)
	}
	defer func() {
		if st != nil {
			st.Close()
		}
	}()
	have, err := r.ingestOrReuse(ctx, cfg, st, corpus)
	if err != nil {
		return err
	}
	if err := r.fill(ctx, cfg, st, have); err != nil {
		return err
	}
	docs, err := FirstDocuments(ctx, st, 2000)
	if err != nil {
		return err
	}
	cfg.logf("building %d queries", cfg.Queries)
	qs, err := BuildQueries(ctx, st, docs, cfg.Queries, cfg.Seed)
	if err != nil {
		return err
	}
	docs = nil
	r.PeakRSS = PeakRSS()
	if err := st.Close(); err != nil {
		return fmt.Errorf("bench: closing %s: %w", path, err)
	}
	st = nil
	if err := r.measureServing(ctx, cfg, path, qs); err != nil {
		return err
	}
	return r.measureWarmed(ctx, cfg, path, qs)
}

// ingestOrReuse ingests the corpus (topped up with generated articles to
// cfg.Full) into an empty store, measuring it, or reuses the articles of
// an earlier run. It returns how many articles the store holds.
func (r *Report) ingestOrReuse(ctx context.Context, cfg *Config, st store.Store, corpus *Corpus) (int, error) {
	stats, err := st.Stats(ctx)
	if err != nil {
		return 0, fmt.Errorf("bench: %w", err)
	}
	have := stats.Articles
	switch {
	case have >= cfg.Articles:
		r.Reused = true
		cfg.logf("reusing %s: %d articles", r.DBPath, have)
		return have, nil
	case have > 0:
		// A database from an earlier run grows to the asked size through
		// the fill alone; the ingest figure is not measured again.
		r.Reused = true
		cfg.logf("growing %s from %d articles", r.DBPath, have)
		return have, nil
	}
	items := corpus.Items
	if n := cfg.Full - len(items); n > 0 {
		// A seed apart from the synthetic corpus's (cfg.Seed) and the
		// fill's (cfg.Seed+1+size), so that no article repeats.
		gen, err := Generated(n, cfg.Seed+2_000_000)
		if err != nil {
			return 0, err
		}
		items = append(items[:len(items):len(items)], gen...)
	}
	items = items[:min(len(items), cfg.Full)]
	cfg.logf("ingest of %d articles through ingest.Run, %d workers", len(items), cfg.Workers)
	stop, err := cfg.profile("ingest")
	if err != nil {
		return 0, err
	}
	r.Ingest, err = MeasureIngest(ctx, cfg.Extractor, st, items, cfg.Workers, 0)
	stop()
	if err != nil {
		return 0, err
	}
	return r.Ingest.Stored, nil
}

// fill adds articles remixed from extracted ones (FillStore) until the
// store holds cfg.Articles.
func (r *Report) fill(ctx context.Context, cfg *Config, st store.Store, have int) error {
	rest := cfg.Articles - have
	if rest <= 0 {
		return nil
	}
	donors, err := FirstDocuments(ctx, st, 2000)
	if err != nil {
		return err
	}
	cfg.logf("fill: %d articles remixed from lines of %d extracted documents", rest, len(donors))
	stop, err := cfg.profile("fill")
	if err != nil {
		return err
	}
	last := time.Now()
	// The generator seed depends on the size reached, so that growing
	// a database again adds new articles, not repeats.
	r.Fill, err = FillStore(ctx, st, rest, donors, cfg.Seed+1+int64(have), 0, func(done int) {
		if time.Since(last) > 30*time.Second {
			last = time.Now()
			cfg.logf("fill: %d of %d stored", done, rest)
		}
	})
	stop()
	return err
}

// measureServing serves the searches from a read-only store, as `sosik
// serve` does, with the peak RSS reset so that it is the serving
// process's figure (the extractor's lexicons stay loaded, so it is an
// upper bound), and records the store's size.
func (r *Report) measureServing(ctx context.Context, cfg *Config, path string, qs []Query) error {
	ro, err := store.Open(ctx, path, store.ReadOnly())
	if err != nil {
		return fmt.Errorf("bench: %w", err)
	}
	defer ro.Close()
	runtime.GC()
	debug.FreeOSMemory()
	r.ServingRSS = -1
	r.ServingLoad = loadAvg()
	reset := ResetPeakRSS()
	cfg.logf("searching: %d queries", len(qs))
	if r.Search, err = cfg.profiledSearch(ctx, "search", ro, qs); err != nil {
		return err
	}
	cfg.logf("searching: the %d queries again", len(qs))
	if r.SearchRepeat, err = cfg.profiledSearch(ctx, "search-repeat", ro, qs); err != nil {
		return err
	}
	if err := r.measureLoad(ctx, cfg, ro, qs); err != nil {
		return err
	}
	if reset {
		r.ServingRSS = PeakRSS()
	}
	cfg.logf("checking: %d queries against exhaustive evaluations", len(qs))
	if r.Exactness, err = CheckExactness(ctx, ro, qs); err != nil {
		return err
	}
	stats, err := ro.Stats(ctx)
	if err != nil {
		return fmt.Errorf("bench: %w", err)
	}
	r.SearchN = stats.Articles
	if err := ro.Close(); err != nil {
		return fmt.Errorf("bench: closing %s: %w", path, err)
	}
	r.Size = Size{Articles: stats.Articles, TextBytes: stats.TextSize, DBBytes: FileSize(path)}
	return nil
}

// measureLoad runs the mix under concurrent clients and times the graph
// queries, on the serving store.
func (r *Report) measureLoad(ctx context.Context, cfg *Config, ro store.Store, qs []Query) error {
	var err error
	if cfg.Clients > 0 {
		cfg.logf("searching: %d clients, %d searches", cfg.Clients, cfg.Rounds*len(qs))
		stop, err := cfg.profile("concurrent")
		if err != nil {
			return err
		}
		r.Concurrent, err = MeasureConcurrent(ctx, ro, qs, cfg.Clients, cfg.Rounds)
		stop()
		if err != nil {
			return err
		}
	}
	cfg.logf("graphs: the default and around each entity of the mix")
	r.Graph, err = MeasureGraph(ctx, ro, qs, 20)
	return err
}

// loadAvg is the first line of /proc/loadavg, where there is one.
func loadAvg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return ""
	}
	f := string(b)
	if i := len(f); i > 0 && f[i-1] == '\n' {
		f = f[:i-1]
	}
	return f
}

var _ Extractor = (*extract.Extractor)(nil)
