package ner

import (
	"strings"
	"testing"
)

// checkSentences asserts what every reader guarantees: spans inside the
// text, non-empty, with a guideline label.
func checkSentences(t *testing.T, ss []Sentence) {
	for _, s := range ss {
		for _, sp := range s.Spans {
			if sp.Start < 0 || sp.End > len(s.Text) || sp.Start >= sp.End {
				t.Fatalf("span %+v outside text of %d bytes", sp, len(s.Text))
			}
			if labelIndex(sp.Label) < 0 {
				t.Fatalf("span %+v has no guideline label", sp)
			}
		}
	}
}

func FuzzReadKLUE(f *testing.F) {
	f.Add(klueLines([2]string{"정민호", "PS"}, [2]string{" 대표", ""}, [2]string{"오후 2시", "TI"}))
	f.Add("가\tI-PS\n나\tB-PS\n다\tI-OG\n\n")
	f.Add("## c\n \tB-QT\n2\tI-QT\n\n")
	f.Add("가\tB-XX\n")
	f.Fuzz(func(t *testing.T, in string) {
		ss, err := ReadKLUE(strings.NewReader(in))
		if err != nil {
			return
		}
		checkSentences(t, ss)
	})
}

func FuzzReadKMOU(f *testing.F) {
	f.Add(kmouCorpusBlock)
	f.Add(kmouKLPBlock)
	f.Add("## 1\n## <a:PER\n## <<a:PER>:LOC> <:ORG> < 가 :DAT>\n")
	f.Add("$지난 <이틀:DUR> <미국:ORG> <서울:LOC> <부산:LOC>\n")
	f.Fuzz(func(t *testing.T, in string) {
		ss, err := ReadKMOU(strings.NewReader(in))
		if err != nil {
			return
		}
		checkSentences(t, ss)
		for _, s := range ss {
			for i := 1; i < len(s.Spans); i++ {
				if s.Spans[i].Start < s.Spans[i-1].End {
					t.Fatalf("overlapping spans %v in %q", s.Spans, s.Text)
				}
			}
		}
	})
}

// FuzzTag feeds arbitrary text (invalid UTF-8, odd spaces, no Hangul) to
// the featurizer and decoder through a small trained model.
func FuzzTag(f *testing.F) {
	a := analyzer(f)
	m, err := Train(toySentences(), nil, TrainOptions{Epochs: 2, HashBits: 12, Analyzer: a}, nil)
	if err != nil {
		f.Fatal(err)
	}
	f.Add("김철수 회장은 3일 부산에서 말했다.")
	f.Add("  \t\n\xff\xfe 가\u00a0나 ")
	f.Add("日 美 2025.3.1 10:30 ㅋㅋㅋ")
	f.Fuzz(func(t *testing.T, text string) {
		for _, sp := range m.Tag(text, a.Analyze(text)) {
			if sp.Start < 0 || sp.End > len(text) || sp.Start >= sp.End || labelIndex(sp.Label) < 0 {
				t.Fatalf("bad span %+v for %q", sp, text)
			}
			if w := text[sp.Start:sp.End]; strings.TrimSpace(w) != w {
				t.Fatalf("span %q has edge spaces", w)
			}
		}
	})
}
