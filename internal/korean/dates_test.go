package korean

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

func ymd(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// dateValues renders "text=value" pairs, which keeps table rows short.
func dateValues(ds []Date) string {
	var b strings.Builder
	for i, d := range ds {
		if i > 0 {
			b.WriteString("; ")
		}
		fmt.Fprintf(&b, "%s=%s", d.Text, d.Value)
	}
	return b.String()
}

func TestDates(t *testing.T) {
	thu := ymd(2025, 4, 3) // a Thursday
	tests := []struct {
		in   string
		ref  time.Time
		want string
	}{
		// absolute
		{"사진은 2024.11.05. 촬영했다.", thu, "2024.11.05.=2024-11-05"},
		{"공시일은 2024-12-31이다.", thu, "2024-12-31=2024-12-31"},
		{"시행일 2025. 7. 1. 부터", thu, "2025. 7. 1.=2025-07-01"},
		{"파일 2025/3/9 작성", thu, "2025/3/9=2025-03-09"},
		{"법은 2026년 1월 1일부터 시행된다.", thu, "2026년 1월 1일=2026-01-01"},
		{"행사는 4월1일 열렸다.", thu, "4월1일=2025-04-01"},
		{"결산은 3월31일에 끝난다.", thu, "3월31일=2025-03-31"},
		// a prison term in months is no month: "징역 6월", "금고 1년 6월"
		{"법원은 징역 6월에 집행유예 2년을 선고했다.", thu, ""},
		{"1심은 금고 1년 6월을, 2심은 자격정지 10월을 선고했다. 그는 6월에 출소했다.", thu, "6월=2024-06"},
		{"그는 2023년 퇴임했다.", thu, "2023년=2023"},
		// the month a fiscal year closes is a kind of company, no date
		{"12월 결산법인 600곳의 실적이 늘었다.", thu, ""},
		{"3월 결산 상장사와 12월결산 기업을 비교했다. 5월 결산을 마쳤다.", thu, "5월=2024-05"},
		{"2024년 8월 발표", thu, "2024년 8월=2024-08"},
		{"2024년 3분기 실적", thu, "2024년 3분기=2024-07-01/2024-09-30"},
		{"96년 8월 완공했다.", thu, "96년 8월=1996-08"},
		{"05년 3월 2일 개통", thu, "05년 3월 2일=2005-03-02"},
		{"1995년생 선수와 2017년형 모델, 7월보다 8월", thu, "1995년=1995; 2017년=2017; 7월=2025-07; 8월=2025-08"},
		{"지난 7일 뒤늦게 알려졌다. '5일 후보 선출'", thu, "지난 7일=2025-03-07; 5일=2025-04-05"},
		{"3일 후에 보자. 2일 전부터 아팠다.", thu, ""},
		// bare day: ref month, previous month for a later day in the past tense
		{"회사는 3일 신제품을 공개했다.", thu, "3일=2025-04-03"},
		{"그는 28일 귀국했다.", thu, "28일=2025-03-28"},
		{"노조는 28일 파업에 들어간다.", thu, "28일=2025-04-28"},
		{"그는 \"15일 서울에 간다\"고 말했다.", thu, "15일=2025-04-15"},
		{"1일(현지시간) 발표했다.", thu, "1일=2025-04-01"},
		{"28일 열리는 회의에 특사를 보낼 예정이라고 밝혔다.", thu, "28일=2025-04-28"},
		{"9월 30일 열리는 행사에 참석할 계획이라고 밝혔다.", ymd(2025, 9, 24), "9월 30일=2025-09-30"},
		{"12월 28일 실적을 발표했다.", ymd(2025, 1, 5), "12월 28일=2024-12-28"},
		{"양측은 5월말 서울에서 회담을 열기로 했다고 밝혔다.", thu, "5월=2025-05"},
		{"양측은 5월 회담을 열었다고 밝혔다.", thu, "5월=2024-05"},
		// 지난 / 오는
		{"지난 1일 만났다.", thu, "지난 1일=2025-04-01"},
		{"지난 3일 만났다.", thu, "지난 3일=2025-03-03"},
		{"지난 20일 만났다.", thu, "지난 20일=2025-03-20"},
		{"오는 10일 만난다.", thu, "오는 10일=2025-04-10"},
		{"오는 2일 만난다.", thu, "오는 2일=2025-05-02"},
		{"지난 2월 방한했다.", thu, "지난 2월=2025-02"},
		{"지난 4월 방한했다.", thu, "지난 4월=2024-04"},
		{"오는 6월 출시된다.", thu, "오는 6월=2025-06"},
		{"오는 1월 출시된다.", thu, "오는 1월=2026-01"},
		{"지난 31일 발표했다.", ymd(2025, 5, 2), "지난 31일=2025-03-31"},
		// ranges
		{"5~6일 방문한다.", thu, "5~6일=2025-04-05/2025-04-06"},
		{"박람회는 5일부터 7일까지 열린다.", thu, "5일부터 7일까지=2025-04-05/2025-04-07"},
		{"기간은 30일~4월 2일이다.", ymd(2025, 3, 20), "30일~4월 2일=2025-03-30/2025-04-02"},
		{"3월 30일~4월 2일 휴무", thu, "3월 30일~4월 2일=2025-03-30/2025-04-02"},
		{"7~8월 성수기", thu, "7~8월=2025-07/2025-08"},
		// named periods
		{"지난달 매출", thu, "지난달=2025-03"},
		{"지난달 28일 만났다.", thu, "지난달 28일=2025-03-28"},
		{"이달 말 결정한다.", thu, "이달=2025-04"},
		{"다음 달 5일 출시", thu, "다음 달 5일=2025-05-05"},
		{"지난해 매출", thu, "지난해=2024"},
		{"작년 12월 31일", thu, "작년 12월 31일=2024-12-31"},
		{"올해 상반기 실적", thu, "올해 상반기=2025-01-01/2025-06-30"},
		{"올 하반기 출시", thu, "올 하반기=2025-07-01/2025-12-31"},
		{"올 연말 완공한다.", thu, "올 연말=2025"},
		{"올 연초 착공했다.", thu, "올 연초=2025"},
		{"올 초까지 근무했다.", thu, "올 초=2025"},
		{"연말까지 확정한다.", thu, "연말=2025"},
		{"연초에 발표했다.", thu, "연초=2025"},
		{"연말정산 서류를 낸다.", thu, ""},
		{"연말연시 교통대책", thu, ""},
		{"지난 연말 합의했다.", thu, ""},
		{"비가 올 초여름 날씨", thu, ""},
		{"내년 1분기 양산", thu, "내년 1분기=2026-01-01/2026-03-31"},
		{"재작년 실적", thu, "재작년=2023"},
		{"1분기 영업이익", thu, "1분기=2025-01-01/2025-03-31"},
		{"지난해 4분기", thu, "지난해 4분기=2024-10-01/2024-12-31"},
		// weeks and weekdays
		{"지난주 발표", thu, "지난주=2025-03-24/2025-03-30"},
		{"다음 주 월요일 회의", thu, "다음 주 월요일=2025-04-07"},
		{"이번 주말 개봉", thu, "이번 주말=2025-04-05/2025-04-06"},
		// "오는 주말": the first Saturday and Sunday after ref
		{"오는 주말 개장한다.", thu, "오는 주말=2025-04-05/2025-04-06"},
		{"오는 주말에 개장한다.", ymd(2025, 4, 5), "오는 주말=2025-04-12/2025-04-13"},
		{"오는 주말께 문을 연다. 오는 주말농장은 아니다.", ymd(2025, 4, 6), "오는 주말=2025-04-12/2025-04-13"},
		{"지난 월요일 만났다.", thu, "지난 월요일=2025-03-31"},
		{"오는 목요일 만난다.", thu, "오는 목요일=2025-04-10"},
		{"4월 첫째 주 인사", thu, "4월 첫째 주=2025-03-31/2025-04-06"},
		{"늘 4월 첫째 주를 비운다", thu, "4월 첫째 주=2025-03-31/2025-04-06"},
		// days around ref and the last date mentioned
		{"어제 발표했고 오늘 공개하며 내일 출시한다.", thu, "어제=2025-04-02; 오늘=2025-04-03; 내일=2025-04-04"},
		{"지난 1일 회의가 열렸다. 이날 그는 전날 일을 말했다.", thu, "지난 1일=2025-04-01; 이날=2025-04-01; 전날=2025-03-31"},
		{"이날 발표", thu, "이날=2025-04-03"},
		// not dates
		{"3일간 머물렀다. 5일째 파업 중이다. 10일 동안 쉬었다.", thu, ""},
		{"30일 이내 신고하면 된다.", thu, ""},
		{"오는 6일부터 1박 2일 일정으로 방한한다. 3박4일 동안 머문다.", thu, "오는 6일=2025-04-06"},
		{"1일 1회 바르고 3~4일 정도 걸린다.", thu, ""},
		{"6개월 만에 처음이다.", thu, ""},
		{"공개 행보는 지난 행사 이후 12일 만이다. 그가 17일 만에 나타났다.", thu, ""},
		{"복귀는 25일만입니다. 9일 만인 셈이다.", thu, ""},
		{"회의는 매주 월요일 열리고 정산은 매월 15일, 점검은 매년 3월에 한다.", thu, ""},
		{"격주 금요일 휴무하고 이번 주 금요일 발표한다.", thu, "이번 주 금요일=2025-04-04"},
		{"오늘날 기업은 다르다.", thu, ""},
		{"지난 만남에서 합의했다.", thu, ""},
		{"그는 일본에 갔다. 3자 회동을 했다.", thu, ""},
		{"45일 기준", thu, ""},
		{"검사는 5~10일 내 결과가 나오고 7일 내외 걸린다. 10일 내에 낸다.", thu, ""},
		{"그는 오는 10일 내한 공연을 연다.", thu, "오는 10일=2025-04-10"},
		{"17일 시작으로 9일 간 진행", thu, "17일=2025-04-17"},
		{"그는 3일 간담회를 열었다.", thu, "3일=2025-04-03"},
		// "같은 달", "같은 해": the month or year of the date before
		{"본회의는 2월 16~17일, 총회는 같은 달 20~21일 열린다.", thu, "2월 16~17일=2025-02-16/2025-02-17; 20~21일=2025-02-20/2025-02-21"},
		{"그는 2022년 6월 처음 찾았고 같은 해 9월 다시 왔다.", thu, "2022년 6월=2022-06; 9월=2022-09"},
		{"부품 5000억 달러", thu, ""},
	}
	for _, tc := range tests {
		got := Dates(tc.in, tc.ref)
		if s := dateValues(got); s != tc.want {
			t.Errorf("Dates(%q, %s) = %q; want %q", tc.in, tc.ref.Format("2006-01-02"), s, tc.want)
		}
		for _, d := range got {
			if tc.in[d.Start:d.End] != d.Text {
				t.Errorf("Dates(%q): offsets %d-%d give %q, text %q", tc.in, d.Start, d.End, tc.in[d.Start:d.End], d.Text)
			}
		}
	}
}

func TestInferPublished(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		captions []time.Time
		want     string // "" for not inferable
	}{
		{
			name:     "lead 따르면 after a caption two days older",
			text:     "가나전자 대표가 1일 공장을 둘러보고 있다. 2025.06.01.\n5일 업계에 따르면 가나전자는 새 공장을 짓는다.\n대표는 지난 2일 \"곧 발표한다\"고 말했다.",
			captions: []time.Time{ymd(2025, 6, 1), ymd(2025, 5, 20)},
			want:     "2025-06-05",
		},
		{
			name:     "lead day earlier than the caption day rolls into the next month",
			text:     "한빛은행은 2일 새 대출 상품을 내놓는다고 밝혔다.",
			captions: []time.Time{ymd(2024, 12, 30)},
			want:     "2025-01-02",
		},
		{
			name: "no captions: 지난 5일 and a lead 7일 밝혔다, month from a written date",
			text: "서울시는 7일 새 교통 대책을 마련했다고 밝혔다. 시는 지난 5일 시민 공청회를 열었다.\n이 대책은 2024년 10월 2일 발표된 계획을 보완한다.",
			want: "2024-10-07",
		},
		{
			name: "a date counted from (이후 … 만에) is no anchor: unknown",
			text: "한빛FC는 4일 새봄경기장에서 열린 경기에서 2-1로 이겼다.\n이날 승리로 도담 감독은 2018년 5월 31일(당시 가온FC 감독) 이후 2천일 만에 첫 승을 거뒀다.",
			want: "",
		},
		{
			name: "a date counted from beside a written date: the written date anchors",
			text: "한빛FC는 4일 경기에서 이겼다고 밝혔다. 구단은 2024년 6월 1일 새 감독을 선임했다.\n도담 감독은 2018년 5월 31일 이래 첫 승을 거뒀다.",
			want: "2024-06-04",
		},
		{
			name: "a complete date something takes effect as of is a plan, no anchor",
			text: "한빛신문 새봄본사가 2024년 9월 1일을 기해 정식 출범합니다. 한빛신문은 지난 7월 12일 개소식을 가졌습니다.",
			want: "",
		},
		{
			name: "no captions and no written month: unknown",
			text: "서울시는 7일 새 교통 대책을 마련했다고 밝혔다. 시는 지난 5일 공청회를 열었다.",
			want: "",
		},
		{
			name:     "captions only",
			text:     "시민들이 광장을 걷고 있다.",
			captions: []time.Time{ymd(2025, 1, 9), ymd(2025, 1, 11)},
			want:     "2025-01-11",
		},
		{
			name:     "a planned date is not an anchor",
			text:     "정부는 10일 새 제도를 도입한다고 발표했다. 제도는 2026년 1월 1일부터 시행될 예정이다.",
			captions: []time.Time{ymd(2025, 3, 9)},
			want:     "2025-03-10",
		},
		{
			name:     "a day inside a quotation is not the lead",
			text:     "김 대표는 \"20일 공개하겠다\"고 밝혔다.\n12일 업계에 따르면 신제품 준비가 끝났다.",
			captions: []time.Time{ymd(2025, 8, 11)},
			want:     "2025-08-12",
		},
		{
			name: "a life span in parentheses is not an anchor; the reporting verb right after the day wins",
			text: "심사위원회는 올해 수상자로 김가람(1950년 3월 2일~) 작가를 뽑았다고 13일(현지시간) 밝혔다.\n시상식은 12월 10일 열린다.\n사진 2025.10.12.",
			want: "2025-10-13",
		},
		{
			name: "a text anchor after the lead day: the nearest month",
			text: "기상청은 태풍이 26일 오후 남해에 닿을 것으로 보인다고 밝혔다. 기상청은 2025년 8월 28일 새벽 태풍이 동해로 빠져나갔다고 내다봤다.",
			want: "2025-08-26",
		},
		{
			name:     "broadcast style: the day written as today's wins over the caption's lead",
			text:     "장관은 9일(현지시간) 기자들과 만나 \"잘 끝났다\"고 말했다. 2025.3.9\n장관이 오늘(10일) 귀국합니다.\n당국자는 어제(9일) 이같이 밝혔습니다.",
			captions: []time.Time{ymd(2025, 3, 9)},
			want:     "2025-03-10",
		},
		{
			name: "a complete date looked back on (지난 …) is not an anchor",
			text: "주가는 5일 크게 내렸다고 거래소가 밝혔다. 이는 지난 2009년 4월1일 이후 처음이다.",
			want: "",
		},
		{
			name: "dateline style: (현지시간) and 전했다",
			text: "[워싱턴=뉴스] 미국 재무부는 14일(현지시간) 환율 보고서를 냈다고 전했다.\n사진 2025.05.13.",
			want: "2025-05-14",
		},
	}
	for _, tc := range tests {
		got, ok := InferPublished(tc.text, tc.captions)
		s := ""
		if ok {
			s = got.Format("2006-01-02")
		}
		if s != tc.want {
			t.Errorf("%s: InferPublished = %q, %v; want %q", tc.name, s, ok, tc.want)
		}
	}
}

