package storetest

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"time"

	"github.com/sosik-news/sosik/internal/article"
	"github.com/sosik-news/sosik/internal/extract"
)

var (
	benchPeople = []string{"김민수", "이서연", "박지훈", "최유진", "정하늘", "강도윤", "윤서준", "장미경", "임태호", "한지민", "오세훈", "서지원"}
	benchOrgs   = []string{"한빛전자", "누리통신", "가람건설", "바다은행", "솔빛제약", "마루자동차", "국토교통부", "산업통상자원부", "서울시", "국회"}
	benchPlaces = []string{"서울", "부산", "대전", "광주", "인천", "세종", "도쿄", "워싱턴", "베이징", "파리"}
	benchTitles = []string{"회장", "사장", "대표", "장관", "의원", "부회장", "전무", "본부장"}
	benchAgency = []string{"뉴시스", "연합뉴스", "뉴스1", "한국경제", "매일경제"}
	benchSents  = []string{
		"%s %s %s는 %d일 %s에서 열린 간담회에 참석해 신규 투자 계획을 설명했다.",
		"%s은 올해 반도체와 배터리 분야에 모두 %d조 원을 투자하겠다고 밝혔다.",
		"업계에서는 %s의 이번 결정이 %s 지역 경제에 적지 않은 영향을 줄 것으로 보고 있다.",
		"%s 관계자는 \"시장 상황을 지켜보며 단계적으로 추진하겠다\"고 말했다.",
		"정부는 %s와 협력해 인공지능 인재 %d만 명을 길러내는 방안을 검토하고 있다.",
		"이날 회의에는 %s 등 주요 기업 대표들이 함께해 규제 완화를 요청했다.",
		"%s %s는 기자들과 만나 \"수출 회복세가 이어질 것\"이라고 내다봤다.",
		"한편 %s는 %d일 %s을 방문해 현지 공장 증설 문제를 논의할 예정이다.",
		"전문가들은 금리 인하 기대가 시장에 반영되면서 투자 심리가 살아나고 있다고 분석했다.",
		"야당은 %s의 예산안이 지나치게 낙관적인 전망에 기대고 있다며 재검토를 요구했다.",
		"%s는 지난달 %s에서 열린 국제 박람회에서 새 전기차 모델을 처음 공개했다.",
		"소비자 단체는 가격 인상이 서민 부담으로 이어질 수 있다며 우려를 나타냈다.",
	}
)

// SyntheticDoc makes synthetic article number i, deterministic in i:
// about 4.5 KB recombined from the sentences above, with people,
// organisations, places and events drawn from small pools so that entities
// recur across articles the way they do in news.
func SyntheticDoc(i int) *extract.Document {
	r := rand.New(rand.NewPCG(uint64(i), 7))
	pick := func(s []string) string { return s[r.IntN(len(s))] }
	person, org, place := pick(benchPeople), pick(benchOrgs), pick(benchPlaces)
	title := pick(benchTitles)
	day := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, r.IntN(6*365))
	headline := fmt.Sprintf("%s %s, %s에서 %s 투자 논의", org, person, place, pick([]string{"반도체", "배터리", "인공지능", "바이오", "조선"}))
	var body []string
	var para strings.Builder
	for total := 0; total < 4300; {
		s := benchSents[r.IntN(len(benchSents))]
		// Fill %s slots in turn with the person, the organisation and the
		// place, %d slots with a day of the month.
		var args []any
		str := 0
		for k := 0; k+1 < len(s); k++ {
			if s[k] != '%' {
				continue
			}
			if s[k+1] == 'd' {
				args = append(args, r.IntN(28)+1)
				continue
			}
			args = append(args, []string{person, org, place}[str%3])
			str++
		}
		sent := fmt.Sprintf(s, args...)
		para.WriteString(sent)
		para.WriteByte(' ')
		total += len(sent) + 1
		if para.Len() > 700 {
			body = append(body, strings.TrimSpace(para.String()))
			para.Reset()
		}
	}
	body = append(body, strings.TrimSpace(para.String()))
	text := headline + "\n" + strings.Join(body, "\n")
	d := &extract.Document{Article: article.Article{
		ID: "bench-" + strconv.Itoa(i), Source: "bench", Headline: headline, Agency: pick(benchAgency),
		Published: day.Format(time.DateOnly), Language: "ko", Body: body, Text: text,
	}}
	ents := []struct{ typ, name, title, aff string }{
		{extract.Person, person, title, org}, {extract.Org, org, "", ""}, {extract.Place, place, "", ""},
		{extract.Person, pick(benchPeople), pick(benchTitles), pick(benchOrgs)},
	}
	for k, e := range ents {
		x := extract.Entity{ID: "e" + strconv.Itoa(k+1), Type: e.typ, Name: e.name, Title: e.title, Affiliation: e.aff}
		for off := 0; len(x.Mentions) < 20; {
			j := strings.Index(text[off:], e.name)
			if j < 0 {
				break
			}
			x.Mentions = append(x.Mentions, extract.Mention{Start: off + j, End: off + j + len(e.name), Text: e.name})
			off += j + len(e.name)
		}
		d.Entities = append(d.Entities, x)
	}
	d.Events = []extract.Event{{Type: "MEET", Actors: []string{person, ents[3].name}, Place: place, Certainty: extract.Asserted, Evidence: "만나"}}
	d.Topics = []string{"투자", org}
	return d
}

