package server

import (
	"context"
	"os"
	"path/filepath"
	"strings"

	"github.com/chromedp/chromedp"

	"github.com/sosik-news/sosik/internal/article"
	"github.com/sosik-news/sosik/internal/extract"
	"github.com/sosik-news/sosik/internal/store"
)

// deniedMeeting is an invented article telling a meeting that was denied,
// so that the graph has a doubtful event link beside the fixtures' asserted
// one.
var deniedMeeting = fixtureArticle{
	meta: article.Meta{Title: "이재용·최태원 회동설 부인", URL: "https://news.example/denied", Published: "2025-04-01", Agency: "뉴시스"},
	body: "이재용 삼성전자 회장과 최태원 SK 회장이 만났다는 보도는 사실이 아닌 것으로 확인됐다.",
	entities: []fixtureEntity{
		{extract.Person, "이재용", "회장", "삼성전자", []string{"이재용"}},
		{extract.Person, "최태원", "회장", "SK", []string{"최태원"}},
	},
	events: []extract.Event{{Type: "MEET", Actors: []string{"이재용", "최태원"}, Certainty: extract.Denied,
		Evidence: "이재용 삼성전자 회장과 최태원 SK 회장이 만났다는 보도는 사실이 아닌 것으로 확인됐다."}},
}

// graphLinks reads the drawn graph's event links: all, dashed (no event
// told as a fact) and the entities shown.
const graphLinks = `(() => { const cy = window.sosikGraph;
	return {events: cy.edges(".event").length, doubtful: cy.edges(".doubtful").length, nodes: cy.nodes().not(".hidden").length,
		since: document.getElementById("graph-since").value, until: document.getElementById("graph-until").value}; })()`

type graphLinkCount struct {
	Events, Doubtful, Nodes int
	Since, Until            string
}

// checkGraphCertainty stores a denied meeting, draws the graph around its
// person with every certainty (the denied link dashed), narrows it to
// asserted links and to a month range with the controls, and exports the
// view as SVG: a well-formed document with one node per shown entity.
func (b *browser) checkGraphCertainty(st store.Store) {
	t := b.t
	if _, err := st.Put(context.Background(), []*extract.Document{fixtureDocument(t, deniedMeeting)}); err != nil {
		t.Fatal(err)
	}
	b.do("graph with certainties",
		chromedp.Navigate(b.base+"/graph?entity="+"이재용"),
		chromedp.WaitReady(chromedp.CSS(`#graph[data-visible]`)),
	)
	b.settle()
	var all graphLinkCount
	b.eval("graph links", graphLinks, &all)
	if all.Events != 2 || all.Doubtful != 1 {
		t.Errorf("graph around 이재용: %d event links, %d dashed; want 2 and 1 (asserted MEET, denied MEET)", all.Events, all.Doubtful)
	}
	b.shot("graph-events-all-certainties")
	b.do("graph asserted only",
		chromedp.SetValue(chromedp.CSS(`#graph-certainty`), "asserted"),
		chromedp.Evaluate[chromedp.Void](`document.getElementById("graph-certainty").dispatchEvent(new Event("change"))`),
		chromedp.Poll[chromedp.Void](`window.sosikGraph && window.sosikGraph.edges(".event").length === 1`),
	)
	var asserted graphLinkCount
	b.eval("graph asserted", graphLinks, &asserted)
	if asserted.Events != 1 || asserted.Doubtful != 0 {
		t.Errorf("asserted only: %d event links, %d dashed; want 1 and 0", asserted.Events, asserted.Doubtful)
	}
	b.shot("graph-events-asserted")
	b.checkGraphSVG()
	b.do("graph month range",
		chromedp.SetValue(chromedp.CSS(`#graph-until`), "2025-03"),
		chromedp.Evaluate[chromedp.Void](`document.getElementById("graph-until").dispatchEvent(new Event("change"))`),
		chromedp.Poll[chromedp.Void](`window.sosikGraph && !window.sosikGraph.nodes().some(n => n.data("label") === "최태원")`),
	)
	var march graphLinkCount
	b.eval("graph until March", graphLinks, &march)
	if march.Until != "2025-03" || march.Nodes == 0 || march.Nodes >= all.Nodes {
		t.Errorf("graph until 2025-03: %+v; want fewer entities than the %d of all time", march, all.Nodes)
	}
	b.checkJS("graph certainty")
}

// checkGraphSVG exports the current view as SVG, parses it in the page and
// keeps it in the artifacts.
func (b *browser) checkGraphSVG() {
	var svg struct {
		Errors, Nodes, Shown, Legend int
		Text                         string
	}
	b.eval("graph SVG", `(() => { const cy = window.sosikGraph;
		const types = [...document.querySelectorAll("#graph-legend .legend-item input")].map(i => i.dataset.type);
		const text = graphSVG(cy, {colourOf: () => "#336699", typeName: i18n.typeName, legendTitle: "legend", types});
		const doc = new DOMParser().parseFromString(text, "image/svg+xml");
		return {Errors: doc.getElementsByTagName("parsererror").length, Nodes: doc.querySelectorAll("g.node").length,
			Shown: cy.nodes().not(".hidden").length, Legend: doc.querySelectorAll("g.legend rect").length, Text: text}; })()`, &svg)
	if svg.Errors != 0 || svg.Nodes == 0 || svg.Nodes != svg.Shown || svg.Legend == 0 || !strings.HasPrefix(svg.Text, "<svg") {
		b.t.Errorf("graph SVG: %d parse errors, %d nodes for %d shown, %d legend entries", svg.Errors, svg.Nodes, svg.Shown, svg.Legend)
	}
	if err := os.WriteFile(filepath.Join(b.dir, "graph-asserted.svg"), []byte(svg.Text), 0o644); err != nil {
		b.t.Errorf("saving the SVG: %v", err)
	}
}
