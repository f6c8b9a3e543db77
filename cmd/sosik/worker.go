package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	vm "github.com/VictoriaMetrics/metrics"
	"github.com/spf13/cobra"

	"github.com/sosik-news/sosik/internal/queue"
	"github.com/sosik-news/sosik/internal/store"
)

// workerFlags are the settings of `sosik worker`.
type workerFlags struct {
	queueURL    string
	db          string
	metricsAddr string
	verbose     bool
	jsonOut     bool
	opt         queue.WorkerOptions
	qopt        queue.Options
	ef          extractFlags
}

func init() { lazyCommand(addWorkerCommand, "worker") }

func addWorkerCommand() {
	var wf workerFlags
	cmd := &cobra.Command{
		Use:   "worker --queue nats://HOST:PORT[/NAME] [--db DSN]",
		Short: "Extract and store the articles queued by 'sosik ingest --queue'",
		Long: `worker pulls articles from a NATS JetStream work queue (filled by
'sosik ingest --queue'), extracts them and stores them in the database (--db).
Run as many workers as you like, on as many machines, against one database
(PostgreSQL for a team; one SQLite file works for workers on one machine).

Each worker holds at most --max-in-flight messages, acknowledges a message only
after its document is committed, and leaves what it holds to the others when it
dies: JetStream delivers an unacknowledged message again after --ack-wait, and
the store keeps every article once. A message that fails --max-deliver times (or
cannot be an article at all) goes to the dead-letter stream with the reason;
'sosik queue status' counts them and 'sosik queue failed' lists them.

--max-deliver, --ack-wait and --dedupe-window shape the queue when it is created;
given explicitly they update an existing one. --metrics-addr serves Prometheus
metrics (throughput counters, queue depth) at /metrics. --drain stops the worker
once the queue is empty; otherwise it runs until SIGINT or SIGTERM, finishing
what it holds.`,
		Example: `  sosik worker --queue nats://127.0.0.1:4222 --db postgres://sosik@db/sosik
  sosik worker --queue nats://127.0.0.1:4222/news --db news.db --drain --metrics-addr 127.0.0.1:9464`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			fl := cmd.Flags()
			wf.qopt.Update = fl.Changed("max-deliver") || fl.Changed("ack-wait") || fl.Changed("dedupe-window")
			return runWorker(cmd, &wf)
		},
	}
	f := cmd.Flags()
	f.StringVar(&wf.queueURL, "queue", "", "work queue: nats://HOST:PORT[/NAME] (required)")
	f.StringVar(&wf.db, "db", store.DefaultDSN, "database to store into")
	f.IntVar(&wf.opt.MaxInFlight, "max-in-flight", 64, "messages this worker holds unacknowledged at most")
	f.IntVar(&wf.opt.Concurrency, "workers", 0, "parallel parse/extract goroutines (default: number of CPUs)")
	f.IntVar(&wf.opt.BatchSize, "batch", 32, "documents per store transaction")
	f.DurationVar(&wf.opt.BatchWait, "batch-wait", 500*time.Millisecond, "commit a partial batch after this long")
	f.DurationVar(&wf.opt.RetryDelay, "retry-delay", 2*time.Second, "wait before a failed message comes again, times its deliveries (negative: none)")
	f.IntVar(&wf.qopt.MaxDeliver, "max-deliver", queue.DefaultMaxDeliver, "deliveries before a failing message is dead-lettered")
	f.DurationVar(&wf.qopt.AckWait, "ack-wait", queue.DefaultAckWait, "redeliver a message not acknowledged within this long")
	f.DurationVar(&wf.qopt.DupWindow, "dedupe-window", queue.DefaultDupWindow, "window in which JetStream drops a re-published article ID")
	f.BoolVar(&wf.opt.Drain, "drain", false, "stop once the queue is empty")
	f.StringVar(&wf.metricsAddr, "metrics-addr", "", "serve Prometheus metrics at http://ADDR/metrics")
	f.BoolVarP(&wf.verbose, "verbose", "v", false, "log every committed batch, retry and dead letter")
	f.BoolVar(&wf.jsonOut, "json", false, "print the summary as JSON on standard output")
	_ = cmd.MarkFlagRequired("queue")
	wf.ef.register(cmd)
	root.AddCommand(cmd)
}

func runWorker(cmd *cobra.Command, wf *workerFlags) error {
	ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	stderr := cmd.ErrOrStderr()
	level := slog.LevelWarn
	if wf.verbose {
		level = slog.LevelInfo
	}
	wf.opt.Logger = slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: level}))

	x, err := wf.ef.extractor()
	if err != nil {
		return err
	}
	st, err := store.Open(ctx, wf.db)
	if err != nil {
		return fmt.Errorf("opening %s: %w", wf.db, err)
	}
	defer st.Close()
	if err := attachWatches(st); err != nil {
		return err
	}
	q, err := queue.Open(ctx, wf.queueURL, wf.qopt)
	if err != nil {
		return err
	}
	defer q.Close()

	wf.opt.Metrics = queue.NewMetrics()
	if wf.metricsAddr != "" {
		shutdown, err := serveWorkerMetrics(wf.metricsAddr, q, wf.opt.Metrics, stderr)
		if err != nil {
			return err
		}
		defer shutdown()
	}
	fmt.Fprintf(stderr, "sosik worker: queue %s into %s (Ctrl-C to stop)\n", q.Name, wf.db)
	sum, runErr := q.Work(ctx, x, st, wf.opt)
	if err := writeWorkerSummary(cmd.OutOrStdout(), sum, wf.jsonOut); err != nil {
		return err
	}
	return runErr
}

func writeWorkerSummary(w io.Writer, sum *queue.WorkerSummary, jsonOut bool) error {
	if !jsonOut {
		sum.WriteText(w)
		return nil
	}
	err := json.NewEncoder(w).Encode(struct {
		*queue.WorkerSummary
		Finished int     `json:"finished"`
		Elapsed  float64 `json:"elapsed_seconds"`
		Rate     float64 `json:"articles_per_second"`
	}{sum, sum.Finished(), sum.Elapsed.Seconds(), sum.Rate()})
	if err != nil {
		return fmt.Errorf("writing summary: %w", err)
	}
	return nil
}

// serveWorkerMetrics serves the worker's and the queue's metrics, with the
// Go runtime's and the process's, at /metrics on addr.
func serveWorkerMetrics(addr string, q *queue.Queue, m *queue.Metrics, log io.Writer) (func(), error) {
	status := queue.NewStatusWriter(q)
	vm.ExposeMetadata(true) // # TYPE lines, for the histograms
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("metrics: %w", err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/metrics", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
		m.Write(w)
		status.Write(w)
		vm.WriteProcessMetrics(w)
	})
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	go func() {
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			fmt.Fprintln(log, "sosik worker: metrics:", err)
		}
	}()
	fmt.Fprintf(log, "sosik worker: metrics on http://%s/metrics\n", ln.Addr())
	return func() {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		_ = srv.Shutdown(ctx)
	}, nil
}
