package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sosik-news/sosik/internal/store"
)

func runEvalLinking(t *testing.T, args ...string) (string, error) {
	t.Helper()
	var out bytes.Buffer
	root.SetArgs(append([]string{"eval", "linking"}, args...))
	root.SetOut(&out)
	root.SetErr(&bytes.Buffer{})
	defer root.SetArgs(nil)
	err := root.Execute()
	return out.String(), err
}

// TestEvalLinkingCommand: a set of three articles where two 김하늘 work at
// different companies and a third names the first one's company: the
// pairs come out right, and a bar the score misses fails the command.
func TestEvalLinkingCommand(t *testing.T) {
	set := filepath.Join(t.TempDir(), "set.txt")
	body := `= x1 | 2024-01-02 | 테스트일보 | 김하늘 누리전자 상무 발표
김하늘 누리전자 상무가 2일 새 제품을 발표했다.
+ kh-n | P | 김하늘 | 상무 | 누리전자 |
+ nuri | O | 누리전자

= x2 | 2024-02-03 | 테스트일보 | 김하늘 가람건설 부장 인터뷰
김하늘 가람건설 부장은 3일 수주 목표를 밝혔다.
+ kh-g | P | 김하늘 | 부장 | 가람건설 |
+ garam | O | 가람건설

= x3 | 2024-03-04 | 테스트일보 | 누리전자 김하늘 전무 승진
누리전자는 4일 김하늘 상무를 전무로 승진시켰다.
+ kh-n | P | 김하늘 | 전무 | 누리전자 |
+ nuri | O | 누리전자
`
	if err := os.WriteFile(set, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := runEvalLinking(t, set, "--errors", "--min-precision", "0", "--min-recall", "0")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"3 articles, 6 labelled entities, 2 same-entity pairs", "precision 1.000 (2/2)  recall 1.000 (2/2)"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	bad := strings.Replace(body, "+ kh-g", "+ kh-n", 1) // say the 가람건설 one is the same person
	if err := os.WriteFile(set, []byte(bad), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err = runEvalLinking(t, set, "--errors", "--min-precision", "0", "--min-recall", "0.9")
	if err == nil || !strings.Contains(err.Error(), "below") || !strings.Contains(out, "split   x1:김하늘 / x2:김하늘 (kh-n)") {
		t.Errorf("recall bar: err %v, output:\n%s", err, out)
	}
}

// TestPrintLinks: --explain prints each decision with its signals, the
// contested candidates not chosen (a vetoed one as never) and the count of
// those not kept.
func TestPrintLinks(t *testing.T) {
	var b bytes.Buffer
	printLinks(&b, []store.LinkDecision{{
		Article: store.ArticleRef{Published: "2020-01-03", Headline: "추미애 법무부 장관 취임"}, Name: "추미애", Linked: true, Score: 0,
		Signals: []store.Signal{{Kind: "name", Detail: "추미애"}, {Kind: "affiliation", Detail: "법무부 ≠ 더불어민주당", Weight: -1},
			{Kind: "time", Weight: 0.25}, {Kind: "co-mentioned", Detail: "문재인", Weight: 0.75}},
		Others: []store.CandidateScore{{EntityID: 9, Name: "추미애", Score: -100, Vetoed: true, Signals: []store.Signal{{Kind: "full name", Detail: "a ≠ b", Weight: -100}}},
			{EntityID: 12, Name: "추미애", Score: -0.5, Signals: []store.Signal{{Kind: "name", Detail: "추미애"}, {Kind: "title", Detail: "시인 ≠ 장관", Weight: -0.5}}}},
		OthersNotKept: 2,
	}})
	want := `
why linked:
  2020-01-03  추미애 법무부 장관 취임  "추미애": joined, score 0.00
      name 추미애 · affiliation 법무부 ≠ 더불어민주당 −1.00 · time +0.25 · co-mentioned 문재인 +0.75
      not 추미애 (id 9), never: full name a ≠ b (never)
      not 추미애 (id 12), score -0.50: name 추미애 · title 시인 ≠ 장관 −0.50
      and 2 other candidate(s) scoring more than 1.00 below (signals not kept)
`
	if b.String() != want {
		t.Errorf("printLinks:\n%s\nwant:\n%s", b.String(), want)
	}
}
