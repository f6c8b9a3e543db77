package bench

import (
	"context"
	"fmt"
	"strconv"
	"sync"
	"time"

	"github.com/sosik-news/sosik/internal/store"
)

// Concurrent is the query mix run by many clients at once against one
// store, as a server's handlers would run it.
type Concurrent struct {
	Clients  int           `json:"clients"`
	Searches int           `json:"searches"`
	Wall     time.Duration `json:"wall_ns"`
	CPU      time.Duration `json:"cpu_ns"`
	P50      time.Duration `json:"p50_ns"`
	P99      time.Duration `json:"p99_ns"`
}

// PerSec is searches per wall-clock second.
func (c Concurrent) PerSec() float64 {
	if c.Wall <= 0 {
		return 0
	}
	return float64(c.Searches) / c.Wall.Seconds()
}

// CPUPerSearch is the process CPU time per search.
func (c Concurrent) CPUPerSearch() time.Duration {
	if c.Searches == 0 {
		return 0
	}
	return c.CPU / time.Duration(c.Searches)
}

// MeasureConcurrent runs the queries rounds times over, split among
// clients goroutines that each take the next query as they finish one,
// and measures throughput, CPU per search and latency under that load.
func MeasureConcurrent(ctx context.Context, st store.Store, qs []Query, clients, rounds int) (Concurrent, error) {
	c := Concurrent{Clients: clients}
	if len(qs) == 0 || clients <= 0 {
		return c, fmt.Errorf("bench: concurrent search needs queries and clients")
	}
	n := len(qs) * max(rounds, 1)
	times := make([]time.Duration, n)
	next := make(chan int)
	var (
		wg    sync.WaitGroup
		mu    sync.Mutex
		first error
	)
	t0, c0 := time.Now(), cpuTime()
	for range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				s := time.Now()
				_, err := st.Search(ctx, qs[i%len(qs)].Q)
				times[i] = time.Since(s)
				if err != nil {
					mu.Lock()
					first = cmpOr(first, fmt.Errorf("bench: concurrent search %+v: %w", qs[i%len(qs)].Q, err))
					mu.Unlock()
				}
			}
		}()
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
	c.Wall, c.CPU = time.Since(t0), cpuTime()-c0
	if first != nil {
		return c, first
	}
	s := sortedDurations(times)
	c.Searches, c.P50, c.P99 = n, Percentile(s, 50), Percentile(s, 99)
	return c, nil
}

func cmpOr(a, b error) error {
	if a != nil {
		return a
	}
	return b
}

// GraphLatency is the time of the graph queries /api/graph answers: the
// default request (the whole corpus, 50 nodes) and graphs around entities
// the query mix filters by.
type GraphLatency struct {
	Default     Latency `json:"default"`
	Entity      Latency `json:"entity"`
	EntityNodes float64 `json:"entity_mean_nodes"`
}

// MeasureGraph times the default graph reps times and one graph around
// each entity that queries of the mix filter by.
func MeasureGraph(ctx context.Context, st store.Store, qs []Query, reps int) (GraphLatency, error) {
	var g GraphLatency
	var def []time.Duration
	for range max(reps, 1) {
		t0 := time.Now()
		if _, err := st.Graph(ctx, store.GraphQuery{}); err != nil {
			return g, fmt.Errorf("bench: graph: %w", err)
		}
		def = append(def, time.Since(t0))
	}
	g.Default = latencyOf(def)
	var ent []time.Duration
	nodes := 0
	for _, q := range qs {
		if q.Q.Entity == "" {
			continue
		}
		if _, err := strconv.ParseInt(q.Q.Entity, 10, 64); err != nil {
			continue
		}
		t0 := time.Now()
		gr, err := st.Graph(ctx, store.GraphQuery{Entity: q.Q.Entity})
		if err != nil {
			return g, fmt.Errorf("bench: graph of entity %s: %w", q.Q.Entity, err)
		}
		ent = append(ent, time.Since(t0))
		nodes += len(gr.Nodes)
	}
	g.Entity = latencyOf(ent)
	if len(ent) > 0 {
		g.EntityNodes = float64(nodes) / float64(len(ent))
	}
	return g, nil
}

// latencyOf is the distribution of d.
func latencyOf(d []time.Duration) Latency {
	var l Latency
	if len(d) == 0 {
		return l
	}
	s := sortedDurations(d)
	var total time.Duration
	for _, x := range s {
		total += x
	}
	l.Queries, l.Max, l.Mean = len(s), s[len(s)-1], total/time.Duration(len(s))
	l.P50, l.P95, l.P99 = Percentile(s, 50), Percentile(s, 95), Percentile(s, 99)
	return l
}
