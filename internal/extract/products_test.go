package extract

import (
	"slices"
	"testing"
)

// TestProducts: a name in single quotes that the sentence launches is a
// product, without the word that says it is new (kept as an alias), and
// its later mentions are its own; a quoted company, a quoted clause or a
// quoted name nothing launches is none.
func TestProducts(t *testing.T) {
	cases := []struct {
		text    string
		name    string // "" when no product
		aliases []string
		minMent int
	}{
		{"한빛자동차의 ‘신형 누리’가 26일 출시됐다. 신형 누리는 후륜구동 세단이다.", "누리", []string{"신형 누리"}, 2},
		{"새봄식품은 매운맛 라면 ‘불꽃면’을 선보였다.", "불꽃면", nil, 1},
		{"가온은행은 청년 전용 적금 ‘가온드림’ 출시 행사를 열었다.", "가온드림", nil, 1},
		{"‘더 뉴 한빛 X5’가 다음 달 국내에 출시된다.", "한빛 X5", []string{"더 뉴 한빛 X5"}, 1},
		{"‘삼성전자’가 새 제품을 출시했다.", "", nil, 0},
		{"그는 ‘끝까지 간다’를 외치며 출시 행사에 나섰다.", "", nil, 0},
		{"‘누리’ 프로젝트는 내년에 끝난다. 회사는 이달 새 차를 출시한다.", "", nil, 0},
	}
	x := extractor(t)
	for _, c := range cases {
		doc := x.Extract(articleOf("제목\n\n"+c.text, "2025-06-11"))
		var got *Entity
		for i := range doc.Entities {
			if doc.Entities[i].Type == Product {
				got = &doc.Entities[i]
			}
		}
		if c.name == "" {
			if got != nil {
				t.Errorf("%q: want no product, got %+v", c.text, *got)
			}
			continue
		}
		if got == nil || got.Name != c.name || len(got.Mentions) < c.minMent {
			t.Errorf("%q: want product %s (%d mentions), got %+v", c.text, c.name, c.minMent, got)
			continue
		}
		for _, a := range c.aliases {
			if !slices.Contains(got.Aliases, a) {
				t.Errorf("%q: want alias %q, got %v", c.text, a, got.Aliases)
			}
		}
		if !slices.Contains(doc.Topics, c.name) {
			t.Errorf("%q: topics %v lack the product", c.text, doc.Topics)
		}
	}
}
