package bench

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"
)

// The targets of issue 7.
const (
	TargetSeedPerCore   = 300     // seed-sized articles extracted per second per core
	TargetOverKagome    = 0.6     // extraction speed over bare kagome's
	TargetScaling       = 1.8     // 2-core over 1-core extraction throughput
	TargetIngestPerCore = 150     // articles ingested per second per core
	TargetSearchP99     = 50e6    // ns: search p99 at 1,000,000 articles
	TargetRSS           = 1 << 30 // serving RSS (issue 18; issue 7 allowed 2 GiB)
	TargetDBOverText    = 3.0     // database size over raw text size
	// Issue 18, at 1,000,000 articles on 2 cores.
	TargetConcurrent = 150   // searches per second with 50 clients
	TargetGraphP95   = 200e6 // ns: /api/graph p95
)

// Check is one row of the verdict table.
type Check struct {
	Name     string  `json:"name"`
	Measured string  `json:"measured"`
	Target   string  `json:"target"`
	Value    float64 `json:"value"`
	Goal     float64 `json:"goal"`
	Pass     bool    `json:"pass"`
	// Note qualifies the verdict (e.g. the corpus size when the target is
	// stated at another one).
	Note string `json:"note,omitempty"`
}

// Status is PASS or MISS with how far off a miss is.
func (c Check) Status() string {
	if c.Pass {
		return "PASS"
	}
	if c.Goal == 0 || c.Value == 0 {
		return "MISS"
	}
	return fmt.Sprintf("MISS (%.2f× of target)", c.Value/c.Goal)
}

// Checks compares the report with the targets of issue 7. Per-core
// targets are judged on throughput per CPU-second, and scaling on the
// CPU-normalised ratio, because the machine is shared: wall-clock figures
// are printed next to them.
func (r *Report) Checks() []Check {
	one := r.Stages.Extract
	var out []Check
	out = append(out, Check{
		Name: "extraction, per core",
		Measured: fmt.Sprintf("%.0f seed-sized per CPU-s (%.0f art per CPU-s; wall %.0f seed-sized/s on %.2f cores)",
			one.SeedPerCPU(), one.PerCPU(), one.SeedPerSec(), one.Cores()),
		Target: fmt.Sprintf("≥ %d seed-sized/s/core", TargetSeedPerCore),
		Value:  one.SeedPerCPU(), Goal: TargetSeedPerCore, Pass: one.SeedPerCPU() >= TargetSeedPerCore,
	})
	ok := r.Stages.ExtractOverKagome()
	out = append(out, Check{
		Name:     "extraction / bare kagome speed",
		Measured: fmt.Sprintf("%.2f by CPU time (%.2f by wall time)", ok, r.Stages.WallRatio()),
		Target:   fmt.Sprintf("≥ %.1f", TargetOverKagome),
		Value:    ok, Goal: TargetOverKagome, Pass: ok >= TargetOverKagome,
	})
	sc := r.Scaling.Normalised()
	out = append(out, Check{
		Name: fmt.Sprintf("extraction scaling, %d cores / 1", r.Scaling.Workers),
		Measured: fmt.Sprintf("%.2f× CPU-normalised (wall %.2f× with %.2f× the CPU time)",
			sc, r.Scaling.Ratio(), r.Scaling.CPUBound()),
		Target: fmt.Sprintf("≥ %.1f×", TargetScaling),
		Value:  sc, Goal: TargetScaling, Pass: sc >= TargetScaling,
	})
	if !r.Reused {
		in := r.Ingest
		out = append(out, Check{
			Name: "ingest into SQLite, per core",
			Measured: fmt.Sprintf("%.0f art per CPU-s (%.0f seed-sized; wall %.0f art/s on %.2f cores)",
				in.PerCPU(), in.SeedPerCPU(), in.PerSec(), in.Cores()),
			Target: fmt.Sprintf("≥ %d art/s/core", TargetIngestPerCore),
			Value:  in.PerCPU(), Goal: TargetIngestPerCore, Pass: in.PerCPU() >= TargetIngestPerCore,
			Note: "ingest.Run: parse, extract, store.Put",
		})
	}
	p99 := float64(r.Search.P99)
	note := ""
	if r.SearchN < 1_000_000 {
		note = fmt.Sprintf("measured at %d articles; target is at 1,000,000", r.SearchN)
	}
	out = append(out, Check{
		Name:     "search p99",
		Measured: ms(r.Search.P99),
		Target:   "< 50 ms at 1M articles",
		Value:    TargetSearchP99, Goal: p99, Pass: p99 < TargetSearchP99, Note: note,
	})
	x := r.Exactness
	out = append(out, Check{
		Name:     "search pages missing a match",
		Measured: fmt.Sprintf("%d of %d (%d wrong totals)", x.Misses, x.Queries, x.WrongTotals),
		Target:   "0, against exhaustive evaluation",
		Value:    0, Goal: float64(x.Misses + x.WrongTotals), Pass: x.Misses+x.WrongTotals == 0,
	})
	rss := r.ServingRSS
	if rss < 0 {
		rss = r.PeakRSS
	}
	out = append(out, Check{
		Name:     "serving RSS (search phase peak)",
		Measured: mib(rss),
		Target:   "≤ 1 GiB",
		Value:    float64(TargetRSS), Goal: float64(rss), Pass: rss <= TargetRSS,
	})
	out = append(out, r.loadChecks(note)...)
	ot := r.Size.OverText()
	out = append(out, Check{
		Name:     "database / raw text",
		Measured: fmt.Sprintf("%.2f× (%.1f KB per article)", ot, r.Size.PerArticle()/1e3),
		Target:   fmt.Sprintf("≤ %.0f×", TargetDBOverText),
		Value:    TargetDBOverText, Goal: ot, Pass: ot <= TargetDBOverText,
	})
	return out
}

