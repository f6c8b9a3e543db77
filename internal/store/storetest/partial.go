package storetest

import (
	"context"
	"slices"
	"testing"

	"github.com/sosik-news/sosik/internal/extract"
	"github.com/sosik-news/sosik/internal/store"
)

// nearMissCorpus holds articles that share a query word's bigrams without
// holding the word: scattered over two words (코로 in 코로미나스, 로나 in
// 아로나; 반도 in 한반도, 도체 in 초전도체) or in another order (로나코로),
// beside one article with the word itself and one with it inside a
// compound (반도체업계). Invented sentences.
func nearMissCorpus() []*extract.Document {
	return []*extract.Document{
		Doc("코로미나스 광산 지분 인수", "국내 기업이 칠레 코로미나스 광산 지분을 인수했다. 회사는 아로나 항구로 구리를 들여올 계획이다.", "2025-01-15", "가상일보", nil),
		Doc("로나코로 축제 개막", "남부 해안 마을에서 로나코로 축제가 사흘 동안 열렸다.", "2025-02-10", "가상일보", nil),
		Doc("한반도 연구진, 초전도체 실험", "한반도 남쪽의 연구진이 초전도체 실험 결과를 공개했다.", "2025-02-20", "가상일보", nil),
		Doc("코로나 재확산 우려", "겨울을 앞두고 코로나 환자가 다시 늘고 있다. 보건당국은 예방접종을 권고했다.", "2025-03-05", "가상일보", nil),
		Doc("업계, 하반기 설비 투자 늘려", "국내 반도체업계가 하반기 설비 투자를 늘린다.", "2025-03-20", "가상일보", nil),
	}
}

// testSearchNoScatteredGrams checks that a word matches as a morpheme or
// as a substring of a word, never through bigrams it shares scattered or
// out of order: such an article is neither a hit, nor counted in the
// total, nor in the trends; every hit highlights the word.
func testSearchNoScatteredGrams(t *testing.T, open Opener) {
	ctx := context.Background()
	st, _ := open(t)
	MustPut(t, st, nearMissCorpus()...)
	tests := []struct {
		q    string
		want []string
	}{
		{"코로나", []string{"코로나 재확산 우려"}},
		{"반도체", []string{"업계, 하반기 설비 투자 늘려"}},
		{"코로미나스", []string{"코로미나스 광산 지분 인수"}},
		{"로나코로", []string{"로나코로 축제 개막"}},
		{"나코", []string{"로나코로 축제 개막"}},
		{"코로 OR 반도", []string{"코로미나스 광산 지분 인수", "로나코로 축제 개막", "한반도 연구진, 초전도체 실험", "코로나 재확산 우려", "업계, 하반기 설비 투자 늘려"}},
		{"코로나 -반도체", []string{"코로나 재확산 우려"}},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			r, err := st.Search(ctx, store.SearchQuery{Text: tt.q, Limit: 20})
			if err != nil {
				t.Fatal(err)
			}
			got := headlines(r)
			slices.Sort(got)
			want := slices.Sorted(slices.Values(tt.want))
			if !slices.Equal(got, want) || r.Total != len(want) {
				t.Errorf("got %d %q, want %q", r.Total, got, want)
			}
			for _, h := range r.Hits {
				if len(h.Highlights) == 0 {
					t.Errorf("hit %q highlights nothing of %q in %q", h.Headline, tt.q, h.Snippet)
				}
			}
		})
	}
	tr, err := st.Trends(ctx, store.TrendsQuery{Terms: []string{"코로나", "반도체"}, By: store.ByMonth})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(tr.Buckets, []string{"2025-03"}) || tr.Series[0].Total != 1 || tr.Series[1].Total != 1 {
		t.Errorf("trends %+v, want one article each in 2025-03", tr)
	}
}
