package fold

import (
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

func TestKey(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"삼성전자", "삼성전자"},
		{"SK 하이닉스", "sk하이닉스"},
		{"Jensen\tHuang\n", "jensenhuang"},
		{"ＳＫ", "ｓｋ"}, // full width: Key lower-cases but does not normalise
		{"ÉLYSÉE", "élysée"},
		{"", ""},
		{"a\xffb", "a\uFFFDb"},
	} {
		if got := Key(c.in); got != c.want {
			t.Errorf("Key(%q) = %q, want %q", c.in, got, c.want)
		}
		if got := string(AppendKey([]byte("x"), c.in)); got != "x"+c.want {
			t.Errorf("AppendKey(%q) = %q, want %q", c.in, got, "x"+c.want)
		}
	}
}

func TestName(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"ＳＫ하이닉스", "sk하이닉스"},
		{"sk 하이닉스", "sk하이닉스"},
		{"㈜한빛", "(주)한빛"},
		{"Ⅱ", "ii"},
	} {
		if got := Name(c.in); got != c.want {
			t.Errorf("Name(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// oldNorm is textsearch.Norm as it was before this package: stored keys
// must stay byte-identical.
func oldNorm(s string) string {
	s = norm.NFKC.String(s)
	var b strings.Builder
	for _, r := range s {
		if unicode.IsSpace(r) {
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

func FuzzNameIsKeyOfNFKC(f *testing.F) {
	for _, s := range []string{"ＳＫ하이닉스", "Jensen Huang", "㈜한빛 전자", "a\xffb", "\uFFFD", "İstanbul", "ǅ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		name := Name(s)
		if want := Key(norm.NFKC.String(s)); name != want {
			t.Fatalf("Name(%q) = %q, Key(NFKC) = %q", s, name, want)
		}
		if old := oldNorm(s); name != old {
			t.Fatalf("Name(%q) = %q, the store's old key was %q", s, name, old)
		}
		if got := string(AppendKey(nil, s)); got != Key(s) {
			t.Fatalf("AppendKey(%q) = %q, Key = %q", s, got, Key(s))
		}
	})
}