func ms(d time.Duration) string { return fmt.Sprintf("%.1f ms", float64(d)/1e6) }

func mib(b int64) string { return fmt.Sprintf("%.0f MiB", float64(b)/(1<<20)) }

// WriteTable prints the report: the measurements, then the targets with
// PASS/MISS.
func (r *Report) WriteTable(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "sosik bench  %s  %s  load %s\n", r.Started.Format("2006-01-02 15:04 MST"), r.Host, r.LoadAvg)
	fmt.Fprintf(&b, "corpus: %s\n", r.Corpus)
	fmt.Fprintf(&b, "sample: %d articles, %.0f bytes of text on average (seed article: %d)\n\n", r.SampleN, r.SampleAvg, SeedBytes)

	tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "stage\tarticles/s\tMB/s\tseed-sized/s\tcores used\tarticles/CPU-s\tnote")
	row := func(name string, t Throughput, note string) {
		fmt.Fprintf(tw, "%s\t%.1f\t%.2f\t%.1f\t%.2f\t%.1f\t%s\n", name, t.PerSec(), t.MBPerSec(), t.SeedPerSec(), t.Cores(), t.PerCPU(), note)
	}
	s := r.Stages
	row("parse, 1 core", s.Parse, "Item.Article (article.Parse / FromParts)")
	row("kagome bare, 1 core", s.Kagome, "tokenizer.Tokenize, mecab-ko-dic")
	row("extract, 1 core", s.Extract, fmt.Sprintf("extract.Extract; %.2f× kagome speed by CPU time, %.2f× by wall (interleaved, %d passes)", s.ExtractOverKagome(), s.WallRatio(), s.Passes))
	row("extract, 1 core (alone)", r.Scaling.One, fmt.Sprintf("GOMAXPROCS 1, %d rounds", r.Scaling.Rounds))
	row(fmt.Sprintf("extract, %d cores", r.Scaling.Workers), r.Scaling.All,
		fmt.Sprintf("%.2f× one core (wall), %.2f× CPU-normalised", r.Scaling.Ratio(), r.Scaling.Normalised()))
	if r.Reused {
		fmt.Fprintf(tw, "ingest\t-\t-\t-\t-\t-\tnot measured: reused %s\n", r.DBPath)
	} else {
		in := r.Ingest
		row(fmt.Sprintf("ingest → SQLite, %d workers", in.Workers), in.Throughput,
			fmt.Sprintf("ingest.Run: parse+extract+store.Put, batches of 200; %d stored, %d failed; %.0f%% of wall in Put",
				in.Stored, in.Failed, 100*in.PutWall.Seconds()/max(in.Wall.Seconds(), 1e-9)))
	}
	if r.Fill.Articles > 0 {
		row("fill → SQLite (fast path)", r.Fill.Throughput,
			fmt.Sprintf("store.Put of articles remixed from %d body lines of %d extracted documents, their analysis and extraction moved with the lines; %d near-duplicates, %d repeats not stored; %.0f%% of wall in Put",
				r.Fill.Lines, r.Fill.Donors, r.Fill.NearDuplicates, r.Fill.Repeats, 100*r.Fill.PutWall.Seconds()/max(r.Fill.Wall.Seconds(), 1e-9)))
	}
	tw.Flush()
	printPerStage(&b, s.PerStage)

	l := r.Search
	fmt.Fprintf(&b, "\nsearch over %d articles, %d queries (mix: %s), mean %.0f matches:\n", r.SearchN, l.Queries, strings.Join(Kinds, ", "), l.Hits)
	fmt.Fprintf(&b, "  cold first pass (fresh process, no warm-up): p50 %s  p95 %s  p99 %s  max %s  mean %s  CPU %s per search\n", ms(l.P50), ms(l.P95), ms(l.P99), ms(l.Max), ms(l.Mean), ms(l.CPU/time.Duration(max(l.Queries, 1))))
	fmt.Fprint(&b, "  p50/p99 by kind:")
	for _, k := range Kinds {
		if v, ok := l.ByKind[k]; ok {
			fmt.Fprintf(&b, "  %s %s/%s", k, strings.TrimSuffix(ms(v[0]), " ms"), ms(v[1]))
		}
	}
	fmt.Fprintf(&b, "\n  slowest: %s %s\n", l.Slowest.Kind, describe(l.Slowest))
	writeTail(&b, "cold", l)
	if rl := r.SearchRepeat; rl.Queries > 0 {
		fmt.Fprintf(&b, "  again (same queries, same process): p50 %s  p95 %s  p99 %s  max %s  CPU %s per search\n",
			ms(rl.P50), ms(rl.P95), ms(rl.P99), ms(rl.Max), ms(rl.CPU/time.Duration(rl.Queries)))
	}
	writeTail(&b, "again", r.SearchRepeat)
	writeWarmed(&b, r.Warmed)
	x := r.Exactness
	fmt.Fprintf(&b, "  against exhaustive evaluation: %d of %d pages differ (misses); totals %d exact, %d stated lower bounds, %d wrong\n",
		x.Misses, x.Queries, x.ExactTotals, x.AtLeast, x.WrongTotals)
	for _, q := range x.Missed {
		fmt.Fprintf(&b, "    missed: %s %s\n", q.Kind, describe(q))
	}
	if r.Fill.Articles > 0 {
		fmt.Fprintf(&b, "  (%d of the %d articles were added by the fast path in this run: remixed from whole lines of extracted articles, so words and entities repeat more than in news)\n", r.Fill.Articles, r.SearchN)
	}
	r.writeLoad(&b)
	fmt.Fprintf(&b, "memory: peak RSS %s over the run, %s while serving searches\n", mib(r.PeakRSS), mibOrNA(r.ServingRSS))
	fmt.Fprintf(&b, "database: %.1f MB for %d articles (%.1f KB/article), text %.1f MB, ratio %.2f×\n\n",
		float64(r.Size.DBBytes)/1e6, r.Size.Articles, r.Size.PerArticle()/1e3, float64(r.Size.TextBytes)/1e6, r.Size.OverText())

	tw = tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "target\tmeasured\twanted\tverdict")
	for _, c := range r.Checks() {
		v := c.Status()
		if c.Note != "" {
			v += "  (" + c.Note + ")"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", c.Name, c.Measured, c.Target, v)
	}
	tw.Flush()
	fmt.Fprintf(&b, "\nelapsed %s\n", r.Elapsed.Round(time.Second))
	_, err := io.WriteString(w, b.String())
	return err
}

