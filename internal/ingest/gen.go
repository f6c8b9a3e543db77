package ingest

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// This file is a synthetic news generator for tests and benchmarks. It
// recombines example paragraphs written for sosik (not taken from any
// corpus) into realistic Korean business and policy articles: a wire
// dateline and byline, a headline from the lead event, and 4–8 paragraphs
// about one cast of people, companies, places, dates and amounts that vary
// per article. The same seed always gives the same articles, so tests can
// count what must end up in a store.

// Generator writes synthetic articles. The zero value writes distinct
// articles only; DuplicateRate and NearDuplicateRate mix in repeats.
type Generator struct {
	// Seed makes the output reproducible.
	Seed int64
	// DuplicateRate is the share of records that repeat an earlier record
	// exactly (same text, URL and metadata): an ingest must store them once.
	DuplicateRate float64
	// NearDuplicateRate is the share of records that republish an earlier
	// article under another outlet with one sentence edited: a wire copy
	// that the store should group into the original's story.
	NearDuplicateRate float64
	// From and Days bound the publication dates: From plus 0..Days-1 days.
	// Zero values mean 2020-01-01 and six years.
	From time.Time
	Days int
}

// GenArticle is one synthetic article.
type GenArticle struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Text      string `json:"text"`
	URL       string `json:"url"`
	Published string `json:"published"`
	Agency    string `json:"agency"`
	Author    string `json:"author"`
	// Kind is "original", "duplicate" or "near-duplicate"; Of names the
	// article a repeat copies.
	Kind string `json:"kind"`
	Of   string `json:"of,omitempty"`

	paras []string // the body paragraphs before dateline and byline
}

// GenStats says what a generator wrote.
type GenStats struct {
	Records        int // records written
	Distinct       int // distinct articles: Records minus exact duplicates
	Duplicates     int // exact repeats
	NearDuplicates int // edited republications (distinct articles themselves)
}

// Generate writes n distinct synthetic articles as JSON Lines, the format
// `sosik ingest` reads with its default field mapping
// (title, text, url, published, agency, author).
func Generate(n int, seed int64, w io.Writer) error {
	_, err := Generator{Seed: seed}.WriteJSONL(w, n)
	return err
}

