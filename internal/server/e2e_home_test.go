package server

import (
	"context"
	"strings"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/sosik-news/sosik/internal/clock"
	"github.com/sosik-news/sosik/internal/extract"
	"github.com/sosik-news/sosik/internal/store"
	"github.com/sosik-news/sosik/internal/watch"
)

// checkHome adds a watch that the fixtures' meeting fires and a failing
// source, then reads the home page (latest articles, people and who rose,
// events by certainty, watch hits, source health) and the watches page.
func (b *browser) checkHome(st store.Store, docs []*extract.Document) {
	t, ctx := b.t, context.Background()
	ws, _ := store.AsWatchState(st)
	spec := watch.Spec{Event: &watch.EventCond{Type: "MEET", With: "이재용", Certainty: []string{"speculated+"}}}
	if _, err := ws.AddWatch(ctx, store.Watch{Name: "이재용 회동", Spec: spec.JSON(), Created: "2025-05-20T00:00:00Z"}); err != nil {
		t.Fatal(err)
	}
	n, err := watch.Attach(st, clock.NewFake(time.Date(2025, 5, 21, 0, 0, 0, 0, time.UTC)), quietLogger())
	if err != nil {
		t.Fatal(err)
	}
	if hits, err := n.Match(ctx, docs); err != nil || len(hits) != 1 {
		t.Fatalf("watch hits on the fixtures: %v, %v", hits, err)
	}
	cs, _ := store.AsCollectState(st)
	if err := cs.RecordSourceRun(ctx, store.SourceRun{Name: "예시 피드", At: time.Date(2025, 5, 21, 0, 0, 0, 0, time.UTC), Err: "HTTP 503"}); err != nil {
		t.Fatal(err)
	}
	b.do("home page",
		chromedp.Navigate(b.base+"/"),
		chromedp.WaitVisible(chromedp.CSS(`#home-latest li`)),
		chromedp.WaitVisible(chromedp.CSS(`#home-watches li`)),
		chromedp.WaitVisible(chromedp.CSS(`#home-sources tr`)),
	)
	var home struct {
		Latest, People, Events, Watches, Sources []string
	}
	b.eval("home page", `({
		Latest: [...document.querySelectorAll("#home-latest li a")].map(a => a.textContent),
		People: [...document.querySelectorAll("#home-people tr")].map(r => r.textContent),
		Events: [...document.querySelectorAll("#home-events li")].map(l => l.dataset.certainty + " " + l.querySelector("strong").textContent),
		Watches: [...document.querySelectorAll("#home-watches li a")].map(a => a.textContent),
		Sources: [...document.querySelectorAll("#home-sources tr.failing")].map(r => r.textContent)})`, &home)
	want := []string{"현대차, 울산에 전기차 신공장 착공", "이재용 회장, 베트남 방문 전망", "삼성전자, 텍사스 반도체 공장에 10조원 투자"}
	if strings.Join(home.Latest, "|") != strings.Join(want, "|") {
		t.Errorf("latest articles = %q", home.Latest)
	}
	// The week of the newest article (2025-05-20) against the one before.
	if strings.Join(home.People, "|") != "정의선1▲1" || strings.Join(home.Events, "|") != "asserted ESTABLISH" ||
		len(home.Watches) != 1 || home.Watches[0] != want[2] ||
		len(home.Sources) != 1 || !strings.Contains(home.Sources[0], "HTTP 503") {
		t.Errorf("home page = %+v", home)
	}
	b.checkJS("home")
	b.shot("home")

	b.do("watches page",
		chromedp.Navigate(b.base+"/watches"),
		chromedp.WaitVisible(chromedp.CSS(`section.watch li`)),
	)
	var page struct{ Title, Condition, Hit, Atom string }
	b.eval("watches page", `({Title: document.querySelector("section.watch h2").firstChild.textContent,
		Condition: document.querySelector("section.watch div.small").textContent,
		Hit: document.querySelector("section.watch li a").textContent,
		Atom: document.querySelector("section.watch h2 a").getAttribute("href")})`, &page)
	if page.Title != "이재용 회동" || page.Condition != "event MEET with 이재용 (speculated+)" || page.Hit != want[2] || !strings.HasSuffix(page.Atom, "/atom") {
		t.Errorf("watches page = %+v", page)
	}
	b.checkJS("watches")
	b.shot("watches")
}