func mibOrNA(b int64) string {
	if b < 0 {
		return "n/a"
	}
	return mib(b)
}

func describe(q Query) string {
	var parts []string
	if q.Q.Text != "" {
		parts = append(parts, "q="+q.Q.Text)
	}
	if q.Q.Entity != "" {
		parts = append(parts, "entity="+q.Q.Entity)
	}
	if q.Q.From != "" || q.Q.To != "" {
		parts = append(parts, "from="+q.Q.From+" to="+q.Q.To)
	}
	return strings.Join(parts, " ")
}

// printPerStage writes the time of each extraction stage per article, in
// the order the stages run.
func printPerStage(b *strings.Builder, stages []StageTime) {
	if len(stages) == 0 {
		return
	}
	fmt.Fprint(b, "\nextraction stages, µs per article (1 core):")
	for i, st := range stages {
		if i%6 == 0 {
			fmt.Fprint(b, "\n ")
		}
		fmt.Fprintf(b, " %s %.0f", st.Stage, st.Micros)
	}
	fmt.Fprintln(b)
}

// loadChecks are the targets of issue 18 for concurrent searches and the
// graph, when measured.
func (r *Report) loadChecks(note string) []Check {
	var out []Check
	if c := r.Concurrent; c.Searches > 0 {
		ps := c.PerSec()
		out = append(out, Check{
			Name: fmt.Sprintf("searches/s, %d clients", c.Clients),
			Measured: fmt.Sprintf("%.0f/s (CPU %s per search, p50 %s, p99 %s)",
				ps, ms(c.CPUPerSearch()), ms(c.P50), ms(c.P99)),
			Target: fmt.Sprintf("≥ %d/s on 2 cores", TargetConcurrent),
			Value:  ps, Goal: TargetConcurrent, Pass: ps >= TargetConcurrent, Note: note,
		})
	}
	if g := r.Graph; g.Default.Queries > 0 {
		p95 := max(g.Default.P95, g.Entity.P95)
		out = append(out, Check{
			Name:     "graph p95 (default, entity)",
			Measured: fmt.Sprintf("%s, %s", ms(g.Default.P95), ms(g.Entity.P95)),
			Target:   "≤ 200 ms",
			Value:    TargetGraphP95, Goal: float64(p95), Pass: float64(p95) <= TargetGraphP95, Note: note,
		})
	}
	return out
}