// seedDir is the shared seed article folder, relative to this package.
var seedDir = filepath.Join("..", "..", "..", "shared", "seed")

func TestSeedArticle(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(seedDir, "*.txt"))
	if len(files) == 0 {
		t.Skipf("seed articles not found under %s (the shared folder sits beside the repo)", seedDir)
	}
	var text string
	for _, f := range files {
		if strings.Contains(f, "2025-04-03") {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			text = string(b)
		}
	}
	if text == "" {
		t.Skip("the 2025-04-03 seed article is not there")
	}
	pub, ok := InferPublished(text, []time.Time{ymd(2025, 4, 1), ymd(2025, 3, 23)})
	if !ok || !pub.Equal(ymd(2025, 4, 3)) {
		t.Fatalf("InferPublished = %v, %v; want 2025-04-03", pub, ok)
	}
	values := map[string]string{}
	for _, d := range Dates(text, pub) {
		values[d.Text] += d.Value + " "
	}
	for text, want := range map[string]string{"3일": "2025-04-03", "지난 1일": "2025-04-01", "5~6일": "2025-04-05/2025-04-06", "지난 2월": "2025-02"} {
		if !strings.Contains(values[text], want) {
			t.Errorf("seed: %s resolved to %q; want %s", text, values[text], want)
		}
	}
	// the second caption, resolved against its own photo date
	if got := dateValues(Dates("회장이 22일 공장에서 만났다.", ymd(2025, 3, 23))); got != "22일=2025-03-22" {
		t.Errorf("caption day = %q", got)
	}
	amounts := map[string]bool{}
	for _, a := range Amounts(text) {
		amounts[fmt.Sprintf("%g %s", a.Value, a.Unit)] = true
	}
	for _, want := range []string{"5e+11 USD", "7e+14 KRW"} {
		if !amounts[want] {
			t.Errorf("seed amounts %v lack %s", amounts, want)
		}
	}
	if len(amounts) != 2 {
		t.Errorf("seed amounts = %v; want exactly the two money amounts", amounts)
	}
}

