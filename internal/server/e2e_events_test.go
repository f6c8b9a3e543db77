package server

import (
	"net/url"
	"strings"

	"github.com/chromedp/chromedp"
)

// checkEvents lists the corpus's events, narrows them to one certainty
// with the form, and follows an event's evidence link to its sentence in
// the article.
func (b *browser) checkEvents() {
	t := b.t
	b.do("events page",
		chromedp.Navigate(b.base+"/events"),
		chromedp.WaitVisible(chromedp.CSS(`#events-table[data-query="limit=50"] #events tbody tr`)),
	)
	var rows []string
	b.eval("events page", `[...document.querySelectorAll("#events tbody tr")].map(r => r.dataset.type + "/" + r.dataset.certainty)`, &rows)
	if strings.Join(rows, ",") != "ESTABLISH/asserted,TRAVEL/speculated,MEET/asserted,INVEST/reported" {
		t.Errorf("events rows = %q", rows)
	}
	b.do("events filter",
		chromedp.Click(chromedp.CSS(`#certainties input[value=speculated]`)),
		chromedp.SetValue(chromedp.CSS(`#entity`), "이재용"),
		chromedp.Click(chromedp.CSS(`#events-form button[type=submit]`)),
		chromedp.WaitVisible(chromedp.CSS(`#events-table[data-query*="certainty=speculated"] #events tbody tr`)),
	)
	var filtered struct {
		Rows     []string `json:"rows"`
		Address  string   `json:"address"`
		Evidence string   `json:"evidence"`
	}
	b.eval("events filter", `({rows: [...document.querySelectorAll("#events tbody tr")].map(r => r.dataset.type + " " + r.cells[2].textContent),
		address: location.search, evidence: document.querySelector("#events a.evidence").textContent})`, &filtered)
	if strings.Join(filtered.Rows, ",") != "TRAVEL 이재용" || filtered.Address != "?entity="+url.QueryEscape("이재용")+"&certainty=speculated" {
		t.Errorf("filtered events = %q at %q", filtered.Rows, filtered.Address)
	}
	b.checkJS("events")
	b.shot("events")
	b.do("event evidence link",
		chromedp.Click(chromedp.CSS(`#events a.evidence`)),
		chromedp.WaitVisible(chromedp.CSS(`#annotated .in-event.linked`)),
	)
	var linked struct {
		Heading, Hash, ID string
	}
	b.eval("event evidence link", `({Heading: document.querySelector("h1").textContent, Hash: location.hash,
		ID: document.querySelector("#annotated .in-event.linked").id})`, &linked)
	if linked.Heading != "이재용 회장, 베트남 방문 전망" || !strings.HasPrefix(linked.Hash, "#ev-") || linked.ID != "event-0" {
		t.Errorf("evidence link led to %+v (evidence %q)", linked, filtered.Evidence)
	}
	b.checkJS("article from events")
}
