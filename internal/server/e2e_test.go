package server

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"image"
	imgpng "image/png"
	"net"
	"net/http"
	"net/http/httptest"
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

	"github.com/sosik-news/sosik/internal/article"
	"github.com/sosik-news/sosik/internal/extract"
	"github.com/sosik-news/sosik/internal/store"
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

// browser is a headless Chromium tab on a test server, with the helpers
// the page checks share.
type browser struct {
	t    *testing.T
	ctx  context.Context
	base string
	dir  string

	mu       sync.Mutex
	jsErrors []string
}

// TestBrowserEndToEnd drives headless Chromium through the UI over a real
// server and store: search for a person, open their entity page and check
// the relation graph (legend, label size, filters) and the mentions chart,
// read an article with its marks, draw a trend over a date range, open the
// graph page, and switch the UI language. Each page is saved as a PNG.
func TestBrowserEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	exe := chromiumPath()
	if _, err := os.Stat(exe); err != nil {
		t.Skipf("browser test skipped: no Chromium at %s (apt-get install chromium fonts-noto-cjk, or set SOSIK_CHROMIUM)", exe)
	}
	st, docs := openFixtureStore(t)
	b := &browser{t: t, base: startTestServer(t, st), dir: artifactDir(t)}
	b.start(exe)

	b.checkSearch()
	b.checkEntity()
	b.checkArticle(docs[0])
	b.checkTrends()
	b.checkEvents()
	b.checkHome(st, docs)
	b.checkGraphPage()
	b.checkGraphCertainty(st)
	b.checkLanguageSwitch()
	b.checkPhotos(st)
}

// checkPhotos stores an article with two photos, one served by a loopback
// image server and one whose address refuses connections: the article page
// shows the first picture above its caption and hides the broken one,
// keeping its caption.
func (b *browser) checkPhotos(st store.Store) {
	t := b.t
	var png bytes.Buffer
	img := image.NewRGBA(image.Rect(0, 0, 40, 30))
	for i := range img.Pix {
		img.Pix[i] = 200
	}
	if err := imgpng.Encode(&png, img); err != nil {
		t.Fatal(err)
	}
	imgSrv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/png")
		_, _ = w.Write(png.Bytes())
	}))
	defer imgSrv.Close()
	body := "![광장에 모인 시민들 (사진=홍길동 기자)](" + imgSrv.URL + "/square.png)\n\n" +
		"시민들이 주말 광장에 모여 행사를 즐겼다.\n\n![닿지 않는 사진](http://127.0.0.1:1/none.png)\n\n행사는 저녁까지 이어졌다."
	a, err := article.FromParts(article.Meta{Title: "주말 광장 행사", URL: "https://news.example/photos", Published: "2025-06-01"}, body)
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Photos) != 2 {
		t.Fatalf("photo fixture parsed into %d photos, want 2", len(a.Photos))
	}
	if _, err := st.Put(context.Background(), []*extract.Document{{Article: *a}}); err != nil {
		t.Fatal(err)
	}
	b.do("photos",
		chromedp.Navigate(b.base+"/article/"+a.ID),
		chromedp.WaitVisible(chromedp.CSS(`figure.photo img`)),
		chromedp.ScrollIntoView(chromedp.CSS(`figure.photo`)),
		chromedp.Poll[chromedp.Void](`[...document.querySelectorAll("figure.photo img")].every(i => i.complete)`),
	)
	var got []string
	b.eval("photos", `[...document.querySelectorAll("figure.photo")].map(f => {
		const i = f.querySelector("img");
		return (i && !i.hidden && i.naturalWidth > 0 ? "shown " + i.naturalWidth : "hidden") + " " + f.querySelector("figcaption").textContent; })`, &got)
	want := []string{"shown 40 광장에 모인 시민들 (사진=홍길동 기자)", "hidden 닿지 않는 사진"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("photos = %q, want %q", got, want)
	}
	b.shot("photos")
}

// startTestServer serves the corpus on a free local port until the test ends.
func startTestServer(t *testing.T, c Corpus) string {
	srv, err := New(Config{Corpus: c, Logger: quietLogger()})
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
	return "http://" + ln.Addr().String()
}