// TestPenaltyMonths: the months of a sentence's length are found as spans
// (periods), a month of the calendar is not.
func TestPenaltyMonths(t *testing.T) {
	text := "1심은 징역 1년 6월을, 2심은 금고 10월을 선고했다. 그는 6월에 출소했다."
	var got []string
	for _, p := range PenaltyMonths(text) {
		got = append(got, text[p[0]:p[1]])
	}
	if strings.Join(got, ",") != "6월,10월" {
		t.Errorf("PenaltyMonths = %q, want [6월 10월]", got)
	}
}

// TestDatesAfter: 이날, 전날 and 다음날 opening a later paragraph count
// from the anchor (the lead's day), with or without a publication date; a
// date of the paragraph itself comes first; a zero anchor is Dates.
func TestDatesAfter(t *testing.T) {
	ref := day(2024, time.March, 10)
	anchor := day(2024, time.March, 5)
	for _, tc := range []struct {
		text      string
		ref, anch time.Time
		want      []string
	}{
		{"이날 협약식에는 시장이 참석했다.", ref, anchor, []string{"2024-03-05"}},
		{"전날 실무 협의가 있었다.", ref, anchor, []string{"2024-03-04"}},
		{"이날 협약식에는 시장이 참석했다.", time.Time{}, anchor, []string{"2024-03-05"}},
		{"8일 현장을 찾았다. 이날 시장은 말했다.", ref, anchor, []string{"2024-03-08", "2024-03-08"}},
		{"이날 협약식에는 시장이 참석했다.", ref, time.Time{}, []string{"2024-03-10"}},
		// a lead about a planned day after publication: 전날 and 이날 told in
		// the past tense count from publication, a plan from the planned day
		{"앞서 특위는 전날 김 전 장관을 불러 조사했다.", ref, day(2024, time.March, 12), []string{"2024-03-09"}},
		{"이날 조사를 마쳤다.", ref, day(2024, time.March, 12), []string{"2024-03-10"}},
		{"전날에는 실무 협의를 열 예정이다.", ref, day(2024, time.March, 12), []string{"2024-03-11"}},
		{"다음날 귀국했다.", ref, day(2024, time.March, 12), []string{"2024-03-13"}},
	} {
		var got []string
		for _, d := range DatesAfter(tc.text, tc.ref, tc.anch) {
			got = append(got, d.Value)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("DatesAfter(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestToldToday: a day word with its day of the month in parentheses says
// which day the story's today is, near the publication day; without one,
// or far from it, or with no publication day, nothing is told.
func TestToldToday(t *testing.T) {
	tests := []struct {
		name, text string
		ref        time.Time
		want       string // "" when nothing is told
	}{
		{"오늘 a day before the post", "법원은 오늘(21일) 영장을 기각했습니다.", ymd(2025, 3, 22), "2025-03-21"},
		{"어젯밤 two days before", "법원은 어젯밤(20일) 영장을 기각했습니다.", ymd(2025, 3, 22), "2025-03-21"},
		{"어제 across a month", "시는 어제(31일) 발표했다.", ymd(2025, 4, 2), "2025-04-01"},
		{"today as posted", "법원은 오늘(22일) 영장을 기각했습니다.", ymd(2025, 3, 22), ""},
		{"a day far away", "법원은 오늘(9일) 영장을 기각했습니다.", ymd(2025, 3, 22), ""},
		{"no day written", "법원은 오늘 영장을 기각했습니다.", ymd(2025, 3, 22), ""},
		{"no publication day", "법원은 오늘(21일) 영장을 기각했습니다.", time.Time{}, ""},
	}
	for _, tt := range tests {
		got, ok := ToldToday(tt.text, tt.ref)
		if s := got.Format(time.DateOnly); ok != (tt.want != "") || ok && s != tt.want {
			t.Errorf("%s: ToldToday = %s, %v; want %q", tt.name, s, ok, tt.want)
		}
	}
	// the day word itself takes the day written after it
	ds := Dates("법원은 오늘(21일) 영장을 기각했다. 검찰은 오늘 출석하지 않았다.", ymd(2025, 3, 22))
	var got []string
	for _, d := range ds {
		got = append(got, d.Text+"="+d.Value)
	}
	want := []string{"오늘=2025-03-21", "21일=2025-03-21", "오늘=2025-03-21"}
	if !slices.Equal(got, want) {
		t.Errorf("Dates = %v, want %v", got, want)
	}
}
