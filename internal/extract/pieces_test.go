package extract

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/sosik-news/sosik/internal/article"
)

func TestPieceEnds(t *testing.T) {
	tests := []struct {
		text string
		size int
		want []int
	}{
		{"", 4, nil},
		{"abc", 4, []int{3}},
		{"abcdef", 4, []int{6}},          // no line break, under twice the size: one piece
		{"ab\ncd\nef\n", 4, []int{6, 9}}, // the first break at or after 4 bytes
		{"abcd\nef", 4, []int{5, 7}},     // a break right at the size
		{"a\nb\nc\nd\ne\nf", 2, []int{4, 8, 11}},
		{"ab cd ef gh", 2, []int{3, 6, 9, 11}}, // a line past twice the size is cut after spaces
	}
	for _, tc := range tests {
		if got := pieceEnds(tc.text, tc.size); !slices.Equal(got, tc.want) {
			t.Errorf("pieceEnds(%q, %d) = %v, want %v", tc.text, tc.size, got, tc.want)
		}
	}
}

func TestCutEnd(t *testing.T) {
	tests := []struct {
		text              string
		from, size, limit int
		want              int
	}{
		{"ab\ncdef", 0, 2, 4, 3},       // a line break between size and limit
		{"abcdef", 0, 2, 10, 6},        // the rest fits under the limit
		{"가다. 나라 마을. 바다", 0, 4, 12, 8}, // after a sentence end, not the first space
		{"가나 다라마바", 0, 4, 12, 7},       // no sentence end: after a space
		{"가나다라마바", 0, 4, 8, 6},         // neither: at a character boundary
		{"가나다라마바", 3, 2, 4, 6},         // from mid-text, back to a boundary
		{"가나다", 0, 1, 2, 3},            // a limit inside the first character
		{"ab\ncd\nef", 0, 2, 10, 3},
	}
	for _, tc := range tests {
		if got := cutEnd(tc.text, tc.from, tc.size, tc.limit); got != tc.want {
			t.Errorf("cutEnd(%q, %d, %d, %d) = %d, want %d", tc.text, tc.from, tc.size, tc.limit, got, tc.want)
		}
	}
}

func TestPieceSections(t *testing.T) {
	secs := []article.Section{
		{Kind: article.KindHeadline, Start: 0, End: 10, Photo: -1},
		{Kind: article.KindBody, Start: 11, End: 40, Photo: -1},
		{Kind: article.KindCaption, Start: 41, End: 50, Photo: 0},
	}
	got := pieceSections(secs, 20, 45)
	want := []article.Section{
		{Kind: article.KindBody, Start: 0, End: 20, Photo: -1},
		{Kind: article.KindCaption, Start: 21, End: 25, Photo: 0},
	}
	if !slices.Equal(got, want) {
		t.Errorf("pieceSections = %v, want %v", got, want)
	}
}

// variedArticle is an invented article of about n bytes whose paragraphs
// each name their people, places and organisations in full.
func variedArticle(n int) string {
	paras := []string{
		"한빛전자는 %d일 서울 강남구 본사에서 신제품 발표회를 열었다고 밝혔다.",
		"김도윤 한빛전자 대표는 \"올해 매출 %d억원을 넘길 것\"이라고 말했다.",
		"부산시는 지난 %d일 해운대구에 공공 도서관을 새로 열었다.",
		"이서윤 부산시 문화국장은 \"도서관 %d곳을 더 짓겠다\"고 밝혔다.",
		"대한축구협회는 내년 %d월 국가대표 평가전을 치를 예정이라고 발표했다.",
	}
	var b strings.Builder
	b.WriteString("한빛전자, 신제품 발표\n\n")
	for i := 0; b.Len() < n; i++ {
		fmt.Fprintf(&b, paras[i%len(paras)]+"\n", i%9+1)
	}
	return b.String()
}

