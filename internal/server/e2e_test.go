package server

import (
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/sosik-news/sosik/internal/extract"
)

// chromiumPath is Debian's Chromium, which .ci/run installs; SOSIK_CHROMIUM
// overrides it.
func chromiumPath() string {
	if p := os.Getenv("SOSIK_CHROMIUM"); p != "" {
		return p
	}
	return "/usr/bin/chromium"
}

// artifactDir is where screenshots go: $SOSIK_ARTIFACTS when set (CI keeps
// it), else a temp dir removed after the test.
func artifactDir(t *testing.T) string {
	if d := os.Getenv("SOSIK_ARTIFACTS"); d != "" {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatalf("creating artifact dir: %v", err)
		}
		return d
	}
	return t.TempDir()
}

// TestBrowserEndToEnd drives headless Chromium through the UI over a real
// server and store: search for a person, open their entity page and check
// the relation graph and the mentions chart rendered, read an article with
// its marks, and draw a trend. Each page is saved as a PNG.
func TestBrowserEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	exe := chromiumPath()
	if _, err := os.Stat(exe); err != nil {
		t.Skipf("browser test skipped: no Chromium at %s (apt-get install chromium fonts-noto-cjk, or set SOSIK_CHROMIUM)", exe)
	}
	st, docs := openFixtureStore(t)
	srv, err := New(Config{Corpus: st, Logger: quietLogger()})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srvCtx, stopSrv := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- srv.Serve(srvCtx, ln, nil) }()
	t.Cleanup(func() {
		stopSrv()
		if err := <-served; err != nil {
			t.Errorf("server: %v", err)
		}
	})
	base := "http://" + ln.Addr().String()

	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(exe),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 1000),
	)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	ctx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	defer cancelAlloc()
	ctx, cancelTab := chromedp.NewContext(ctx)
	defer cancelTab()

	// Script errors on any page fail the test: a page can look fine in
	// the DOM and still have thrown half-way.
	var (
		mu       sync.Mutex
		jsErrors []string
	)
	if err := chromedp.Listen(ctx, func(ev any) {
		switch e := ev.(type) {
		case *runtime.EventExceptionThrown:
			mu.Lock()
			d := e.ExceptionDetails
			msg := d.Text
			if d.Exception != nil && d.Exception.Description != "" {
				msg += " " + d.Exception.Description
			}
			jsErrors = append(jsErrors, fmt.Sprintf("%s at %s:%d:%d", msg, d.URL, d.LineNumber+1, d.ColumnNumber+1))
			mu.Unlock()
		case *runtime.EventConsoleAPICalled:
			if e.Type == runtime.ConsoleAPICalledTypeError {
				var parts []string
				for _, a := range e.Args {
					parts = append(parts, string(a.Value))
				}
				mu.Lock()
				jsErrors = append(jsErrors, "console.error: "+strings.Join(parts, " "))
				mu.Unlock()
			}
		}
	}); err != nil {
		t.Fatalf("starting Chromium: %v", err)
	}
	checkJS := func(page string) {
		t.Helper()
		mu.Lock()
		defer mu.Unlock()
		for _, e := range jsErrors {
			t.Errorf("%s page: script error: %s", page, e)
		}
		jsErrors = nil
	}

	dir := artifactDir(t)
	shot := func(name string) {
		t.Helper()
		png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
		if err != nil {
			t.Fatalf("screenshot %s: %v", name, err)
		}
		p := filepath.Join(dir, name+".png")
		if err := os.WriteFile(p, png, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("screenshot %s: %s (%d bytes)", name, p, len(png))
	}
	// do runs steps with a deadline of their own, so a page that never
	// renders fails fast and leaves time for a screenshot of it.
	do := func(what string, steps ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		sctx, cancel := context.WithTimeout(ctx, 15*time.Second)
		defer cancel()
		if err := chromedp.Do(sctx, steps...); err != nil {
			text, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`location.href + "\n" + document.body.innerText.slice(0, 2000)`))
			checkJS(what)
			shot("failed-" + strings.ReplaceAll(what, " ", "-"))
			t.Fatalf("%s: %v\npage: %s", what, err, text)
		}
	}
	eval := func(what, js string, into any) {
		t.Helper()
		v, err := chromedp.Run(ctx, chromedp.Evaluate[string](`JSON.stringify(`+js+`)`))
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		if err := json.Unmarshal([]byte(v), into); err != nil {
			t.Fatalf("%s: %v in %s", what, err, v)
		}
	}

	// 1. Search for a person by name.
	do("search page",
		chromedp.Navigate(base+"/"),
		chromedp.WaitVisible(chromedp.ID("q")),
		chromedp.SendKeys(chromedp.ID("q"), "이재용"),
		chromedp.Click(chromedp.CSS(`#search-form button[type=submit]`)),
		chromedp.WaitVisible(chromedp.CSS(`#results .result`)),
		chromedp.WaitVisible(chromedp.CSS(`#entity-list a.entity-link`)),
		chromedp.WaitVisible(chromedp.CSS(`#facet-lists li`)),
	)
	var search struct {
		Count     string   `json:"count"`
		Headlines []string `json:"headlines"`
		Marks     []string `json:"marks"`
		Entities  []string `json:"entities"`
		Agencies  int      `json:"agencies"`
		URL       string   `json:"url"`
	}
	eval("search results", `({
		count: document.getElementById("result-count").textContent,
		headlines: [...document.querySelectorAll("#results .result h3")].map(h => h.textContent),
		marks: [...document.querySelectorAll("#results mark.hit")].map(m => m.textContent),
		entities: [...document.querySelectorAll("#entity-list a.entity-link")].map(a => a.textContent),
		agencies: document.querySelectorAll("#agency option").length,
		url: location.search,
	})`, &search)
	if search.Count != "2 articles" || len(search.Headlines) != 2 {
		t.Errorf("search 이재용: %q, headlines %q; want 2 articles", search.Count, search.Headlines)
	}
	if len(search.Marks) == 0 || search.Marks[0] != "이재용" {
		t.Errorf("highlighted snippets = %q, want 이재용 marked", search.Marks)
	}
	if len(search.Entities) == 0 || search.Entities[0] != "이재용" {
		t.Errorf("entity suggestions = %q", search.Entities)
	}
	if search.URL != "?q="+url.QueryEscape("이재용") {
		t.Errorf("address after search = %q, want the query in it", search.URL)
	}
	// A facet narrows the search and shows as a removable filter.
	do("agency facet",
		chromedp.Click(chromedp.CSS(`#facet-lists a[data-facet="agency"]`)),
		chromedp.WaitVisible(chromedp.CSS(`#active-filters`)),
	)
	var narrowed struct {
		Count   string `json:"count"`
		Filter  string `json:"filter"`
		Address string `json:"address"`
	}
	eval("agency facet", `({count: document.getElementById("result-count").textContent,
		filter: document.getElementById("active-filters").textContent, address: location.search})`, &narrowed)
	if narrowed.Count != "1 article" || !strings.HasPrefix(narrowed.Filter, "agency: ") || !strings.Contains(narrowed.Address, "agency=") {
		t.Errorf("after the agency facet: %+v, want 1 article with an agency filter", narrowed)
	}
	checkJS("search")
	shot("search")

	// 2. Open the entity page from the suggestion; the graph and the chart
	// must have drawn something.
	if _, err := chromedp.RunResponse(ctx, chromedp.Click(chromedp.CSS(`#entity-list a.entity-link`))); err != nil {
		t.Fatalf("opening entity page: %v", err)
	}
	do("entity page",
		chromedp.WaitReady(chromedp.CSS(`#graph[data-nodes]`)),
		chromedp.WaitReady(chromedp.CSS(`#mentions-chart[data-rendered]`)),
		chromedp.WaitVisible(chromedp.CSS(`#timeline`)),
	)
	// Let cytoscape paint its first frame before reading pixels.
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](
		`new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))`, chromedp.EvalAwaitPromise)); err != nil {
		t.Fatal(err)
	}
	var ent struct {
		Heading     string   `json:"heading"`
		Nodes       []string `json:"nodes"`
		Edges       int      `json:"edges"`
		GraphCanvas int      `json:"graphCanvas"`
		GraphInk    int      `json:"graphInk"`
		ChartLabels []string `json:"chartLabels"`
		ChartData   []int    `json:"chartData"`
		ChartInk    int      `json:"chartInk"`
		Titles      []string `json:"titles"`
		CoMentioned []string `json:"coMentioned"`
	}
	eval("entity page", `(() => {
		// ink counts painted pixels of a canvas, to tell a drawn one from a blank one.
		const ink = (c) => { const d = c.getContext("2d").getImageData(0, 0, c.width, c.height).data; let n = 0; for (let i = 3; i < d.length; i += 4) if (d[i]) n++; return n; };
		const cy = window.sosikGraph, ch = window.sosikChart;
		return {
			heading: document.querySelector("h1").firstChild.textContent,
			nodes: cy ? cy.nodes().map(n => n.data("label")).sort() : [],
			edges: cy ? cy.edges().length : 0,
			graphCanvas: document.querySelectorAll("#graph canvas").length,
			graphInk: [...document.querySelectorAll("#graph canvas")].reduce((a, c) => a + ink(c), 0),
			chartLabels: ch ? ch.data.labels : [],
			chartData: ch ? ch.data.datasets[0].data : [],
			chartInk: ink(document.getElementById("mentions-chart")),
			titles: [...document.querySelectorAll("#titles tbody tr")].map(r => r.cells[0].textContent + "/" + r.cells[1].textContent),
			coMentioned: [...document.querySelectorAll("#co-mentioned a")].map(a => a.textContent),
		};
	})()`, &ent)
	if ent.Heading != "이재용" {
		t.Errorf("entity heading = %q", ent.Heading)
	}
	for _, want := range []string{"이재용", "젠슨 황", "삼성전자"} {
		if !contains(ent.Nodes, want) {
			t.Errorf("graph nodes %q lack %s", ent.Nodes, want)
		}
	}
	if ent.Edges == 0 || ent.GraphCanvas == 0 || ent.GraphInk == 0 {
		t.Errorf("graph not drawn: %d edges, %d canvases, %d painted pixels", ent.Edges, ent.GraphCanvas, ent.GraphInk)
	}
	if fmt.Sprint(ent.ChartLabels, ent.ChartData) != "[2025-03 2025-04] [1 1]" || ent.ChartInk == 0 {
		t.Errorf("mentions chart = %v %v, %d painted pixels; want [2025-03 2025-04] [1 1]", ent.ChartLabels, ent.ChartData, ent.ChartInk)
	}
	if !contains(ent.Titles, "회장/삼성전자") {
		t.Errorf("titles table = %q, want 회장/삼성전자", ent.Titles)
	}
	if !contains(ent.CoMentioned, "젠슨 황") {
		t.Errorf("co-mentioned = %q", ent.CoMentioned)
	}
	checkJS("entity")
	shot("entity")

	// 3. The article page marks every entity mention, date and amount at
	// the right characters: the byte offsets were converted correctly.
	doc := docs[0]
	do("article page",
		chromedp.Navigate(base+"/article/"+doc.ID),
		chromedp.WaitVisible(chromedp.CSS(`#annotated mark.ent`)),
	)
	var art struct {
		Marks   []string `json:"marks"`
		Quotes  []string `json:"quotes"`
		Events  []string `json:"events"`
		Heading string   `json:"heading"`
	}
	eval("article page", `({
		heading: document.querySelector("h1").textContent,
		marks: [...document.querySelectorAll("#annotated mark.ent")].map(m => m.classList[1] + ":" + [...m.childNodes].filter(n => !(n.classList && n.classList.contains("lbl"))).map(n => n.textContent).join("")),
		quotes: [...document.querySelectorAll("#annotated .in-quote")].map(s => s.textContent),
		events: [...document.querySelectorAll("#events > li")].map(li => li.querySelector(".badge").textContent + " " + li.querySelector("strong").textContent),
	})`, &art)
	if want := expectedMarks(doc); strings.Join(art.Marks, " ") != strings.Join(want, " ") {
		t.Errorf("article marks:\n got %q\nwant %q", art.Marks, want)
	}
	if strings.Join(art.Quotes, "") != doc.Quotes[0].Text {
		t.Errorf("quote spans = %q, want %q", art.Quotes, doc.Quotes[0].Text)
	}
	if strings.Join(art.Events, ",") != "asserted MEET,reported INVEST" {
		t.Errorf("events list = %q", art.Events)
	}
	checkJS("article")
	shot("article")

	// 4. Trends of two terms.
	do("trends page",
		chromedp.Navigate(base+"/trends?term="+url.QueryEscape("반도체")+"&term="+url.QueryEscape("전기차")+"&by=month"),
		chromedp.WaitReady(chromedp.CSS(`#trend-chart[data-rendered="2"]`)),
	)
	var tr struct {
		Labels []string `json:"labels"`
		Series []string `json:"series"`
	}
	eval("trends page", `({labels: window.sosikChart.data.labels, series: window.sosikChart.data.datasets.map(d => d.label + "=" + d.data.join(","))})`, &tr)
	if fmt.Sprint(tr.Labels, tr.Series) != "[2025-03 2025-04 2025-05] [반도체 (2)=1,1,0 전기차 (1)=0,0,1]" {
		t.Errorf("trends chart = %v %v", tr.Labels, tr.Series)
	}
	checkJS("trends")
	shot("trends")
}

// expectedMarks lists "LABEL:text" for the marks the article page should
// draw: every entity mention, date and amount, in text order, with a mark
// overlapping an earlier one dropped, as article.js does.
func expectedMarks(doc *extract.Document) []string {
	type m struct {
		s, e  int
		label string
	}
	var ms []m
	for _, e := range doc.Entities {
		for _, x := range e.Mentions {
			ms = append(ms, m{x.Start, x.End, e.Type})
		}
	}
	for _, d := range doc.Dates {
		ms = append(ms, m{d.Start, d.End, "DATE"})
	}
	for _, a := range doc.Amounts {
		ms = append(ms, m{a.Start, a.End, "AMOUNT"})
	}
	sort.SliceStable(ms, func(i, j int) bool {
		if ms[i].s != ms[j].s {
			return ms[i].s < ms[j].s
		}
		return ms[i].e > ms[j].e
	})
	var out []string
	end := -1
	for _, x := range ms {
		if x.s < end {
			continue
		}
		out = append(out, x.label+":"+doc.Text[x.s:x.e])
		end = x.e
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
