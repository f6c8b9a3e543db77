package store

import (
	"errors"
	"math"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/sosik-news/sosik/internal/korean"
	"github.com/sosik-news/sosik/internal/store/textsearch"
)

// Indexing from extraction's tokens must give the index that analysing the
// text again would: ingest relies on it to read each article once.
func TestIndexTokensMatchesIndexTerms(t *testing.T) {
	ana, err := korean.Default()
	if err != nil {
		t.Fatal(err)
	}
	morph := func(s string) []string { return textsearch.Morphemes(ana, s) }
	cases := []struct{ headline, text string }{
		{"한빛전자, 하노이 공장 증설", "한빛전자, 하노이 공장 증설\n김민준 사장은 25일 하노이 공장에 3000억원을 투자한다고 밝혔다.\n업계는 AI 반도체 수요를 주목했다."},
		{"", "제목 없는 기사다. 국회는 예산안을 통과시켰다."},
		{"본문에 없는 제목", "본문만 있는 기사에서 검찰은 수사를 시작했다."},
	}
	for _, c := range cases {
		wantH, wantB, wantG := indexTerms(morph, c.headline, c.text)
		gotH, gotB, gotG := indexTokens(morph, c.headline, c.text, ana.AnalyzeTokens(c.text))
		if gotH != wantH || gotB != wantB || gotG != wantG {
			t.Errorf("headline %q:\n head %q\n want %q\n body %q\n want %q\n grams equal %v", c.headline, gotH, wantH, gotB, wantB, gotG == wantG)
		}
	}
}

func TestDayNum(t *testing.T) {
	for in, want := range map[string]int32{"2025-04-01": 20250401, "2025-04": 20250400, "2025": 20250000, "": 0, "2025/04/01": 0, "20x5": 0} {
		if got := dayNum([]byte(in)); got != want {
			t.Errorf("dayNum(%q) = %d, want %d", in, got, want)
		}
	}
}

func TestRidSetAndTopK(t *testing.T) {
	collect := func(s ridSet, lo int64) []int64 {
		var out []int64
		s.each(lo, func(r int64) { out = append(out, r) })
		return out
	}
	a, b := newRidSet(200), newRidSet(200)
	for _, r := range []int64{1, 63, 64, 65, 130, 200} {
		a.add(r)
	}
	for _, r := range []int64{63, 65, 199, 200} {
		b.add(r)
	}
	if got := collect(a, 64); !slices.Equal(got, []int64{64, 65, 130, 200}) {
		t.Errorf("each from 64: %v", got)
	}
	and := slices.Clone(a)
	and.and(b)
	or := slices.Clone(a)
	or.or(b)
	not := slices.Clone(a)
	not.andNot(b)
	for _, tt := range []struct {
		name string
		s    ridSet
		want []int64
	}{
		{"and", and, []int64{63, 65, 200}},
		{"or", or, []int64{1, 63, 64, 65, 130, 199, 200}},
		{"not", not, []int64{1, 64, 130}},
	} {
		if got := collect(tt.s, 0); !slices.Equal(got, tt.want) {
			t.Errorf("%s: %v, want %v", tt.name, got, tt.want)
		}
	}
	if lo, hi, ok := a.hull(); lo != 1 || hi != 200 || !ok {
		t.Errorf("hull: %d..%d %v, want 1..200", lo, hi, ok)
	}
	if _, _, ok := newRidSet(200).hull(); ok {
		t.Error("hull of an empty set is not empty")
	}
	if !a.has(130) || a.has(131) || a.has(1000) {
		t.Error("has(130), has(131), has(1000): want true, false, false")
	}

	top := &topK{k: 3, better: func(x, y cand) bool { return x.score > y.score || x.score == y.score && x.rid > y.rid }}
	for i, sc := range []float64{0.5, 2, 1, 2, 0.1, 3} {
		top.push(cand{rid: int64(i + 1), score: sc})
	}
	var rids []int64
	for _, c := range top.sorted() {
		rids = append(rids, c.rid)
	}
	if !slices.Equal(rids, []int64{6, 4, 2}) {
		t.Errorf("top 3: %v, want [6 4 2]", rids)
	}
}

