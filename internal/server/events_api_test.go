package server

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/sosik-news/sosik/internal/store"
)

func TestEvents(t *testing.T) {
	ts := newTestServer(t, nil)
	tests := []struct {
		name      string
		query     url.Values
		wantTotal int
		want      []string // type and certainty of each event, in order
	}{
		{"everything newest first", url.Values{}, 4,
			[]string{"ESTABLISH asserted", "TRAVEL speculated", "MEET asserted", "INVEST reported"}},
		{"types repeated and comma-separated", url.Values{"type": {"meet,travel", "invest"}}, 3,
			[]string{"TRAVEL speculated", "MEET asserted", "INVEST reported"}},
		{"certainty any case", url.Values{"certainty": {"Speculated,reported"}}, 2,
			[]string{"TRAVEL speculated", "INVEST reported"}},
		{"entity and with", url.Values{"entity": {"이재용"}, "with": {"젠슨 황"}}, 1, []string{"MEET asserted"}},
		{"entity alias and year", url.Values{"entity": {"이 회장"}, "from": {"2025-04"}, "to": {"2025"}}, 1, []string{"TRAVEL speculated"}},
		{"paging", url.Values{"limit": {"1"}, "offset": {"2"}}, 4, []string{"MEET asserted"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var res EventsResponse
			ts.getJSON(t, "/api/events?"+tt.query.Encode(), &res)
			var got []string
			for _, e := range res.Events {
				got = append(got, e.Type+" "+string(e.Certainty))
			}
			if res.Total != tt.wantTotal || !slices.Equal(got, tt.want) {
				t.Errorf("got %q (total %d), want %q (total %d)", got, res.Total, tt.want, tt.wantTotal)
			}
		})
	}
	var res EventsResponse
	ts.getJSON(t, "/api/events?type=MEET", &res)
	if len(res.Events) != 1 {
		t.Fatalf("MEET: %+v", res)
	}
	ev := res.Events[0]
	if ev.Article.URL != "https://news.example/a1" || ev.Article.Headline != "삼성전자, 텍사스 반도체 공장에 10조원 투자" ||
		len(ev.Actors) != 2 || ev.Actors[1].Name != "젠슨 황" || ev.Actors[1].EntityID == 0 || ev.Date != "2025-03-10" {
		t.Errorf("MEET event = %+v", ev)
	}
}

func TestEventsClientErrors(t *testing.T) {
	ts := newTestServer(t, nil)
	tests := []struct {
		query    string
		wantCode int
		wantMsg  string
	}{
		{"type=PARTY", http.StatusBadRequest, "event types"},
		{"type=MEET,nope", http.StatusBadRequest, `"nope"`},
		{"certainty=sure", http.StatusBadRequest, "certainty levels"},
		{"from=2025-13", http.StatusBadRequest, "date"},
		{"limit=0", http.StatusBadRequest, "limit"},
		{"entity=%EC%97%86%EB%8A%94%EC%82%AC%EB%9E%8C", http.StatusNotFound, "not found"},
		{strings.Repeat("type=MEET&", 41), http.StatusBadRequest, "at most"},
		{"type=" + strings.Repeat("MEET,", 50), http.StatusBadRequest, "longer than"},
	}
	for _, tt := range tests {
		code, _, body := ts.do(t, "GET", "/api/events?"+tt.query, "", "")
		var e struct {
			Error string `json:"error"`
		}
		_ = json.Unmarshal(body, &e)
		if code != tt.wantCode || !strings.Contains(e.Error, tt.wantMsg) {
			t.Errorf("%s: %d %s, want %d with %q", tt.query, code, body, tt.wantCode, tt.wantMsg)
		}
	}
}

// The events page offers every event type and certainty level there is:
// the types come from extract.EventTypes through the page template, and the
// certainty boxes are HTML, so this keeps both from drifting from Go.
func TestEventsPageListsEveryValue(t *testing.T) {
	rec := httptest.NewRecorder()
	(&Server{}).page("events.html").ServeHTTP(rec, httptest.NewRequest("GET", "/events", nil))
	page := rec.Body.Bytes()
	if rec.Code != 200 || !strings.Contains(string(page), `<body data-page="events">`) || !strings.Contains(string(page), `<nav>`) {
		t.Fatalf("events page: %d %.300s", rec.Code, page)
	}
	for _, ty := range eventTypes {
		if !strings.Contains(string(page), "<option>"+ty+"</option>") {
			t.Errorf("events.html has no option %s", ty)
		}
	}
	for _, c := range store.EventCertainties {
		if !strings.Contains(string(page), `value="`+string(c)+`"`) {
			t.Errorf("events.html has no certainty box %s", c)
		}
	}
}
