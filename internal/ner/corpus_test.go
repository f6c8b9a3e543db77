package ner

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sosik-news/sosik/internal/testutil"
)

// sharedData is ../shared/data relative to the repository root; tests that
// need the public corpora skip when it is absent.
func sharedData(t testing.TB) string {
	t.Helper()
	testutil.Shared(t, "data", "ner")
	return testutil.Shared(t, "data")
}

// kmouSplit lists the kmou-corpus files sorted by name and puts every
// tenth one (the 1st, 11th, …) in dev, the rest plus 2016klp in train.
func kmouSplit(t testing.TB, data string) (train, dev []string) {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(data, "ner", "kmou-corpus", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no kmou-corpus files: %v", err)
	}
	train, dev = HoldOut(files, 10)
	train = append(train, filepath.Join(data, "ner", "kmou-2016klp", "ner.train"))
	return train, dev
}

func readFiles(t testing.TB, read func(f *os.File) ([]Sentence, error), paths ...string) []Sentence {
	t.Helper()
	var out []Sentence
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		s, err := read(f)
		f.Close()
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		out = append(out, s...)
	}
	return out
}

func readKMOUFile(f *os.File) ([]Sentence, error) { return ReadKMOU(f) }
func readKLUEFile(f *os.File) ([]Sentence, error) { return ReadKLUE(f) }

func labelCounts(ss []Sentence) map[string]int {
	m := map[string]int{}
	for _, s := range ss {
		for _, sp := range s.Spans {
			m[sp.Label]++
		}
	}
	return m
}

func TestSharedCorpora(t *testing.T) {
	data := sharedData(t)
	train, dev := kmouSplit(t, data)
	tr := readFiles(t, readKMOUFile, train...)
	dv := readFiles(t, readKMOUFile, dev...)
	kl := readFiles(t, readKLUEFile, filepath.Join(data, "eval", "klue-ner-v1.1-fix", "klue-ner-v1.1_dev.tsv"))
	if len(kl) != 5000 {
		t.Errorf("KLUE dev: %d sentences, want 5000", len(kl))
	}
	// 21,994 kmou-corpus sentences (the README counts 21,993, missing one
	// after a byte-order mark) and 2,928 from 2016klp.
	if n := len(tr) + len(dv); n != 21994+2928 {
		t.Errorf("KMOU: %d sentences, want %d", n, 21994+2928)
	}
	for _, ss := range [][]Sentence{tr, dv, kl} {
		for _, s := range ss {
			starts := []int{}
			for i := range s.Text {
				starts = append(starts, i)
			}
			if _, err := encodeTags(starts, len(s.Text), s.Spans); err != nil {
				t.Fatalf("%q: %v", s.Text, err)
			}
			for _, sp := range s.Spans {
				if w := s.Text[sp.Start:sp.End]; strings.TrimSpace(w) != w {
					t.Fatalf("span %q has edge spaces in %q", w, s.Text)
				}
			}
		}
	}
	t.Logf("KMOU train %d sentences %v; dev %d %v; KLUE dev %v", len(tr), labelCounts(tr), len(dv), labelCounts(dv), labelCounts(kl))
}