// start launches Chromium and records script errors: a page can look fine
// in the DOM and still have thrown half-way.
func (b *browser) start(exe string) {
	t := b.t
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(exe),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 1000),
		chromedp.Flag("lang", "ko-KR"), // date inputs as a Korean user sees them
	)
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	t.Cleanup(cancel)
	ctx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	t.Cleanup(cancelAlloc)
	ctx, cancelTab := chromedp.NewContext(ctx)
	t.Cleanup(cancelTab)
	b.ctx = ctx
	if err := chromedp.Listen(ctx, b.record); err != nil {
		t.Fatalf("starting Chromium: %v", err)
	}
}

func (b *browser) record(ev any) {
	switch e := ev.(type) {
	case *runtime.EventExceptionThrown:
		d := e.ExceptionDetails
		msg := d.Text
		if d.Exception != nil && d.Exception.Description != "" {
			msg += " " + d.Exception.Description
		}
		b.mu.Lock()
		b.jsErrors = append(b.jsErrors, fmt.Sprintf("%s at %s:%d:%d", msg, d.URL, d.LineNumber+1, d.ColumnNumber+1))
		b.mu.Unlock()
	case *runtime.EventConsoleAPICalled:
		if e.Type == runtime.ConsoleAPICalledTypeError {
			var parts []string
			for _, a := range e.Args {
				parts = append(parts, string(a.Value))
			}
			b.mu.Lock()
			b.jsErrors = append(b.jsErrors, "console.error: "+strings.Join(parts, " "))
			b.mu.Unlock()
		}
	}
}

// checkJS fails the test for any script error seen since the last check.
func (b *browser) checkJS(page string) {
	b.t.Helper()
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, e := range b.jsErrors {
		b.t.Errorf("%s page: script error: %s", page, e)
	}
	b.jsErrors = nil
}

// shot saves the whole page as name.png in the artifact directory.
func (b *browser) shot(name string) {
	b.t.Helper()
	png, err := chromedp.Run(b.ctx, chromedp.FullScreenshot(100))
	if err != nil {
		b.t.Fatalf("screenshot %s: %v", name, err)
	}
	p := filepath.Join(b.dir, name+".png")
	if err := os.WriteFile(p, png, 0o644); err != nil {
		b.t.Fatal(err)
	}
	b.t.Logf("screenshot %s: %s (%d bytes)", name, p, len(png))
}

// do runs steps with a deadline of their own, so a page that never
// renders fails fast and leaves time for a screenshot of it.
func (b *browser) do(what string, steps ...chromedp.Action[chromedp.Void]) {
	b.t.Helper()
	sctx, cancel := context.WithTimeout(b.ctx, 20*time.Second)
	defer cancel()
	if err := chromedp.Do(sctx, steps...); err != nil {
		text, _ := chromedp.Run(b.ctx, chromedp.Evaluate[string](`location.href + "\n" + document.body.innerText.slice(0, 2000)`))
		b.checkJS(what)
		b.shot("failed-" + strings.ReplaceAll(what, " ", "-"))
		b.t.Fatalf("%s: %v\npage: %s", what, err, text)
	}
}

// eval evaluates a JavaScript expression and decodes its JSON value.
func (b *browser) eval(what, js string, into any) {
	b.t.Helper()
	v, err := chromedp.Run(b.ctx, chromedp.Evaluate[string](`JSON.stringify(`+js+`)`))
	if err != nil {
		b.t.Fatalf("%s: %v", what, err)
	}
	if err := json.Unmarshal([]byte(v), into); err != nil {
		b.t.Fatalf("%s: %v in %s", what, err, v)
	}
}

// settle waits two animation frames so canvases have painted.
func (b *browser) settle() {
	b.t.Helper()
	if _, err := chromedp.Run(b.ctx, chromedp.Evaluate[bool](
		`new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))`, chromedp.EvalAwaitPromise)); err != nil {
		b.t.Fatal(err)
	}
}

