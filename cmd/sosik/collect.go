package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/sosik-news/sosik/internal/collect"
	"github.com/sosik-news/sosik/internal/store"
	"github.com/sosik-news/sosik/internal/watch"
)

// collectFlags are the flags of sosik collect.
type collectFlags struct {
	db, config string
	once, js   bool
	ef         extractFlags
}

func init() { lazyCommand(addCollectCommand, "collect", "sources") }

func addCollectCommand() {
	var cf collectFlags
	cmd := &cobra.Command{
		Use:   "collect --config sources.toml",
		Short: "Follow news feeds, sitemaps and section pages into the store",
		Long: `collect follows the sources of a TOML file (see examples/sources.toml): RSS/Atom
feeds, news sitemaps and sitemap indexes (gzip too) and section pages whose links
match a link_pattern. Each new article page is read like an HTML file by sosik
ingest; the listing's title, author and date fill what the page lacks.

It behaves as a polite crawler: robots.txt (and its Crawl-delay), one request per
host per interval and at most max_per_host in flight, conditional GET, retries
with backoff on 5xx, 429 (Retry-After) and timeouts, the ingest size cap, the
page's charset (EUC-KR …), a "sosik/VERSION (+contact)" User-Agent, and URLs
made canonical (utm_ parameters dropped) before anything is fetched.

What it has done is kept in the database, so a restart resumes: a page stored
is never fetched again, a page that failed is retried next pass. Watches fire on
the new articles and their webhooks are sent after each pass.

With --once it makes one pass and exits (for cron); without, it runs until
stopped, reading each source every its interval.`,
		Example: `  sosik collect --once --config examples/sources.toml --db news.db
  sosik collect --config examples/sources.toml --db news.db`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error { return runCollect(cmd, &cf) },
	}
	fl := cmd.Flags()
	fl.StringVar(&cf.config, "config", "sources.toml", "sources file (TOML)")
	fl.StringVar(&cf.db, "db", store.DefaultDSN, "database to store into (a file path, sqlite:PATH or postgres://…)")
	fl.BoolVar(&cf.once, "once", false, "make one pass over every source and exit")
	fl.BoolVar(&cf.js, "json", false, "print each pass's report as JSON")
	cf.ef.register(cmd)
	root.AddCommand(cmd, sourcesCmd())
}

func runCollect(cmd *cobra.Command, cf *collectFlags) error {
	ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	cfg, err := collect.Load(cf.config)
	if err != nil {
		return err
	}
	x, err := cf.ef.extractor()
	if err != nil {
		return err
	}
	st, err := store.Open(ctx, cf.db)
	if err != nil {
		return fmt.Errorf("opening %s: %w", cf.db, err)
	}
	defer st.Close()
	if err := attachWatches(st); err != nil {
		return err
	}
	c, err := collect.New(cfg, st, x, nil)
	if err != nil {
		return err
	}
	c.UserAgent = collect.UserAgent(version, cfg.Contact)
	out := cmd.OutOrStdout()
	report := func(rep *collect.Report, err error) {
		printCollectReport(out, rep, cf.js)
		if err != nil {
			slog.Error("collect pass", "err", err)
		}
		deliverWebhooks(ctx, st)
	}
	if cf.once {
		rep, err := c.RunOnce(ctx)
		report(rep, nil)
		return err
	}
	return c.Run(ctx, report)
}

func sourcesCmd() *cobra.Command {
	var sdb string
	var sjs bool
	cmd := &cobra.Command{
		Use:   "sources",
		Short: "List the health of the sources sosik collect follows",
		Long: `sources lists every source sosik collect has read, with its last run, last
success, the failed runs since then and the last error, and the articles it added.`,
		Args: cobra.NoArgs,
		RunE: withQueryStore(&sdb, func(cmd *cobra.Command, _ []string, st store.Store) error {
			cs, err := store.AsCollectState(st)
			if err != nil {
				return err
			}
			hs, err := cs.SourceHealth(cmd.Context())
			if err != nil {
				return err
			}
			if sjs {
				return printJSON(cmd.OutOrStdout(), hs)
			}
			return printSourceHealth(cmd.OutOrStdout(), hs)
		}),
	}
	addDBFlag(cmd, &sdb)
	cmd.Flags().BoolVar(&sjs, "json", false, "print JSON")
	return cmd
}

func printCollectReport(w io.Writer, rep *collect.Report, js bool) {
	if rep == nil {
		return
	}
	if js {
		_ = printJSON(w, rep)
		return
	}
	tw := tabwriter.NewWriter(w, 0, 2, 2, ' ', 0)
	fmt.Fprintln(tw, "SOURCE\tLISTED\tNEW\tSTORED\tDUPLICATE\tFAILED\tREFUSED\tNOTE")
	for _, s := range rep.Sources {
		note := s.Err
		if note == "" && s.NotModified {
			note = "not modified"
		}
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%d\t%d\t%s\n", s.Name, s.Listed, s.New, s.Stored, s.Duplicates, s.Failed, s.Refused, note)
	}
	tw.Flush()
	fmt.Fprintf(w, "%d pages fetched, %d articles stored, %d failed\n", rep.Fetched, rep.Stored, rep.Failed)
}

func printSourceHealth(w io.Writer, hs []store.SourceHealth) error {
	if len(hs) == 0 {
		fmt.Fprintln(w, "no source has run yet (sosik collect)")
		return nil
	}
	tw := tabwriter.NewWriter(w, 0, 2, 2, ' ', 0)
	fmt.Fprintln(tw, "SOURCE\tLAST RUN\tLAST SUCCESS\tFAILURES\tRUNS\tARTICLES\tLAST ERROR")
	for _, h := range hs {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%d\t%d\t%s\n", h.Name, h.LastRun, h.LastSuccess, h.Failures, h.Runs, h.Items, h.LastError)
	}
	return tw.Flush()
}

// deliverWebhooks sends the webhook deliveries that are due; failures are
// logged and retried later.
func deliverWebhooks(ctx context.Context, st store.Store) {
	d, err := watch.NewDeliverer(st, nil)
	if err != nil {
		return
	}
	d.UserAgent = collect.UserAgent(version, "")
	if _, _, err := d.DeliverDue(ctx); err != nil {
		slog.Error("delivering webhooks", "err", err)
	}
}

// attachWatches makes st match every article it newly stores against the
// watches.
func attachWatches(st store.Store) error {
	_, err := watch.Attach(st, nil, nil)
	return err
}
