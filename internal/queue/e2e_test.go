package queue

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/sosik-news/sosik/internal/store"
)

var (
	buildOnce sync.Once
	builtBin  string
	buildErr  error
)

// buildSosik compiles the sosik command once for the package's tests.
func buildSosik(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "sosik-queue-test")
		if err != nil {
			buildErr = err
			return
		}
		builtBin = filepath.Join(dir, "sosik")
		cmd := exec.Command("go", "build", "-o", builtBin, "github.com/sosik-news/sosik/cmd/sosik")
		cmd.Dir = filepath.Join("..", "..")
		if out, err := cmd.CombinedOutput(); err != nil {
			buildErr = fmt.Errorf("building sosik: %w\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return builtBin
}

// TestMain removes the binary built for the tests.
func TestMain(m *testing.M) {
	code := m.Run()
	if builtBin != "" {
		_ = os.RemoveAll(filepath.Dir(builtBin))
	}
	os.Exit(code)
}

// runJSON runs the binary and decodes its JSON standard output into v.
func runJSON(t *testing.T, bin string, v any, args ...string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	cmd := exec.Command(bin, args...)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("sosik %v: %v\n%s", args, err, stderr.String())
	}
	if err := json.Unmarshal(stdout.Bytes(), v); err != nil {
		t.Fatalf("sosik %v: output %q: %v", args, stdout.String(), err)
	}
}

// workerArgs are the flags of every worker of the end-to-end test: small
// batches and a short ack wait, so a killed worker's messages come back soon.
func workerArgs(url, dsn string) []string {
	return []string{"worker", "--queue", url, "--db", dsn, "--json", "--verbose", "--drain",
		"--workers", "1", "--batch", "8", "--max-in-flight", "16", "--batch-wait", "200ms",
		"--ack-wait", "3s", "--retry-delay", "100ms"}
}

// startWorker starts a worker whose output goes to buffers.
func startWorker(t *testing.T, bin string, args []string) (*exec.Cmd, *bytes.Buffer, *bytes.Buffer) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	cmd := exec.Command(bin, args...)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	return cmd, &stdout, &stderr
}

// killAfterCommits starts a worker, calls first after its first committed
// batch and kills it with SIGKILL once it has committed n batches.
func killAfterCommits(t *testing.T, bin string, args []string, n int, first func()) {
	t.Helper()
	cmd := exec.Command(bin, args...)
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	deadline := time.AfterFunc(3*time.Minute, func() { _ = cmd.Process.Kill() })
	defer deadline.Stop()
	commits := 0
	sc := bufio.NewScanner(stderr)
	for sc.Scan() {
		if strings.Contains(sc.Text(), "msg=committed") {
			if commits++; commits == 1 {
				first()
			}
			if commits == n {
				if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
					t.Fatal(err)
				}
				break
			}
		}
	}
	_ = cmd.Wait()
	if commits < n {
		t.Fatalf("worker ended after %d commits before it could be killed: %v", commits, cmd.ProcessState)
	}
	if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); !ok || !ws.Signaled() || ws.Signal() != syscall.SIGKILL {
		t.Fatalf("worker was not killed by SIGKILL: %v", cmd.ProcessState)
	}
}

// waitWorker waits for a draining worker to finish, within a bound.
func waitWorker(t *testing.T, name string, cmd *exec.Cmd, stdout, stderr *bytes.Buffer) map[string]any {
	t.Helper()
	deadline := time.AfterFunc(3*time.Minute, func() { _ = cmd.Process.Kill() })
	defer deadline.Stop()
	if err := cmd.Wait(); err != nil {
		t.Fatalf("%s: %v\n%s", name, err, stderr.String())
	}
	var sum map[string]any
	if err := json.Unmarshal(stdout.Bytes(), &sum); err != nil {
		t.Fatalf("%s: summary %q: %v", name, stdout.String(), err)
	}
	return sum
}

// TestKilledWorker is issue 15's promise end to end with the real binary:
// articles queued with `sosik ingest --queue`, two worker processes storing
// into one database, one killed with kill -9 in the middle and started
// again, and every article stored exactly once with nothing left queued.
func TestKilledWorker(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the sosik binary and runs three worker processes")
	}
	url := testQueueURL(t, "")
	bin := buildSosik(t)
	corpus, gen := writeCorpus(t, 160, 2026)
	ids := corpusIDs(t, corpus)
	dsn := testDSN(t)

	var pub struct {
		Queued, Duplicates, Failed int
	}
	runJSON(t, bin, &pub, "ingest", "--queue", url, "--json", corpus)
	if pub.Queued != gen.Distinct || pub.Duplicates != gen.Duplicates || pub.Failed != 0 {
		t.Fatalf("ingest --queue = %+v, want %d queued, %d duplicates", pub, gen.Distinct, gen.Duplicates)
	}

	// The first worker has the queue to itself until its first commit, so
	// it is surely in the middle of the run when it is killed.
	args := workerArgs(url, dsn)
	var (
		other              *exec.Cmd
		otherOut, otherErr *bytes.Buffer
	)
	killAfterCommits(t, bin, args, 3, func() { other, otherOut, otherErr = startWorker(t, bin, args) })
	again, againOut, againErr := startWorker(t, bin, args)
	sums := []map[string]any{
		waitWorker(t, "the other worker", other, otherOut, otherErr),
		waitWorker(t, "the restarted worker", again, againOut, againErr),
	}
	t.Logf("surviving workers: %v", sums)

	assertStoredOnce(t, dsn, ids)
	st, err := store.Open(context.Background(), dsn, store.ReadOnly())
	if err != nil {
		t.Fatal(err)
	}
	stats, err := st.Stats(context.Background())
	_ = st.Close()
	if err != nil || stats.Articles != gen.Distinct {
		t.Errorf("store holds %+v (%v), want %d articles", stats, err, gen.Distinct)
	}

	var qs Status
	runJSON(t, bin, &qs, "queue", "status", "--queue", url, "--json")
	if qs.Pending != 0 || qs.InFlight != 0 || qs.Failed != 0 {
		t.Errorf("queue status after the run = %+v, want nothing pending, in flight or failed", qs)
	}
}

// TestBench: every round of the bench works all its articles with its
// number of worker processes, and the start-up is measured.
func TestBench(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the sosik binary and runs four worker processes")
	}
	url := testQueueURL(t, "")
	dsn := testDSN(t)
	rep, err := Bench(context.Background(), BenchConfig{
		Exe: buildSosik(t), URL: url, DSN: dsn, Workers: []int{1, 2}, Articles: 12, Seed: 3,
		WorkerArgs: []string{"--workers", "1"},
	})
	if err != nil {
		t.Fatal(err)
	}
	if rep.StartupCPU <= 0 || len(rep.Rounds) != 2 {
		t.Fatalf("report = %+v", rep)
	}
	for i, rd := range rep.Rounds {
		if rd.Workers != i+1 || rd.Articles != 12 || rd.Work <= 0 || rd.Wall < rd.Work {
			t.Errorf("round %d = %+v, want %d workers over 12 articles", i, rd, i+1)
		}
	}
	var out bytes.Buffer
	rep.WriteTable(&out)
	if lines := strings.Count(out.String(), "\n"); lines != 5 {
		t.Errorf("table has %d lines:\n%s", lines, out.String())
	}
}