// graphBenchSyllables make GraphBenchName's invented names.
var graphBenchSyllables = []rune("가나다라마바사아자차카타파하고노도로모보소오조초코토포호구누두루무부수우주추")

// GraphBenchName is the invented name of rank k in the graph benchmark's
// corpus (rank 0 is the most mentioned).
func GraphBenchName(k int) string {
	n := len(graphBenchSyllables)
	return string([]rune{graphBenchSyllables[k%n], graphBenchSyllables[(k/n)%n], graphBenchSyllables[(k/n/n)%n]}) + strconv.Itoa(k/(n*n*n))
}

// GraphBenchDoc is article i of the graph benchmark's corpus: 12–20
// entities drawn Zipf-like from 30,000 names, each mentioned in the text,
// and two meetings among the first four with varying certainty.
func GraphBenchDoc(i int) *extract.Document {
	r := rand.New(rand.NewPCG(uint64(i), 11))
	zipf := rand.NewZipf(r, 1.1, 4, 29999)
	day := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, r.IntN(6*365))
	seen := map[uint64]bool{}
	var names []string
	for len(names) < 12+r.IntN(9) {
		k := zipf.Uint64()
		if !seen[k] {
			seen[k] = true
			names = append(names, GraphBenchName(int(k)))
		}
	}
	text := names[0] + " 관련 소식\n" + strings.Join(names, " 및 ") + " 등이 회의에 참석했다."
	d := &extract.Document{Article: article.Article{
		ID: "graph-bench-" + strconv.Itoa(i), Source: "bench", Headline: names[0] + " 관련 소식", Agency: "벤치일보",
		Published: day.Format(time.DateOnly), Language: "ko", Body: strings.Split(text, "\n")[1:], Text: text,
	}}
	types := []string{extract.Person, extract.Org, extract.Place}
	for k, name := range names {
		d.Entities = append(d.Entities, extract.Entity{ID: "e" + strconv.Itoa(k+1), Type: types[len(name)%3], Name: name,
			Mentions: extract.FindMentions(text, name)})
	}
	levels := []extract.Certainty{extract.Asserted, extract.Reported, extract.Speculated, extract.Denied}
	d.Events = []extract.Event{
		{Type: "MEET", Actors: []string{names[0], names[1]}, Certainty: levels[r.IntN(len(levels))], Evidence: "참석했다"},
		{Type: "MEET", Actors: []string{names[2], names[3]}, Certainty: levels[r.IntN(len(levels))], Evidence: "참석했다"},
	}
	return d
}