// checkSearch searches for a person by name (the UI is in Korean by
// default) and narrows the hits with a facet.
func (b *browser) checkSearch() {
	t := b.t
	b.do("search page",
		chromedp.Navigate(b.base+"/search"),
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
		URL       string   `json:"url"`
		Labels    string   `json:"labels"`
	}
	b.eval("search results", `({
		count: document.getElementById("result-count").textContent,
		headlines: [...document.querySelectorAll("#results .result h3")].map(h => h.textContent),
		marks: [...document.querySelectorAll("#results mark.hit")].map(m => m.textContent),
		entities: [...document.querySelectorAll("#entity-list a.entity-link")].map(a => a.textContent),
		url: location.search,
		labels: [...document.querySelectorAll("#facets > strong, #facets > label, nav a")].map(x => x.textContent).join("|"),
	})`, &search)
	if search.Count != "기사 2건" || len(search.Headlines) != 2 {
		t.Errorf("search 이재용: %q, headlines %q; want 기사 2건", search.Count, search.Headlines)
	}
	if search.Labels != "홈|검색|사건|추세|관계망|감시|API|필터|시작일|종료일|언론사|사건 유형|개체" {
		t.Errorf("search page labels = %q, want them all in Korean", search.Labels)
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
	b.do("agency facet",
		chromedp.Click(chromedp.CSS(`#facet-lists a[data-facet="agency"]`)),
		chromedp.WaitVisible(chromedp.CSS(`#active-filters`)),
	)
	var narrowed struct {
		Count   string `json:"count"`
		Filter  string `json:"filter"`
		Address string `json:"address"`
	}
	b.eval("agency facet", `({count: document.getElementById("result-count").textContent,
		filter: document.getElementById("active-filters").textContent, address: location.search})`, &narrowed)
	if narrowed.Count != "기사 1건" || !strings.HasPrefix(narrowed.Filter, "언론사: ") || !strings.Contains(narrowed.Address, "agency=") {
		t.Errorf("after the agency facet: %+v, want 기사 1건 with an agency filter", narrowed)
	}
	// Each hit shows its most mentioned entities and its event types.
	b.do("hit summaries", chromedp.WaitReady(chromedp.CSS(`#results[data-summarised="1"] .hit-summary`)))
	var summary string
	b.eval("hit summary", `[...document.querySelectorAll("#results .hit-summary .chip")].map(c => c.textContent).join(" ")`, &summary)
	if summary != "삼성전자 이재용 텍사스 MEET INVEST" {
		t.Errorf("hit summary = %q, want 삼성전자 이재용 텍사스 MEET INVEST", summary)
	}
	b.checkJS("search")
	b.shot("search")
}

// graphState reads the relation graph as drawn: the labels, the legend,
// how many nodes are shown, and the smallest label size on screen.
const graphState = `(() => {
	const ink = (c) => { const d = c.getContext("2d").getImageData(0, 0, c.width, c.height).data; let n = 0; for (let i = 3; i < d.length; i += 4) if (d[i]) n++; return n; };
	const cy = window.sosikGraph;
	const shown = cy ? cy.nodes().filter(n => n.style("display") !== "none") : [];
	return {
		nodes: cy ? cy.nodes().map(n => n.data("label")).sort() : [],
		visible: shown.length,
		visibleAttr: Number(document.getElementById("graph").dataset.visible),
		edges: cy ? cy.edges().length : 0,
		ink: [...document.querySelectorAll("#graph canvas")].reduce((a, c) => a + ink(c), 0),
		legend: [...document.querySelectorAll("#graph-legend .legend-item input")].map(i => i.dataset.type),
		minLabelPx: cy ? Math.min(...shown.map(n => n.numericStyle("font-size") * cy.zoom())) : 0,
	};
})()`

type graphSeen struct {
	Nodes       []string `json:"nodes"`
	Visible     int      `json:"visible"`
	VisibleAttr int      `json:"visibleAttr"`
	Edges       int      `json:"edges"`
	Ink         int      `json:"ink"`
	Legend      []string `json:"legend"`
	MinLabelPx  float64  `json:"minLabelPx"`
}

// checkGraphDrawn asserts a graph was painted with a legend and labels
// legible at the default zoom.
func (b *browser) checkGraphDrawn(page string) graphSeen {
	var g graphSeen
	b.eval(page+" graph", graphState, &g)
	if g.Edges == 0 || g.Ink == 0 || g.Visible == 0 || g.Visible != g.VisibleAttr {
		b.t.Errorf("%s: graph not drawn: %+v", page, g)
	}
	if len(g.Legend) == 0 {
		b.t.Errorf("%s: graph has no legend of entity types", page)
	}
	if g.MinLabelPx < 11 {
		b.t.Errorf("%s: smallest graph label is %.1f px on screen at the default zoom, want at least 11", page, g.MinLabelPx)
	}
	return g
}

// checkEntity opens the entity page from the search suggestion: the
// graph, its type filter, the continuous mentions chart and the lists.
func (b *browser) checkEntity() {
	t := b.t
	if _, err := chromedp.RunResponse(b.ctx, chromedp.Click(chromedp.CSS(`#entity-list a.entity-link`))); err != nil {
		t.Fatalf("opening entity page: %v", err)
	}
	b.do("entity page",
		chromedp.WaitReady(chromedp.CSS(`#graph[data-visible]`)),
		chromedp.WaitReady(chromedp.CSS(`#mentions-chart[data-rendered]`)),
		chromedp.WaitVisible(chromedp.CSS(`#timeline`)),
	)
	b.settle()
	g := b.checkGraphDrawn("entity")
	for _, want := range []string{"이재용", "젠슨 황", "삼성전자"} {
		if !contains(g.Nodes, want) {
			t.Errorf("graph nodes %q lack %s", g.Nodes, want)
		}
	}
	if !contains(g.Legend, "ORG") || !contains(g.Legend, "PERSON") {
		t.Errorf("graph legend = %q, want PERSON and ORG", g.Legend)
	}
	var ent struct {
		Heading     string   `json:"heading"`
		ChartLabels []string `json:"chartLabels"`
		ChartData   []int    `json:"chartData"`
		Titles      []string `json:"titles"`
		CoMentioned []string `json:"coMentioned"`
	}
	b.eval("entity page", `(() => { const ch = window.sosikChart; return {
		heading: document.querySelector("h1").firstChild.textContent,
		chartLabels: ch ? ch.data.labels : [], chartData: ch ? ch.data.datasets[0].data : [],
		titles: [...document.querySelectorAll("#titles tbody tr")].map(r => r.cells[0].textContent + "/" + r.cells[1].textContent),
		coMentioned: [...document.querySelectorAll("#co-mentioned a")].map(a => a.textContent),
	}; })()`, &ent)
	if ent.Heading != "이재용" {
		t.Errorf("entity heading = %q", ent.Heading)
	}
	if fmt.Sprint(ent.ChartLabels, ent.ChartData) != "[2025-03 2025-04] [1 1]" {
		t.Errorf("mentions chart = %v %v; want [2025-03 2025-04] [1 1]", ent.ChartLabels, ent.ChartData)
	}
	if !contains(ent.Titles, "회장/삼성전자") {
		t.Errorf("titles table = %q, want 회장/삼성전자", ent.Titles)
	}
	if !contains(ent.CoMentioned, "젠슨 황") {
		t.Errorf("co-mentioned = %q", ent.CoMentioned)
	}
	b.shot("entity")
	b.checkTypeFilter(g)
	b.checkEntityPeriod()
	b.checkJS("entity")
}

// checkTypeFilter unticks ORG in the legend: the organisations leave the
// graph and the shown node count drops by as many.
func (b *browser) checkTypeFilter(before graphSeen) {
	var orgs int
	b.eval("org count", `window.sosikGraph.nodes().filter(n => n.data("type") === "ORG").length`, &orgs)
	b.do("graph type filter", chromedp.Click(chromedp.CSS(`#graph-legend input[data-type="ORG"]`)))
	var after graphSeen
	b.eval("filtered graph", graphState, &after)
	if orgs == 0 || after.Visible != before.Visible-orgs || after.VisibleAttr != after.Visible {
		b.t.Errorf("hiding ORG (%d nodes): %d nodes shown before, %d (attr %d) after", orgs, before.Visible, after.Visible, after.VisibleAttr)
	}
	b.shot("entity-graph-filtered")
	b.do("graph type filter back", chromedp.Click(chromedp.CSS(`#graph-legend input[data-type="ORG"]`)))
}

// checkEntityPeriod sets a period on the entity page: the chart spans
// exactly its months, zeros included.
func (b *browser) checkEntityPeriod() {
	b.do("entity period",
		chromedp.SetValue(chromedp.ID("period-from"), "2025-01-01"),
		chromedp.SetValue(chromedp.ID("period-to"), "2025-03-31"),
		chromedp.Click(chromedp.CSS(`#period-form button[type=submit]`)),
		chromedp.WaitReady(chromedp.CSS(`#mentions-chart[data-rendered="3"]`)),
	)
	var got struct {
		Labels   []string `json:"labels"`
		Data     []int    `json:"data"`
		Articles int      `json:"articles"`
		Address  string   `json:"address"`
	}
	b.eval("entity period", `({labels: window.sosikChart.data.labels, data: window.sosikChart.data.datasets[0].data,
		articles: document.querySelectorAll("#entity-articles li").length, address: location.search})`, &got)
	if fmt.Sprint(got.Labels, got.Data) != "[2025-01 2025-02 2025-03] [0 0 1]" || got.Articles != 1 || got.Address != "?from=2025-01-01&to=2025-03-31" {
		b.t.Errorf("entity page over 2025-01-01..2025-03-31: %+v; want months 2025-01..03 = 0 0 1 and one article", got)
	}
}

// checkArticle: the article page marks every entity mention, date and
// amount at the right characters: the byte offsets were converted correctly.
func (b *browser) checkArticle(doc *extract.Document) {
	t := b.t
	b.do("article page",
		chromedp.Navigate(b.base+"/article/"+doc.ID),
		chromedp.WaitVisible(chromedp.CSS(`#annotated mark.ent`)),
	)
	var art struct {
		Marks   []string `json:"marks"`
		Quotes  []string `json:"quotes"`
		Events  []string `json:"events"`
		Heading string   `json:"heading"`
	}
	b.eval("article page", `({
		heading: document.querySelector("h1").textContent,
		marks: [...document.querySelectorAll("#annotated mark.ent")].map(m => m.classList[1] + ":" + [...m.childNodes].filter(n => !(n.classList && n.classList.contains("lbl"))).map(n => n.textContent).join("")),
		quotes: [...document.querySelectorAll("#annotated .in-quote")].map(s => s.textContent),
		events: [...document.querySelectorAll("#events > li")].map(li => li.querySelector(".badge").dataset.certainty + "/" + li.querySelector(".badge").textContent + " " + li.querySelector("strong").textContent),
	})`, &art)
	if want := expectedMarks(doc); strings.Join(art.Marks, " ") != strings.Join(want, " ") {
		t.Errorf("article marks:\n got %q\nwant %q", art.Marks, want)
	}
	if strings.Join(art.Quotes, "") != doc.Quotes[0].Text {
		t.Errorf("quote spans = %q, want %q", art.Quotes, doc.Quotes[0].Text)
	}
	if strings.Join(art.Events, ",") != "asserted/단언 MEET,reported/전언 INVEST" {
		t.Errorf("events list = %q", art.Events)
	}
	b.checkJS("article")
	b.shot("article")
}

// checkTrends draws two terms over a date range wider than the matches:
// the axis covers the whole range, with zeros where nothing matched.
func (b *browser) checkTrends() {
	b.do("trends page",
		chromedp.Navigate(b.base+"/trends?term="+url.QueryEscape("반도체")+"&term="+url.QueryEscape("전기차")+"&by=month&from=2025-01-01&to=2025-06-30"),
		chromedp.WaitReady(chromedp.CSS(`#trend-chart[data-rendered="2"]`)),
	)
	var tr struct {
		Labels []string `json:"labels"`
		Series []string `json:"series"`
		From   string   `json:"from"`
		To     string   `json:"to"`
		Axis   string   `json:"axis"`
	}
	b.eval("trends page", `({labels: window.sosikChart.data.labels, series: window.sosikChart.data.datasets.map(d => d.label + "=" + d.data.join(",")),
		from: document.getElementById("from").value, to: document.getElementById("to").value,
		axis: window.sosikChart.options.scales.y.title.text})`, &tr)
	if fmt.Sprint(tr.Labels, tr.Series) != "[2025-01 2025-02 2025-03 2025-04 2025-05 2025-06] [반도체 (2)=0,0,1,1,0,0 전기차 (1)=0,0,0,0,1,0]" {
		b.t.Errorf("trends chart = %v %v", tr.Labels, tr.Series)
	}
	if tr.From != "2025-01-01" || tr.To != "2025-06-30" || tr.Axis != "기사 수" {
		b.t.Errorf("trends range inputs %q..%q, axis %q; want 2025-01-01..2025-06-30 and 기사 수", tr.From, tr.To, tr.Axis)
	}
	b.checkJS("trends")
	b.shot("trends")
}

// checkGraphPage draws the whole corpus's graph and raises the minimum
// link weight, which must leave fewer entities shown.
func (b *browser) checkGraphPage() {
	b.do("graph page",
		chromedp.Navigate(b.base+"/graph"),
		chromedp.WaitReady(chromedp.CSS(`#graph[data-visible]`)),
	)
	b.settle()
	before := b.checkGraphDrawn("graph page")
	b.shot("graph")
	b.do("graph min weight", chromedp.Evaluate[chromedp.Void](`(() => { const r = document.getElementById("graph-min-weight");
		r.value = r.max; r.dispatchEvent(new Event("input")); })()`))
	var after graphSeen
	b.eval("graph page filtered", graphState, &after)
	if after.Visible == 0 || after.Visible >= before.Visible {
		b.t.Errorf("graph page: minimum weight at its maximum shows %d of %d entities, want fewer but some", after.Visible, before.Visible)
	}
	var pngBytes int
	b.eval("graph PNG", `window.sosikGraph.png({output: "base64", full: true}).length`, &pngBytes)
	if pngBytes < 1000 {
		b.t.Errorf("graph PNG export: %d base64 bytes", pngBytes)
	}
	b.checkJS("graph")
	b.shot("graph-min-weight")
	b.checkExpansion()
}

// checkExpansion draws the three most mentioned entities and clicks the
// best connected: its neighbours join the graph, and it is described.
func (b *browser) checkExpansion() {
	b.do("small graph",
		chromedp.Navigate(b.base+"/graph?limit=3"),
		chromedp.WaitReady(chromedp.CSS(`#graph[data-nodes="3"]`)),
		chromedp.Evaluate[chromedp.Void](`(() => { const cy = window.sosikGraph;
			cy.nodes().max(n => n.degree()).ele.emit("tap"); })()`),
		chromedp.WaitReady(chromedp.CSS(`#graph[data-expanded="1"]`)),
	)
	var got struct {
		Nodes int    `json:"nodes"`
		Info  string `json:"info"`
	}
	b.eval("expanded graph", `({nodes: window.sosikGraph.nodes().length, info: document.getElementById("graph-info").textContent})`, &got)
	if got.Nodes <= 3 || !strings.HasPrefix(got.Info, "선택: ") {
		b.t.Errorf("after clicking a node of a 3-entity graph: %d nodes, info %q; want its neighbours added", got.Nodes, got.Info)
	}
	b.checkJS("graph expansion")
	b.shot("graph-expanded")
}

// checkLanguageSwitch switches the UI to English and back: every label
// changes language at once, and the choice survives a new page.
func (b *browser) checkLanguageSwitch() {
	b.do("language switch",
		chromedp.Navigate(b.base+"/trends?term="+url.QueryEscape("반도체")),
		chromedp.WaitReady(chromedp.CSS(`#trend-chart[data-rendered="1"]`)),
		chromedp.Click(chromedp.ID("lang-switch")),
		chromedp.WaitReady(chromedp.CSS(`html[lang="en"] #trend-chart[data-rendered="1"]`)),
	)
	var en struct {
		Labels string `json:"labels"`
		Axis   string `json:"axis"`
		Switch string `json:"switch"`
	}
	read := `({labels: [...document.querySelectorAll("nav a, h1, #trend-form button, #trend-form label span")].map(x => x.textContent).join("|"),
		axis: window.sosikChart.options.scales.y.title.text, switch: document.getElementById("lang-switch").textContent})`
	b.eval("english trends", read, &en)
	if en.Labels != "Home|Search|Events|Trends|Graph|Watches|API|Trends|From|To|Show" || en.Axis != "articles" || en.Switch != "한국어" {
		b.t.Errorf("after switching to English: %+v", en)
	}
	b.shot("trends-english")
	var missing []string
	b.eval("message tables", `(() => { const ko = Object.keys(i18n.messages.ko), en = Object.keys(i18n.messages.en);
		return [...ko.filter(k => !en.includes(k)).map(k => "en lacks " + k), ...en.filter(k => !ko.includes(k)).map(k => "ko lacks " + k)]; })()`, &missing)
	if len(missing) > 0 {
		b.t.Errorf("the two message tables differ: %q", missing)
	}
	b.do("language kept",
		chromedp.Navigate(b.base+"/search"),
		chromedp.WaitReady(chromedp.CSS(`html[lang="en"]`)),
		chromedp.Click(chromedp.ID("lang-switch")),
		chromedp.WaitReady(chromedp.CSS(`html[lang="ko"] #search-form`)),
	)
	var ko struct {
		Button string `json:"button"`
	}
	b.eval("korean again", `({button: document.querySelector("#search-form button").textContent})`, &ko)
	if ko.Button != "검색" {
		b.t.Errorf("after switching back: search button %q, want 검색", ko.Button)
	}
	b.checkJS("language")
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
