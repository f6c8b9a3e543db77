package queue

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/sosik-news/sosik/internal/ingest"
)

// BenchConfig is a measurement of ingest throughput over worker processes.
type BenchConfig struct {
	// Exe is the sosik binary the workers run.
	Exe string
	// URL is the queue server; each round uses a queue of its own, named
	// after the URL's and deleted afterwards.
	URL string
	// DSN is the database the workers store into.
	DSN string
	// Workers lists the worker process counts to measure, e.g. 1, 2, 4.
	Workers []int
	// Articles is the synthetic articles per round; each round has its
	// own, so one database serves every round.
	Articles int
	// Seed of the synthetic articles.
	Seed int64
	// WorkerArgs are extra flags for every worker (e.g. --workers 1).
	WorkerArgs []string
}

// BenchRound is the measurement of one worker count.
type BenchRound struct {
	Workers  int     `json:"workers"`
	Articles int     `json:"articles"`
	Wall     float64 `json:"wall_seconds"` // first worker started to last one done
	// Work is the longest Work run of a worker: Wall without start-up.
	Work float64 `json:"work_seconds"`
	// Rate is articles per second of Work.
	Rate float64 `json:"articles_per_second"`
	// CPU is the CPU time of all workers minus their start-up (loading
	// the extractor), measured on an empty queue.
	CPU float64 `json:"cpu_seconds"`
	// Cores is CPU over Work: the cores the workers actually got.
	Cores float64 `json:"cores"`
	// PerCPU is articles per CPU second: throughput normalised for a
	// machine shared with other load.
	PerCPU float64 `json:"articles_per_cpu_second"`
}

// BenchReport is the result of Bench.
type BenchReport struct {
	StartupCPU float64      `json:"startup_cpu_seconds"`
	Rounds     []BenchRound `json:"rounds"`
}

// WriteTable prints the report for a person.
func (r *BenchReport) WriteTable(w io.Writer) {
	fmt.Fprintf(w, "queue ingest throughput (start-up of a worker: %.2f CPU s, not counted)\n", r.StartupCPU)
	fmt.Fprintf(w, "%8s %9s %8s %10s %8s %7s %12s %8s\n", "workers", "articles", "work s", "articles/s", "CPU s", "cores", "articles/CPU s", "scaling")
	for _, rd := range r.Rounds {
		scale := rd.PerCPU * float64(rd.Workers) / r.Rounds[0].PerCPU / float64(r.Rounds[0].Workers)
		fmt.Fprintf(w, "%8d %9d %8.1f %10.1f %8.1f %7.2f %12.1f %7.2f×\n",
			rd.Workers, rd.Articles, rd.Work, rd.Rate, rd.CPU, rd.Cores, rd.PerCPU, scale)
	}
	fmt.Fprintln(w, "scaling: articles/CPU s × workers, over the first row: the speed-up on a machine with a core per worker")
}

// Bench publishes cfg.Articles synthetic articles per round and measures how
// fast k worker processes (`sosik worker --drain`) ingest them.
func Bench(ctx context.Context, cfg BenchConfig) (*BenchReport, error) {
	server, name, err := ParseURL(cfg.URL)
	if err != nil {
		return nil, err
	}
	dir, err := os.MkdirTemp("", "sosik-queue-bench")
	if err != nil {
		return nil, fmt.Errorf("bench: %w", err)
	}
	defer os.RemoveAll(dir)
	rep := &BenchReport{}
	startup, err := benchRound(ctx, cfg, fmt.Sprintf("%s/%s_bench_startup", server, name), "", 1)
	if err != nil {
		return nil, fmt.Errorf("bench: measuring worker start-up: %w", err)
	}
	rep.StartupCPU = startup.CPU
	for i, k := range cfg.Workers {
		corpus := filepath.Join(dir, fmt.Sprintf("round%d.jsonl", i))
		if err := writeBenchCorpus(corpus, cfg.Articles, cfg.Seed+int64(i)); err != nil {
			return nil, err
		}
		rd, err := benchRound(ctx, cfg, fmt.Sprintf("%s/%s_bench_%d", server, name, i), corpus, k)
		if err != nil {
			return nil, fmt.Errorf("bench: %d workers: %w", k, err)
		}
		rd.CPU -= float64(k) * rep.StartupCPU
		if rd.Work > 0 {
			rd.Rate, rd.Cores = float64(rd.Articles)/rd.Work, rd.CPU/rd.Work
		}
		if rd.CPU > 0 {
			rd.PerCPU = float64(rd.Articles) / rd.CPU
		}
		rep.Rounds = append(rep.Rounds, *rd)
	}
	return rep, nil
}

func writeBenchCorpus(path string, n int, seed int64) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("bench corpus: %w", err)
	}
	_, err = ingest.Generator{Seed: seed}.WriteJSONL(f, n)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("bench corpus: %w", err)
	}
	return nil
}

// benchRound publishes corpus (none: an empty queue) to the queue at url,
// runs k draining workers on it and deletes the queue.
func benchRound(ctx context.Context, cfg BenchConfig, url, corpus string, k int) (*BenchRound, error) {
	q, err := Open(ctx, url, Options{})
	if err != nil {
		return nil, err
	}
	defer q.Close()
	defer q.Delete(context.WithoutCancel(ctx))
	if corpus != "" {
		r := &ingest.Reader{}
		if _, err := q.Publish(ctx, r.Items(ctx, []string{corpus}), nil, nil); err != nil {
			return nil, err
		}
	}
	args := append([]string{"worker", "--queue", url, "--db", cfg.DSN, "--drain", "--json"}, cfg.WorkerArgs...)
	start := time.Now()
	rd := &BenchRound{Workers: k}
	cmds := make([]*exec.Cmd, k)
	outs := make([]*bytes.Buffer, k)
	for i := range cmds {
		outs[i] = &bytes.Buffer{}
		cmds[i] = exec.CommandContext(ctx, cfg.Exe, args...)
		cmds[i].Stdout, cmds[i].Stderr = outs[i], os.Stderr
		if err := cmds[i].Start(); err != nil {
			return nil, fmt.Errorf("starting a worker: %w", err)
		}
	}
	var errs []error
	for i, c := range cmds {
		errs = append(errs, rd.add(c, outs[i]))
	}
	rd.Wall = time.Since(start).Seconds()
	return rd, errors.Join(errs...)
}

// add waits for one worker and adds its summary and CPU time.
func (rd *BenchRound) add(c *exec.Cmd, out *bytes.Buffer) error {
	if err := c.Wait(); err != nil {
		return fmt.Errorf("worker: %w", err)
	}
	rd.CPU += (c.ProcessState.UserTime() + c.ProcessState.SystemTime()).Seconds()
	var sum struct {
		Finished int     `json:"finished"`
		Elapsed  float64 `json:"elapsed_seconds"`
	}
	if err := json.Unmarshal(out.Bytes(), &sum); err != nil {
		return fmt.Errorf("worker summary %q: %w", out.String(), err)
	}
	rd.Articles += sum.Finished
	rd.Work = max(rd.Work, sum.Elapsed)
	return nil
}

// Delete removes the queue's streams with every message and dead letter.
func (q *Queue) Delete(ctx context.Context) error {
	for _, s := range []string{q.workStream(), q.deadStream()} {
		if err := q.js.DeleteStream(ctx, s); err != nil && !errors.Is(err, jetstream.ErrStreamNotFound) {
			return fmt.Errorf("deleting stream %s: %w", s, err)
		}
	}
	return nil
}
