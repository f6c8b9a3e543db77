package watch

import (
	"context"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/sosik-news/sosik/internal/article"
	"github.com/sosik-news/sosik/internal/clock"
	"github.com/sosik-news/sosik/internal/extract"
	"github.com/sosik-news/sosik/internal/store"
	"github.com/sosik-news/sosik/internal/testutil/testextract"
)

// corpus is twelve short articles written for this test (no real article
// is copied), each with the watches a reader would say it must fire.
var corpus = []struct {
	key, text string
	want      []string // watch names
}{
	{"a1", "이재용 회장, 젠슨 황 CEO와 회동\n\n[서울=테스트뉴스] 김하늘 기자 = 이재용 삼성전자 회장이 3일 서울 한남동에서 젠슨 황 엔비디아 최고경영자(CEO)를 만났다. 두 사람은 인공지능 반도체 협력 방안을 논의했다.", []string{"이재용 회동", "인공지능"}},
	{"a2", "이재용 회장, 다음 주 도요타 회장 만날 듯\n\n[서울=테스트뉴스] 박서준 기자 = 이재용 삼성전자 회장이 다음 주 일본 도쿄에서 도요다 아키오 도요타 회장을 만날 것으로 보인다. 재계는 전장 사업 협력이 논의될 것으로 전망했다.", []string{"이재용 회동"}},
	{"a3", "삼성전자 \"이재용·정의선 회동 사실 아니다\"\n\n[서울=테스트뉴스] 최민지 기자 = 삼성전자는 4일 이재용 회장이 정의선 현대차그룹 회장을 만났다는 일부 보도를 부인했다. 삼성전자 관계자는 \"두 회장은 만나지 않았다\"고 말했다.", []string{"삼성전자 부인"}},
	{"a4", "반도체 수출 석 달째 증가\n\n[세종=테스트뉴스] 이도윤 기자 = 반도체 수출이 석 달째 늘었다. 산업통상자원부는 지난달 반도체 수출액이 작년 같은 달보다 20% 늘어난 120억 달러라고 5일 밝혔다.", []string{"반도체 수출"}},
	{"a5", "SK하이닉스, 청주에 새 공장\n\n[청주=테스트뉴스] 정우진 기자 = SK하이닉스가 충북 청주에 새 메모리 공장을 짓는다. 회사는 고대역폭메모리 수요가 늘어 반도체 생산 능력을 키우기로 했다고 6일 밝혔다.", []string{"SK하이닉스"}},
	{"a6", "현대자동차, 미국 조지아 공장에 10조원 투자\n\n[서울=테스트뉴스] 한지민 기자 = 현대자동차가 미국 조지아주 전기차 공장에 10조원을 투자한다고 7일 밝혔다. 새 공장은 내년부터 연간 30만 대를 생산한다.", []string{"현대차 투자"}},
	{"a7", "현대자동차 \"인도네시아 추가 투자 계획 없어\"\n\n[서울=테스트뉴스] 오세훈 기자 = 현대자동차는 인도네시아에 2조원을 추가로 투자한다는 보도에 대해 \"사실이 아니다\"라며 투자하지 않겠다고 8일 밝혔다.", []string{"현대차 투자"}},
	{"a8", "정부, 인공지능 기본법 시행령 발표\n\n[세종=테스트뉴스] 서지우 기자 = 과학기술정보통신부가 9일 인공지능 기본법 시행령을 발표했다. 고위험 인공지능을 쓰는 기업은 위험 관리 계획을 세워야 한다.", []string{"인공지능"}},
	{"a9", "인공지능 로봇 박람회 개막\n\n[부산=테스트뉴스] 윤서연 기자 = 인공지능 로봇 박람회가 10일 부산 벡스코에서 막을 올렸다. 국내외 200여 개 기업이 서비스 로봇과 산업용 로봇을 선보인다.", nil},
	{"a10", "삼성전자, 평택 반도체 라인 증설\n\n[평택=테스트뉴스] 강민호 기자 = 삼성전자가 평택 캠퍼스에 반도체 생산 라인을 늘린다. 회사는 수출 물량이 늘어 증설을 앞당겼다고 11일 밝혔다.", []string{"반도체 수출"}},
	{"a11", "SK하이닉스 실적 호조…반도체 수출 견인\n\n[서울=테스트뉴스] 임나연 기자 = SK하이닉스의 2분기 영업이익이 사상 최대를 기록했다. 업계는 SK하이닉스가 반도체 수출 증가를 이끌었다고 분석했다.", []string{"반도체 수출", "SK하이닉스"}},
	{"a12", "프로야구 LG, 정규리그 우승\n\n[서울=테스트뉴스] 조현우 기자 = 프로야구 LG 트윈스가 12일 잠실에서 열린 경기에서 승리해 정규리그 우승을 확정했다. 팬들은 경기장 밖에서 환호했다.", nil},
}

