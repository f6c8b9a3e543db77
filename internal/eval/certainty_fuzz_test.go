package eval

import (
	"strings"
	"testing"
)

// FuzzReadCertaintyCases: any input gives cases or an error naming a
// line, never a panic, and every case read is well formed.
func FuzzReadCertaintyCases(f *testing.F) {
	f.Add("denied\tMEET\tbody\t김철수 대표는 박영희 사장을 만나지 않았다.\n")
	f.Add("# c\n\nnone\t-\theadline\t제목\n")
	f.Add("asserted\tMEET\tbody\n")
	f.Add("planned\tSIGN\tbody\t\t\n")
	f.Fuzz(func(t *testing.T, in string) {
		cases, err := ReadCertaintyCases(strings.NewReader(in))
		if err != nil {
			if !strings.Contains(err.Error(), "line ") && !strings.Contains(err.Error(), "reading") {
				t.Errorf("error without a line: %v", err)
			}
			return
		}
		for _, c := range cases {
			if c.Sentence == "" || c.Line < 1 {
				t.Errorf("bad case %+v", c)
			}
			a := CaseArticle(c)
			if a.Text != c.Sentence || len(a.Sections) != 1 {
				t.Errorf("article of %+v: %+v", c, a)
			}
		}
	})
}
