package extract

import (
	"io"
	"strings"
	"testing"
)

func embedded(t *testing.T, name string) string {
	t.Helper()
	b, err := eventFS.ReadFile("lexicon/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// withTables builds an extractor whose event tables are the built-in ones
// with extra rows appended.
func withTables(t *testing.T, events, cert string) *Extractor {
	t.Helper()
	ex, err := parseEventLexicon(strings.NewReader(embedded(t, "events.tsv")+events),
		strings.NewReader(embedded(t, "frames.tsv")), strings.NewReader(embedded(t, "certainty.tsv")+cert),
		strings.NewReader(embedded(t, "event_links.txt")))
	if err != nil {
		t.Fatal(err)
	}
	base := extractor(t)
	lx := *base.lx
	lx.ev = ex
	x := *base
	x.lx = &lx
	return &x
}

func TestEventLexiconLoads(t *testing.T) {
	ex, err := loadEventLexicon()
	if err != nil {
		t.Fatal(err)
	}
	if ex.nouns["회동"] != string(Meet) || ex.nouns["방한"] != "TRAVEL/한국" || ex.frameOf(Meet).sides != 2 || !ex.frameOf(Appoint).objectActor {
		t.Errorf("tables read wrong: 회동 %q 방한 %q MEET %+v", ex.nouns["회동"], ex.nouns["방한"], ex.frameOf(Meet))
	}
	// every event type has at least one trigger row
	has := map[EventType]bool{}
	for _, v := range ex.nouns {
		typ, _, _ := strings.Cut(v, "/")
		has[EventType(typ)] = true
	}
	for _, v := range ex.verbs {
		has[v.typ] = true
	}
	for _, typ := range EventTypes {
		if !has[typ] {
			t.Errorf("no trigger for %s", typ)
		}
	}
}

func TestEventLexiconErrors(t *testing.T) {
	cases := []struct{ events, frames, cert, want string }{
		{"회견\tPRESS\tnoun\n", "", "", "unknown event type"},
		{"회견\tMEET\tadverb\n", "", "", "neither noun nor verb"},
		{"만나다\tMEET\tverb\n", "", "", "needs its eojeol beginnings"},
		{"회동\tMEET\tnoun\n", "", "", "duplicate predicate noun"},
		{"", "MEET\ttwo\tyes\tno\n", "", "sides"},
		{"", "MEET\t2\tmaybe\tno\n", "", "neither yes nor no"},
		{"", "", "아마\tsure\tchain\ttext\n", "unknown level"},
		{"", "", "아마\tspeculated\tparagraph\ttext\n", "unknown scope"},
		{"", "", "않VX\tnegation\tchain\tmorph\n", "not lemma/POS"},
		{"", "", "아마\tspeculated\tchain\tregex\n", "not text, noun or morph"},
		{"", "", "아마\tspeculated\n", "4 tab-separated columns"},
	}
	for _, c := range cases {
		_, err := parseEventLexicon(strings.NewReader(embedded(t, "events.tsv")+c.events),
			strings.NewReader(embedded(t, "frames.tsv")+c.frames), strings.NewReader(embedded(t, "certainty.tsv")+c.cert),
			strings.NewReader(embedded(t, "event_links.txt")))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q%q%q: error %v, want %q", c.events, c.frames, c.cert, err, c.want)
		}
	}
	var empty io.Reader = strings.NewReader("")
	if _, err := parseEventLexicon(strings.NewReader(embedded(t, "events.tsv")), empty, strings.NewReader(""), strings.NewReader("")); err == nil || !strings.Contains(err.Error(), "no row for") {
		t.Errorf("missing frames accepted: %v", err)
	}
}

// TestOneLineAddsATriggerAndAMarker shows that a new event predicate and a
// new certainty marker are one table row each.
func TestOneLineAddsATriggerAndAMarker(t *testing.T) {
	const trig, spec = "김철수 대표는 박영희 사장과 담소했다.", "김철수 대표는 박영희 사장을 만났을 개연성이 크다."
	x := extractor(t)
	if doc := x.Extract(articleOf("제목\n\n"+trig, "2025-06-11")); len(doc.Events) != 0 {
		t.Fatalf("담소 is already a trigger: %+v", doc.Events)
	}
	if doc := x.Extract(articleOf("제목\n\n"+spec, "2025-06-11")); len(doc.Events) != 1 || doc.Events[0].Certainty != Asserted {
		t.Fatalf("개연성 is already a marker: %+v", doc.Events)
	}
	y := withTables(t, "담소\tMEET\tnoun\n", "개연성\tspeculated\tchain\ttext\n")
	doc := y.Extract(articleOf("제목\n\n"+trig, "2025-06-11"))
	if !hasEvent(doc, Meet, []string{"김철수", "박영희"}, "", "", Asserted) {
		t.Errorf("the 담소 row made no meeting: %+v", doc.Events)
	}
	doc = y.Extract(articleOf("제목\n\n"+spec, "2025-06-11"))
	if len(doc.Events) != 1 || doc.Events[0].Certainty != Speculated || doc.Events[0].Marker == nil || doc.Events[0].Marker.Text != "개연성" {
		t.Errorf("the 개연성 row did not make the meeting speculated: %+v", doc.Events)
	}
}

func TestSpeechTable(t *testing.T) {
	ex, err := loadEventLexicon()
	if err != nil {
		t.Fatal(err)
	}
	if ex.speech["ending"][0] != "이라고" || !contains(ex.speech["verb"], "말했") || !contains(ex.speech["pronoun"], "그녀") {
		t.Errorf("speech.tsv read wrong: %v", ex.speech)
	}
	if err := ex.addSpeech([]string{"shout", "외쳤"}); err == nil {
		t.Error("unknown speech kind accepted")
	}
}
