package extract

import (
	"runtime"
	"runtime/metrics"
	"sync"
	"testing"
	"time"
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

// BenchmarkExtractPeakHeap extracts a ~1 MB article and reports the peak
// growth of the live heap over the article's text bytes (issue 17's target:
// at most 30). Run it with -benchtime=1x; one extraction takes seconds.
func BenchmarkExtractPeakHeap(b *testing.B) {
	x := extractor(b)
	a := articleOf(longArticle(1<<20), "2025-04-03")
	b.SetBytes(int64(len(a.Text)))
	var worst float64
	for b.Loop() {
		runtime.GC()
		base := heapNow()
		h := startHeapSampler()
		doc := x.Extract(a)
		peak := h.Stop()
		runtime.KeepAlive(doc)
		worst = max(worst, float64(peak-min(base, peak))/float64(len(a.Text)))
	}
	b.ReportMetric(worst, "peak-heap-B/text-B")
}
