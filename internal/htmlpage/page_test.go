package htmlpage

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/encoding/korean"
)

func TestLoadClasses(t *testing.T) {
	c, err := loadClasses(classesTxt)
	if err != nil {
		t.Fatal(err)
	}
	if !hasWord("photo_Caption", c.caption) || !hasWord("/img/icon_share.png", c.skipImage) || hasWord("article_body", c.caption) {
		t.Errorf("embedded table: %+v", c)
	}
	for _, bad := range []string{"caption", "color\tred", "caption\t "} {
		if _, err := loadClasses(bad); err == nil {
			t.Errorf("loadClasses(%q): no error", bad)
		}
	}
}

func TestMeta(t *testing.T) {
	tests := []struct {
		name, head string
		want       Meta
	}{
		{"open graph and meta tags",
			`<meta property="og:title" content=" 제목  하나 "><meta property="article:published_time" content="2025-04-03T10:31:00+09:00">` +
				`<meta name="author" content="홍길동 기자"><meta property="og:site_name" content="가나일보"><link rel="canonical" href="https://a.example.kr/1">`,
			Meta{Title: "제목 하나", Published: "2025-04-03T10:31:00+09:00", Author: "홍길동 기자", Site: "가나일보", URL: "https://a.example.kr/1"}},
		{"JSON-LD over meta tags, site name from og",
			`<meta property="og:title" content="짧은 제목"><meta property="og:site_name" content="가나일보">` +
				`<script type="application/ld+json">{"@type":"NewsArticle","headline":"긴 제목","datePublished":"2024-01-02","author":[{"name":"김가"},{"name":"이나"}],"publisher":{"name":"가나미디어"}}</script>`,
			Meta{Title: "긴 제목", Published: "2024-01-02", Author: "김가, 이나", Site: "가나일보"}},
		{"JSON-LD @graph; a breadcrumb is not the article",
			`<title>페이지 제목</title><script type="application/ld+json">{"@graph":[{"@type":"BreadcrumbList","headline":"아님"},{"@type":["NewsArticle"],"headline":"그래프 제목","author":"박다"}]}</script>`,
			Meta{Title: "그래프 제목", Author: "박다"}},
		{"broken JSON-LD falls back to <title>",
			`<title> 제목 | 가나일보 </title><script type="application/ld+json">{"@type":</script>`,
			Meta{Title: "제목 | 가나일보"}},
	}
	for _, tc := range tests {
		doc, err := parseDoc([]byte("<html><head>"+tc.head+"</head><body></body></html>"), "")
		if err != nil {
			t.Fatal(err)
		}
		if got := readMeta(doc); got != tc.want {
			t.Errorf("%s:\n got %+v\nwant %+v", tc.name, got, tc.want)
		}
	}
}

// TestParseParts checks the body of a page: paragraphs apart (also when
// split by <br>), the headline once, photos as markdown image lines with
// their captions, furniture images left out.
func TestParseParts(t *testing.T) {
	page := `<html><head><meta property="og:title" content="가나시 새 도서관 문 연다"></head><body>
<div class="menu"><a href="/">홈</a><img src="/img/logo.png" alt="가나일보"></div>
<article><h1>가나시 새 도서관 문 연다</h1>
<div class="photo_area"><img src="https://img.example.kr/lib.jpg" alt="도서관"><p class="photo_caption">새 도서관 전경 [가나시 제공]</p></div>
<p>가나시는 다음 달 새 시립도서관을 연다고 밝혔다.<br>도서관에는 책 20만 권이 들어선다.</p>
<p>시는 주말에도 도서관을 밤 10시까지 열기로 했다.</p>
<p>가나시 새 도서관 문 연다</p>
<figure><img src="https://img.example.kr/hall.jpg" alt="열람실"></figure>
<p>시민들은 개관을 반기고 있다.</p></article></body></html>`
	p, err := Parse([]byte(page))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"![새 도서관 전경 [가나시 제공]](https://img.example.kr/lib.jpg)",
		"가나시는 다음 달 새 시립도서관을 연다고 밝혔다.",
		"도서관에는 책 20만 권이 들어선다.",
		"시는 주말에도 도서관을 밤 10시까지 열기로 했다.",
		"![열람실](https://img.example.kr/hall.jpg)",
		"시민들은 개관을 반기고 있다.",
	}
	if got := strings.Split(p.Body, "\n"); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("body:\n%s\nwant:\n%s", p.Body, strings.Join(want, "\n"))
	}
}

// TestSubheads reads the subheads a title block sets outside the article
// body, once each, and leaves out a subhead-named container that is no
// title block.
func TestSubheads(t *testing.T) {
	doc, err := parseDoc([]byte(`<html><body>
<div class="title_area"><h1>가나시 새 도서관 문 연다</h1><div class="sub_title"><p>책 20만 권 갖춰</p><p>주말에도 밤까지 개방</p></div></div>
<div class="subhead_list"><p>하나</p><p>둘</p><p>셋</p><p>넷</p><p>다섯</p></div>
<h3 class="subtit">가나시 새 도서관 문 연다</h3></body></html>`), "")
	if err != nil {
		t.Fatal(err)
	}
	heads := subheadBlocks(doc)
	if want := []string{"책 20만 권 갖춰", "주말에도 밤까지 개방", "가나시 새 도서관 문 연다"}; !slices.Equal(heads, want) {
		t.Errorf("subheadBlocks = %q, want %q", heads, want)
	}
	body := []string{"가나시는 다음 달 새 시립도서관을 연다고 밝혔다.", "주말에도 밤까지 개방"}
	if got := newSubheads(heads, "가나시 새 도서관 문 연다", body); !slices.Equal(got, []string{"책 20만 권 갖춰"}) {
		t.Errorf("newSubheads = %q", got)
	}
}

