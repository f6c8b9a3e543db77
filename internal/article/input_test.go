package article

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/unicode/norm"
)

func readExample(t testing.TB, name string) []byte {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join(repoRoot(t), "examples", name))
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

// TestParseEncodings checks that every way the same article can be stored
// on disk gives the same article: same ID, Text and anatomy.
func TestParseEncodings(t *testing.T) {
	// EUC-KR has no ©; Korean archives write ⓒ instead.
	raw := []byte(strings.ReplaceAll(string(readExample(t, "newsis-style.txt")), "©", "ⓒ"))
	want, err := Parse("a.txt", raw)
	if err != nil {
		t.Fatal(err)
	}
	eucKR, err := korean.EUCKR.NewEncoder().Bytes(raw)
	if err != nil {
		t.Fatal(err)
	}
	utf16, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes(raw)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		raw  []byte
	}{
		{"CRLF", []byte(strings.ReplaceAll(string(raw), "\n", "\r\n"))},
		{"CR only", []byte(strings.ReplaceAll(string(raw), "\n", "\r"))},
		{"UTF-8 BOM", append([]byte("\xEF\xBB\xBF"), raw...)},
		{"EUC-KR", eucKR},
		{"UTF-16LE with BOM", utf16},
		{"NFD Hangul", []byte(norm.NFD.String(string(raw)))},
		{"tabs, NBSP and ideographic spaces", []byte(strings.NewReplacer("한빛전자 ", "한빛전자\u00a0\t", "뉴시스 ", "뉴시스\u3000").Replace(string(raw)))},
		{"blank lines and trailing spaces", []byte(strings.ReplaceAll(string(raw), "\n", "  \n\n"))},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Parse("a.txt", tc.raw)
			if err != nil {
				t.Fatal(err)
			}
			checkSections(t, a)
			if a.ID != want.ID || a.Text != want.Text {
				t.Fatalf("ID %s differs from UTF-8 LF parse %s; headline %q", a.ID, want.ID, a.Headline)
			}
			if a.Headline != want.Headline || !slices.Equal(a.Body, want.Body) || len(a.Photos) != 2 || a.Photos[1].Restrictions[1] != "DB 금지" {
				t.Fatalf("anatomy differs: %q, %d paragraphs", a.Headline, len(a.Body))
			}
		})
	}
}