// TestPiecesSameAsWhole extracts long articles whose paragraphs stand
// alone in small pieces and whole: the Documents must be byte for byte the
// same (entities merged by type and name, IDs in order of first mention,
// offsets shifted, speakers pointing at the merged entities).
func TestPiecesSameAsWhole(t *testing.T) {
	x := extractor(t)
	defer func(n int) { pieceSize = n }(pieceSize)
	for _, text := range []string{variedArticle(12_000), longArticle(9_000)} {
		a := articleOf(text, "2025-04-03")
		pieceSize = 1 << 30
		whole := x.Extract(a)
		want, err := json.Marshal(whole)
		if err != nil {
			t.Fatal(err)
		}
		pieceSize = 1024
		if n := len(pieceEnds(a.Text, pieceSize)); n < 8 {
			t.Fatalf("only %d pieces", n)
		}
		pieced := x.Extract(a)
		got, err := json.Marshal(pieced)
		if err != nil {
			t.Fatal(err)
		}
		if len(whole.Entities) < 3 || len(whole.Quotes) < 2 {
			t.Fatalf("too little found to compare: %d entities, %d quotes", len(whole.Entities), len(whole.Quotes))
		}
		if string(got) != string(want) {
			t.Errorf("%.20s…: pieces give another document (%d vs %d bytes of JSON)", text, len(got), len(want))
		}
		if pieced.Tokens != nil && pieced.Tokens.Len() != whole.Tokens.Len() {
			t.Errorf("pieces: %d tokens, whole: %d", pieced.Tokens.Len(), whole.Tokens.Len())
		}
	}
}

// TestPiecesOffsets extracts our example articles in pieces of 512 bytes:
// every offset must point at its text and every speaker at an entity.
func TestPiecesOffsets(t *testing.T) {
	x := extractor(t)
	files, _ := filepath.Glob("../../examples/*.txt")
	more, _ := filepath.Glob("testdata/*.txt")
	files = append(files, more...)
	if len(files) < 8 {
		t.Fatalf("only %d articles", len(files))
	}
	defer func(n int) { pieceSize = n }(pieceSize)
	pieceSize = 512
	cut := 0
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		a, err := article.Parse(f, raw)
		if err != nil {
			t.Fatal(err)
		}
		if len(pieceEnds(a.Text, pieceSize)) > 1 {
			cut++
		}
		checkOffsets(t, f, x.Extract(a))
	}
	if cut < 8 {
		t.Errorf("only %d articles were cut in pieces", cut)
	}
}

// checkOffsets checks that doc's offsets point at the text they name and
// its entity IDs are e1 … eN, each speaker's being one of them.
func checkOffsets(t *testing.T, name string, doc *Document) {
	t.Helper()
	text := doc.Text
	span := func(what string, s, e int, want string) {
		if s < 0 || e > len(text) || s > e || text[s:e] != want {
			t.Errorf("%s: %s [%d, %d) does not hold %q", name, what, s, e, want)
		}
	}
	names := map[string]string{}
	for i, e := range doc.Entities {
		if e.ID != fmt.Sprintf("e%d", i+1) {
			t.Errorf("%s: entity %d has ID %q", name, i, e.ID)
		}
		names[e.ID] = e.Name
		for _, m := range e.Mentions {
			span("mention of "+e.Name, m.Start, m.End, m.Text)
		}
	}
	for _, q := range doc.Quotes {
		span("quote", q.Start, q.End, q.Text)
		if q.SpeakerEntity != "" && names[q.SpeakerEntity] != q.Speaker {
			t.Errorf("%s: speaker %q is entity %s, named %q", name, q.Speaker, q.SpeakerEntity, names[q.SpeakerEntity])
		}
	}
	for _, am := range doc.Amounts {
		span("amount", am.Start, am.End, am.Text)
	}
	for _, dt := range doc.Dates {
		span("date", dt.Start, dt.End, dt.Text)
	}
	for _, ev := range doc.Events {
		span("event", ev.Start, ev.End, ev.Evidence)
		if ev.Marker != nil {
			span("event marker", ev.Marker.Start, ev.Marker.End, ev.Marker.Text)
		}
		for _, sp := range ev.Mentions {
			span("event mention", sp.Start, sp.End, sp.Text)
		}
	}
}

