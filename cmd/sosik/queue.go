package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"

	"github.com/sosik-news/sosik/internal/ingest"
	"github.com/sosik-news/sosik/internal/queue"
)

func init() { lazyCommand(addQueueCommand, "queue") }

func addQueueCommand() {
	cmd := &cobra.Command{
		Use:   "queue",
		Short: "Look at the NATS JetStream work queue of 'sosik ingest --queue' and 'sosik worker'",
	}
	cmd.AddCommand(queueStatusCmd(), queueFailedCmd(), queueRequeueCmd(), queueBenchCmd())
	root.AddCommand(cmd)
}

func queueStatusCmd() *cobra.Command {
	var (
		url     string
		jsonOut bool
	)
	cmd := &cobra.Command{
		Use:   "status --queue nats://HOST:PORT[/NAME]",
		Short: "Show the messages pending, in flight and failed",
		Long: `status counts the work queue's messages: pending (no worker has them yet), in
flight (delivered to a worker, not yet acknowledged; redelivered ones are those
a worker failed or died with) and failed (dead letters, listed by 'sosik queue
failed').`,
		Example: "  sosik queue status --queue nats://127.0.0.1:4222",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			q, err := queue.Open(cmd.Context(), url, queue.Options{Existing: true})
			if err != nil {
				return err
			}
			defer q.Close()
			s, err := q.Status(cmd.Context())
			if err != nil {
				return err
			}
			if jsonOut {
				return writeJSON(cmd.OutOrStdout(), s)
			}
			w := cmd.OutOrStdout()
			fmt.Fprintf(w, "queue %s\n", s.Queue)
			fmt.Fprintf(w, "  pending:    %d\n", s.Pending)
			fmt.Fprintf(w, "  in flight:  %d (%d redelivered)\n", s.InFlight, s.Redelivered)
			fmt.Fprintf(w, "  failed:     %d (dead letters after %d deliveries)\n", s.Failed, s.MaxDeliver)
			fmt.Fprintf(w, "  ack wait:   %s\n", s.AckWait)
			return nil
		},
	}
	addQueueFlag(cmd, &url)
	cmd.Flags().BoolVar(&jsonOut, "json", false, "print the counts as JSON")
	return cmd
}

func queueFailedCmd() *cobra.Command {
	var (
		url     string
		limit   int
		jsonOut bool
	)
	cmd := &cobra.Command{
		Use:     "failed --queue nats://HOST:PORT[/NAME]",
		Short:   "List the dead letters: articles that failed every delivery, with the reason",
		Example: "  sosik queue failed --queue nats://127.0.0.1:4222 --limit 20",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			q, err := queue.Open(cmd.Context(), url, queue.Options{Existing: true})
			if err != nil {
				return err
			}
			defer q.Close()
			w := cmd.OutOrStdout()
			return q.DeadLetters(cmd.Context(), limit, func(d queue.DeadLetter) error {
				if jsonOut {
					return writeJSON(w, d)
				}
				_, err := fmt.Fprintf(w, "%s\t%s\t%d deliveries\t%s\n", d.ID, d.Source, d.Deliveries, d.Reason)
				return err
			})
		},
	}
	addQueueFlag(cmd, &url)
	cmd.Flags().IntVar(&limit, "limit", 0, "list at most this many (0: all)")
	cmd.Flags().BoolVar(&jsonOut, "json", false, "one JSON object per dead letter, with the original message")
	return cmd
}