// corpusWatches are the six watches of the measure.
var corpusWatches = []struct {
	name string
	spec Spec
}{
	{"이재용 회동", Spec{Event: &EventCond{Type: "MEET", With: "이재용", Certainty: []string{"speculated+"}}}},
	{"삼성전자 부인", Spec{Entity: "삼성전자", Event: &EventCond{Certainty: []string{"denied"}}}},
	{"반도체 수출", Spec{Query: "반도체 수출"}},
	{"SK하이닉스", Spec{Entity: "SK하이닉스"}},
	{"현대차 투자", Spec{Event: &EventCond{Type: "INVEST", With: "현대자동차"}}},
	{"인공지능", Spec{Query: "인공지능 -로봇"}},
}

// TestWatchPrecisionRecall extracts the corpus for real, stores it with
// the watches attached and scores the hits against what a reader expects.
func TestWatchPrecisionRecall(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the extractor")
	}
	ctx := context.Background()
	x := testextract.Extractor(t)
	st := openStore(t, filepath.Join(t.TempDir(), "pr.db"))
	ws, _ := store.AsWatchState(st)
	names := map[int64]string{}
	for _, w := range corpusWatches {
		got, err := ws.AddWatch(ctx, store.Watch{Name: w.name, Spec: w.spec.JSON()})
		if err != nil {
			t.Fatal(err)
		}
		names[got.ID] = w.name
	}
	if _, err := Attach(st, clock.NewFake(time.Date(2025, 4, 3, 0, 0, 0, 0, time.UTC)), nil); err != nil {
		t.Fatal(err)
	}
	keyOf := map[string]string{}
	for _, a := range corpus {
		art, err := article.Parse(a.key, []byte(a.text))
		if err != nil {
			t.Fatal(err)
		}
		art.Published = "2025-04-03"
		doc := x.Extract(art)
		keyOf[doc.ID] = a.key
		if _, err := st.Put(ctx, []*extract.Document{doc}); err != nil {
			t.Fatal(err)
		}
	}
	hits, err := ws.WatchHits(ctx, 0, 1000)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, h := range hits {
		got[keyOf[h.ArticleID]+" "+names[h.WatchID]] = true
	}
	var tp, fp, fn int
	var misses, wrong []string
	for _, a := range corpus {
		for _, w := range corpusWatches {
			pair := a.key + " " + w.name
			want := slices.Contains(a.want, w.name)
			switch {
			case want && got[pair]:
				tp++
			case want:
				fn++
				misses = append(misses, pair)
			case got[pair]:
				fp++
				wrong = append(wrong, pair)
			}
		}
	}
	p, r := float64(tp)/float64(max(1, tp+fp)), float64(tp)/float64(max(1, tp+fn))
	t.Logf("watch precision %.3f, recall %.3f (%d right, %d wrong %v, %d missed %v)", p, r, tp, fp, wrong, fn, misses)
	if tp+fn != 12 {
		t.Fatalf("the gold has %d pairs, want 12", tp+fn)
	}
	if p < 0.9 || r < 0.8 {
		t.Errorf("precision %.3f, recall %.3f: want at least 0.9 and 0.8", p, r)
	}
}
