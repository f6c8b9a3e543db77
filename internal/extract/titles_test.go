package extract

import (
	"bytes"
	"strings"
	"testing"
)

func TestTitleTableLoads(t *testing.T) {
	lx := extractor(t).lx
	cases := []struct {
		title string
		class TitleClass
	}{
		{"회장", TitleCorporate}, {"원내수석부대표", TitlePolitical}, {"후보", TitlePolitical}, {"선임기자", TitlePress},
		{"교수", TitleAcademic}, {"전 교수", TitleAcademic}, {"장관", TitlePublic}, {"지점장", TitleBranch}, {"이사회 의장", TitleCorporate},
		{"사과", ""},
	}
	for _, c := range cases {
		if got := lx.titleTab.class(c.title); got != c.class {
			t.Errorf("class(%q) = %q, want %q", c.title, got, c.class)
		}
	}
	for word, want := range map[string]string{"재무장관": "장관", "경제부총리": "총리", "장관": "", "공사장": ""} {
		if got := lx.titleTab.compound(word); got != want {
			t.Errorf("compound(%q) = %q, want %q", word, got, want)
		}
	}
}

func TestTitleTableRejectsBadRows(t *testing.T) {
	cases := []struct{ in, want string }{
		{"회장\tcorporate\n회장\tpublic\n", "listed twice"},
		{"회장\tboss\n", "unknown class"},
		{"회장\tcorporate\tprefix\n", "unknown flag"},
		{"회장\n", "want title<TAB>class"},
		{"# only a comment\n", "no titles"},
		{"회장!\tcorporate\n", "bad title"},
	}
	for _, c := range cases {
		_, err := readTitleTable(strings.NewReader(c.in), "t.tsv")
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("readTitleTable(%q) error %v, want %q", c.in, err, c.want)
		}
	}
}

// TestTitleIsOneTableLine shows that a new title is one line of the
// table: "수석코치" is no title until the line is added, then the person
// before it gets it.
func TestTitleIsOneTableLine(t *testing.T) {
	const text = "제목\n\n하늘시티 구단은 박지훈 수석코치를 새로 영입했다고 밝혔다."
	base := extractor(t)
	doc := base.Extract(articleOf(text, "2025-06-11"))
	if e := find(doc, Person, "박지훈"); e != nil && e.Title == "수석코치" {
		t.Fatalf("수석코치 is already a title without the table line: %+v", e)
	}
	table, err := lexiconFS.ReadFile("lexicon/titles.tsv")
	if err != nil {
		t.Fatal(err)
	}
	tt, err := readTitleTable(bytes.NewReader(append(table, "수석코치\tsport\n"...)), "titles.tsv+1")
	if err != nil {
		t.Fatal(err)
	}
	lx, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	lx.useTitles(tt)
	x := &Extractor{an: base.an, lx: lx, stages: base.stages}
	doc = x.Extract(articleOf(text, "2025-06-11"))
	e := find(doc, Person, "박지훈")
	if e == nil || e.Title != "수석코치" {
		t.Fatalf("with the line: 박지훈 = %+v, want title 수석코치", e)
	}
}

// FuzzReadTitleTable: the table reader never panics, and what it accepts
// has a known class for every title.
func FuzzReadTitleTable(f *testing.F) {
	f.Add("회장\tcorporate\n장관\tpublic\tsuffix\n")
	f.Add("# c\n이사회 의장\tcorporate\n")
	f.Add("회장\tboss\n")
	f.Fuzz(func(t *testing.T, in string) {
		tt, err := readTitleTable(strings.NewReader(in), "fuzz")
		if err != nil {
			return
		}
		for title, info := range tt.byName {
			if !titleClasses[info.class] || title == "" {
				t.Fatalf("accepted %q with class %q", title, info.class)
			}
		}
	})
}
