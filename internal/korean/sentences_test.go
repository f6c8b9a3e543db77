package korean

import (
	"reflect"
	"testing"
)

func TestSentences(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"회의가 열렸다. 결과는 내일 나온다.", []string{"회의가 열렸다.", "결과는 내일 나온다."}},
		{"정말 그럴까? 아니다! 그렇지 않아요.", []string{"정말 그럴까?", "아니다!", "그렇지 않아요."}},
		{"그는 \"내일 간다. 모레 온다\"고 말했다. 다음 문장.", []string{"그는 \"내일 간다. 모레 온다\"고 말했다.", "다음 문장."}},
		{"그는 “잘 될 것이다. 믿는다”며 웃었다. 끝.", []string{"그는 “잘 될 것이다. 믿는다”며 웃었다.", "끝."}},
		{"그는 '좋다. 가자'라고 했다. 끝.", []string{"그는 '좋다. 가자'라고 했다.", "끝."}},
		{"물가는 3.5% 올랐다. 끝.", []string{"물가는 3.5% 올랐다.", "끝."}},
		{"촬영 2025.04.01. 뉴스 제공", []string{"촬영 2025.04.01. 뉴스 제공"}},
		{"문의는 kim.lee@example.co.kr 또는 https://example.com/a.b 로. 끝.", []string{"문의는 kim.lee@example.co.kr 또는 https://example.com/a.b 로.", "끝."}},
		{"Dr. Kim met Mr. Park at U.S. Steel Inc. today. Next.", []string{"Dr. Kim met Mr. Park at U.S. Steel Inc. today.", "Next."}},
		{"그런데… 그는 말을 멈췄다. 끝.", []string{"그런데… 그는 말을 멈췄다.", "끝."}},
		{"기다렸다...\n다음 줄", []string{"기다렸다...", "다음 줄"}},
		{"제목 줄\n\n  본문이다.  ", []string{"제목 줄", "본문이다."}},
		{"그는 \"좋다.\" 이어 웃었다.", []string{"그는 \"좋다.\"", "이어 웃었다."}},
		{"(사진=독자 제공. 무단 전재 금지) 본문이다.", []string{"(사진=독자 제공. 무단 전재 금지) 본문이다."}},
		{"1. 첫째 항목", []string{"1. 첫째 항목"}},
		{"시행일은 2025. 7. 1. 부터다. 끝.", []string{"시행일은 2025. 7. 1. 부터다.", "끝."}},
		{"don't stop. ok.", []string{"don't stop.", "ok."}},
		{"그는 이렇게 밝혔다.경찰에 따르면 불은 꺼졌다.", []string{"그는 이렇게 밝혔다.", "경찰에 따르면 불은 꺼졌다."}},
		{"비가 옵니다.10일에도 옵니다.", []string{"비가 옵니다.", "10일에도 옵니다."}},
		{"그럴까요.아닐까요.", []string{"그럴까요.", "아닐까요."}},
		{"사이트 yna.co.kr와 3.5배.김씨.", []string{"사이트 yna.co.kr와 3.5배.김씨."}},
		{"다.", []string{"다."}},
		{"", nil},
		{"   \n ", nil},
	}
	for _, tc := range tests {
		var got []string
		for _, sp := range Sentences(tc.in) {
			got = append(got, tc.in[sp.Start:sp.End])
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("Sentences(%q)\n got %q\nwant %q", tc.in, got, tc.want)
		}
	}
}

func TestHanja(t *testing.T) {
	tests := []struct {
		in   string
		want []HanjaAbbrev
	}{
		{"日 출장 나선 회장", []HanjaAbbrev{{"日", "일본", 0, 3}}},
		{"美, 관세 유예", []HanjaAbbrev{{"美", "미국", 0, 3}}},
		{"韓美 정상 통화", []HanjaAbbrev{{"韓", "한국", 0, 3}, {"美", "미국", 3, 6}}},
		{"與野 합의", []HanjaAbbrev{{"與", "여당", 0, 3}, {"野", "야당", 3, 6}}},
		{"故 김 회장 추모", []HanjaAbbrev{{"故", "고", 0, 3}}},
		{"'北 도발'에 靑 긴급회의", []HanjaAbbrev{{"北", "북한", 1, 4}, {"靑", "청와대", 16, 19}}},
		{"檢, 軍 수사", []HanjaAbbrev{{"檢", "검찰", 0, 3}, {"軍", "군", 5, 8}}},
		{"中國과 日本은 아니다", nil},
		{"北韓 표기", nil},
		{"南美 순방", nil},
		{"漢字 없음", nil},
		{"매출 전년比 3% 증가, 회의中 발언", nil},
		{"比 대통령 방한", []HanjaAbbrev{{"比", "필리핀", 0, 3}}},
		{"방美 일정", []HanjaAbbrev{{"美", "미국", 3, 6}}},
		{"한글만 있다", nil},
	}
	for _, tc := range tests {
		got := Hanja(tc.in)
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("Hanja(%q) = %+v; want %+v", tc.in, got, tc.want)
		}
	}
}

// TestScannersIllFormedHangul feeds lead bytes of Hangul syllables without
// their continuation bytes: the scanners' fast path over whole syllables
// must not step over the newline, quote or digit that follows.
func TestScannersIllFormedHangul(t *testing.T) {
	tests := []struct {
		in    string
		sents []Span
		quote []Span
		dates []string
	}{
		{"가나\xeb\n다라. 3일 밝혔다.", []Span{{0, 7}, {8, 15}, {16, 31}}, nil, []string{"3일"}},
		{"\xec\"인용.\" 끝\xeb\x80", []Span{{0, 10}, {11, 16}}, []Span{{1, 10}}, nil},
		{"회의\xec3일 열렸다", []Span{{0, 21}}, nil, []string{"3일"}},
	}
	ref := ymd(2025, 4, 10)
	for _, tt := range tests {
		if got := Sentences(tt.in); !reflect.DeepEqual(got, tt.sents) {
			t.Errorf("Sentences(%q) = %v, want %v", tt.in, got, tt.sents)
		}
		if got := quoteSpans(tt.in); !reflect.DeepEqual(got, tt.quote) {
			t.Errorf("quoteSpans(%q) = %v, want %v", tt.in, got, tt.quote)
		}
		var got []string
		for _, d := range Dates(tt.in, ref) {
			got = append(got, d.Text)
		}
		if !reflect.DeepEqual(got, tt.dates) {
			t.Errorf("Dates(%q) = %q, want %q", tt.in, got, tt.dates)
		}
	}
}
