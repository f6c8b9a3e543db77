package ner

import (
	"fmt"
	"os"
	"sort"
)

// Formats are the corpus formats ReadFiles knows.
var Formats = []string{"kmou", "klue"}

// ReadFiles reads corpus files in format "kmou" (ReadKMOU) or "klue"
// (ReadKLUE) and returns their sentences in order.
func ReadFiles(format string, paths ...string) ([]Sentence, error) {
	var read func(*os.File) ([]Sentence, error)
	switch format {
	case "kmou":
		read = func(f *os.File) ([]Sentence, error) { return ReadKMOU(f) }
	case "klue":
		read = func(f *os.File) ([]Sentence, error) { return ReadKLUE(f) }
	default:
		return nil, fmt.Errorf("ner: unknown corpus format %q (want kmou or klue)", format)
	}
	var out []Sentence
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			return nil, fmt.Errorf("ner: reading corpus: %w", err)
		}
		ss, err := read(f)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", p, err)
		}
		out = append(out, ss...)
	}
	return out, nil
}

// HoldOut sorts paths and puts every nth one, starting with the first, in
// dev and the others in train: a split by file, so that sentences of one
// document never straddle train and dev. n < 2 holds nothing out.
func HoldOut(paths []string, n int) (train, dev []string) {
	sorted := append([]string(nil), paths...)
	sort.Strings(sorted)
	for i, p := range sorted {
		if n >= 2 && i%n == 0 {
			dev = append(dev, p)
		} else {
			train = append(train, p)
		}
	}
	return train, dev
}