// TestMergerAdd merges two invented pieces: entities of one type and name
// become one, the others get the next IDs in order, offsets move by the
// piece's start and speakers point at the merged IDs.
func TestMergerAdd(t *testing.T) {
	x := extractor(t)
	out := &Document{Entities: []Entity{}, Quotes: []Quote{}, Events: []Event{}}
	m := newMerger(x, out)
	m.add(&Document{
		Entities: []Entity{
			{ID: "e1", Type: Person, Name: "김도윤", Title: "대표", Mentions: []Mention{{Start: 0, End: 9, Text: "김도윤"}}},
			{ID: "e2", Type: Org, Name: "한빛전자", Mentions: []Mention{{Start: 10, End: 22, Text: "한빛전자"}}},
		},
		Quotes: []Quote{{Speaker: "김도윤", SpeakerEntity: "e1", Start: 30, End: 40, Text: "q1"}},
	}, 0)
	m.add(&Document{
		Entities: []Entity{
			{ID: "e1", Type: Place, Name: "부산", Mentions: []Mention{{Start: 0, End: 6, Text: "부산"}}},
			{ID: "e2", Type: Person, Name: "김도윤", Aliases: []string{"김 대표"}, Affiliation: "한빛전자", Mentions: []Mention{{Start: 7, End: 17, Text: "김 대표"}}},
			{ID: "e3", Type: Place, Name: "한빛전자", Mentions: []Mention{{Start: 20, End: 32, Text: "한빛전자"}}},
		},
		Quotes: []Quote{{Speaker: "김도윤", SpeakerEntity: "e2", Start: 40, End: 50, Text: "q2"}, {Speaker: "부산", SpeakerEntity: "e1", Start: 60, End: 70}},
	}, 100)
	want := []Entity{
		{ID: "e1", Type: Person, Name: "김도윤", Aliases: []string{"김 대표"}, Title: "대표", Affiliation: "한빛전자",
			Mentions: []Mention{{Start: 0, End: 9, Text: "김도윤"}, {Start: 107, End: 117, Text: "김 대표"}}},
		{ID: "e2", Type: Org, Name: "한빛전자", Mentions: []Mention{{Start: 10, End: 22, Text: "한빛전자"}}},
		{ID: "e3", Type: Place, Name: "부산", Mentions: []Mention{{Start: 100, End: 106, Text: "부산"}}},
		{ID: "e4", Type: Place, Name: "한빛전자", Mentions: []Mention{{Start: 120, End: 132, Text: "한빛전자"}}},
	}
	got, _ := json.Marshal(out.Entities)
	wantJSON, _ := json.Marshal(want)
	if string(got) != string(wantJSON) {
		t.Errorf("entities:\n got %s\nwant %s", got, wantJSON)
	}
	wantQ := []struct {
		id         string
		start, end int
	}{{"e1", 30, 40}, {"e1", 140, 150}, {"e3", 160, 170}}
	if len(out.Quotes) != len(wantQ) {
		t.Fatalf("%d quotes, want %d", len(out.Quotes), len(wantQ))
	}
	for i, w := range wantQ {
		if q := out.Quotes[i]; q.SpeakerEntity != w.id || q.Start != w.start || q.End != w.end {
			t.Errorf("quote %d: speaker %s [%d, %d), want %s [%d, %d)", i, q.SpeakerEntity, q.Start, q.End, w.id, w.start, w.end)
		}
	}
}

// TestExtractPiecesCancelled cancels the extraction of an article cut in
// pieces in a middle piece and at its last check: no document, the
// context's error, and no piece extracted after the failed check.
func TestExtractPiecesCancelled(t *testing.T) {
	x := extractor(t)
	defer func(n int) { pieceSize = n }(pieceSize)
	pieceSize = 8 << 10
	a := articleOf(longArticle(50_000), "2025-04-03")
	full := &countdownCtx{Context: context.Background(), left: 1 << 30}
	if doc, err := x.ExtractContext(full, a); err != nil || len(doc.Entities) == 0 {
		t.Fatalf("uncancelled: err %v", err)
	}
	for _, left := range []int{full.asked / 2, full.asked - 1} {
		ctx := &countdownCtx{Context: context.Background(), left: left}
		doc, err := x.ExtractContext(ctx, a)
		if !errors.Is(err, context.Canceled) || doc != nil {
			t.Fatalf("cancelled after %d of %d checks: got doc %v, err %v; want no doc and context.Canceled", left, full.asked, doc != nil, err)
		}
		if ctx.asked > left+3 {
			t.Errorf("cancelled after %d checks, asked %d times: extraction went on", left, ctx.asked)
		}
	}
}

// FuzzCutEnd: a run ends after its start, at a character boundary, and
// never much past its limit; runs cover the text.
func FuzzCutEnd(f *testing.F) {
	f.Add("가다. 나라 마을. 바다", 4, 12)
	f.Add("ab\ncd\nef", 2, 4)
	f.Add("가나다라마바", 1, 2)
	f.Fuzz(func(t *testing.T, text string, size, limit int) {
		if size < 1 || size > 64 || limit < size || limit > 256 {
			return
		}
		for from := 0; from < len(text); {
			end := cutEnd(text, from, size, limit)
			if end <= from || end > len(text) {
				t.Fatalf("cutEnd(%q, %d, %d, %d) = %d", text, from, size, limit, end)
			}
			if end < len(text) && !utf8.RuneStart(text[end]) && utf8.ValidString(text) {
				t.Fatalf("cutEnd(%q, %d, …) = %d: inside a character", text, from, end)
			}
			if end-from > max(limit, utf8.UTFMax) {
				t.Fatalf("cutEnd(%q, %d, %d, %d) = %d: past the limit", text, from, size, limit, end)
			}
			from = end
		}
	})
}
