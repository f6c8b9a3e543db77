package main

import (
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/sosik-news/sosik/internal/server"
	"github.com/sosik-news/sosik/internal/store"
)

// serveFlags are the flags of `sosik serve`.
type serveFlags struct {
	addr, dsn, keyFile    string
	readOnly, create      bool
	logJSON, noIngest     bool
	keyedReads, showPaths bool
	allowHosts            []string
	timeout               time.Duration
	maxBody               int64
	warm                  int
	ef                    extractFlags
}

func init() { lazyCommand(addServeCommand, "serve") }

func addServeCommand() {
	var sf serveFlags
	cmd := &cobra.Command{
		Use:   "serve [--addr 127.0.0.1:8080] [--db sosik.db]",
		Short: "Serve the JSON API and the web UI over a corpus",
		Long: `serve answers HTTP on --addr: the web UI at / (search, articles, entities,
trends), the JSON API under /api/ (described at /api/openapi.json), /healthz
and Prometheus metrics at /metrics. It stops gracefully on SIGINT or SIGTERM,
letting requests in flight finish.

Writes (POST /api/articles) are off unless --api-key-file names a file of
API keys (one a line, mode 600); clients send one as "Authorization: Bearer
KEY". Reads are open unless --keyed-reads. Only requests whose Host is a
loopback name, the --addr host or an --allow-host name are answered (against
DNS rebinding). See SECURITY.md.`,
		Example: "  sosik ingest examples/ && sosik serve\n" +
			"  sosik serve --addr :9000 --db corpus.db --api-key-file keys.txt --keyed-reads --allow-host news.internal",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error { return runServe(cmd, &sf) },
	}
	f := cmd.Flags()
	f.StringVar(&sf.addr, "addr", server.DefaultAddr, "address to listen on (host:port)")
	f.StringVar(&sf.dsn, "db", store.DefaultDSN, "database: a file path, sqlite:PATH or postgres://…")
	f.BoolVar(&sf.create, "create", false, "create the database when it does not exist (otherwise a missing one is an error)")
	f.BoolVar(&sf.readOnly, "read-only", false, "open the database read-only; POST /api/articles is then off")
	f.BoolVar(&sf.noIngest, "no-ingest", false, "turn POST /api/articles off")
	f.StringVar(&sf.keyFile, "api-key-file", "", "file of API keys, one a line (mode 600); without it writes are off")
	f.BoolVar(&sf.keyedReads, "keyed-reads", false, "require an API key for reads of the API and /metrics too")
	f.StringArrayVar(&sf.allowHosts, "allow-host", nil, "a Host name to answer besides the loopback names and the --addr host (repeatable; '*' turns the check off)")
	f.BoolVar(&sf.showPaths, "show-source-paths", false, "show articles' source paths as ingested, not only the file name")
	f.BoolVar(&sf.logJSON, "log-json", false, "write logs as JSON lines instead of text")
	f.DurationVar(&sf.timeout, "timeout", server.DefaultRequestTimeout, "deadline for each request")
	f.IntVar(&sf.warm, "warm", server.DefaultWarmWords, "load the index lookups of the N commonest words and bigrams into memory in the background at start (SQLite; 0: off)")
	f.Int64Var(&sf.maxBody, "max-body", 0, "largest request body accepted, in bytes (0: the ingest record limit)")
	sf.ef.register(cmd)
	root.AddCommand(cmd)
}

func runServe(cmd *cobra.Command, sf *serveFlags) error {
	var h slog.Handler = slog.NewTextHandler(cmd.ErrOrStderr(), nil)
	if sf.logJSON {
		h = slog.NewJSONHandler(cmd.ErrOrStderr(), nil)
	}
	log := slog.New(h)
	ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	if err := checkDatabase(sf.dsn, sf.create); err != nil {
		return err
	}
	var opts []store.Option
	if sf.readOnly {
		opts = append(opts, store.ReadOnly())
	}
	st, err := store.Open(ctx, sf.dsn, opts...)
	if err != nil {
		return fmt.Errorf("opening %s: %w", sf.dsn, err)
	}
	defer st.Close()
	if !sf.readOnly {
		if err := attachWatches(st); err != nil {
			return err
		}
	}

	cfg := server.Config{
		Addr: sf.addr, Corpus: st, Logger: log, Version: version,
		RequestTimeout: sf.timeout, MaxBodyBytes: sf.maxBody,
		WarmWords: sf.warm, KeyedReads: sf.keyedReads, AllowedHosts: sf.allowHosts, ShowSourcePaths: sf.showPaths,
	}
	if sf.keyFile != "" {
		if cfg.APIKeys, err = server.LoadKeys(sf.keyFile); err != nil {
			return err
		}
	}
	if sf.keyedReads && len(cfg.APIKeys) == 0 {
		return errors.New("--keyed-reads needs --api-key-file")
	}
	if !sf.noIngest && !sf.readOnly && len(cfg.APIKeys) > 0 {
		if cfg.Extractor, err = sf.ef.extractor(); err != nil {
			return err
		}
	}
	srv, err := server.New(cfg)
	if err != nil {
		return err
	}
	return srv.Run(ctx, func(a net.Addr) {
		fmt.Fprintf(cmd.ErrOrStderr(), "sosik: serving %s on http://%s/ (Ctrl-C to stop)\n", sf.dsn, a)
	})
}

// checkDatabase refuses a database file that does not exist unless create
// is set: a mistyped --db would otherwise serve a new, empty corpus.
func checkDatabase(dsn string, create bool) error {
	if dsn == "" {
		dsn = store.DefaultDSN
	}
	if strings.Contains(dsn, "://") || create {
		return nil // a server database, or asked to create
	}
	path := strings.TrimPrefix(dsn, "sqlite:")
	if path == ":memory:" || strings.HasPrefix(path, "file:") {
		return nil
	}
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("database %s does not exist (ingest into it first, or pass --create to start an empty one)", path)
	}
	return nil
}