// TestTri checks the three-valued set operations: sure matches, and
// matches in doubt until the text confirms them.
func TestTri(t *testing.T) {
	set := func(rids ...int64) ridSet { return ridSetOf(200, rids...) }
	collect := func(s ridSet) []int64 {
		var out []int64
		s.each(0, func(r int64) { out = append(out, r) })
		return out
	}
	// x: sure 1 2 3, maybe 4 5; y: sure 2 4, maybe 3 6.
	x := func() tri { return tri{set(1, 2, 3), set(4, 5)} }
	y := tri{set(2, 4), set(3, 6)}
	and, or, not := x(), x(), x()
	and.and(y)
	or.or(y)
	not.andNot(y)
	for _, tt := range []struct {
		name        string
		got         tri
		sure, maybe []int64
	}{
		{"and", and, []int64{2}, []int64{3, 4}},
		{"or", or, []int64{1, 2, 3, 4}, []int64{5, 6}},
		{"and not", not, []int64{1}, []int64{3, 5}},
	} {
		if s, m := collect(tt.got.sure), collect(tt.got.maybe); !slices.Equal(s, tt.sure) || !slices.Equal(m, tt.maybe) {
			t.Errorf("%s: sure %v maybe %v, want %v %v", tt.name, s, m, tt.sure, tt.maybe)
		}
	}
}

func TestPackText(t *testing.T) {
	long := strings.Repeat("정부는 반도체 인력을 해마다 만 명씩 길러내겠다고 밝혔다. ", 20)
	for _, tt := range []struct {
		text    string
		deflate bool
	}{{"", false}, {"짧은 글", false}, {long, true}} {
		plain, z := packText(tt.text)
		if (z != nil) != tt.deflate || (z != nil && (plain != "" || len(z) >= len(tt.text))) {
			t.Errorf("packText(%d bytes): plain %d bytes, z %d bytes", len(tt.text), len(plain), len(z))
		}
		back, err := unpackText(plain, z)
		if err != nil || back != tt.text {
			t.Errorf("round trip of %d bytes: %v", len(tt.text), err)
		}
	}
	if _, err := unpackText("", []byte("not deflate data at all")); err == nil {
		t.Error("corrupt data inflated without error")
	}
}

// rewriteSpans writes every span's end as its length and back; packDoc
// keeps the lengths only when that gives the JSON back (docV3), else
// docV2, and either reads back with the text.
func TestPackDocSpans(t *testing.T) {
	text := "삼성전자가 새 공장을 짓는다. 정부는 반도체 인력을 해마다 만 명씩 길러내겠다고 밝혔다."
	for _, tt := range []struct {
		name, js, short string
		version         byte
	}{
		{"spans", `{"a":[{"start":0,"end":15,"text":""},{"start":98,"end":299}]}`,
			`{"a":[{"start":0,"end":15,"text":""},{"start":98,"end":201}]}`, docV3},
		{"negative and empty", `{"start":-1,"end":-1,"x":{"start":7,"end":3}}`, `{"start":-1,"end":0,"x":{"start":7,"end":-4}}`, docV3},
		{"not a span", `{"start":5,"x":1,"end":9,"s":"\"start\":1,\"end\":4"}`, `{"start":5,"x":1,"end":9,"s":"\"start\":1,\"end\":4"}`, docV3},
		{"float and too long", `{"start":1.5,"end":2,"b":{"start":1234567890123456789,"end":1}}`,
			`{"start":1.5,"end":2,"b":{"start":1234567890123456789,"end":1}}`, docV3},
		{"not canonical: kept as it is", `{"start":3,"end":-0}`, `{"start":3,"end":-3}`, docV2},
	} {
		if got := string(rewriteSpans([]byte(tt.js), spanLength)); got != tt.short {
			t.Errorf("%s: lengths %s, want %s", tt.name, got, tt.short)
		}
		blob := packDoc([]byte(tt.js), text)
		if blob[0] != tt.version {
			t.Errorf("%s: version %#x, want %#x", tt.name, blob[0], tt.version)
		}
		if back, err := unpackDoc(blob, text); err != nil || string(back) != tt.js {
			t.Errorf("%s: read back %s (%v), want %s", tt.name, back, err, tt.js)
		}
	}
}

