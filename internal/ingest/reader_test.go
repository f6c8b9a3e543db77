package ingest

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// collect reads every item under paths.
func collect(t *testing.T, r *Reader, paths ...string) []Item {
	t.Helper()
	var items []Item
	for it := range r.Items(context.Background(), paths) {
		items = append(items, it)
	}
	return items
}

func errText(it Item) string {
	if it.Err == nil {
		return ""
	}
	return it.Err.Error()
}

func TestDetect(t *testing.T) {
	tests := []struct {
		name string
		head string
		want Format
		ok   bool
	}{
		{"a.txt", "제목\n\n본문", Text, true},
		{"a.md", "# 제목\n본문", Text, true},
		{"story", "제목\n본문", Text, true},
		{"story.20250403", "제목\n본문", Text, true},
		{"a.jsonl", `{"a":1}`, JSONL, true},
		{"dump.json", "{\"a\":1}\n{\"a\":2}\n", JSONL, true},
		{"one.json", "{\n  \"a\": 1\n}\n", JSON, true},
		{"list.json", `[{"a":1}]`, JSON, true},
		{"noext", "{\"a\":1}\n{\"a\":2}", JSONL, true},
		{"lone", "{\"a\":1}\n", JSON, true},
		{"noext2", `[{"a":1}]`, JSON, true},
		{"x.csv", "a,b\n1,2\n", CSV, true},
		{"p.html", "<html><body>x</body></html>", HTML, true},
		{"page", "<!DOCTYPE html><html>", HTML, true},
		{"saved.txt", "\n<!DOCTYPE html>\n<html lang=\"ko\"><head>", HTML, true},
		{"crawl.md", "<html><head><title>t</title></head>", HTML, true},
		{"script.txt", "<앵커>\n오늘 국회에서는", Text, true},
		{"page.php", "<html><body>x</body></html>", HTML, true},
		{"f.xml", `<?xml version="1.0"?><rss version="2.0">`, Feed, true},
		{"sitemap.xml", `<?xml version="1.0"?><urlset>`, Auto, false},
		{"noext.feed", `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">`, Feed, true},
		{"a.atom", `<feed>`, Feed, true},
		{"img.png", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", Auto, false},
		{"a.txt", "\x00\x01\x02binary", Auto, false},
		{"archive.zip", "PK\x03\x04\x14\x00\x00\x00", Auto, false},
		{"empty.txt", "  \n ", Auto, false},
		{"main.go", "package main\n", Auto, false},
		{"euckr.txt", "\xb1\xe8\xc4\xa1 \xb1\xe2\xc0\xda", Text, true},
		{"bom.jsonl", "\xef\xbb\xbf{\"a\":1}\n", JSONL, true},
		{"utf16le.txt", "\x1c\xc1\x74\xd5\x48\xc5\x20\x00\x7d\xac\x20\x00\xf5\xbc\xd0\xc6", Text, true},
		{"utf16be", "\xc1\x1c\xd5\x74\xc5\x48\x00\x20\xac\x7d\x00\x20\xbc\xf5\xc6\xd0", Text, true},
		{"words.txt", "\x01\x00\x02\x00\x03\x00\x04\x00\x05\x00\x06\x00", Auto, false},
	}
	for _, tt := range tests {
		got, ok := Detect(tt.name, []byte(tt.head))
		if got != tt.want || ok != tt.ok {
			t.Errorf("Detect(%q, %q) = %q, %v; want %q, %v", tt.name, tt.head, got, ok, tt.want, tt.ok)
		}
	}
}

func TestParseFormat(t *testing.T) {
	for in, want := range map[string]Format{"": Auto, "auto": Auto, "TEXT": Text, "md": Text, "jsonl": JSONL,
		"ndjson": JSONL, "json": JSON, "csv": CSV, "html": HTML, "rss": Feed, "atom": Feed} {
		if got, err := ParseFormat(in); err != nil || got != want {
			t.Errorf("ParseFormat(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	if _, err := ParseFormat("pdf"); err == nil || !strings.Contains(err.Error(), "unknown format") {
		t.Errorf("ParseFormat(pdf) error = %v", err)
	}
}

func TestParseFieldFlags(t *testing.T) {
	fm, err := ParseFieldFlags([]string{"title=headline", "text=content, body", "agency="})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(fm[FieldTitle], []string{"headline"}) || !slices.Equal(fm[FieldText], []string{"content", "body"}) ||
		len(fm[FieldAgency]) != 0 || !slices.Equal(fm[FieldURL], []string{"url", "link"}) {
		t.Errorf("ParseFieldFlags = %v", fm)
	}
	for _, bad := range []string{"title", "colour=red"} {
		if _, err := ParseFieldFlags([]string{bad}); err == nil {
			t.Errorf("ParseFieldFlags(%q) gave no error", bad)
		}
	}
}

func TestJSONL(t *testing.T) {
	items := collect(t, &Reader{}, "testdata/news.jsonl")
	type want struct {
		source, title, url, published, agency, author, body, err string
	}
	wants := []want{
		{source: "testdata/news.jsonl:1", title: "누리바이오, 대전에 신약 연구소 세운다", url: "https://news.example.kr/view/1",
			published: "2025-03-12", agency: "뉴시스", author: "김하늘 기자", body: "[대전=뉴시스] 김하늘 기자 = 누리바이오가"},
		{source: "testdata/news.jsonl:2", title: "한결통신, 일본 통신사와 6G 공동 연구", url: "https://news.example.kr/view/2",
			published: "2025-04-03T08:00:00+09:00", agency: "가상경제신문", body: "한결통신은 일본 사쿠라테크와"},
		{source: "testdata/news.jsonl:4", err: "testdata/news.jsonl:4: truncated JSON"},
		{source: "testdata/news.jsonl:5", err: "testdata/news.jsonl:5: a JSON array, want an object"},
		{source: "testdata/news.jsonl:6", err: "testdata/news.jsonl:6: no article text: none of the keys text, body, content is set"},
		{source: "testdata/news.jsonl:7", title: "세종시, 자율주행 버스 노선 두 배로", published: "2025-04-01", agency: "세종일보",
			body: "세종시가 자율주행 버스 노선을 내년까지 8개로 늘린다\n시는 이를 위해"},
		{source: "testdata/news.jsonl:8", err: "testdata/news.jsonl:8: truncated JSON"},
	}
	if len(items) != len(wants) {
		t.Fatalf("got %d items, want %d: %+v", len(items), len(wants), items)
	}
	var total int64
	for i, w := range wants {
		it := items[i]
		total += it.Bytes
		if it.Source != w.source {
			t.Errorf("item %d: source %q, want %q", i, it.Source, w.source)
		}
		if w.err != "" {
			if !strings.HasPrefix(errText(it), w.err) {
				t.Errorf("item %d: error %q, want prefix %q", i, errText(it), w.err)
			}
			continue
		}
		if it.Err != nil {
			t.Errorf("item %d: unexpected error %v", i, it.Err)
			continue
		}
		m := it.Meta
		if m.Title != w.title || m.URL != w.url || m.Published != w.published || m.Agency != w.agency || m.Author != w.author ||
			m.Source != w.source || !strings.HasPrefix(it.Body, w.body) {
			t.Errorf("item %d: got %+v body %q\nwant %+v", i, m, it.Body, w)
		}
	}
	info, _ := os.Stat("testdata/news.jsonl")
	if total != info.Size() {
		t.Errorf("items account for %d bytes, the file has %d", total-0, info.Size())
	}
	// The good records become articles with the metadata applied.
	a, err := items[0].Article()
	if err != nil {
		t.Fatal(err)
	}
	if a.Headline != "누리바이오, 대전에 신약 연구소 세운다" || a.Published != "2025-03-12" || a.URL != "https://news.example.kr/view/1" ||
		a.Source != "testdata/news.jsonl:1" || a.ID == "" {
		t.Errorf("article = %+v", a)
	}
}

func TestJSONLFieldMapping(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "custom.jsonl")
	data := `{"headline_ko":"제목 하나","story":"본문 첫 문장이다.","when":"2024-01-05","outlet":"가상일보"}` + "\n"
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	fm, err := ParseFieldFlags([]string{"title=headline_ko", "text=story", "published=when", "agency=outlet"})
	if err != nil {
		t.Fatal(err)
	}
	items := collect(t, &Reader{Fields: fm}, path)
	if len(items) != 1 || items[0].Err != nil {
		t.Fatalf("items = %+v", items)
	}
	m := items[0].Meta
	if m.Title != "제목 하나" || items[0].Body != "본문 첫 문장이다." || m.Published != "2024-01-05" || m.Agency != "가상일보" {
		t.Errorf("meta = %+v body %q", m, items[0].Body)
	}
	// Without the mapping the record has no text, and the error says which keys it has.
	items = collect(t, &Reader{}, path)
	if len(items) != 1 || !strings.Contains(errText(items[0]), "record has keys headline_ko, outlet, story, when") {
		t.Errorf("unmapped: %v", errText(items[0]))
	}
}

func TestJSONLLongLine(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "long.jsonl")
	long := `{"title":"긴 줄","text":"` + strings.Repeat("가", 2000) + `"}`
	data := long + "\n" + `{"title":"짧은 줄","text":"짧은 본문이다."}` + "\n"
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	items := collect(t, &Reader{MaxBytes: 1 << 10}, path)
	if len(items) != 2 {
		t.Fatalf("got %d items", len(items))
	}
	if !strings.Contains(errText(items[0]), "long.jsonl:1: line larger than 1 KiB") || !errors.Is(items[0].Err, ErrTooLarge) {
		t.Errorf("long line: %v", items[0].Err)
	}
	if items[1].Err != nil || items[1].Meta.Title != "짧은 줄" || items[1].Source != path+":2" {
		t.Errorf("line after the long one: %+v", items[1])
	}
}

func TestJSONFiles(t *testing.T) {
	fm, err := ParseFieldFlags([]string{"text=sentences", "url=source", "agency="})
	if err != nil {
		t.Fatal(err)
	}
	items := collect(t, &Reader{Fields: fm}, "testdata/sentences.json")
	if len(items) != 1 || items[0].Err != nil {
		t.Fatalf("sentences.json: %+v", items)
	}
	it := items[0]
	if it.Source != "testdata/sentences.json" || it.Meta.URL != "https://news.example.kr/s/9" || it.Meta.Agency != "" ||
		it.Body != "한강자동차가 울산 공장에서 1톤 전기 트럭 양산을 시작했다\n회사는 올해 1만 대를 생산할 계획이다" {
		t.Errorf("sentences.json: %+v", it)
	}

	items = collect(t, &Reader{}, "testdata/array.json")
	if len(items) != 3 {
		t.Fatalf("array.json: %d items", len(items))
	}
	if items[0].Source != "testdata/array.json#1" || items[0].Meta.Published != "2025.06.10" || items[0].Err != nil {
		t.Errorf("array.json#1: %+v", items[0])
	}
	if !strings.Contains(errText(items[1]), "array.json#2: no article text") {
		t.Errorf("array.json#2: %v", items[1].Err)
	}
	if items[2].Source != "testdata/array.json#3" || items[2].Meta.Title != "금강소재, 배터리 소재 공장 증설" {
		t.Errorf("array.json#3: %+v", items[2])
	}
	a, err := items[0].Article()
	if err != nil || a.Published != "2025-06-10" {
		t.Errorf("array.json#1 article: %v, %+v", err, a)
	}
}

func TestCSV(t *testing.T) {
	fm, err := ParseFieldFlags([]string{"published=작성일", "url=출처", "title=제목", "text=내용"})
	if err != nil {
		t.Fatal(err)
	}
	items := collect(t, &Reader{Fields: fm}, "testdata/articles.csv")
	if len(items) != 3 {
		t.Fatalf("got %d items: %+v", len(items), items)
	}
	if items[0].Source != "testdata/articles.csv:2" || items[0].Meta.Title != "강원도, 산불 감시 드론 40대 배치" ||
		items[0].Body != "강원도가 봄철 산불에 대비해 감시 드론 40대를 배치한다.\n도는 드론 운용 인력 80명도 새로 뽑는다." ||
		items[0].Meta.Published != "2024-11-20" || items[0].Meta.URL != "https://wiki.example.kr/a1" {
		t.Errorf("row 1: %+v", items[0])
	}
	if errText(items[1]) != "testdata/articles.csv:4: 3 fields, the header has 4" {
		t.Errorf("short row: %v", items[1].Err)
	}
	if items[2].Source != "testdata/articles.csv:5" || items[2].Err != nil {
		t.Errorf("row 3: %+v", items[2])
	}
}

func TestHTML(t *testing.T) {
	items := collect(t, &Reader{}, "testdata/page.html")
	if len(items) != 1 || items[0].Err != nil {
		t.Fatalf("items = %+v", items)
	}
	it := items[0]
	m := it.Meta
	if m.Title != "바다해운, 부산항 스마트 터미널 가동" || m.Published != "2025-03-14T09:30:00+09:00" || m.Agency != "한국해양신문" ||
		m.URL != "https://ocean.example.kr/news/20250314-01" || !strings.HasPrefix(m.Author, "이도현") {
		t.Errorf("meta = %+v", m)
	}
	for _, want := range []string{"스마트 컨테이너 터미널을 14일 가동했다", "부산항을 동북아시아 물류의 중심으로", "해양수산부는"} {
		if !strings.Contains(it.Body, want) {
			t.Errorf("body lacks %q:\n%s", want, it.Body)
		}
	}
	for _, junk := range []string{"로그인", "대표전화", "All rights reserved"} {
		if strings.Contains(it.Body, junk) {
			t.Errorf("body keeps page chrome %q:\n%s", junk, it.Body)
		}
	}
	a, err := it.Article()
	if err != nil {
		t.Fatal(err)
	}
	if a.Headline != m.Title || a.Published != "2025-03-14" || len(a.Body) < 3 {
		t.Errorf("article: headline %q published %q body %d paragraphs", a.Headline, a.Published, len(a.Body))
	}
}

func TestHTMLBroken(t *testing.T) {
	dir := t.TempDir()
	for name, page := range map[string]string{
		"nav.html":  "<html><body><nav><a href='/'>홈</a></nav></body></html>",
		"torn.html": "<html><head><title>끊긴 페이지</title></head><body><div><p>본문이 여기서 끊",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(page), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	items := collect(t, &Reader{}, filepath.Join(dir, "nav.html"))
	if len(items) != 1 || !strings.Contains(errText(items[0]), "nav.html: no article text found in the HTML page") {
		t.Errorf("nav.html: %+v", items)
	}
	// Torn markup is read best effort: the text that is there comes through.
	items = collect(t, &Reader{}, filepath.Join(dir, "torn.html"))
	if len(items) != 1 {
		t.Fatalf("torn.html: %d items", len(items))
	}
	if items[0].Err == nil && !strings.Contains(items[0].Body, "본문이 여기서 끊") {
		t.Errorf("torn.html body %q", items[0].Body)
	}
}

func TestFeeds(t *testing.T) {
	items := collect(t, &Reader{}, "testdata/feed.rss", "testdata/feed.atom")
	if len(items) != 5 {
		t.Fatalf("got %d items", len(items))
	}
	type want struct {
		source, title, published, author, body, err string
	}
	wants := []want{
		{source: "https://news.example.kr/articles/1001", title: "모아로보틱스, 물류 로봇 500대 수주", published: "2025-04-07", author: "최승민 기자",
			body: "모아로보틱스가 국내 최대 택배 회사에서 물류 로봇 500대를 수주했다고 7일 밝혔다.\n계약 금액은 650억원으로"},
		{source: "https://news.example.kr/articles/1002", title: "청솔게임즈 신작, 출시 첫 주 100만 내려받기", published: "2025-04-08",
			body: "청솔게임즈의 모바일 신작이 출시 일주일 만에 내려받기 100만 건을 넘어섰다. 회사는 해외 출시를 다음 달로"},
		{source: "testdata/feed.rss#3", err: "testdata/feed.rss#3: feed item has no description or content"},
		{source: "https://science.example.kr/77", title: "대전첨단대 연구팀, 상온 양자 소자 개발", published: "2025-05-01", author: "한보람",
			body: "대전첨단대 윤재원 교수 연구팀이 상온에서 작동하는 양자 소자를 개발했다고 1일 밝혔다.\n연구 결과는"},
		{source: "https://science.example.kr/78", title: "우주항공 스타트업, 소형 위성 발사 성공", published: "2025-05-02",
			body: "국내 우주항공 스타트업이 만든 소형 위성이 2일 궤도에 올랐다."},
	}
	var total int64
	for i, w := range wants {
		it := items[i]
		total += it.Bytes
		if it.Source != w.source {
			t.Errorf("item %d: source %q, want %q", i, it.Source, w.source)
		}
		if w.err != "" {
			if errText(it) != w.err {
				t.Errorf("item %d: error %q, want %q", i, errText(it), w.err)
			}
			continue
		}
		m := it.Meta
		if it.Err != nil || m.Title != w.title || m.Published != w.published || m.Author != w.author ||
			m.URL != w.source || !strings.HasPrefix(it.Body, w.body) {
			t.Errorf("item %d: %+v body %q err %v\nwant %+v", i, m, it.Body, it.Err, w)
		}
	}
	rss, _ := os.Stat("testdata/feed.rss")
	atom, _ := os.Stat("testdata/feed.atom")
	if total != rss.Size()+atom.Size() {
		t.Errorf("items account for %d bytes, the files have %d", total, rss.Size()+atom.Size())
	}
}

func TestFeedBroken(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "broken.rss")
	if err := os.WriteFile(path, []byte(`<?xml version="1.0"?><rss><channel><item><title>끊긴`), 0o644); err != nil {
		t.Fatal(err)
	}
	items := collect(t, &Reader{}, path)
	if len(items) != 1 || !strings.Contains(errText(items[0]), "broken.rss: parsing feed:") {
		t.Errorf("broken feed: %+v", items)
	}
}

func TestFolderWalk(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"a/story.txt":         "폴더 속 기사\n\n폴더 안에 있는 기사 본문이다.",
		"a/b/more.md":         "# 마크다운 기사\n\n마크다운으로 쓴 기사 본문이다.",
		"a/b/news.jsonl":      `{"title":"줄 기사","text":"JSON Lines 기사 본문이다."}` + "\n",
		"a/.hidden.txt":       "숨은 파일\n\n읽으면 안 된다.",
		".git/config.txt":     "숨은 폴더\n\n읽으면 안 된다.",
		"a/photo.png":         "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00",
		"a/empty.txt":         "",
		"a/tool.go":           "package main\n",
		"a/README.md":         "# 데이터 설명\n\n이 폴더의 기사들에 대한 설명이다.",
		"a/b/LICENSE":         "저작권 안내\n\n이용 조건을 적은 파일이다.",
		"a/b/c/page.html":     "<html><head><title>웹 기사</title></head><body><article><p>웹 페이지 기사 본문이 여기에 있다. 충분히 긴 문장을 두 개 넣어 본문으로 읽히게 한다.</p><p>두 번째 문단도 기사 내용을 담고 있어서 추출기가 본문으로 판단한다.</p></article></body></html>",
		"a/b/c/d/feed.xml":    `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><title>피드 기사</title><link>https://x.example/1</link><description>피드 기사 본문이다.</description></item></channel></rss>`,
		"a/b/c/d/sitemap.xml": `<?xml version="1.0"?><urlset></urlset>`,
	}
	for name, data := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	items := collect(t, &Reader{}, dir)
	var got, skipped []string
	for _, it := range items {
		rel, _ := filepath.Rel(dir, strings.SplitN(it.Source, ":", 2)[0])
		switch {
		case it.Skipped:
			skipped = append(skipped, rel)
		case it.Err != nil:
			t.Errorf("unexpected failure %v", it.Err)
		case strings.HasPrefix(it.Source, "https://"):
			got = append(got, string(it.Format)+" "+it.Source)
		default:
			got = append(got, string(it.Format)+" "+rel)
		}
	}
	wantGot := []string{"jsonl a/b/news.jsonl", "text a/b/more.md", "html a/b/c/page.html", "rss https://x.example/1", "text a/story.txt"}
	slices.Sort(got)
	slices.Sort(wantGot)
	if !slices.Equal(got, wantGot) {
		t.Errorf("items:\n got %q\nwant %q", got, wantGot)
	}
	wantSkipped := []string{"a/README.md", "a/b/LICENSE", "a/b/c/d/sitemap.xml", "a/empty.txt", "a/photo.png", "a/tool.go"}
	slices.Sort(skipped)
	if !slices.Equal(skipped, wantSkipped) {
		t.Errorf("skipped:\n got %q\nwant %q", skipped, wantSkipped)
	}
	var sum int64
	for _, it := range items {
		sum += it.Bytes
	}
	if total := TotalBytes([]string{dir}); total != sum {
		t.Errorf("TotalBytes = %d, items account for %d", total, sum)
	}
}