// WriteJSONL writes n records as JSON Lines.
func (g Generator) WriteJSONL(w io.Writer, n int) (GenStats, error) {
	bw := bufio.NewWriterSize(w, 64<<10)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	stats, err := g.Each(n, func(a GenArticle) error { return enc.Encode(a) })
	if err != nil {
		return stats, fmt.Errorf("ingest: generating JSON Lines: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return stats, fmt.Errorf("ingest: generating JSON Lines: %w", err)
	}
	return stats, nil
}

// WriteDir writes n records as text files in dir (created if needed), one
// article per file in the plain layout article.Parse reads: headline, blank
// line, body paragraphs. Files are spread over subfolders of 500.
func (g Generator) WriteDir(dir string, n int) (GenStats, error) {
	i := 0
	return g.Each(n, func(a GenArticle) error {
		sub := filepath.Join(dir, fmt.Sprintf("%03d", i/500))
		if i%500 == 0 {
			if err := os.MkdirAll(sub, 0o755); err != nil {
				return fmt.Errorf("ingest: generating articles: %w", err)
			}
		}
		i++
		name := filepath.Join(sub, fmt.Sprintf("%06d.txt", i))
		if err := os.WriteFile(name, []byte(a.Title+"\n\n"+a.Text+"\n"), 0o644); err != nil {
			return fmt.Errorf("ingest: generating articles: %w", err)
		}
		return nil
	})
}

// Each generates n records and hands each to fn, stopping at fn's first
// error.
func (g Generator) Each(n int, fn func(GenArticle) error) (GenStats, error) {
	var stats GenStats
	rng := rand.New(rand.NewPCG(uint64(g.Seed), 0x50517))
	from := g.From
	if from.IsZero() {
		from = time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	days := g.Days
	if days <= 0 {
		days = 6 * 365
	}
	// Keep a bounded window of recent originals to copy from, so that
	// memory does not grow with n.
	const window = 512
	var recent []GenArticle
	originals := 0
	for i := range n {
		var a GenArticle
		roll := rng.Float64()
		switch {
		case len(recent) > 0 && roll < g.DuplicateRate:
			a = recent[rng.IntN(len(recent))]
			a.Kind, a.Of = "duplicate", a.ID
			stats.Duplicates++
		case len(recent) > 0 && roll < g.DuplicateRate+g.NearDuplicateRate:
			src := recent[rng.IntN(len(recent))]
			a = republish(rng, src, i)
			stats.NearDuplicates++
			stats.Distinct++
		default:
			originals++
			a = newArticle(rng, i, from.AddDate(0, 0, rng.IntN(days)))
			stats.Distinct++
			if len(recent) < window {
				recent = append(recent, a)
			} else {
				recent[rng.IntN(window)] = a
			}
		}
		stats.Records++
		if err := fn(a); err != nil {
			return stats, err
		}
	}
	return stats, nil
}

// The cast. Names are invented; outlets and places are real so that the
// datelines and bylines look like the wire copy sosik reads.
var (
	genSurnames = []string{"김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권", "황", "안", "송", "류", "홍", "전", "고", "문", "양", "손", "배", "백", "허", "남", "심"}
	genGiven    = []string{"민준", "서연", "도현", "지우", "하준", "수아", "예준", "지민", "현우", "서윤", "준호", "은지", "태호", "미경", "성훈", "영숙", "재원", "혜진", "동건", "유나", "상철", "보람", "기현", "나래", "정훈", "소영", "우진", "다은", "형석", "가영", "진우", "세라", "승민", "하늘", "경수", "윤희"}
	genFirms    = []string{"한빛전자", "대성중공업", "누리바이오", "새솔에너지", "미래모빌리티", "가온반도체", "라온소프트", "세움건설", "푸른제약", "하늘항공", "바다해운", "별빛엔터테인먼트", "동방화학", "한결통신", "다온금융지주", "초록식품", "백두철강", "모아로보틱스", "이음데이터", "우리배터리", "온누리유통", "청솔게임즈", "대한정밀", "솔빛디스플레이", "한강자동차", "나래클라우드", "금강소재", "아라의료기기"}
	genForeign  = []string{"사쿠라테크", "노스브리지캐피털", "라인강모터스", "골든게이트반도체", "메콩그린에너지", "알프스정밀", "템스바이오", "시에라클라우드"}
	genMinistry = []string{"산업통상자원부", "과학기술정보통신부", "기획재정부", "국토교통부", "중소벤처기업부", "환경부", "보건복지부", "해양수산부"}
	genParties  = []string{"더불어민주당", "국민의힘", "조국혁신당", "개혁신당"}
	genBrokers  = []string{"한빛증권", "누리투자증권", "대성증권", "미래에셋연구소", "하나로투자증권"}
	genSchools  = []string{"서울미래대", "한국과학기술원", "부산해양대", "대전첨단대", "고려공대"}
	genCities   = []string{"서울", "부산", "인천", "대구", "광주", "대전", "울산", "세종", "수원", "창원", "청주", "전주", "포항", "평택"}
	genAbroad   = []string{"도쿄", "오사카", "워싱턴", "뉴욕", "실리콘밸리", "베이징", "상하이", "하노이", "베를린", "파리", "런던", "싱가포르", "자카르타", "두바이"}
	genVenues   = []string{"본사", "시청 대회의실", "컨벤션센터", "호텔 그랜드볼룸", "연구개발센터", "전시장"}
	genFields   = []string{"반도체", "2차전지", "인공지능(AI)", "바이오의약품", "수소에너지", "데이터센터", "전기차", "로봇", "우주항공", "소형모듈원전(SMR)", "디스플레이", "클라우드", "자율주행", "양자컴퓨팅"}
	genProjects = []string{"스카이브리지", "블루오션", "한빛누리", "새벽별", "그린웨이브", "미리내", "은하수", "해오름"}
	genCorpRole = []string{"회장", "부회장", "대표", "사장", "부사장", "전무"}
	genAgencies = []genAgency{
		{"뉴시스", "newsis.com", "[%s=뉴시스] %s 기자 = ", ""},
		{"연합뉴스", "yna.co.kr", "(%s=연합뉴스) %s 기자 = ", ""},
		{"뉴스1", "news1.kr", "(%s=뉴스1) %s 기자 = ", ""},
		{"머니투데이", "mt.co.kr", "", "[머니투데이 %s 기자] "},
		{"한국경제", "hankyung.com", "", ""},
		{"매일경제", "mk.co.kr", "", ""},
		{"이데일리", "edaily.co.kr", "", "[이데일리 %s 기자] "},
	}
)

// genAgency is an outlet with its dateline and byline conventions: wire
// services open with "[place=agency] name 기자 = ", papers with
// "[paper name 기자] " or nothing, ending with name and e-mail instead.
type genAgency struct {
	name, domain, wire, paper string
}

// genPerson is one member of an article's cast.
type genPerson struct {
	name, title, aff string
}

// short is how a story refers back to a person: surname and title, "김 회장".
func (p genPerson) short() string {
	r := []rune(p.name)
	return string(r[:1]) + " " + p.title
}

// genLead is an opening event: its headline and lead paragraph.
type genLead struct {
	headline, lead string
}

// The templates. {X} is a slot of the article's cast ({P} a name, {P.t}
// its title, {P.a} its affiliation, {P.s} the short reference); {은}, {이},
// {을}, {과}, {으로} pick the particle that fits the word before them.
var genLeads = []genLead{
	{"{P} {P.t}, {A}서 {Q} {Q.t}{과} 회동…'{F} 협력' 논의",
		"{P.a} {P} {P.t}{은} {DAY}일 {A}에서 {Q.a} {Q} {Q.t}{을} 만나 {F} 분야 협력 방안을 논의했다."},
	{"{C}, {L}에 {AMT} 투자…{F} 생산 늘린다",
		"{C}{은} {Y}년까지 {L}에 {AMT}{을} 투자해 {F} 생산 거점을 새로 짓는다고 {DAY}일 밝혔다."},
	{"{C}·{D}, {F} 공동 개발 손잡는다",
		"{C}{과} {D}{은} {DAY}일 {L} {V}에서 {F} 공동 개발을 위한 업무협약(MOU)을 맺었다고 밝혔다."},
	{"{C}, {QTR}분기 영업익 {AMT}…전년 대비 {PCT}% 증가",
		"{C}{은} 올해 {QTR}분기 영업이익이 {AMT}{으로} 지난해 같은 기간보다 {PCT}% 늘었다고 {DAY}일 공시했다."},
	{"{C}, 신임 {Q.t}에 {Q} 선임",
		"{C}{은} {DAY}일 이사회를 열고 {Q} 전 {D} 부사장을 신임 {Q.t}{으로} 선임했다고 밝혔다."},
	{"정부, {F} 산업에 {AMT} 지원…{G.a} 대책 발표",
		"{G} {G.a} 장관은 {DAY}일 {L}에서 열린 업계 간담회에서 {F} 산업에 {AMT}{을} 지원하는 방안을 발표했다."},
	{"{C}, {D}에 {F} 특허 소송 제기",
		"{C}{이} {D}{을} 상대로 {F} 관련 특허를 침해당했다며 {L}지방법원에 소송을 냈다고 {DAY}일 밝혔다."},
	{"{P} {P.t}, {A} 출장…'{F}' 협력 확대 주목",
		"{P.a} {P} {P.t}{이} {DAY}일 {A} 출장길에 올랐다. 정확한 일정은 공개되지 않았지만 현지 {F} 기업들과 협력을 논의할 것으로 보인다."},
	{"{D}, {C} 지분 인수 검토…{F} 사업 확대 포석",
		"{D}{이} {C}의 지분 일부를 사들이는 방안을 검토하고 있는 것으로 {DAY}일 알려졌다. 거래 규모는 {AMT} 안팎으로 거론된다."},
	{"{M} 의원, '{F} 산업 지원법' 대표 발의",
		"{M.a} {M} 의원은 {DAY}일 {F} 기업의 연구개발 비용에 세액공제를 늘려 주는 내용의 법안을 대표 발의했다고 밝혔다."},
}

var genBodies = []string{
	"{P.s}{은} \"{F} 경쟁력은 결국 속도에서 나온다\"며 \"{D}{과}의 협력을 앞으로 더 넓혀 가겠다\"고 말했다.",
	"{R.a} {R} 연구원은 \"{C}의 {F} 부문 실적은 하반기부터 본격적으로 나아질 것\"이라고 내다봤다.",
	"업계에서는 {P.s}{이} 이번 만남에서 '{X} 프로젝트' 참여 여부를 타진했을 가능성이 크다는 관측이 나온다.",
	"{F} 시장은 {Y}년 {USD} 규모로 커질 것으로 전망된다. 국내 기업들의 점유율은 아직 {PCT}% 수준에 그친다.",
	"{C}{은} 지난해 {F2} 사업에서만 {AMT2}의 매출을 올렸다.",
	"두 회사는 '{X} 프로젝트'에 모두 {AMT2}{을} 함께 투자하기로 하고 세부 조건을 조율하고 있다.",
	"{M.a} {M} 의원은 이날 국회에서 열린 토론회에서 \"{F} 산업 지원법이 이번 회기 안에 통과돼야 한다\"고 강조했다.",
	"{K.a} {K} 교수는 \"{F}{은} 한 나라가 혼자 해낼 수 없는 분야\"라며 \"국제 협력이 필수\"라고 말했다.",
	"{D}{은} {C}의 지분 일부를 인수하는 방안도 검토하고 있는 것으로 알려졌다.",
	"{P.s}{은} {A}에서 {N}일간 머물며 현지 협력사 {N2}곳을 차례로 방문할 예정이다.",
	"새 공장이 완공되면 {L} 지역에 일자리 {JOBS}개가 새로 생길 것으로 {C}{은} 내다봤다.",
	"{G.a}{은} {C}의 투자 계획에 대해 인허가 절차를 최대한 앞당기겠다고 밝혔다.",
	"이날 {C} 주가는 전 거래일보다 {PCT2}% 오른 {PRICE}원에 거래를 마쳤다.",
	"앞서 {P.s}{과} {Q.s}{은} 지난해 {MON}월 {L}에서 처음 만나 {F2} 분야 협력을 논의한 바 있다.",
	"{C} 관계자는 \"구체적으로 정해진 것은 없다\"며 말을 아꼈다.",
	"계약 규모는 {USD2} 수준인 것으로 전해졌다.",
	"{G} 장관은 \"{F}{은} 우리 경제의 미래가 걸린 산업\"이라며 \"규제를 과감히 풀겠다\"고 말했다.",
	"{Q.s}{은} 지난달 {A}에서 열린 포럼에서도 {F} 투자를 늘리겠다는 뜻을 밝혔다.",
	"한편 {D}{은} 이달 말 {L}에서 {F2} 신제품 발표회를 열 계획이다.",
	"시장에서는 이번 결정이 {C}의 {F2} 사업 재편으로 이어질 수 있다는 분석도 나온다.",
	"{C}{은} {Y}년까지 {F} 분야 인력을 {JOBS}명 더 뽑겠다는 계획도 함께 내놨다.",
	"다만 일각에서는 투자 규모가 지나치게 크다는 우려도 제기된다.",
}

// genCast is everything one article talks about.
type genCast struct {
	slots map[string]string
	// introduced marks the people already named in full: a story says
	// "한빛전자 김민준 회장" before it says "김 회장".
	introduced map[string]bool
}

func pick[T any](rng *rand.Rand, list []T) T { return list[rng.IntN(len(list))] }

func genName(rng *rand.Rand) string { return pick(rng, genSurnames) + pick(rng, genGiven) }

// genWon writes an amount of won the way Korean papers do: 350억원,
// 1조2000억원, 2조원.
func genWon(rng *rand.Rand) string {
	eok := 10 + rng.IntN(200)*10 // 10억 .. 2000억
	if rng.IntN(3) == 0 {
		eok = (1 + rng.IntN(30)) * 1000
		if rng.IntN(2) == 0 {
			eok += rng.IntN(10) * 100
		}
	}
	jo, rest := eok/10000, eok%10000
	switch {
	case jo > 0 && rest > 0:
		return fmt.Sprintf("%d조%d억원", jo, rest)
	case jo > 0:
		return fmt.Sprintf("%d조원", jo)
	}
	return fmt.Sprintf("%d억원", eok)
}

// genDollars writes a dollar amount, sometimes with its won equivalent.
func genDollars(rng *rand.Rand) string {
	n := 1 + rng.IntN(90)
	s := fmt.Sprintf("%d억 달러", n)
	if rng.IntN(2) == 0 {
		s = fmt.Sprintf("%d억 달러(약 %s)", n, wonOfDollars(n*100_000_000))
	}
	return s
}

func wonOfDollars(usd int) string {
	eok := usd * 1400 / 100_000_000 // at 1,400 won to the dollar
	if eok >= 10000 {
		if eok%10000 >= 100 {
			return fmt.Sprintf("%d조%d억원", eok/10000, eok%10000/100*100)
		}
		return fmt.Sprintf("%d조원", eok/10000)
	}
	return fmt.Sprintf("%d억원", eok)
}

func newCast(rng *rand.Rand, published time.Time) genCast {
	firms := rng.Perm(len(genFirms))
	c, d := genFirms[firms[0]], genFirms[firms[1]]
	if rng.IntN(4) == 0 {
		d = pick(rng, genForeign)
	}
	fields := rng.Perm(len(genFields))
	p := genPerson{genName(rng), pick(rng, genCorpRole), c}
	q := genPerson{genName(rng), pick(rng, genCorpRole), d}
	for q.name == p.name {
		q.name = genName(rng)
	}
	g := genPerson{genName(rng), "장관", pick(rng, genMinistry)}
	m := genPerson{genName(rng), "의원", pick(rng, genParties)}
	r := genPerson{genName(rng), "연구원", pick(rng, genBrokers)}
	k := genPerson{genName(rng), "교수", pick(rng, genSchools)}
	day := published.Day()
	if rng.IntN(3) == 0 && day > 1 {
		day-- // wires often report the previous day's event
	}
	slots := map[string]string{
		"C": c, "D": d, "F": genFields[fields[0]], "F2": genFields[fields[1]],
		"L": pick(rng, genCities), "A": pick(rng, genAbroad), "V": pick(rng, genVenues), "X": pick(rng, genProjects),
		"AMT": genWon(rng), "AMT2": genWon(rng), "USD": genDollars(rng), "USD2": genDollars(rng),
		"PCT": fmt.Sprint(2 + rng.IntN(80)), "PCT2": fmt.Sprintf("%d.%d", rng.IntN(12), rng.IntN(10)),
		"PRICE": fmt.Sprintf("%d,%03d", 5+rng.IntN(300), rng.IntN(10)*100),
		"Y":     fmt.Sprint(published.Year() + 1 + rng.IntN(6)),
		"DAY":   fmt.Sprint(day), "MON": fmt.Sprint(1 + rng.IntN(12)), "QTR": fmt.Sprint(1 + rng.IntN(4)),
		"N": fmt.Sprint(2 + rng.IntN(5)), "N2": fmt.Sprint(3 + rng.IntN(8)), "JOBS": fmt.Sprint((1 + rng.IntN(30)) * 100),
	}
	for key, person := range map[string]genPerson{"P": p, "Q": q, "G": g, "M": m, "R": r, "K": k} {
		slots[key] = person.name
		slots[key+".t"] = person.title
		slots[key+".a"] = person.aff
		slots[key+".s"] = person.short()
	}
	return genCast{slots: slots, introduced: make(map[string]bool)}
}

// render fills a template from the cast, choosing particles by whether the
// preceding syllable ends in a consonant.
func (c genCast) render(tmpl string) string {
	people := "PQGMRK"
	var b strings.Builder
	for {
		open := strings.IndexByte(tmpl, '{')
		if open < 0 {
			b.WriteString(tmpl)
			return b.String()
		}
		end := strings.IndexByte(tmpl[open:], '}')
		if end < 0 {
			b.WriteString(tmpl)
			return b.String()
		}
		b.WriteString(tmpl[:open])
		key := tmpl[open+1 : open+end]
		tmpl = tmpl[open+end+1:]
		if v, ok := c.slots[key]; ok {
			person := len(key) >= 1 && strings.Contains(people, key[:1]) && (len(key) == 1 || key[1] == '.')
			switch {
			case person && len(key) == 1:
				c.introduced[key] = true
			case person && key[1:] == ".s" && !c.introduced[key[:1]]:
				c.introduced[key[:1]] = true
				v = c.slots[key[:1]+".a"] + " " + c.slots[key[:1]] + " " + c.slots[key[:1]+".t"]
			}
			b.WriteString(v)
			continue
		}
		final := lastFinal(b.String())
		switch key {
		case "은":
			b.WriteString(choose(final != 0, "은", "는"))
		case "이":
			b.WriteString(choose(final != 0, "이", "가"))
		case "을":
			b.WriteString(choose(final != 0, "을", "를"))
		case "과":
			b.WriteString(choose(final != 0, "과", "와"))
		case "으로":
			b.WriteString(choose(final != 0 && final != 8, "으로", "로")) // 8: ㄹ takes 로
		default:
			b.WriteString("{" + key + "}")
		}
	}
}

func choose(cond bool, yes, no string) string {
	if cond {
		return yes
	}
	return no
}

// lastFinal returns the final-consonant index (0 for none) of the last
// pronounced character of s, reading digits and Latin letters as Koreans
// pronounce them and skipping a trailing parenthesis: 인공지능(AI) ends in 능.
func lastFinal(s string) int {
	r := []rune(strings.TrimRight(s, " "))
	if n := len(r); n > 0 && r[n-1] == ')' {
		for i := n - 1; i >= 0; i-- {
			if r[i] == '(' {
				r = r[:i]
				break
			}
		}
	}
	if len(r) == 0 {
		return 0
	}
	last := r[len(r)-1]
	switch {
	case last >= 0xAC00 && last <= 0xD7A3:
		return int(last-0xAC00) % 28
	case last >= '0' && last <= '9':
		// 영 일 이 삼 사 오 육 칠 팔 구
		return [...]int{21, 8, 0, 16, 0, 0, 1, 8, 8, 0}[last-'0']
	case strings.ContainsRune("LMNlmn", last):
		return 8
	}
	return 0
}

func newArticle(rng *rand.Rand, i int, published time.Time) GenArticle {
	cast := newCast(rng, published)
	lead := pick(rng, genLeads)
	ag := pick(rng, genAgencies)
	reporter := genName(rng)
	paras := []string{cast.render(lead.lead)}
	order := rng.Perm(len(genBodies))
	for _, j := range order[:3+rng.IntN(5)] {
		paras = append(paras, cast.render(genBodies[j]))
	}
	a := GenArticle{
		ID:        fmt.Sprintf("gen-%07d", i),
		Title:     cast.render(lead.headline),
		Published: published.Format(time.DateOnly),
		Kind:      "original",
	}
	city := "서울" // most wire copy is filed in Seoul
	if rng.IntN(3) == 0 {
		city = pick(rng, genCities)
	}
	dressAs(&a, ag, reporter, city, paras, i)
	return a
}

// dressAs lays the paragraphs out in an outlet's conventions: its dateline
// and byline, the reporter's e-mail and the rights line.
func dressAs(a *GenArticle, ag genAgency, reporter, city string, paras []string, i int) {
	email := fmt.Sprintf("reporter%03d@%s", i%1000, ag.domain)
	a.paras = paras
	body := append([]string(nil), paras...)
	switch {
	case ag.wire != "":
		body[0] = fmt.Sprintf(ag.wire, city, reporter) + body[0]
		body = append(body, email)
	case ag.paper != "":
		body[0] = fmt.Sprintf(ag.paper, reporter) + body[0]
		body = append(body, email)
	default:
		body = append(body, fmt.Sprintf("%s 기자 %s", reporter, email))
	}
	body = append(body, fmt.Sprintf("<저작권자ⓒ %s, 무단전재 및 재배포 금지>", ag.name))
	a.Text = strings.Join(body, "\n")
	a.Agency = ag.name
	a.Author = reporter + " 기자"
	a.URL = fmt.Sprintf("https://www.%s/view/%s/%07d", ag.domain, strings.ReplaceAll(a.Published, "-", ""), i)
}

// republish copies src as another outlet's wire copy with one verb edited.
func republish(rng *rand.Rand, src GenArticle, i int) GenArticle {
	ag := pick(rng, genAgencies)
	for ag.name == src.Agency {
		ag = pick(rng, genAgencies)
	}
	edited := append([]string(nil), src.paras...)
	for j, p := range edited {
		if strings.Contains(p, "밝혔다") {
			edited[j] = strings.Replace(p, "밝혔다", "전했다", 1)
			break
		}
	}
	a := GenArticle{
		ID:        fmt.Sprintf("gen-%07d", i),
		Title:     src.Title,
		Published: src.Published,
		Kind:      "near-duplicate",
		Of:        src.ID,
	}
	dressAs(&a, ag, genName(rng), "서울", edited, i)
	return a
}
