package main

import (
	"fmt"
	"log/slog"
	"net"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/sosik-news/sosik/internal/server"
	"github.com/sosik-news/sosik/internal/store"
)

func init() {
	var (
		addr     string
		dsn      string
		readOnly bool
		logJSON  bool
		timeout  time.Duration
		maxBody  int64
		ef       extractFlags
		noIngest bool
	)
	cmd := &cobra.Command{
		Use:   "serve [--addr 127.0.0.1:8080] [--db sosik.db]",
		Short: "Serve the JSON API and the web UI over a corpus",
		Long: `serve answers HTTP on --addr: the web UI at / (search, articles, entities,
trends), the JSON API under /api/ (described at /api/openapi.json), /healthz
and Prometheus metrics at /metrics. POST /api/articles ingests one article.
It stops gracefully on SIGINT or SIGTERM, letting requests in flight finish.`,
		Example: "  sosik ingest examples/ && sosik serve\n  sosik serve --addr :9000 --db corpus.db --read-only",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			var h slog.Handler = slog.NewTextHandler(cmd.ErrOrStderr(), nil)
			if logJSON {
				h = slog.NewJSONHandler(cmd.ErrOrStderr(), nil)
			}
			log := slog.New(h)
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()

			var opts []store.Option
			if readOnly {
				opts = append(opts, store.ReadOnly())
			}
			st, err := store.Open(ctx, dsn, opts...)
			if err != nil {
				return fmt.Errorf("opening %s: %w", dsn, err)
			}
			defer st.Close()

			cfg := server.Config{
				Addr: addr, Corpus: st, Logger: log,
				RequestTimeout: timeout, MaxBodyBytes: maxBody,
			}
			if !noIngest && !readOnly {
				x, err := ef.extractor()
				if err != nil {
					return err
				}
				cfg.Extractor = x
			}
			srv, err := server.New(cfg)
			if err != nil {
				return err
			}
			return srv.Run(ctx, func(a net.Addr) {
				fmt.Fprintf(cmd.ErrOrStderr(), "sosik: serving %s on http://%s/ (Ctrl-C to stop)\n", dsn, a)
			})
		},
	}
	f := cmd.Flags()
	f.StringVar(&addr, "addr", server.DefaultAddr, "address to listen on (host:port)")
	f.StringVar(&dsn, "db", store.DefaultDSN, "database: a file path, sqlite:PATH or postgres://…")
	f.BoolVar(&readOnly, "read-only", false, "open the database read-only; POST /api/articles is then off")
	f.BoolVar(&noIngest, "no-ingest", false, "turn POST /api/articles off")
	f.BoolVar(&logJSON, "log-json", false, "write logs as JSON lines instead of text")
	f.DurationVar(&timeout, "timeout", server.DefaultRequestTimeout, "deadline for each request")
	f.Int64Var(&maxBody, "max-body", server.DefaultMaxBodyBytes, "largest request body accepted, in bytes")
	ef.register(cmd)
	root.AddCommand(cmd)
}
