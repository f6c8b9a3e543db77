package main

import (
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/sosik-news/sosik/internal/bench"
	"github.com/sosik-news/sosik/internal/server"
)

func init() { lazyCommand(addBenchCommand, "bench") }

func addBenchCommand() {
	var (
		cfg     bench.Config
		jsonOut bool
		quiet   bool
		ef      extractFlags
	)
	cmd := &cobra.Command{
		Use:   "bench",
		Short: "Measure extraction, ingest and search speed, memory and database size on this machine",
		Long: `bench measures sosik end to end on this machine and compares the figures
with sosik's performance targets:

  - parsing, bare tokenisation (kagome) and extraction of the same articles on
    one core, timed in turns article by article (extraction/tokeniser ratio);
  - extraction on one core and on all cores in alternating rounds (scaling);
  - ingest through the same pipeline as 'sosik ingest' (parse, extract, store
    in batches) into a new SQLite database;
  - search latency p50/p95/p99 over --articles articles for a fixed mix of
    queries drawn from the corpus: a word, two words, a quoted phrase, a word
    with an entity filter, a word within a two-month date range;
  - peak memory (RSS) of the run and of the search phase alone, database size
    per article and over the raw text size.

The corpus is the public news data under --corpus (Korean Wikinews, the
sci-news set) read as 'sosik ingest' reads it; without it, synthetic articles.
The search corpus is filled up to --articles: the first --full articles go
through the real pipeline, the rest through a fast path: new articles made of
whole lines of the extracted ones (a donor's headline and lead, then body
paragraphs drawn from all donors), carrying the donors' analysis and
extraction of those lines, stored with the same store.Put (indexing, entity
linking, graph counts), so neither the tokenizer nor the extractor runs for
them. The report says how many were filled that way.

Absolute figures vary with the load on the machine; every throughput shows
the cores it actually got (CPU time over wall time). --db keeps the database;
an existing one that holds at least --articles articles is reused to measure
search alone.`,
		Example: `  sosik bench
  sosik bench --articles 100000 --db /tmp/bench-100k.db --json
  sosik bench --articles 1000000 --db /tmp/bench-1m.db   # then again to re-measure search only`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			if cfg.Articles > 1_000_000 {
				return fmt.Errorf("--articles %d: at most 1000000", cfg.Articles)
			}
			if !quiet {
				cfg.Log = cmd.ErrOrStderr()
			}
			x, err := ef.extractor()
			if err != nil {
				return err
			}
			cfg.Extractor = x
			rep, err := bench.Run(ctx, cfg)
			if err != nil {
				return err
			}
			if jsonOut {
				return printJSON(cmd.OutOrStdout(), struct {
					*bench.Report
					Checks []bench.Check `json:"checks"`
				}{rep, rep.Checks()})
			}
			return rep.WriteTable(cmd.OutOrStdout())
		},
	}
	fl := cmd.Flags()
	fl.IntVar(&cfg.Articles, "articles", 2000, "articles in the search corpus (up to 1000000)")
	fl.IntVar(&cfg.Full, "full", 2000, "of those, articles ingested through the real pipeline; the rest use the labelled fast path")
	fl.StringVar(&cfg.CorpusDir, "corpus", "../shared/data/news", "public news data to measure on; empty or missing: synthetic articles")
	fl.StringVar(&cfg.DB, "db", "", "database to build and keep (default: a temporary one); an existing one of at least --articles articles is reused")
	fl.IntVar(&cfg.Queries, "queries", 200, "timed searches")
	fl.IntVar(&cfg.Clients, "clients", 50, "clients running the query mix at once for the concurrency measurement (-1: skip it)")
	fl.IntVar(&cfg.Rounds, "rounds", 3, "times the concurrent clients run the query mix over")
	fl.IntVar(&cfg.Sample, "sample", 0, "articles for the throughput measurements (default: the whole real corpus, else 600 synthetic)")
	fl.DurationVar(&cfg.MinDuration, "min-duration", 3*time.Second, "minimum duration of each throughput measurement")
	fl.IntVar(&cfg.Workers, "workers", 0, "workers for the all-cores measurements (default: number of CPUs)")
	fl.Int64Var(&cfg.Seed, "seed", 7, "seed of the synthetic articles and the query mix")
	fl.StringVar(&cfg.ProfileDir, "profile-dir", "", "write a CPU profile of each phase (stages, scaling, ingest, fill, search, search-repeat, concurrent .pprof) into this folder")
	fl.IntVar(&cfg.Warm, "warm", server.DefaultWarmWords, "also time the first pass of the searches on a fresh store that warmed its N commonest words and bigrams first, as 'sosik serve --warm' does by default (0: off)")
	fl.BoolVar(&jsonOut, "json", false, "print the report as JSON")
	fl.BoolVarP(&quiet, "quiet", "q", false, "no progress lines on standard error")
	ef.register(cmd)
	root.AddCommand(cmd)
}
