package htmlpage

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// deepParas is our own article text for the nesting tests.
var deepParas = []string{
	"강원 평창군이 올겨울 폭설에 대비해 제설 장비 40대를 새로 들였다고 26일 밝혔다.",
	"군은 지난해 대설 때 일부 마을 진입로가 사흘 동안 막혔던 일을 계기로 장비를 늘렸다고 설명했다.",
	"새 장비는 읍면 사무소 여덟 곳에 나눠 배치되며 다음 달부터 시범 운행에 들어간다.",
}

// nestedPage wraps an article in depth layout <div>s.
func nestedPage(depth int) string {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html><head><title>평창군, 제설 장비 40대 새로 들여</title></head><body>`)
	b.WriteString(strings.Repeat(`<div class="wrap">`, depth))
	b.WriteString(`<article><h1>평창군, 제설 장비 40대 새로 들여</h1>`)
	for _, p := range deepParas {
		fmt.Fprintf(&b, "<p>%s</p>", p)
	}
	b.WriteString(`</article>`)
	b.WriteString(strings.Repeat(`</div>`, depth))
	b.WriteString(`<footer>ⓒ 가상일보 무단전재 금지</footer></body></html>`)
	return b.String()
}

func TestParseDeeplyNested(t *testing.T) {
	for _, depth := range []int{10, 600, 2000} {
		t.Run(fmt.Sprint(depth), func(t *testing.T) {
			page, err := Parse([]byte(nestedPage(depth)))
			if err != nil {
				t.Fatal(err)
			}
			lines := strings.Split(page.Body, "\n")
			for _, p := range deepParas {
				found := false
				for _, l := range lines {
					found = found || strings.TrimSpace(l) == p
				}
				if !found {
					t.Errorf("paragraph %q not a line of the body:\n%s", p, page.Body)
				}
			}
		})
	}
}

// maxDepth is the deepest element nesting of a parsed tree.
func maxDepth(n *html.Node) int {
	d := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		d = max(d, maxDepth(c))
	}
	if n.Type == html.ElementNode {
		d++
	}
	return d
}

func TestFlatten(t *testing.T) {
	tests := []struct {
		name     string
		src      string
		maxDepth int
		same     bool
	}{
		{"shallow page unchanged", nestedPage(5), 0, true},
		{"wrappers beyond the bound dropped", nestedPage(3000), flattenBounds[0]/2 + 4, false},
		{"deep structural tags stop at the hard bound", strings.Repeat("<blockquote>", 1000) + "글", flattenBounds[0] + 3, false},
		{"unclosed paragraphs do not stack", "<body>" + strings.Repeat("<p>문단", 1000), 0, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out := string(flatten([]byte(tc.src), flattenBounds[0]))
			if tc.same {
				if out != tc.src {
					t.Fatalf("flatten changed a page within bounds")
				}
				return
			}
			doc, err := html.Parse(strings.NewReader(out))
			if err != nil {
				t.Fatal(err)
			}
			if d := maxDepth(doc); d > tc.maxDepth {
				t.Errorf("depth %d > %d", d, tc.maxDepth)
			}
			if !strings.Contains(out, "글") && !strings.Contains(out, deepParas[2]) {
				t.Errorf("text lost")
			}
		})
	}
}

// FuzzFlatten checks that no page is refused for its nesting: parseDoc
// flattens it within the parser's limit.
func FuzzFlatten(f *testing.F) {
	f.Add(nestedPage(3))
	f.Add(strings.Repeat("<div><span>", 400) + "본문")
	f.Add("<table>" + strings.Repeat("<tr><td><table>", 300))
	f.Fuzz(func(t *testing.T, src string) {
		if _, err := parseDoc([]byte(src), ""); tooDeep(err) {
			t.Fatalf("still too deep after flatten: %v", err)
		}
	})
}