func queueRequeueCmd() *cobra.Command {
	var (
		url   string
		limit int
	)
	cmd := &cobra.Command{
		Use:   "requeue --queue nats://HOST:PORT[/NAME]",
		Short: "Put dead letters back on the queue (after a fix), oldest first",
		Long: `requeue publishes the dead letters' articles to the work queue again and
removes them from the dead letters: each gets another --max-deliver deliveries.
A dead letter whose message was cut (over 64 KiB) or is not an article stays.`,
		Example: "  sosik queue requeue --queue nats://127.0.0.1:4222",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			q, err := queue.Open(cmd.Context(), url, queue.Options{Existing: true})
			if err != nil {
				return err
			}
			defer q.Close()
			n, kept, err := q.Requeue(cmd.Context(), limit)
			fmt.Fprintf(cmd.OutOrStdout(), "requeued %d dead letters; %d cannot be requeued and stay\n", n, kept)
			return err
		},
	}
	addQueueFlag(cmd, &url)
	cmd.Flags().IntVar(&limit, "limit", 0, "look at most at this many dead letters (0: all)")
	return cmd
}

func queueBenchCmd() *cobra.Command {
	var (
		cfg     queue.BenchConfig
		threads int
		jsonOut bool
	)
	cmd := &cobra.Command{
		Use:   "bench --queue nats://HOST:PORT[/NAME] --db DSN [--workers 1,2,4]",
		Short: "Measure ingest throughput over 1, 2, 4 … worker processes",
		Long: `bench publishes --articles synthetic articles (new ones each round, so one
database serves all rounds) and runs that many 'sosik worker --drain' processes
of this binary on them, for each count in --workers. It reports the articles per
second of work and, because a shared machine gives processes what it has left,
the CPU time the workers used (minus their start-up, measured on an empty queue),
the cores they got and the articles per CPU second. Each round's queue is
deleted afterwards; the articles stay in the database.`,
		Example: "  sosik queue bench --queue nats://127.0.0.1:4222 --db /tmp/bench.db --workers 1,2 --articles 600",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			exe, err := os.Executable()
			if err != nil {
				return fmt.Errorf("finding the sosik binary: %w", err)
			}
			cfg.Exe = exe
			cfg.WorkerArgs = []string{"--workers", fmt.Sprint(threads)}
			rep, err := queue.Bench(cmd.Context(), cfg)
			if err != nil {
				return err
			}
			if jsonOut {
				return writeJSON(cmd.OutOrStdout(), rep)
			}
			rep.WriteTable(cmd.OutOrStdout())
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&cfg.URL, "queue", "", "queue server: nats://HOST:PORT[/NAME] (required); rounds use NAME_bench_N queues")
	f.StringVar(&cfg.DSN, "db", "", "database the workers store into (required)")
	f.IntSliceVar(&cfg.Workers, "workers", []int{1, 2}, "worker process counts to measure")
	f.IntVar(&threads, "threads", 1, "extraction goroutines per worker process (its --workers)")
	f.IntVar(&cfg.Articles, "articles", 600, "synthetic articles per round")
	f.Int64Var(&cfg.Seed, "seed", 7, "seed of the synthetic articles")
	f.BoolVar(&jsonOut, "json", false, "print the report as JSON")
	_ = cmd.MarkFlagRequired("queue")
	_ = cmd.MarkFlagRequired("db")
	return cmd
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("writing JSON: %w", err)
	}
	return nil
}

// queueIngest is `sosik ingest --queue`: the items are published for the
// workers instead of extracted here.
type queueIngest struct {
	url                    string
	quiet, verbose, asJSON bool
}

// queueIngestHelp is added to the help of ingest.
const queueIngestHelp = `

With --queue nats://HOST:PORT[/NAME] nothing is extracted or stored here: each
article is published, once per article ID, to a NATS JetStream work queue for
'sosik worker' processes (see 'sosik worker --help' and docs/team.md).`

func init() { lazyCommand(addIngestQueueFlag, "ingest") }