func TestExplicitInputs(t *testing.T) {
	dir := t.TempDir()
	png := filepath.Join(dir, "photo.png")
	if err := os.WriteFile(png, []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), 0o644); err != nil {
		t.Fatal(err)
	}
	items := collect(t, &Reader{}, png, filepath.Join(dir, "missing.txt"))
	if len(items) != 2 {
		t.Fatalf("got %d items", len(items))
	}
	if !strings.Contains(errText(items[0]), "photo.png: does not look like a news article") {
		t.Errorf("png named explicitly: %v", items[0].Err)
	}
	if !strings.Contains(errText(items[1]), "missing.txt: no such file or directory") {
		t.Errorf("missing file: %v", items[1].Err)
	}

	stdin := strings.NewReader(`{"title":"표준 입력 기사","text":"표준 입력으로 들어온 본문이다."}` + "\n" +
		`{"title":"둘째 기사","text":"둘째 본문이다."}` + "\n")
	items = collect(t, &Reader{Stdin: stdin}, "-")
	if len(items) != 2 || items[0].Source != "-:1" || items[0].Format != JSONL || items[0].Meta.Title != "표준 입력 기사" ||
		items[1].Source != "-:2" {
		t.Errorf("stdin: %+v", items)
	}
	items = collect(t, &Reader{Format: Text, Stdin: strings.NewReader("강제 텍스트\n\n{본문도 텍스트로 읽힌다}")}, "-")
	if len(items) != 1 || items[0].Format != Text || items[0].Source != "-" {
		t.Errorf("forced text: %+v", items)
	}
}

