// Package testextract gives tests one shared Extractor: loading the
// dictionary takes about a second, so a test binary loads it once.
package testextract

import (
	"sync"
	"testing"

	"github.com/sosik-news/sosik/internal/extract"
)

var (
	once sync.Once
	x    *extract.Extractor
	err  error
)

// Extractor returns the test binary's Extractor with default options,
// failing the test when it cannot load.
func Extractor(t testing.TB) *extract.Extractor {
	t.Helper()
	once.Do(func() { x, err = extract.New(extract.Options{}) })
	if err != nil {
		t.Fatalf("extract.New: %v", err)
	}
	return x
}
