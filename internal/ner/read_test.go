package ner

import (
	"reflect"
	"strings"
	"testing"
)

// spanText renders spans as "label:surface" for readable comparisons.
func spanText(text string, spans []Span) []string {
	var out []string
	for _, s := range spans {
		out = append(out, s.Label+":"+text[s.Start:s.End])
	}
	return out
}

// klueLines writes a sentence in KLUE's character format from a list of
// (chunk, type) pairs; type "" is outside any entity.
func klueLines(parts ...[2]string) string {
	var b strings.Builder
	b.WriteString("## test-00001\tcomment\n")
	for _, p := range parts {
		first := true
		for _, r := range p[0] {
			tag := "O"
			if p[1] != "" {
				if first {
					tag = "B-" + p[1]
				} else {
					tag = "I-" + p[1]
				}
			}
			first = false
			b.WriteString(string(r) + "\t" + tag + "\n")
		}
	}
	b.WriteString("\n")
	return b.String()
}

func TestReadKLUE(t *testing.T) {
	in := "## 토큰, 레이블 구분자 : \\t\n\n" +
		klueLines([2]string{"정민호", "PS"}, [2]string{" 대표는 ", ""}, [2]string{"3일", "DT"}, [2]string{" ", ""},
			[2]string{"부산 해운대구", "LC"}, [2]string{"에서 ", ""}, [2]string{"한빛전자", "OG"}, [2]string{"와 ", ""},
			[2]string{"오후 2시", "TI"}, [2]string{"에 ", ""}, [2]string{"30억 원", "QT"}, [2]string{" 계약을 맺었다.", ""}) +
		klueLines([2]string{"영화 좋다", ""}) +
		"가\tI-PS\n나\tB-PS\n다\tI-OG\n\n"
	got, err := ReadKLUE(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 3 {
		t.Fatalf("got %d sentences, want 3", len(got))
	}
	if want := "정민호 대표는 3일 부산 해운대구에서 한빛전자와 오후 2시에 30억 원 계약을 맺었다."; got[0].Text != want {
		t.Errorf("text %q, want %q", got[0].Text, want)
	}
	want := []string{"PERSON:정민호", "DATE:3일", "PLACE:부산 해운대구", "ORG:한빛전자", "TIME:오후 2시", "QUANTITY:30억 원"}
	if g := spanText(got[0].Text, got[0].Spans); !reflect.DeepEqual(g, want) {
		t.Errorf("spans %v, want %v", g, want)
	}
	if len(got[1].Spans) != 0 {
		t.Errorf("untagged sentence has spans %v", got[1].Spans)
	}
	// an I tag that continues nothing of its type starts an entity, as in seqeval
	if g, want := spanText(got[2].Text, got[2].Spans), []string{"PERSON:가", "PERSON:나", "ORG:다"}; !reflect.DeepEqual(g, want) {
		t.Errorf("stray I tags: %v, want %v", g, want)
	}
}

func TestReadKLUEErrors(t *testing.T) {
	for _, in := range []string{
		"가\n\n",       // no tab
		"가\tB-XX\n\n", // unknown type
		"가\tX-PS\n\n", // unknown prefix
		"\tO\n",       // empty character column
	} {
		if _, err := ReadKLUE(strings.NewReader(in)); err == nil {
			t.Errorf("ReadKLUE(%q): no error", in)
		}
	}
}

// kmouCorpusBlock and kmouKLPBlock are written in the two KMOU layouts; the
// morpheme lines are ignored by the reader, so only a couple are given.
const kmouCorpusBlock = `## 1
## 미국은 지난 5일 서울 종로구 청와대에서 이틀 동안 회담을 열었다.
## <미국:ORG>은 지난 <5일:DAT> <서울:LOC> <종로구:LOC> <청와대:ORG>에서 <이틀:DUR> 동안 회담을 열었다.
미국	미국	NNP	B-ORG
은	은	JX	O
_	_	_	O

## 2
## 이날 경찰은 <별빛>을 쓴 작가 한지수에게 3시간 동안 5천만 원을 물었다.
## 이날 경찰은 <별빛>을 쓴 작가 <한지수:PER>에게 <3시간:DUR> 동안 <5천만 원:MNY>을 물었다.
이날	이날	NNG	O

## 3
## 신제품 누리폰은 30%를 차지했다.
## 신제품 <누리폰:POH>은 <30%:PNT>를 차지했다.
신	신	XPN	O
`

const kmouKLPBlock = "; 오는 10일 오전 9시 김도윤이 왔다.\r\n" +
	"$오는 <10일:DT> <오전 9시:TI> <김도윤:PS>이 왔다.\r\n" +
	"1\t오\tVV\tO\r\n\r\n"

func TestReadKMOU(t *testing.T) {
	got, err := ReadKMOU(strings.NewReader("\ufeff" + kmouCorpusBlock + "\n" + kmouKLPBlock))
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		text        string
		spans       []string
		unannotated []string
	}{
		{"미국은 지난 5일 서울 종로구 청와대에서 이틀 동안 회담을 열었다.",
			[]string{"PLACE:미국", "DATE:지난 5일", "PLACE:서울 종로구", "ORG:청와대", "DATE:이틀"}, nil},
		{"이날 경찰은 <별빛>을 쓴 작가 한지수에게 3시간 동안 5천만 원을 물었다.",
			[]string{"DATE:이날", "ORG:경찰", "PERSON:한지수", "TIME:3시간", "QUANTITY:5천만 원"}, nil},
		{"신제품 누리폰은 30%를 차지했다.", []string{"QUANTITY:30%"}, nil},
		{"오는 10일 오전 9시 김도윤이 왔다.", []string{"DATE:오는 10일", "TIME:오전 9시", "PERSON:김도윤"}, []string{Quantity}},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d sentences, want %d", len(got), len(want))
	}
	for i, w := range want {
		if got[i].Text != w.text {
			t.Errorf("%d: text %q, want %q", i, got[i].Text, w.text)
		}
		if g := spanText(got[i].Text, got[i].Spans); !reflect.DeepEqual(g, w.spans) {
			t.Errorf("%d: spans %v, want %v", i, g, w.spans)
		}
		if !reflect.DeepEqual(got[i].Unannotated, w.unannotated) {
			t.Errorf("%d: unannotated %v, want %v", i, got[i].Unannotated, w.unannotated)
		}
	}
}

