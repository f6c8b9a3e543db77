package article

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/korean"
)

// crawlerMojibake does to Korean text what a crawler that assumes UTF-8
// does to an EUC-KR page: it encodes the text in EUC-KR, then keeps every
// byte sequence that is valid UTF-8 and turns each other byte into the
// Latin-1 character of the same value. Parts in keep are written as they
// are (a page that mixes a few UTF-8 characters into EUC-KR).
func crawlerMojibake(t *testing.T, parts ...string) string {
	t.Helper()
	var out strings.Builder
	for i, p := range parts {
		if i%2 == 1 { // odd parts are kept literally
			out.WriteString(p)
			continue
		}
		raw, err := korean.EUCKR.NewEncoder().Bytes([]byte(p))
		if err != nil {
			t.Fatal(err)
		}
		for len(raw) > 0 {
			r, n := utf8.DecodeRune(raw)
			if r == utf8.RuneError && n <= 1 {
				out.WriteRune(rune(raw[0]))
				raw = raw[1:]
				continue
			}
			out.WriteRune(r)
			raw = raw[n:]
		}
	}
	return out.String()
}

func TestRepairMojibake(t *testing.T) {
	lead := "한빛시 시장은 오는 9일 전통시장을 찾아 상인들의 애로사항을 듣는다고 밝혔다."
	tests := []struct {
		name  string
		parts []string // even: EUC-KR damaged, odd: kept as written
		want  string
		fixed bool
	}{
		{"wire lead with byline", []string{"[한빛일보 = 김하늘 기자] " + lead + "\n김하늘 기자 sky@hanbit.example"},
			"[한빛일보 = 김하늘 기자] " + lead + "\n김하늘 기자 sky@hanbit.example", true},
		// 찾 is C3 A3 in EUC-KR, which the crawler read as UTF-8 "ã".
		{"syllable that formed UTF-8 by chance", []string{"시민들이 찾아와 참여를 청했다. 시민들이 찾아와 청했다."},
			"시민들이 찾아와 참여를 청했다. 시민들이 찾아와 청했다.", true},
		{"a sign kept from a mixed page", []string{lead + "\n<저작권자 ", "©", " 한빛데일리, 무단 전재 및 재배포 금지>"},
			lead + "\n<저작권자 © 한빛데일리, 무단 전재 및 재배포 금지>", true},
		// over mojibakeStretch: read in stretches cut after spaces, and in
		// one stretch of mojibakeMaxStretch with no space
		{"a long text read in stretches", []string{strings.Repeat(lead+"\n", 40)}, strings.Repeat(lead+"\n", 40), true},
		{"a long text without spaces", []string{strings.Repeat("한빛시전통시장", 4000)}, strings.Repeat("한빛시전통시장", 4000), true},
		{"curly quotes kept from a mixed page", []string{"김 시장은 ", "“", "전통시장을 이용해 달라", "”", "고 호소하며 최선을 다하겠다고 말했다."},
			"김 시장은 “전통시장을 이용해 달라”고 호소하며 최선을 다하겠다고 말했다.", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			damaged := crawlerMojibake(t, tc.parts...)
			if damaged == tc.want {
				t.Fatal("the simulated crawler did not damage the text")
			}
			got, ok := repairMojibake(damaged)
			if ok != tc.fixed || got != tc.want {
				t.Errorf("repairMojibake = %q, %v; want %q, %v", got, ok, tc.want, tc.fixed)
			}
		})
	}
	// Text that is not mojibake is left alone.
	for _, s := range []string{
		lead,
		"Café Müller à Zürich: crème brûlée, façade, naïve, señor, Ångström, déjà vu, über.",
		"한빛시 초청 공연에 Zoë Brontë, José Núñez, Renée Françoise가 출연한다. " + lead,
	} {
		if got, ok := repairMojibake(s); ok || got != s {
			t.Errorf("repairMojibake(%q) changed it to %q", s, got)
		}
	}
}

func TestParseMojibakePage(t *testing.T) {
	page := crawlerMojibake(t, "한빛시, 전통시장 살리기 나서\n입력: 2024-09-09 10:20\n김하늘 기자\n\n"+
		"한빛시는 9일 전통시장 네 곳을 찾아 상인들의 애로사항을 들었다고 밝혔다.\n\n"+
		"시는 명절을 앞두고 물가 안정 대책도 함께 점검했다.\n")
	a, err := Parse("mojibake.txt", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if a.Headline != "한빛시, 전통시장 살리기 나서" {
		t.Errorf("headline = %q", a.Headline)
	}
	if a.Published != "2024-09-09" {
		t.Errorf("published = %q", a.Published)
	}
	if len(a.Body) != 2 || !strings.HasPrefix(a.Body[0], "한빛시는 9일") {
		t.Errorf("body = %q", a.Body)
	}
}

// FuzzRepairMojibake: the repair never panics, gives valid UTF-8, leaves
// text it does not repair unchanged, and repairs Korean text the simulated
// crawler damaged.
func FuzzRepairMojibake(f *testing.F) {
	for _, s := range []string{"", "À±¼®¿\u00ad ´ëÅë·É", "한빛시 시장은 9일 밝혔다.", "Café Müller", "\xc3", "ÀÀÀÀÀÀÀÀÀÀÀÀÀÀÀÀÀÀÀÀ"} {
		f.Add(s, false)
	}
	f.Add("한빛시 시장은 오는 9일 전통시장을 찾는다고 밝혔다.", true)
	f.Fuzz(func(t *testing.T, s string, damage bool) {
		if damage {
			if !utf8.ValidString(s) {
				return
			}
			want := strings.Map(func(r rune) rune {
				if isHangulSyllable(r) || r == ' ' || r == '.' || r == '\n' {
					return r
				}
				return -1
			}, s)
			if strings.Count(want, "") < 12 || strings.Trim(want, " .\n") == "" {
				return
			}
			want = strings.Repeat(want+" ", 8)
			s = crawlerMojibake(t, want)
			// A few syllables whose bytes form UTF-8 by chance may come
			// back wrong; the text as a whole must come back.
			got, ok := repairMojibake(s)
			if !ok || !utf8.ValidString(got) || 5*hangulCount(got) < 4*hangulCount(want) {
				t.Fatalf("repairMojibake(%q) = %q, %v; want about %q", s, got, ok, want)
			}
			return
		}
		got, ok := repairMojibake(s)
		if !ok && got != s {
			t.Fatalf("not repaired but changed: %q -> %q", s, got)
		}
		if ok && !utf8.ValidString(got) {
			t.Fatalf("repair gave invalid UTF-8: %q", got)
		}
	})
}

func hangulCount(s string) int {
	n := 0
	for _, r := range s {
		if isHangulSyllable(r) {
			n++
		}
	}
	return n
}
