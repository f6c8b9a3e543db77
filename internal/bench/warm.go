package bench

import (
	"context"
	"fmt"
	"runtime"
	"time"

	"github.com/sosik-news/sosik/internal/store"
)

// WarmedPass is the first pass of the query mix on a store freshly opened
// that first warmed the lookups of its commonest words (Config.Warm, what
// `sosik serve --warm` does in the background). The p99 target stays judged
// on the cold first pass (Report.Search).
type WarmedPass struct {
	Words   int           `json:"words"`   // commonest words asked for
	Lookups int           `json:"lookups"` // lookups the warm-up kept
	Bytes   int64         `json:"bytes"`   // bytes of the kept lookups
	Full    bool          `json:"budget_full"`
	Wall    time.Duration `json:"warm_wall_ns"`
	CPU     time.Duration `json:"warm_cpu_ns"` // process CPU of the warm-up
	// HeapGrowth is the live heap the warm-up added (after a GC).
	HeapGrowth int64   `json:"heap_growth"`
	Search     Latency `json:"search"`
	// Exactness compares the warmed store's searches with exhaustive
	// evaluations.
	Exactness Exactness `json:"exactness"`
}

// measureWarmed opens the database read-only again, warms it and times
// the first pass of the mix (nothing when cfg.Warm is 0).
func (r *Report) measureWarmed(ctx context.Context, cfg *Config, path string, qs []Query) error {
	if cfg.Warm <= 0 {
		return nil
	}
	ro, err := store.Open(ctx, path, store.ReadOnly())
	if err != nil {
		return fmt.Errorf("bench: %w", err)
	}
	defer ro.Close()
	cfg.logf("warming the %d commonest words", cfg.Warm)
	h0 := liveHeap()
	t0, c0 := time.Now(), cpuTime()
	ws, err := ro.Warm(ctx, cfg.Warm)
	if err != nil {
		return fmt.Errorf("bench: %w", err)
	}
	w := WarmedPass{Words: cfg.Warm, Lookups: ws.Lookups, Bytes: ws.Bytes, Full: ws.Full,
		Wall: time.Since(t0), CPU: cpuTime() - c0}
	w.HeapGrowth = liveHeap() - h0
	cfg.logf("searching: %d queries after the warm-up", len(qs))
	if w.Search, err = cfg.profiledSearch(ctx, "search-warmed", ro, qs); err != nil {
		return err
	}
	cfg.logf("checking: %d queries of the warmed store against exhaustive evaluations", len(qs))
	if w.Exactness, err = CheckExactness(ctx, ro, qs); err != nil {
		return err
	}
	r.Warmed = &w
	return ro.Close()
}

// liveHeap is the heap in use after a collection.
func liveHeap() int64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return int64(m.HeapAlloc)
}
