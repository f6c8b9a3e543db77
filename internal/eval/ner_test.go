package eval

import (
	"strings"
	"testing"

	"github.com/sosik-news/sosik/internal/ner"
)

// klueOf writes text in KLUE's character BIO format with the given
// labelled substrings.
func klueOf(text string, ents map[string]string) string {
	var b strings.Builder
	b.WriteString("## test\t" + text + "\n")
	tags := make([]string, len([]rune(text)))
	for i := range tags {
		tags[i] = "O"
	}
	for sub, lab := range ents {
		i := strings.Index(text, sub)
		start := len([]rune(text[:i]))
		for k := 0; k < len([]rune(sub)); k++ {
			p := "I-"
			if k == 0 {
				p = "B-"
			}
			tags[start+k] = p + lab
		}
	}
	for i, r := range []rune(text) {
		b.WriteString(string(r) + "\t" + tags[i] + "\n")
	}
	b.WriteString("\n")
	return b.String()
}

func TestNER(t *testing.T) {
	text := "김철수 대표는 서울에서 웃었다"
	data := klueOf(text, map[string]string{"김철수": "PS", "서울": "LC"})
	tag := func(s string) []ner.Span {
		i := strings.Index(s, "김철수")
		j := strings.Index(s, "대표")
		return []ner.Span{{Start: i, End: i + len("김철수"), Label: ner.Person}, {Start: j, End: j + len("대표"), Label: ner.Org}}
	}
	rep, err := NER(strings.NewReader(data), tag)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Overall.Gold != 2 || rep.Overall.Pred != 2 || rep.Overall.Correct != 1 {
		t.Errorf("overall = %+v", rep.Overall)
	}
	if c := rep.ByLabel[ner.Person]; c.Correct != 1 || c.F1 != 1 {
		t.Errorf("PERSON = %+v", c)
	}
}