func TestTooLarge(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "big.txt")
	if err := os.WriteFile(path, []byte("제목\n\n"+strings.Repeat("아주 긴 본문. ", 200)), 0o644); err != nil {
		t.Fatal(err)
	}
	items := collect(t, &Reader{MaxBytes: 1 << 10}, path)
	if len(items) != 1 || !strings.Contains(errText(items[0]), "big.txt: article larger than 1 KiB") || !errors.Is(items[0].Err, ErrTooLarge) {
		t.Errorf("too large: %+v", items)
	}
}

func TestStringValue(t *testing.T) {
	tests := []struct {
		field Field
		raw   string
		want  string
		err   string
	}{
		{FieldText, `"본문"`, "본문", ""},
		{FieldText, `["첫 문장", null, "둘째 문장"]`, "첫 문장\n둘째 문장", ""},
		{FieldAuthor, `["김기자", "이기자"]`, "김기자, 이기자", ""},
		{FieldAuthor, `{"name": "박기자"}`, "박기자", ""},
		{FieldPublished, `1743465600`, "2025-04-01", ""},
		{FieldPublished, `1743465600000`, "2025-04-01", ""},
		{FieldPublished, `-5`, "", "not a date"},
		// 8 digits are YYYYMMDD, never seconds (20240104 s is 1970-08-23).
		{FieldPublished, `20240104`, "2024-01-04", ""},
		{FieldPublished, `20241304`, "", "not a valid YYYYMMDD"},
		{FieldPublished, `202401041530`, "2024-01-04", ""},
		{FieldPublished, `20240104153000`, "2024-01-04", ""},
		{FieldPublished, `1743465600.25`, "2025-04-01", ""},
		{FieldPublished, `20240104.5`, "", "fit no rule"},
		{FieldPublished, `123456`, "", "fit no rule"},
		{FieldPublished, `1e30`, "", "not a date"},
		{FieldTitle, `12345`, "12345", ""},
		{FieldText, `true`, "", "is a boolean"},
		{FieldText, `{"a": 1}`, "", "is an object"},
	}
	for _, tt := range tests {
		got, err := stringValue(tt.field, []byte(tt.raw))
		if tt.err != "" {
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("stringValue(%s, %s) error = %v, want %q", tt.field, tt.raw, err, tt.err)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("stringValue(%s, %s) = %q, %v; want %q", tt.field, tt.raw, got, err, tt.want)
		}
	}
}
