package ingest

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/sosik-news/sosik/internal/extract"
	"github.com/sosik-news/sosik/internal/store"
)

// buildSosik compiles the sosik command into dir.
func buildSosik(t *testing.T, dir string) string {
	t.Helper()
	bin := filepath.Join(dir, "sosik")
	cmd := exec.Command("go", "build", "-o", bin, "github.com/sosik-news/sosik/cmd/sosik")
	cmd.Dir = filepath.Join("..", "..")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("building sosik: %v\n%s", err, out)
	}
	return bin
}

// cliSummary is the part of `sosik ingest --json` this test reads.
type cliSummary struct {
	Inserted       int `json:"inserted"`
	NearDuplicates int `json:"near_duplicates"`
	Duplicates     int `json:"duplicates"`
	AlreadyStored  int `json:"already_stored"`
	Failed         int `json:"failed"`
	Stored         int `json:"stored"`
}

func runIngest(t *testing.T, bin string, args ...string) cliSummary {
	t.Helper()
	var stdout, stderr bytes.Buffer
	cmd := exec.Command(bin, append([]string{"ingest", "--json"}, args...)...)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("sosik ingest %v: %v\n%s", args, err, stderr.String())
	}
	var sum cliSummary
	if err := json.Unmarshal(stdout.Bytes(), &sum); err != nil {
		t.Fatalf("summary %q: %v", stdout.String(), err)
	}
	return sum
}

// storedArticles counts the stored articles and the distinct texts among
// them, reading the store the way the rest of sosik does.
func storedArticles(t *testing.T, db string) (articles, distinctTexts int) {
	t.Helper()
	st, err := store.Open(context.Background(), db, store.ReadOnly())
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	texts := make(map[[32]byte]bool)
	ids := make(map[string]bool)
	err = st.Export(context.Background(), store.ExportQuery{}, func(d *extract.Document) error {
		if ids[d.ID] {
			t.Errorf("article %s exported twice", d.ID)
		}
		ids[d.ID] = true
		texts[sha256.Sum256([]byte(d.Headline+"\n"+d.Text))] = true
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return len(ids), len(texts)
}

// TestKillAndResume is the promise of issue 5 tested end to end: kill -9 a
// large ingest in the middle, run it again, and the store holds every
// distinct article exactly once.
func TestKillAndResume(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the sosik binary and ingests 2,000 articles")
	}
	dir := t.TempDir()
	bin := buildSosik(t, dir)
	corpus := filepath.Join(dir, "corpus.jsonl")
	f, err := os.Create(corpus)
	if err != nil {
		t.Fatal(err)
	}
	gen, err := Generator{Seed: 2026, DuplicateRate: 0.05}.WriteJSONL(f, 2000)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "news.db")

	// First run: kill -9 once a few batches are committed.
	cmd := exec.Command(bin, "ingest", "--db", db, "--verbose", "--batch", "50", "--batch-wait", "1m", "--workers", "2", corpus)
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	commits := 0
	sc := bufio.NewScanner(stderr)
	deadline := time.AfterFunc(2*time.Minute, func() { _ = cmd.Process.Kill() })
	for sc.Scan() {
		if strings.Contains(sc.Text(), "committed") {
			commits++
			if commits == 4 {
				if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
					t.Fatal(err)
				}
				break
			}
		}
	}
	deadline.Stop()
	err = cmd.Wait()
	if commits < 4 {
		t.Fatalf("ingest ended after %d commits before it could be killed: %v", commits, err)
	}
	if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); !ok || !ws.Signaled() || ws.Signal() != syscall.SIGKILL {
		t.Fatalf("ingest was not killed by SIGKILL: %v", cmd.ProcessState)
	}
	killed, _ := storedArticles(t, db)
	if killed < 4*50-50 || killed >= gen.Distinct {
		t.Fatalf("after kill -9 the store holds %d articles; want part of %d", killed, gen.Distinct)
	}

	// Second run: picks up exactly what is missing.
	sum := runIngest(t, bin, "--db", db, "--workers", "2", corpus)
	if sum.Stored != gen.Distinct-killed || sum.AlreadyStored < killed || sum.Failed != 0 {
		t.Errorf("resumed run: %+v; %d were stored before the kill, %d distinct", sum, killed, gen.Distinct)
	}
	articles, texts := storedArticles(t, db)
	if articles != gen.Distinct || texts != gen.Distinct {
		t.Errorf("store holds %d articles with %d distinct texts; want %d of each", articles, texts, gen.Distinct)
	}

	// Third run: nothing left to do.
	sum = runIngest(t, bin, "--db", db, "--workers", "2", corpus)
	if sum.Stored != 0 || sum.Duplicates != gen.Records || sum.AlreadyStored != gen.Records {
		t.Errorf("third run: %+v; want all %d records already stored", sum, gen.Records)
	}
	t.Logf("generated %d records (%d distinct); %d stored before kill -9, %d after resuming", gen.Records, gen.Distinct, killed, articles)
}
