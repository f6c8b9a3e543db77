package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/spf13/pflag"

	"github.com/sosik-news/sosik/internal/extract"
	"github.com/sosik-news/sosik/internal/store"
	"github.com/sosik-news/sosik/internal/store/storetest"
)

// eventsDB stores two hand-written articles with events and returns the
// database path.
func eventsDB(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "ev.db")
	st, err := store.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	kang := storetest.Ent{ID: "e1", Type: extract.Person, Name: "강도윤", Title: "장관"}
	seo := storetest.Ent{ID: "e2", Type: extract.Person, Name: "서하늘", Title: "총리"}
	storetest.MustPut(t, st,
		storetest.Doc("강도윤 장관, 서하늘 총리와 회담", "강도윤 장관이 2일 서하늘 총리를 만났다.", "2020-02-03", "뉴시스", []storetest.Ent{kang, seo},
			extract.Event{Type: "MEET", Actors: []string{"강도윤", "서하늘"}, Date: "2020-02-02", Certainty: extract.Asserted, Evidence: "강도윤 장관이 2일 서하늘 총리를 만났다."}),
		storetest.Doc("서하늘 총리, 방문 계획 없어", "서하늘 총리는 부산을 방문하지 않겠다고 말했다.", "2021-07-01", "연합뉴스", []storetest.Ent{seo},
			extract.Event{Type: "VISIT", Actors: []string{"서하늘"}, Place: "부산", Certainty: extract.Denied, Evidence: "서하늘 총리는 부산을 방문하지 않겠다고 말했다.",
				Marker: &extract.Span{Text: "않"}}))
	return path
}

// runEvents runs "sosik events args…" with every flag back at its default
// (cobra keeps values, and slice flags append, between runs).
func runEvents(t *testing.T, args ...string) (string, error) {
	t.Helper()
	cmd, _, err := root.Find([]string{"events"})
	if err != nil {
		t.Fatal(err)
	}
	cmd.Flags().VisitAll(func(f *pflag.Flag) {
		if sv, ok := f.Value.(pflag.SliceValue); ok {
			_ = sv.Replace(nil)
		} else {
			_ = f.Value.Set(f.DefValue)
		}
		f.Changed = false
	})
	var out, errOut bytes.Buffer
	root.SetArgs(append([]string{"events"}, args...))
	root.SetOut(&out)
	root.SetErr(&errOut)
	defer root.SetArgs(nil)
	err = root.Execute()
	return out.String(), err
}

func TestEventsCommand(t *testing.T) {
	db := eventsDB(t)
	tests := []struct {
		name string
		args []string
		want []string // lines (table: first line and event lines; csv: rows)
	}{
		{"table by type and year", []string{"--type", "MEET", "--from", "2020", "--to", "2020"},
			[]string{"1 event", "2020-02-02 MEET      강도윤, 서하늘 [asserted]"}},
		{"table by certainty and entity", []string{"--certainty", "denied,planned", "--entity", "서하늘"},
			[]string{"1 event", "2021-07-01 VISIT     서하늘 @ 부산 [denied]"}},
		{"with filters the other side", []string{"--entity", "서하늘", "--with", "강도윤"},
			[]string{"1 event", "2020-02-02 MEET      강도윤, 서하늘 [asserted]"}},
		{"csv", []string{"--format", "csv", "--certainty", "denied"},
			[]string{strings.Join(eventsCSVHeader, ","), ",VISIT,서하늘#2,,부산,denied,않,서하늘 총리는 부산을 방문하지 않겠다고 말했다."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, err := runEvents(t, append([]string{"--db", db}, tt.args...)...)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			out = strings.TrimPrefix(out, "\ufeff") // the CSV's BOM, checked below
			for i, l := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
				if strings.HasPrefix(l, "    ") {
					continue // the evidence line under a table row
				}
				if tt.args[0] == "--format" && i > 0 {
					l = strings.Join(strings.Split(l, ",")[:8], ",")
				}
				got = append(got, l)
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestEventsCommandFormats(t *testing.T) {
	db := eventsDB(t)
	out, err := runEvents(t, "--db", db, "--format", "csv", "--type", "meet,visit")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(out, "\ufeffdate,type,") {
		t.Errorf("csv does not start with a BOM and the header: %q", out[:min(len(out), 30)])
	}
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(out, "\ufeff"))).ReadAll()
	if err != nil || len(rows) != 3 || rows[1][1] != "VISIT" || rows[2][2] != "강도윤#1; 서하늘#2" {
		t.Errorf("csv rows %q (%v)", rows, err)
	}
	out, err = runEvents(t, "--db", db, "--format", "jsonl", "--limit", "1")
	if err != nil {
		t.Fatal(err)
	}
	var ev store.EventRef
	if err := json.Unmarshal([]byte(out), &ev); err != nil || ev.Type != "VISIT" || ev.Marker == nil || ev.Marker.Text != "않" {
		t.Errorf("jsonl %q: %+v (%v)", out, ev, err)
	}
	for _, bad := range [][]string{{"--type", "PARTY"}, {"--certainty", "sure"}, {"--format", "xml"}, {"--from", "2020-13"}} {
		if _, err := runEvents(t, append([]string{"--db", db}, bad...)...); err == nil {
			t.Errorf("%v: no error", bad)
		}
	}
}