func TestReadKMOUErrors(t *testing.T) {
	for _, in := range []string{
		"회담\t회담\tNNG\tO\n",       // morpheme line before any header
		"## 1\n회담\t회담\tNNG\tO\n", // header without the tagged sentence
	} {
		if _, err := ReadKMOU(strings.NewReader(in)); err == nil {
			t.Errorf("ReadKMOU(%q): no error", in)
		}
	}
}

func TestConvertKMOU(t *testing.T) {
	for _, c := range []struct {
		text  string
		spans []Span
		want  []string
	}{
		// an eojeol that only starts with a listed word is not that word
		{"경찰관이 정부청사에 갔다", nil, nil},
		// the particle stays outside, quotes too
		{"\"정부는\" 올해부터", nil, []string{"ORG:정부", "DATE:올해"}},
		// an existing span wins over the lexicon
		{"오늘의 문제", []Span{{0, 9, Org}}, []string{"ORG:오늘의"}},
		// four-day durations are dates, ten-minute ones times, quarters dates
		{"나흘 10분 1분기", []Span{{0, 6, "DUR"}, {7, 12, "DUR"}, {13, 20, "DUR"}}, []string{"DATE:나흘", "TIME:10분", "DATE:1분기"}},
	} {
		got := ConvertKMOU(Sentence{Text: c.text, Spans: c.spans})
		if g := spanText(got.Text, got.Spans); !reflect.DeepEqual(g, c.want) {
			t.Errorf("%q: %v, want %v", c.text, g, c.want)
		}
	}
}

func TestNormalize(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		// an institution's noun alone is no span: the recogniser decides
		{"경찰은 이틀간 <미국:ORG>에 머물렀다", []string{"DATE:이틀간", "PLACE:미국"}},
		{"그는 오는 <5일:DAT> 오후 <3시:TIM>에 왔다", []string{"DATE:오는 5일", "TIME:오후 3시"}},
		{"<4시간:NOH> 걸려 <6개월:NOH> 만에 <12명:NOH>", []string{"TIME:4시간", "DATE:6개월", "QUANTITY:12명"}},
	} {
		s, _ := parseInline(c.text)
		if g := spanText(s.Text, Normalize(s.Text, s.Spans)); !reflect.DeepEqual(g, c.want) {
			t.Errorf("%q: %v, want %v", c.text, g, c.want)
		}
	}
}

func TestConvertKMOUDurations(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"<3년:NOH> 만에 <10분:NOH> 동안 <두 달:NOH> <5명:NOH>", []string{"DATE:3년", "TIME:10분", "DATE:두 달", "QUANTITY:5명"}},
		{"<전반 12분:NOH> <50주년:NOH>과 <2∼3개월:NOH> <3학년:NOH>", []string{"TIME:전반 12분", "DATE:50주년", "DATE:2∼3개월", "QUANTITY:3학년"}},
		{"<지난해:DAT> 말께 그는 사흘간 머물렀다", []string{"DATE:지난해 말께", "DATE:사흘간"}},
		// untagged periods are dates or times by their unit
		{"그는 징역 2년을 받았고 1980년대에 3시간 일했다", []string{"DATE:2년", "DATE:1980년대", "TIME:3시간"}},
		// adjacent dates are one date
		{"<2년:DUR> <6개월:NOH> 뒤", []string{"DATE:2년 6개월"}},
		{"<3월:DAT> 초부터 <5일:DAT> 초대", []string{"DATE:3월 초", "DATE:5일"}},
		// relative dates found by the lexicon take their tails too
		{"지난해 말 <서울:LOC>에서", []string{"DATE:지난해 말", "PLACE:서울"}},
	} {
		s, _ := parseInline(c.text)
		got := ConvertKMOU(s)
		if g := spanText(got.Text, got.Spans); !reflect.DeepEqual(g, c.want) {
			t.Errorf("%q: %v, want %v", c.text, g, c.want)
		}
	}
}