// addMention merges the mentions of entities linked to the same stored one
// as the per-entity upsert did: counts added, the first row's place kept.
func TestAddMentionMerges(t *testing.T) {
	type add struct {
		eid int64
		n   int
	}
	tests := []struct {
		name string
		adds []add
		want []mentionRow
	}{
		{"distinct entities keep their order", []add{{7, 1}, {3, 2}},
			[]mentionRow{{7, 1}, {3, 2}}},
		{"same entity: counts add", []add{{7, 1}, {3, 1}, {7, 2}},
			[]mentionRow{{7, 3}, {3, 1}}},
		{"a count of none still makes the row", []add{{7, 0}, {5, 1}, {7, 1}},
			[]mentionRow{{7, 1}, {5, 1}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := &writer{}
			for _, a := range tt.adds {
				w.addMention(a.eid, a.n)
			}
			if !reflect.DeepEqual(w.mentions, tt.want) {
				t.Errorf("rows = %v, want %v", w.mentions, tt.want)
			}
		})
	}
}

// TestScorer checks that scoring matches lazily, rids asked from the
// highest down, sums exactly what adding every part into one array in
// order would (the bits of the floats included), and that eachDown visits
// a set from the highest rid down.
func TestScorer(t *testing.T) {
	set := func(rids ...int64) ridSet { return ridSetOf(300, rids...) }
	rows := func(rids []int64, scores []float64) *scoredRows { return &scoredRows{rids: rids, scores: scores} }
	type part struct {
		set  ridSet
		v    float64
		rows *scoredRows
	}
	for _, tt := range []struct {
		name  string
		parts []part
	}{
		{"one set", []part{{set: set(1, 64, 300), v: 0.1}}},
		{"set then rows then set", []part{
			{set: set(2, 5, 70, 299), v: 0.1},
			{rows: rows([]int64{5, 6, 70, 200}, []float64{0.2, 1.5, 0.3, 2.25})},
			{set: set(5, 6), v: 0.7},
		}},
		{"rows out of order, a rid twice", []part{
			{rows: rows([]int64{200, 3, 90, 3}, []float64{1.1, 0.2, 0.3, 0.4})},
			{set: set(3, 90, 91), v: 1e-6},
		}},
		{"empty rows", []part{{rows: rows(nil, nil)}, {set: set(9), v: 2}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var sc scorer
			dense := make([]float64, 301)
			for _, p := range tt.parts {
				if p.rows == nil {
					sc.addSet(p.set, p.v)
					p.set.each(1, func(r int64) { dense[r] += p.v })
					continue
				}
				sc.addRows(p.rows)
				for i, r := range p.rows.rids {
					dense[r] += p.rows.scores[i]
				}
			}
			all := newRidSet(300)
			for r := int64(1); r <= 300; r++ {
				all.add(r)
			}
			score := sc.descending()
			var order []int64
			all.eachDown(func(r int64) {
				order = append(order, r)
				if got := score(r); math.Float64bits(got) != math.Float64bits(dense[r]) {
					t.Errorf("rid %d: %v, want %v", r, got, dense[r])
				}
			})
			if len(order) != 300 || order[0] != 300 || order[299] != 1 {
				t.Errorf("eachDown visited %d rids, first %d, last %d", len(order), order[0], order[len(order)-1])
			}
		})
	}
}

// ridSetOf is a set over 0..maxRid holding rids.
func ridSetOf(maxRid int64, rids ...int64) ridSet {
	s := newRidSet(maxRid)
	for _, r := range rids {
		s.add(r)
	}
	return s
}

// TestMigrationStart checks where migrating resumes on both backends: from
// the schema version, from a migration left half-way, or not at all.
func TestMigrationStart(t *testing.T) {
	for _, tt := range []struct {
		name                string
		cur, pending, known int
		readOnly            bool
		from                int
		done, err           bool
	}{
		{"new database", 0, 0, 16, false, 0, false, false},
		{"two behind", 14, 0, 16, false, 14, false, false},
		{"current", 16, 0, 16, false, 16, true, false},
		{"current, read-only", 16, 0, 16, true, 16, true, false},
		{"behind, read-only", 14, 0, 16, true, 0, false, true},
		{"newer than this sosik", 17, 0, 16, false, 0, false, true},
		{"half-way through 15", 15, 15, 16, false, 14, false, false},
		{"half-way, read-only", 15, 15, 16, true, 0, false, true},
	} {
		from, done, err := migrationStart("db", tt.cur, tt.pending, tt.known, tt.readOnly)
		if from != tt.from || done != tt.done || (err != nil) != tt.err {
			t.Errorf("%s: from %d, done %v, err %v; want %d, %v, error %v", tt.name, from, done, err, tt.from, tt.done, tt.err)
		}
		if err != nil && !errors.Is(err, ErrSchema) {
			t.Errorf("%s: %v is not ErrSchema", tt.name, err)
		}
	}
}