// TestParseEUCKRSmall covers a short CP949 file whose bytes hold Hangul
// syllables outside plain EUC-KR (똠, 햏 are UHC extensions).
func TestParseEUCKRSmall(t *testing.T) {
	src := "똠얌꿍 식당 개업\n서울 마포구에 태국 음식점 '햏복한 부엌'이 지난 5일 문을 열었다.\n"
	raw, err := korean.EUCKR.NewEncoder().Bytes([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	a, err := Parse("cp949.txt", raw)
	if err != nil {
		t.Fatal(err)
	}
	if a.Headline != "똠얌꿍 식당 개업" || len(a.Body) != 1 || !strings.Contains(a.Body[0], "햏복한 부엌") {
		t.Fatalf("headline %q body %q", a.Headline, a.Body)
	}
}

// TestParseLayouts covers layouts the example files do not: a headline
// with no subheads before a dateline paragraph, markdown heading levels,
// bylines at the top, several reporters, and promo lines.
func TestParseLayouts(t *testing.T) {
	tests := []struct {
		name      string
		in        string
		headline  string
		subheads  []string
		body      []string
		agency    string
		dateline  *Dateline
		names     []string
		emails    []string
		rights    string
		photos    int
		published string
	}{
		{
			name:     "listed stories' thumbnails broken over two lines under the rights notice",
			in:       "한빛시, 새 청사 개청\n한빛시는 5일 새 청사 개청식을 열었다고 밝혔다.\n시장은 \"시민의 집\"이라고 말했다.\nCopyright ⓒ 한빛일보. 무단 전재 및 재배포 금지\n![[칼럼] 겨울 물가, 어디로 가나](http://img.example.kr/2025/12/24/a.jpg\n)\n![[사설] 예산안 처리 늦춰선 안 된다](http://img.example.kr/2025/12/24/b.jpg\n)",
			headline: "한빛시, 새 청사 개청",
			subheads: []string{},
			body:     []string{"한빛시는 5일 새 청사 개청식을 열었다고 밝혔다.", "시장은 \"시민의 집\"이라고 말했다."},
			agency:   "한빛일보",
			rights:   "Copyright ⓒ 한빛일보. 무단 전재 및 재배포 금지",
		},
		{
			name:     "a script run together and a byline glued to the notice",
			in:       "폭설에 출근길 혼잡\n앵커> 밤사이 눈이 많이 내렸습니다. 리포트> 도로는 거북이 운행을 하고 있습니다.\n도담 기자의 전체기사 보기Copyright © 한빛방송. All rights reserved.",
			headline: "폭설에 출근길 혼잡",
			subheads: []string{},
			body:     []string{"밤사이 눈이 많이 내렸습니다.", "도로는 거북이 운행을 하고 있습니다."},
			agency:   "한빛방송",
			names:    []string{"도담"},
			rights:   "Copyright © 한빛방송. All rights reserved.",
		},
		{
			name:     "a lone credit over the caption of a photo left out",
			in:       "한빛시, 새 청사 개청\n한빛시는 5일 새 청사 개청식을 열었다고 밝혔다.\n한빛뉴스\n새 청사 개청식 현장. 오후 2시 현재 모습.\n시장은 \"시민의 집\"이라고 말했다.",
			headline: "한빛시, 새 청사 개청",
			subheads: []string{},
			body:     []string{"한빛시는 5일 새 청사 개청식을 열었다고 밝혔다.", "시장은 \"시민의 집\"이라고 말했다."},
			photos:   1,
		},
		{
			name:     "two reporters after a Yonhap dateline",
			in:       "여야, 예산안 합의\n(세종=연합뉴스) 김도윤 박서준 기자 = 여야가 내년도 예산안에 합의했다.\n두 사람은 \"협상이 길었다\"고 말했다.\ndoyun@yna.co.kr\nsjpark@yna.co.kr",
			headline: "여야, 예산안 합의",
			subheads: []string{},
			body:     []string{"(세종=연합뉴스) 김도윤 박서준 기자 = 여야가 내년도 예산안에 합의했다.", "두 사람은 \"협상이 길었다\"고 말했다."},
			agency:   "연합뉴스",
			dateline: &Dateline{Place: "세종", Agency: "연합뉴스"},
			names:    []string{"김도윤", "박서준"},
			emails:   []string{"doyun@yna.co.kr", "sjpark@yna.co.kr"},
		},
		{
			name:     "markdown headings and a correspondent",
			in:       "# 日 반도체 장비 수출 규제 완화\n\n### 소재 3종 포괄허가 복원\n\n[도쿄=뉴시스]이하나 특파원 = 일본 정부가 반도체 소재 수출 규제를 풀었다.\n\n**업계 반응**\n\n업계 관계자는 \"환영한다\"고 전했다.\n\n◎공감언론 뉴시스 hana@newsis.com",
			headline: "日 반도체 장비 수출 규제 완화",
			subheads: []string{"소재 3종 포괄허가 복원"},
			body:     []string{"[도쿄=뉴시스]이하나 특파원 = 일본 정부가 반도체 소재 수출 규제를 풀었다.", "업계 반응", "업계 관계자는 \"환영한다\"고 전했다."},
			agency:   "뉴시스",
			dateline: &Dateline{Place: "도쿄", Agency: "뉴시스"},
			names:    []string{"이하나"},
			emails:   []string{"hana@newsis.com"},
		},
		{
			name:     "byline with affiliation and e-mail in parentheses",
			in:       "코스피 2% 반등\n코스피가 외국인 매수에 힘입어 2% 올랐다.\n김서윤 한경닷컴 기자 (syoon@hankyung.com)\nⓒ 한국경제 & hankyung.com, 무단전재 및 재배포 금지",
			headline: "코스피 2% 반등",
			subheads: []string{},
			body:     []string{"코스피가 외국인 매수에 힘입어 2% 올랐다."},
			agency:   "한국경제",
			names:    []string{"김서윤"},
			emails:   []string{"syoon@hankyung.com"},
			rights:   "ⓒ 한국경제 & hankyung.com, 무단전재 및 재배포 금지",
		},
		{
			name:     "no headline: the file opens with a dateline paragraph",
			in:       "(부산=뉴스1) 최민서 기자 = 부산항 물동량이 역대 최대를 기록했다.\n항만공사는 \"환적 화물이 늘었다\"고 밝혔다.",
			headline: "",
			subheads: []string{},
			body:     []string{"(부산=뉴스1) 최민서 기자 = 부산항 물동량이 역대 최대를 기록했다.", "항만공사는 \"환적 화물이 늘었다\"고 밝혔다."},
			agency:   "뉴스1",
			dateline: &Dateline{Place: "부산", Agency: "뉴스1"},
			names:    []string{"최민서"},
			emails:   []string{},
		},
		{
			name:      "crawler timestamp, triangle caption, bare date in body, promo lines",
			in:        "지역 축제 개막\n송고시간2026-10-02 09:12\n최종수정 2026-10-03 10:00\n▲ 개막식에서 군수가 인사말을 하고 있다. (사진=한빛군 제공)\n한빛군 가을 축제가 2일 개막했다.\n축제 기간은 2026.10.2.\n홍길동 기자\n▶ 제보는 카톡 okjebo\n제보는 카카오톡 okjebo\n[관련기사] 작년 축제 관람객 10만명",
			headline:  "지역 축제 개막",
			subheads:  []string{},
			body:      []string{"한빛군 가을 축제가 2일 개막했다.", "축제 기간은 2026.10.2."},
			names:     []string{"홍길동"},
			emails:    []string{},
			photos:    1,
			published: "2026-10-02",
		},
		{
			name:     "placeholder alt with the caption below, caption repeated without its e-mail",
			in:       "제목\n![사진](https://example.com/1.jpg)\n[부산=뉴시스] 김철수 기자 = 부산항 신항 전경. 2026.03.02. kcs@newsis.com\n![[서울=뉴시스] 서울 시내 야경. (사진=독자 제공) 2026.03.01. photo@newsis.com](https://example.com/2.jpg)\n[서울=뉴시스] 서울 시내 야경. (사진=독자 제공) 2026.03.01.\n본문이다.",
			headline: "제목",
			subheads: []string{},
			body:     []string{"본문이다."},
			agency:   "뉴시스",
			dateline: &Dateline{Place: "부산", Agency: "뉴시스"},
			names:    []string{},
			emails:   []string{},
			photos:   2,
		},
		{
			name:     "hard-wrapped body with an in-body bold heading",
			in:       "제목\n\n첫 문단은 여러 줄에 걸쳐 이어지는 긴 문장으로\n시작해서 다음 줄에서 끝난다.\n\n**업계 반응**\n업계 관계자는 이번 결정이 시장에 미칠 영향이\n크지 않을 것으로 보인다고 말했다.",
			headline: "제목",
			subheads: []string{},
			body:     []string{"첫 문단은 여러 줄에 걸쳐 이어지는 긴 문장으로 시작해서 다음 줄에서 끝난다.", "업계 반응", "업계 관계자는 이번 결정이 시장에 미칠 영향이 크지 않을 것으로 보인다고 말했다."},
			names:    []string{},
			emails:   []string{},
		},
		{
			name:     "a transcript whose lines end in closed quotations is not hard-wrapped",
			in:       "한빛방송 뉴스\n\n사흘째 '시민과 대화'…\"솔직한 대화\"\n시장이 어제에 이어 시민들과 만났습니다.\n녹취> 윤태호 / 한빛시장\n\"오늘 날씨가 참 좋아서 여러분과 이야기하기에 좋습니다\"\n녹취> 강지훈 / 한빛상회 대표\n\"예 동의합니다.\"",
			headline: "사흘째 '시민과 대화'…\"솔직한 대화\"",
			subheads: []string{},
			body:     []string{"시장이 어제에 이어 시민들과 만났습니다.", "녹취> 윤태호 / 한빛시장", "\"오늘 날씨가 참 좋아서 여러분과 이야기하기에 좋습니다\"", "녹취> 강지훈 / 한빛상회 대표", "\"예 동의합니다.\""},
			names:    []string{},
			emails:   []string{},
		},
		{
			name:     "a broadcaster's name alone above the title is no headline",
			in:       "HBS 한빛방송\n\n한빛시, 새 공원 문 열어\n\n한빛시가 7일 새 공원을 열었습니다.",
			headline: "한빛시, 새 공원 문 열어",
			subheads: []string{},
			body:     []string{"한빛시가 7일 새 공원을 열었습니다."},
			names:    []string{},
			emails:   []string{},
		},
		{
			name:      "a headline asking a question",
			in:        "가람시와 '마주 앉아 대화' 요청한 누리군수…그 속내는?\n\n입력 2019-05-09 21:55\n\n누리군수와 가람시장이 9일 얼굴을 맞대고 대화를 나눴다.\n\n이러한 방식은 군수의 제안인 것으로 전해졌다.",
			headline:  "가람시와 '마주 앉아 대화' 요청한 누리군수…그 속내는?",
			subheads:  []string{},
			body:      []string{"누리군수와 가람시장이 9일 얼굴을 맞대고 대화를 나눴다.", "이러한 방식은 군수의 제안인 것으로 전해졌다."},
			names:     []string{},
			emails:    []string{},
			published: "2019-05-09",
		},
		{
			name:     "markdown links in the body keep their text",
			in:       "제목\n[한빛전자](https://example.com/co/1)는 [공시](https://example.com/d/2)를 통해 투자를 밝혔다.",
			headline: "제목",
			subheads: []string{},
			body:     []string{"한빛전자는 공시를 통해 투자를 밝혔다."},
			names:    []string{},
			emails:   []string{},
		},
		{
			name:     "a caption with a bare credit, shown first without it",
			in:       "한빛시, 공원 조성 계획 발표\n\n한빛시청 화면 갈무리. 7일 오후 현재 공사 중인 상태.\n한빛시청 화면 갈무리. 7일 오후 현재 공사 중인 상태. ⓒ한빛뉴스\n\n한빛시가 7일 새 공원 계획을 발표했다.\n\n시는 이날 3년 안에 공원을 완공하겠다고 밝혔다. 시민 의견도 반영할 예정이다.\n\n저작권자 © 한빛포스트 무단전재 및 재배포 금지\n",
			headline: "한빛시, 공원 조성 계획 발표",
			subheads: []string{},
			body:     []string{"한빛시가 7일 새 공원 계획을 발표했다.", "시는 이날 3년 안에 공원을 완공하겠다고 밝혔다. 시민 의견도 반영할 예정이다."},
			agency:   "한빛포스트",
			rights:   "저작권자 © 한빛포스트 무단전재 및 재배포 금지",
			photos:   1,
		},
		{
			name:      "a metadata date glued before the title",
			in:        " date 2025-03-12 한빛신문 독자위원회 정기회의\n\n한빛신문 독자위원회가 지난 4일 출범해 첫 정기회의를 열었다.\n\n위원들은 온라인 유통 문제를 지적했다. 모바일 광고도 문제로 꼽혔다.\n",
			headline:  "한빛신문 독자위원회 정기회의",
			subheads:  []string{},
			body:      []string{"한빛신문 독자위원회가 지난 4일 출범해 첫 정기회의를 열었다.", "위원들은 온라인 유통 문제를 지적했다. 모바일 광고도 문제로 꼽혔다."},
			published: "2025-03-12",
		},
		{
			name:     "a tagged notice title and a name over an e-mail",
			in:       "정보\n\n[알림] 한빛일보가 창간 10주년을 맞았습니다\n\n김하늘\n\n<한빛일보>가 올해로 창간 10주년을 맞았습니다.\n\n독자 여러분께 감사를 드립니다. 앞으로도 성원을 부탁드립니다.\n\n김하늘\nsky@hanbit.example\n",
			headline: "[알림] 한빛일보가 창간 10주년을 맞았습니다",
			subheads: []string{},
			body:     []string{"<한빛일보>가 올해로 창간 10주년을 맞았습니다.", "독자 여러분께 감사를 드립니다. 앞으로도 성원을 부탁드립니다."},
			names:    []string{"김하늘"},
			emails:   []string{"sky@hanbit.example"},
		},
		{
			name:     "the site's name and motto, a weather box and share and top links",
			in:       "한빛일보 - 아침을 여는 신문, HANBIT\n맑음서울 26.6℃\n흐림대구 22.6℃\n기상청 제공\n\n한빛시, 벚꽃 축제 연다\n\n한빛시는 다음 달 1일부터 벚꽃 축제를 연다고 밝혔다.\n\n이 기사를 공유합니다\n\n축제는 일주일 동안 이어진다. 먹거리 장터도 열린다.\n\n맨위로\n",
			headline: "한빛시, 벚꽃 축제 연다",
			subheads: []string{},
			body:     []string{"한빛시는 다음 달 1일부터 벚꽃 축제를 연다고 밝혔다.", "축제는 일주일 동안 이어진다. 먹거리 장터도 열린다."},
		},
		{
			name:     "an old wire sign-off with its dateline glued to the last paragraph",
			in:       "한빛시, 벚꽃 축제 연다\n\n한빛시는 다음 달 1일부터 벚꽃 축제를 연다고 밝혔다. 축제는 일주일 동안 이어진다. (서울=한빛뉴스) 김하늘기자 sky@hanbit.co.kr\n",
			headline: "한빛시, 벚꽃 축제 연다",
			subheads: []string{},
			body:     []string{"한빛시는 다음 달 1일부터 벚꽃 축제를 연다고 밝혔다. 축제는 일주일 동안 이어진다."},
			agency:   "한빛뉴스",
			dateline: &Dateline{Place: "서울", Agency: "한빛뉴스"},
			names:    []string{"김하늘"},
			emails:   []string{"sky@hanbit.co.kr"},
		},
		{
			name:     "prose ending in a sign-off it cannot peel stays prose",
			in:       "한빛시, 벚꽃 축제 연다\n\n한빛시는 다음 달 1일부터 벚꽃 축제를 연다고 밝혔다. 축제는 일주일 동안 이어진다. (서울=한빛뉴스) 김하늘기자 sky@hanbit.example\n",
			headline: "한빛시, 벚꽃 축제 연다",
			subheads: []string{},
			body:     []string{"한빛시는 다음 달 1일부터 벚꽃 축제를 연다고 밝혔다. 축제는 일주일 동안 이어진다. (서울=한빛뉴스) 김하늘기자 sky@hanbit.example"},
		},
		{
			name:     "an outlet and reporter before '=' open the lead without a bracket",
			in:       "한빛시, 벚꽃 축제 연다\n\n한빛경제 김하늘 기자= 한빛시는 다음 달 1일부터 벚꽃 축제를 연다고 밝혔다.\n\n축제는 일주일 동안 이어진다. 먹거리 장터도 열린다.\n",
			headline: "한빛시, 벚꽃 축제 연다",
			subheads: []string{},
			body:     []string{"한빛경제 김하늘 기자= 한빛시는 다음 달 1일부터 벚꽃 축제를 연다고 밝혔다.", "축제는 일주일 동안 이어진다. 먹거리 장터도 열린다."},
			agency:   "한빛경제",
			names:    []string{"김하늘"},
		},
		{
			name:     "a byline crediting photos and text without '='",
			in:       "한빛시, 벚꽃 축제 연다\n\n한빛시는 다음 달 1일부터 벚꽃 축제를 연다고 밝혔다.\n\n축제는 일주일 동안 이어진다. 먹거리 장터도 열린다.\n사진·글 김하늘 기자 sky@hanbit.co.kr\n",
			headline: "한빛시, 벚꽃 축제 연다",
			subheads: []string{},
			body:     []string{"한빛시는 다음 달 1일부터 벚꽃 축제를 연다고 밝혔다.", "축제는 일주일 동안 이어진다. 먹거리 장터도 열린다."},
			names:    []string{"김하늘"},
			emails:   []string{"sky@hanbit.co.kr"},
		},
		{
			name:      "a portal's reading toolbar with no summary block",
			in:        "한빛시, 벚꽃 축제 연다\n\n2023. 3. 24. 16:01\n음성재생 설정\n번역beta Translated by kaka i\n글자크기 설정 파란원을 좌우로 움직이시면 글자크기가 변경 됩니다.\n\n이 글자크기로 변경됩니다.\n\n(예시) 가장 빠른 뉴스가 있고 다양한 정보, 쌍방향 소통이 숨쉬는 다음뉴스를 만나보세요.\n\n한빛시는 다음 달 1일부터 벚꽃 축제를 연다고 밝혔다.\n\n축제는 일주일 동안 이어진다. 먹거리 장터도 열린다.\n",
			headline:  "한빛시, 벚꽃 축제 연다",
			subheads:  []string{},
			body:      []string{"한빛시는 다음 달 1일부터 벚꽃 축제를 연다고 밝혔다.", "축제는 일주일 동안 이어진다. 먹거리 장터도 열린다."},
			published: "2023-03-24",
		},
		{
			name:      "a Korean-clock timestamp with its zone and update time",
			in:        "뉴스\n2020년 03월 31일 13시 40분 KST | 업데이트됨 2020년 04월 01일 09시 10분 KST\n\n한빛시, 벚꽃 축제 연다\n\n한빛시는 다음 달 1일부터 벚꽃 축제를 연다고 밝혔다.\n\n축제는 일주일 동안 이어진다. 먹거리 장터도 열린다.\n",
			headline:  "한빛시, 벚꽃 축제 연다",
			subheads:  []string{},
			body:      []string{"한빛시는 다음 달 1일부터 벚꽃 축제를 연다고 밝혔다.", "축제는 일주일 동안 이어진다. 먹거리 장터도 열린다."},
			published: "2020-03-31",
		},
		{
			name:     "a popular-stories list with a thumbnail under two tab names",
			in:       "한빛시, 벚꽃 축제 연다\n\n한빛시는 다음 달 1일부터 벚꽃 축제를 연다고 밝혔다.\n\n축제는 일주일 동안 이어진다. 먹거리 장터도 열린다.\n김하늘 기자 sky@hanbit.co.kr\n한빛21 인기기사\n한빛 인기기사\n![새봄시 의회, 예산안 처리 미뤄 새봄시 의회, 예산안 처리 미뤄](https://img.hanbit.example/thumb/1.jpg)\n새봄시 의회, 예산안 처리 미뤄\n\n새봄 구단, 감독 교체 검토…“시즌 뒤 결정”\n",
			headline: "한빛시, 벚꽃 축제 연다",
			subheads: []string{},
			body:     []string{"한빛시는 다음 달 1일부터 벚꽃 축제를 연다고 밝혔다.", "축제는 일주일 동안 이어진다. 먹거리 장터도 열린다."},
			names:    []string{"김하늘"},
			emails:   []string{"sky@hanbit.co.kr"},
		},
		{
			name:      "a polite title over a bulleted header: outlet, desk address, stamp, print page",
			in:        "3\n한빛메디클럽\n\n복간 10년 한빛신문의 새 출발…‘주5일’로 찾아가겠습니다\n\n  • 한빛신문\n  • 디지털뉴스팀 news@hanbit.co.kr\n  •  |  입력 : 2018-12-19 20:04:47\n  •  |  본지 1면\n  • 기사주소복사\n  • 스크랩\n한빛신문이 새해 대변신을 합니다. 창간 30주년을 맞습니다.\n\n새해 한빛신문은 지면 혁신을 단행합니다. 독자 의견을 반영하겠습니다.\n",
			headline:  "복간 10년 한빛신문의 새 출발…‘주5일’로 찾아가겠습니다",
			subheads:  []string{},
			body:      []string{"한빛신문이 새해 대변신을 합니다. 창간 30주년을 맞습니다.", "새해 한빛신문은 지면 혁신을 단행합니다. 독자 의견을 반영하겠습니다."},
			agency:    "한빛신문",
			emails:    []string{"news@hanbit.co.kr"},
			published: "2018-12-19",
		},
		{
			name:     "a byline bracket with the place after the outlet's slash",
			in:       "한빛시, 박물관 건립 추진\n\n[한빛경제신문/창원 김하늘 기자]\n\n한빛시가 공립박물관 건립사업을 추진하고 있다.\n\n시는 내년 설계에 들어간다. 2028년 문을 열 계획이다.\n",
			headline: "한빛시, 박물관 건립 추진",
			subheads: []string{},
			body:     []string{"한빛시가 공립박물관 건립사업을 추진하고 있다.", "시는 내년 설계에 들어간다. 2028년 문을 열 계획이다."},
			agency:   "한빛경제신문",
			dateline: &Dateline{Place: "창원", Agency: "한빛경제신문"},
			names:    []string{"김하늘"},
		},
		{
			name:     "an outlet, a slash and the reporter: no place",
			in:       "한빛시, 박물관 건립 추진\n\n한빛시가 공립박물관 건립사업을 추진하고 있다.\n\n시는 내년 설계에 들어간다. 2028년 문을 열 계획이다.\n\n한빛뉴스 / 김하늘 기자 sky@hanbit.co.kr\n",
			headline: "한빛시, 박물관 건립 추진",
			subheads: []string{},
			body:     []string{"한빛시가 공립박물관 건립사업을 추진하고 있다.", "시는 내년 설계에 들어간다. 2028년 문을 열 계획이다."},
			agency:   "한빛뉴스",
			names:    []string{"김하늘"},
			emails:   []string{"sky@hanbit.co.kr"},
		},
		{
			name:     "a monthly's byline with a role word, a lone photo credit and an ad line",
			in:       "한빛시, 벚꽃 축제 연다\n\n글 김하늘  월간한빛 기자 sky@hanbit.co.kr\n\n한빛시는 다음 달 1일부터 벚꽃 축제를 연다고 밝혔다.\n<사진=한빛방송>\n\n축제는 일주일 동안 이어진다. 먹거리 장터도 열린다.\n\n[광고] 한빛제약\n",
			headline: "한빛시, 벚꽃 축제 연다",
			subheads: []string{},
			body:     []string{"한빛시는 다음 달 1일부터 벚꽃 축제를 연다고 밝혔다.", "축제는 일주일 동안 이어진다. 먹거리 장터도 열린다."},
			agency:   "월간한빛",
			names:    []string{"김하늘"},
			emails:   []string{"sky@hanbit.co.kr"},
		},
		{
			name:     "a title in angle brackets opens a paragraph",
			in:       "한빛데일리 창간 10주년\n\n<한빛데일리>가 올해로 창간 10주년을 맞았습니다.\n\n<한빛데일리> 창간 일성은 대안이었습니다.\n",
			headline: "한빛데일리 창간 10주년",
			subheads: []string{},
			body:     []string{"<한빛데일리>가 올해로 창간 10주년을 맞았습니다.", "<한빛데일리> 창간 일성은 대안이었습니다."},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Parse("t.txt", []byte(tc.in))
			if err != nil {
				t.Fatal(err)
			}
			checkSections(t, a)
			if a.Headline != tc.headline || !slices.Equal(a.Subheads, tc.subheads) || !slices.Equal(a.Body, tc.body) {
				t.Errorf("headline %q subheads %q body %q", a.Headline, a.Subheads, a.Body)
			}
			if a.Agency != tc.agency || a.Rights != tc.rights {
				t.Errorf("agency %q rights %q", a.Agency, a.Rights)
			}
			if (a.Dateline == nil) != (tc.dateline == nil) || a.Dateline != nil && *a.Dateline != *tc.dateline {
				t.Errorf("dateline = %+v, want %+v", a.Dateline, tc.dateline)
			}
			if !slices.Equal(a.Byline.Names, tc.names) || !slices.Equal(a.Byline.Emails, tc.emails) {
				t.Errorf("byline = %+v, want %q %q", a.Byline, tc.names, tc.emails)
			}
			if len(a.Photos) != tc.photos || a.Published != tc.published {
				t.Errorf("%d photos, published %q", len(a.Photos), a.Published)
			}
		})
	}
}

func TestParseCaption(t *testing.T) {
	tests := []struct {
		caption                           string
		photographer, email, source, date string
		restrictions                      []string
		dateline                          *Dateline
	}{
		{"[서울=뉴시스] 홍길동 기자 = 시민들이 광장을 걷고 있다. 2025.04.01. hong@newsis.com", "홍길동", "hong@newsis.com", "", "2025-04-01", []string{}, &Dateline{"서울", "뉴시스"}},
		{"[세종=뉴시스] 정부세종청사 전경. (사진=뉴시스 DB) 2024.1.9. photo@newsis.com *재판매 및 DB 금지", "", "photo@newsis.com", "뉴시스 DB", "2024-01-09", []string{"재판매 금지", "DB 금지"}, &Dateline{"세종", "뉴시스"}},
		{"(서울=뉴스1) 김민지 기자 = 관람객들이 전시를 보고 있다. 2025.3.7/뉴스1", "김민지", "", "뉴스1", "2025-03-07", []string{}, &Dateline{"서울", "뉴스1"}},
		{"(서울=연합뉴스) 공장 내부 모습. 2025.5.2 [한빛전자 제공. 재판매 및 DB 금지] photo@yna.co.kr", "", "photo@yna.co.kr", "한빛전자 제공", "2025-05-02", []string{"재판매 금지", "DB 금지"}, &Dateline{"서울", "연합뉴스"}},
		{"새로 문을 연 매장. 사진=한빛전자 제공", "", "", "한빛전자 제공", "", []string{}, nil},
		{"한빛전자 본사. [연합뉴스 자료사진]", "", "", "연합뉴스 자료사진", "", []string{}, nil},
		{"울산 공장 전경. /사진=한경DB", "", "", "한경DB", "", []string{}, nil},
		{"행사장 모습. [사진=이정훈 기자]", "이정훈", "", "", "", []string{}, nil},
		{"김 대표(왼쪽)와 박 사장이 악수하고 있다.", "", "", "", "", []string{}, nil},
		{"날짜가 틀린 사진. 2025.13.40. photo@newsis.com", "", "photo@newsis.com", "", "", []string{}, nil},
		{"무단 사용 금지 사진 (사진=독자 제공) *재판매, DB, 재배포 금지", "", "", "독자 제공", "", []string{"재판매 금지", "DB 금지", "재배포 금지"}, nil},
	}
	for _, tc := range tests {
		p := parsePhoto("u", tc.caption)
		if p.Photographer != tc.photographer || p.Email != tc.email || p.Source != tc.source || p.Date != tc.date ||
			!slices.Equal(p.Restrictions, tc.restrictions) || (p.Dateline == nil) != (tc.dateline == nil) ||
			p.Dateline != nil && *p.Dateline != *tc.dateline {
			t.Errorf("%q\n got %q %q %q %q %q %+v", tc.caption, p.Photographer, p.Email, p.Source, p.Date, p.Restrictions, p.Dateline)
		}
	}
}

func TestParseByline(t *testing.T) {
	tests := []struct {
		in     string
		ok     bool
		names  []string
		emails []string
		agency string
	}{
		{"◎공감언론 뉴시스 leejy@newsis.com", true, nil, []string{"leejy@newsis.com"}, "뉴시스"},
		{"◎공감언론 뉴시스", true, nil, nil, "뉴시스"},
		{"뉴시스", false, nil, nil, ""},
		{"[이데일리 정다은 기자]", true, []string{"정다은"}, nil, "이데일리"},
		{"[머니투데이 세종=유재희 기자]", true, []string{"유재희"}, nil, "머니투데이"},
		{"홍길동 기자 gildong@example.co.kr", true, []string{"홍길동"}, []string{"gildong@example.co.kr"}, ""},
		{"홍길동·김철수 기자", true, []string{"홍길동", "김철수"}, nil, ""},
		{"/워싱턴=이민호 특파원 minho@example.com", true, []string{"이민호"}, []string{"minho@example.com"}, ""},
		{"gildong@yna.co.kr", true, nil, []string{"gildong@yna.co.kr"}, ""},
		{"글·사진=최영민 기자 ymchoi@example.com", true, []string{"최영민"}, []string{"ymchoi@example.com"}, ""},
		{"[세종=이데일리 한서준 기자]", true, []string{"한서준"}, nil, "이데일리"},
		{"관련 기사", false, nil, nil, ""},
		{"삼성전자 주가 급등", false, nil, nil, ""},
		{"기자들과 만나 설명했다.", false, nil, nil, ""},
	}
	for _, tc := range tests {
		c, ok := parseByline(tc.in)
		if ok != tc.ok || !slices.Equal(c.names, tc.names) || !slices.Equal(c.emails, tc.emails) || c.agency != tc.agency {
			t.Errorf("%q: ok %v names %q emails %q agency %q", tc.in, ok, c.names, c.emails, c.agency)
		}
	}
}

func TestFromParts(t *testing.T) {
	body := "한빛전자, 인도 공장 증설\n\n[이데일리 정다은 기자] 한빛전자가 인도 첸나이 공장을 증설한다.\n\n회사 관계자는 \"수요가 늘었다\"고 말했다."
	tests := []struct {
		name                string
		meta                Meta
		headline, published string
		agency, source      string
		names               []string
		bodyCount           int
	}{
		{"RFC 1123 date, title repeated in body", Meta{URL: "https://example.com/a/1", Title: "한빛전자, 인도 공장 증설", Published: "Tue, 03 Nov 2026 09:00:00 +0900"},
			"한빛전자, 인도 공장 증설", "2026-11-03", "이데일리", "https://example.com/a/1", []string{"정다은"}, 2},
		{"RFC 3339 date, metadata agency wins", Meta{Source: "feed.jsonl:3", Title: "인도 공장 증설", Published: "2026-11-03T23:30:00+09:00", Agency: "edaily.co.kr", Author: "정다은 기자"},
			"인도 공장 증설", "2026-11-03", "이데일리", "feed.jsonl:3", []string{"정다은"}, 2},
		{"no title: the body's first line is the headline", Meta{Source: "x", Published: "아무 날"},
			"한빛전자, 인도 공장 증설", "", "이데일리", "x", []string{"정다은"}, 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := FromParts(tc.meta, body)
			if err != nil {
				t.Fatal(err)
			}
			checkSections(t, a)
			if a.Headline != tc.headline || a.Published != tc.published || a.Agency != tc.agency || a.Source != tc.source ||
				!slices.Equal(a.Byline.Names, tc.names) || len(a.Body) != tc.bodyCount || a.URL != tc.meta.URL {
				t.Errorf("got headline %q published %q agency %q source %q names %q body %q", a.Headline, a.Published, a.Agency, a.Source, a.Byline.Names, a.Body)
			}
		})
	}
	if _, err := FromParts(Meta{Source: "empty.json"}, " \n "); err == nil || !strings.HasPrefix(err.Error(), "empty.json: ") {
		t.Errorf("empty parts: err = %v", err)
	}
	a, err := FromParts(Meta{Title: "제목만 있는 기사", Author: "김철수, 이영희"}, "")
	if err != nil || a.Headline != "제목만 있는 기사" || len(a.Body) != 0 || !slices.Equal(a.Byline.Names, []string{"김철수", "이영희"}) {
		t.Errorf("title only: %v %+v", err, a)
	}
}