// writeLoad prints the concurrent searches, the graph times and the load
// they were measured under.
func (r *Report) writeLoad(b *strings.Builder) {
	if c := r.Concurrent; c.Searches > 0 {
		fmt.Fprintf(b, "  %d clients, %d searches: %.1f searches/s, CPU %s per search (%.2f cores), p50 %s  p99 %s\n",
			c.Clients, c.Searches, c.PerSec(), ms(c.CPUPerSearch()), c.CPU.Seconds()/max(c.Wall.Seconds(), 1e-9), ms(c.P50), ms(c.P99))
	}
	if g := r.Graph; g.Default.Queries > 0 {
		fmt.Fprintf(b, "graph (store.Graph, as /api/graph): default p50 %s p95 %s over %d; around an entity of the mix p50 %s p95 %s max %s over %d (%.0f nodes)\n",
			ms(g.Default.P50), ms(g.Default.P95), g.Default.Queries, ms(g.Entity.P50), ms(g.Entity.P95), ms(g.Entity.Max), g.Entity.Queries, g.EntityNodes)
	}
	if r.ServingLoad != "" {
		fmt.Fprintf(b, "load average while serving: %s\n", r.ServingLoad)
	}
}

// writeTail writes the kinds of a pass's slowest searches (those at or
// above its p95, by wall time and by CPU time) and the CPU they took.
func writeTail(b *strings.Builder, pass string, l Latency) {
	for _, t := range []struct {
		by string
		qs []TimedQuery
	}{{"wall", l.Tail}, {"CPU", l.CPUTail}} {
		if len(t.qs) == 0 {
			continue
		}
		kinds := map[string]int{}
		var cpu time.Duration
		for _, q := range t.qs {
			kinds[q.Kind]++
			cpu += q.CPU
		}
		fmt.Fprintf(b, "  %s, the %d searches ≥ p95 by %s time:", pass, len(t.qs), t.by)
		for _, k := range Kinds {
			if kinds[k] > 0 {
				fmt.Fprintf(b, " %s %d", k, kinds[k])
			}
		}
		fmt.Fprintf(b, "; %s CPU each on average\n", ms(cpu/time.Duration(len(t.qs))))
	}
}

// writeWarmed writes the line of the first pass after a warm-up, if any.
func writeWarmed(b *strings.Builder, w *WarmedPass) {
	if w == nil || w.Search.Queries == 0 {
		return
	}
	wl := w.Search
	fmt.Fprintf(b, "  first pass of a fresh process after the warm-up of %d words and bigrams, as 'sosik serve --warm' does (%d lookups, %.1f MiB kept, heap +%.1f MiB; warm-up %s CPU, %s wall): p50 %s  p95 %s  p99 %s  max %s  CPU %s per search (the p99 target is judged on the cold first pass above)\n",
		w.Words, w.Lookups, float64(w.Bytes)/(1<<20), float64(w.HeapGrowth)/(1<<20), ms(w.CPU), ms(w.Wall),
		ms(wl.P50), ms(wl.P95), ms(wl.P99), ms(wl.Max), ms(wl.CPU/time.Duration(wl.Queries)))
	fmt.Fprintf(b, "  warmed store against exhaustive evaluation: %d of %d pages differ (misses), %d wrong totals\n",
		w.Exactness.Misses, w.Exactness.Queries, w.Exactness.WrongTotals)
}