func TestParseErrors(t *testing.T) {
	for _, page := range []string{"", "<html><body><nav><a href='/'>홈</a></nav></body></html>", "\x00\x01\x02"} {
		if _, err := Parse([]byte(page)); err == nil {
			t.Errorf("Parse(%q): no error", page)
		}
	}
}

func TestMDImage(t *testing.T) {
	tests := []struct{ caption, src, want string }{
		{"사진 [제공]", "https://a.kr/p.jpg", "![사진 [제공]](https://a.kr/p.jpg)"},
		{"사진 ]깨짐[", "https://a.kr/p (1).jpg", "![사진 )깨짐(](https://a.kr/p%20%281%29.jpg)"},
	}
	for _, tc := range tests {
		if got := mdImage(tc.caption, tc.src); got != tc.want {
			t.Errorf("mdImage(%q, %q) = %q, want %q", tc.caption, tc.src, got, tc.want)
		}
	}
}

func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.html"))
	for _, name := range files {
		if data, err := os.ReadFile(name); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte("<figure><figcaption><img src=x></figcaption></figure>"))
	f.Add([]byte(`<script type="application/ld+json">[[[{"@graph":[{"@graph":1}]}]]]</script><p>본문입니다 본문입니다 본문입니다 본문입니다</p>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := Parse(data)
		if err != nil {
			return
		}
		if strings.TrimSpace(p.Body) == "" {
			t.Errorf("no error and no body")
		}
	})
}

func TestText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"평문 그대로", "평문 그대로"},
		{"<p>첫 문단</p><p>둘째 <b>문단</b></p>", "첫 문단\n둘째 문단"},
		{"줄<br>바꿈<br/>두 번", "줄\n바꿈\n두 번"},
		{"&lt;괄호&gt; &amp; 따옴표 &quot;", "<괄호> & 따옴표 \""},
		{"<script>var x = 1;</script><p>본문</p><style>p{}</style>", "본문"},
		{"  공백이   많은\n\n\n  글  ", "공백이 많은\n글"},
		{"<p>본문</p><figure><img src=\"https://a.kr/p.jpg\"><figcaption>설명</figcaption></figure>", "본문\n![설명](https://a.kr/p.jpg)"},
	}
	for _, tt := range tests {
		if got := Text(tt.in); got != tt.want {
			t.Errorf("Text(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestLegacyCharset reads a page saved in EUC-KR, as older Korean sites
// serve them, through its meta charset.
func TestLegacyCharset(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("testdata", "table-photo.html"))
	if err != nil {
		t.Fatal(err)
	}
	page := strings.Replace(string(src), `<meta charset="utf-8">`, `<meta charset="euc-kr">`, 1)
	enc, err := korean.EUCKR.NewEncoder().String(page)
	if err != nil {
		t.Fatal(err)
	}
	p, err := Parse([]byte(enc))
	if err != nil {
		t.Fatal(err)
	}
	if p.Meta.Title != "숲나라 산불 사흘째…주민 1200명 대피" || !strings.Contains(p.Body, "당국은 14일 주민 1200명을") {
		t.Errorf("EUC-KR page: %+v\n%s", p.Meta, p.Body)
	}
}

func TestHeadlineOf(t *testing.T) {
	lines := []string{"홈", "가나시 새 도서관 문 연다", "본문 첫 문단이다."}
	tests := []struct{ title, want string }{
		{"가나시 새 도서관 문 연다 | 가나일보", "가나시 새 도서관 문 연다"},
		{"가나시 새 도서관 문 연다 < 사회 < 기사본문 - 가나일보", "가나시 새 도서관 문 연다"},
		{"가나시 새 도서관 문 연다", "가나시 새 도서관 문 연다"},
		{"가나시 새 도서관 문 연다고 밝혀", "가나시 새 도서관 문 연다고 밝혀"},
		{"가나일보", "가나일보"},
	}
	for _, tc := range tests {
		if got := headlineOf(tc.title, lines); got != tc.want {
			t.Errorf("headlineOf(%q) = %q, want %q", tc.title, got, tc.want)
		}
	}
}

func TestBylineBox(t *testing.T) {
	tests := []struct{ body, want string }{
		{`<div class="byline_box"><span>이도윤 기자</span> <span>입력 2024.11.18 06:00</span></div>`, "이도윤 기자"},
		{`<p class="writer">워싱턴=김가람 특파원 garam@example.kr</p>`, "워싱턴=김가람 특파원"},
		{`<div id="reporter_info"><a>박나래 선임기자</a></div>`, "박나래 선임기자"},
		{`<div class="author">편집부</div><div class="byline">기자협회 소식</div>`, ""},
		{`<p>정다은 기자</p>`, ""},
	}
	for _, tc := range tests {
		doc, err := parseDoc([]byte("<html><body>"+tc.body+"</body></html>"), "")
		if err != nil {
			t.Fatal(err)
		}
		if got := bylineBox(doc); got != tc.want {
			t.Errorf("bylineBox(%s) = %q, want %q", tc.body, got, tc.want)
		}
	}
}
