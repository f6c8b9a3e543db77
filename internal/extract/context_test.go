package extract

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"
)

// longArticle repeats paragraphs of our own text into an article of about
// n bytes, with varying numbers so the paragraphs differ.
func longArticle(n int) string {
	var b strings.Builder
	b.WriteString("세종시, 공공 자전거 대여소 확대\n\n")
	for i := 0; b.Len() < n; i++ {
		fmt.Fprintf(&b, "세종시는 %d번째 공공 자전거 대여소를 조치원읍에 열었다고 밝혔다. 최민호 시장은 \"시민 %d명이 이용할 것\"이라고 말했다.\n", i+1, (i+3)*100)
	}
	return b.String()
}

// countdownCtx is a context that turns cancelled after its Err has been
// asked a given number of times, so a test can cancel mid-extraction
// without depending on timing.
type countdownCtx struct {
	context.Context
	left, asked int
}

func (c *countdownCtx) Err() error {
	c.asked++
	if c.left--; c.left < 0 {
		return context.Canceled
	}
	return nil
}

func TestExtractContextCancelled(t *testing.T) {
	x := extractor(t)
	a := articleOf(longArticle(200_000), "2025-04-03")
	chunks := len(a.Text) / analyzeChunk
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	expired, cancel2 := context.WithDeadline(context.Background(), time.Unix(0, 0))
	defer cancel2()
	mid := &countdownCtx{Context: context.Background(), left: 3}
	tests := []struct {
		name string
		ctx  context.Context
		want error
	}{
		{"cancelled before", cancelled, context.Canceled},
		{"deadline passed", expired, context.DeadlineExceeded},
		{"cancelled after three paragraphs", mid, context.Canceled},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := x.ExtractContext(tc.ctx, a)
			if !errors.Is(err, tc.want) || doc != nil {
				t.Fatalf("got doc %v, err %v; want no doc and %v", doc != nil, err, tc.want)
			}
		})
	}
	if mid.asked > 5 || chunks < 50 {
		t.Errorf("cancelled extraction asked ctx %d times over %d chunks: it did not stop early", mid.asked, chunks)
	}
}

func TestExtractContextSameAsExtract(t *testing.T) {
	x := extractor(t)
	a := articleOf(longArticle(20_000), "2025-04-03")
	doc, err := x.ExtractContext(context.Background(), a)
	if err != nil {
		t.Fatal(err)
	}
	whole := x.an.Analyze(a.Text)
	if got := doc.Tokens.All(); !reflect.DeepEqual(got, whole) {
		t.Fatalf("paragraph-wise analysis differs from one pass: %d vs %d tokens", len(got), len(whole))
	}
	plain := x.Extract(a)
	if !reflect.DeepEqual(doc.Entities, plain.Entities) || !reflect.DeepEqual(doc.Quotes, plain.Quotes) || len(doc.Entities) == 0 {
		t.Fatalf("ExtractContext and Extract disagree: %d vs %d entities", len(doc.Entities), len(plain.Entities))
	}
}

// TestExtractContextStopsAtSentence cancels the context at the tenth
// sentence the segmenter reads (the checks before it are the analysis's,
// one a paragraph run, and the stages' before segment): extraction must
// stop there, read no further sentence, and give the context's error.
func TestExtractContextStopsAtSentence(t *testing.T) {
	x := extractor(t)
	a := articleOf(longArticle(50_000), "2025-04-03")
	count := &countdownCtx{Context: context.Background(), left: 1 << 30}
	if _, err := x.analyzeContext(count, a.Text); err != nil {
		t.Fatal(err)
	}
	before := count.asked
	for _, s := range x.stages {
		before++
		if s.name == "segment" {
			break
		}
	}
	tests := []struct {
		name  string
		left  int
		asked int
	}{
		// the segmenter's check fails and stops it, then runStages' own
		// check before the next stage returns the error: two more asks
		{"at the first sentence", before, before + 2},
		{"at the tenth sentence", before + 9, before + 11},
		{"at the last check before segment", before - 1, before},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ctx := &countdownCtx{Context: context.Background(), left: tc.left}
			doc, err := x.ExtractContext(ctx, a)
			if !errors.Is(err, context.Canceled) || doc != nil {
				t.Fatalf("got doc %v, err %v; want no doc and context.Canceled", doc != nil, err)
			}
			if ctx.asked != tc.asked {
				t.Errorf("ctx asked %d times, want %d: extraction went on after the cancelled check", ctx.asked, tc.asked)
			}
		})
	}
}
