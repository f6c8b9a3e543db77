package extract

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/sosik-news/sosik/internal/article"
	"github.com/sosik-news/sosik/internal/testutil"
)

// benchArticle is the seed article as article.Parse structures it when
// ../shared is present, else a test article.
func benchArticle(b *testing.B) *article.Article {
	path, _ := testutil.SharedPath("seed", "newsis-2025-04-03-lee-jae-yong-japan-trip.txt")
	if raw, err := os.ReadFile(path); err == nil {
		if a, err := article.Parse(path, raw); err == nil {
			return a
		}
	}
	raw, err := os.ReadFile(filepath.Join("testdata", "motors.txt"))
	if err != nil {
		b.Fatal(err)
	}
	return articleOf(string(raw), "2025-06-11")
}

// BenchmarkExtract measures a whole extraction, morphology included.
func BenchmarkExtract(b *testing.B) {
	x := extractor(b)
	a := benchArticle(b)
	b.SetBytes(int64(len(a.Text)))
	b.ReportAllocs()
	for b.Loop() {
		x.Extract(a)
	}
}

// BenchmarkAnalyze is the morphology alone on the same text, to show what
// share of BenchmarkExtract the rules take.
func BenchmarkAnalyze(b *testing.B) {
	x := extractor(b)
	a := benchArticle(b)
	b.SetBytes(int64(len(a.Text)))
	b.ReportAllocs()
	for b.Loop() {
		x.an.Analyze(a.Text)
	}
}

// BenchmarkRules is extraction without the morphological analysis: what
// the rules themselves cost (BenchmarkExtract minus BenchmarkAnalyze,
// measured directly).
func BenchmarkRules(b *testing.B) {
	x := extractor(b)
	a := benchArticle(b)
	toks, err := x.analyzeContext(context.Background(), a.Text)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(a.Text)))
	b.ReportAllocs()
	for b.Loop() {
		_, d, _ := x.extractTokens(context.Background(), a, toks)
		d.release()
	}
}
