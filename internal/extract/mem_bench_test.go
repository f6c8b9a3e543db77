package extract

import (
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sosik-news/sosik/internal/article"
)

// heapSampler polls the live heap (runtime/metrics, no stop-the-world) in
// the background and keeps the highest value seen.
type heapSampler struct {
	stop chan struct{}
	done sync.WaitGroup
	peak uint64
}

const heapObjects = "/memory/classes/heap/objects:bytes"

func heapNow() uint64 {
	s := []metrics.Sample{{Name: heapObjects}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

func startHeapSampler() *heapSampler {
	h := &heapSampler{stop: make(chan struct{}), peak: heapNow()}
	h.done.Add(1)
	go func() {
		defer h.done.Done()
		tick := time.NewTicker(100 * time.Microsecond)
		defer tick.Stop()
		for {
			select {
			case <-h.stop:
				return
			case <-tick.C:
				h.peak = max(h.peak, heapNow())
			}
		}
	}()
	return h
}

// Stop ends sampling and returns the peak heap seen.
func (h *heapSampler) Stop() uint64 {
	close(h.stop)
	h.done.Wait()
	return max(h.peak, heapNow())
}

// peakGrowth extracts a once and returns the peak growth of the heap
// (live objects and garbage not yet swept) over the heap before, per byte
// of a's text, with the garbage collector's target percentage set to pct.
func peakGrowth(x *Extractor, a *article.Article, pct int) float64 {
	defer debug.SetGCPercent(debug.SetGCPercent(pct))
	runtime.GC() // twice: the second frees what pools kept from the last run
	runtime.GC()
	base := heapNow()
	h := startHeapSampler()
	doc := x.Extract(a)
	peak := h.Stop()
	runtime.KeepAlive(doc)
	return float64(peak-min(base, peak)) / float64(len(a.Text))
}

// BenchmarkExtractPeakHeap extracts a ~1 MB article and reports the peak
// growth of the heap per byte of its text, twice: peak-heap at the
// process's GOGC (100 unless set), where garbage waits for the next cycle
// as it does in a server, so RSS follows it; and peak-live with the
// collector's target at 10 %, which leaves little garbage, so it is close
// to what extraction holds live (issue 17's target: at most 30). Run it
// with -benchtime=1x; one extraction takes seconds.
func BenchmarkExtractPeakHeap(b *testing.B) {
	x := extractor(b)
	text := longArticle(1 << 20)
	for _, bc := range []struct{ name, text string }{
		{"paragraphs", text},
		// the same text with its line breaks lost: one 1 MB line
		{"one-line", strings.ReplaceAll(text, "\n", " ")},
	} {
		b.Run(bc.name, func(b *testing.B) {
			a := articleOf(bc.text, "2025-04-03")
			b.SetBytes(int64(len(a.Text)))
			gogc := debug.SetGCPercent(-1)
			debug.SetGCPercent(gogc)
			var heap, live float64
			for b.Loop() {
				heap = max(heap, peakGrowth(x, a, gogc))
				live = max(live, peakGrowth(x, a, 10))
			}
			b.ReportMetric(heap, "peak-heap-B/text-B")
			b.ReportMetric(live, "peak-live-B/text-B")
		})
	}
}