// addIngestQueueFlag extends the ingest command (built by addIngestCommand,
// registered before it in ingest.go) with --queue, keeping the queue's code
// in this file.
func addIngestQueueFlag() {
	var ingestCmd *cobra.Command
	for _, c := range root.Commands() {
		if c.Name() == "ingest" {
			ingestCmd = c
		}
	}
	if ingestCmd == nil || ingestCmd.RunE == nil {
		panic("queue.go: the ingest command is not registered")
	}
	var url string
	ingestCmd.Flags().StringVar(&url, "queue", "", "publish the articles to a NATS JetStream work queue (nats://HOST:PORT[/NAME]) for 'sosik worker' instead of extracting here")
	ingestCmd.Long += queueIngestHelp
	local := ingestCmd.RunE
	ingestCmd.RunE = func(cmd *cobra.Command, args []string) error {
		if url == "" {
			return local(cmd, args)
		}
		return publishIngest(cmd, args, url)
	}
}

// publishIngest reads the ingest flags that matter to publishing and runs it.
func publishIngest(cmd *cobra.Command, args []string, url string) error {
	fl := cmd.Flags()
	format, err := fl.GetString("format")
	if err != nil {
		return err
	}
	fields, err := fl.GetStringArray("field")
	if err != nil {
		return err
	}
	f, fm, err := formatAndFields(format, fields)
	if err != nil {
		return err
	}
	maxMiB, err := fl.GetInt64("max-item-mib")
	if err != nil {
		return err
	}
	qi := queueIngest{url: url}
	for name, v := range map[string]*bool{"quiet": &qi.quiet, "verbose": &qi.verbose, "json": &qi.asJSON} {
		if *v, err = fl.GetBool(name); err != nil {
			return err
		}
	}
	ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	reader := &ingest.Reader{Format: f, Fields: fm, Stdin: cmd.InOrStdin(), MaxBytes: maxMiB << 20}
	return qi.run(ctx, cmd, reader, args)
}

func (qi queueIngest) run(ctx context.Context, cmd *cobra.Command, reader *ingest.Reader, args []string) error {
	q, err := queue.Open(ctx, qi.url, queue.Options{})
	if err != nil {
		return err
	}
	defer q.Close()
	stderr := cmd.ErrOrStderr()
	var bar *progressbar.ProgressBar
	if !qi.quiet && !qi.verbose && isTerminal(stderr) {
		bar = newIngestBar(stderr, ingest.TotalBytes(args))
		defer bar.Exit()
	}
	printed := 0
	sum, runErr := q.Publish(ctx, reader.Items(ctx, args), nil, func(o queue.PublishOutcome) {
		if o.Status == queue.PublishFailed && (qi.verbose || printed < maxPrintedFailures) {
			if bar != nil {
				_ = bar.Clear()
			}
			fmt.Fprintln(stderr, "sosik ingest:", o.Err)
			printed++
		}
		if bar != nil {
			_ = bar.Add64(o.Bytes)
		}
	})
	if bar != nil {
		_ = bar.Finish()
		fmt.Fprintln(stderr)
	}
	if err := qi.summary(cmd.OutOrStdout(), sum); err != nil {
		return err
	}
	if runErr != nil {
		return runErr
	}
	if sum.Failed > 0 {
		return fmt.Errorf("%d items could not be queued", sum.Failed)
	}
	return nil
}

func (qi queueIngest) summary(w io.Writer, sum *queue.PublishSummary) error {
	if !qi.asJSON {
		sum.WriteText(w, 10)
		return nil
	}
	rate := 0.0
	if sum.Elapsed > 0 {
		rate = float64(sum.Queued+sum.Duplicates) / sum.Elapsed.Seconds()
	}
	return writeJSON(w, struct {
		*queue.PublishSummary
		Elapsed float64 `json:"elapsed_seconds"`
		Rate    float64 `json:"articles_per_second"`
	}{sum, sum.Elapsed.Seconds(), rate})
}

// addQueueFlag registers the required --queue flag of the queue commands.
func addQueueFlag(cmd *cobra.Command, url *string) {
	cmd.Flags().StringVar(url, "queue", "", "work queue: nats://HOST:PORT[/NAME] (required)")
	_ = cmd.MarkFlagRequired("queue")
}
