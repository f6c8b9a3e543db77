package korean

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ikawaha/kagome/v2/tokenizer"
)

func defaultAnalyzer(t testing.TB) *Analyzer {
	t.Helper()
	a, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func find(toks []Token, surface string) (Token, bool) {
	for _, tk := range toks {
		if tk.Surface == surface {
			return tk, true
		}
	}
	return Token{}, false
}

func TestAnalyze(t *testing.T) {
	a := defaultAnalyzer(t)
	text := "日 출장 나선 김철수, 매출 1,200억원과 3.5% 성장 2025.04.01. 발표했다.\n둘째 줄"
	toks := a.Analyze(text)
	for _, tk := range toks {
		if text[tk.Start:tk.End] != tk.Surface {
			t.Errorf("token %+v: offsets give %q", tk, text[tk.Start:tk.End])
		}
		if strings.TrimSpace(tk.Surface) == "" {
			t.Errorf("white-space token %+v", tk)
		}
	}
	tests := []struct {
		surface, pos, class, base string
	}{
		{"日", "NNG", "", "일"},
		{"김철수", "NNP", "인명", "김철수"},
		{"나선", "VV+ETM", "", "나서다"},
		{"1,200", "SN", "", "1,200"},
		{"3.5", "SN", "", "3.5"},
		{"2025", "SN", "", "2025"},
		{"억", "NR", "", "억"},
		{"발표", "NNG", "행위", "발표"},
	}
	for _, tc := range tests {
		tk, ok := find(toks, tc.surface)
		if !ok {
			t.Errorf("no token %q in %+v", tc.surface, toks)
			continue
		}
		if tk.POS != tc.pos || tk.Class != tc.class || tk.Base != tc.base {
			t.Errorf("token %q = %s/%s/%s; want %s/%s/%s", tc.surface, tk.POS, tk.Class, tk.Base, tc.pos, tc.class, tc.base)
		}
	}
	if tk, _ := find(toks, "나선"); len(tk.Parts) != 2 || tk.Parts[0] != "나서/VV/*" {
		t.Errorf("나선 parts = %q", tk.Parts)
	}
	if got := a.Analyze(""); len(got) != 0 {
		t.Errorf("Analyze(\"\") = %+v", got)
	}
}

func TestUserDict(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "user.tsv")
	// unsorted, with one entry a prefix of another: the index needs them
	// sorted, which the loader must do.
	content := "# names the dictionary lacks\n홍길순\tNNP\t인명\n가나다라전자\tNNP\t기관\n누리별\tNNG\n가나다\tNNP\t인명\n"
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	a, err := NewAnalyzer(path)
	if err != nil {
		t.Fatal(err)
	}
	text := "홍길순와 가나다라전자가 누리별을 만났다. 가나다 씨도 왔다."
	toks := a.Analyze(text)
	for _, tc := range []struct{ surface, pos, class string }{
		{"홍길순", "NNP", "인명"}, {"가나다라전자", "NNP", "기관"}, {"누리별", "NNG", ""}, {"가나다", "NNP", "인명"},
	} {
		tk, ok := find(toks, tc.surface)
		if !ok {
			t.Fatalf("user word %q not a token: %+v", tc.surface, toks)
		}
		if tk.POS != tc.pos || tk.Class != tc.class || !tk.User || !tk.Known {
			t.Errorf("user token %+v; want %s/%s, User", tk, tc.pos, tc.class)
		}
	}
	if tk, ok := find(toks, "와"); !ok || tk.POS == "" {
		t.Errorf("particle after a user word not analysed: %+v", toks)
	}
}

func TestUserDictErrors(t *testing.T) {
	for name, content := range map[string]string{
		"missing POS":  "홍길순\n",
		"duplicate":    "홍길순\tNNP\n홍길순\tNNG\n",
		"bad POS":      "홍길순\tnoun\n",
		"empty":        "# nothing\n",
		"space inside": "홍 길순\tNNP\n",
	} {
		_, err := ReadUserDict(strings.NewReader(content), name)
		if err == nil {
			t.Errorf("%s: no error", name)
		}
	}
	if _, err := NewAnalyzer(filepath.Join(t.TempDir(), "absent.tsv")); err == nil {
		t.Error("missing file: no error")
	}
}

func TestAnalyzeConcurrent(t *testing.T) {
	a := defaultAnalyzer(t)
	want := len(a.Analyze("정부는 오늘 새 대책을 발표했다."))
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 20 {
				if got := len(a.Analyze("정부는 오늘 새 대책을 발표했다.")); got != want {
					t.Errorf("got %d tokens, want %d", got, want)
				}
			}
		}()
	}
	wg.Wait()
}

func benchText(b *testing.B) string {
	b.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "article.txt"))
	if err != nil {
		b.Fatal(err)
	}
	return string(data)
}

// BenchmarkAnalyze measures Analyze, the layer's morphology.
func BenchmarkAnalyze(b *testing.B) {
	a := defaultAnalyzer(b)
	text := benchText(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		a.Analyze(text)
	}
}

// BenchmarkKagomeBare is kagome's own Tokenize on the same text, the
// yardstick for BenchmarkAnalyze and BenchmarkLayer.
func BenchmarkKagomeBare(b *testing.B) {
	sd, err := SystemDict()
	if err != nil {
		b.Fatal(err)
	}
	tk, err := tokenizer.New(sd, tokenizer.OmitBosEos())
	if err != nil {
		b.Fatal(err)
	}
	text := benchText(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		tk.Tokenize(text)
	}
}

// BenchmarkLayer is everything the extraction stage runs per article:
// morphology, sentences, hanja, amounts and dates.
func BenchmarkLayer(b *testing.B) {
	a := defaultAnalyzer(b)
	text := benchText(b)
	ref := ymd(2025, 4, 10)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		a.Analyze(text)
		Sentences(text)
		Hanja(text)
		Amounts(text)
		Dates(text, ref)
	}
}

// BenchmarkScanners is the layer without morphology.
func BenchmarkScanners(b *testing.B) {
	text := benchText(b)
	ref := ymd(2025, 4, 10)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Sentences(text)
		Hanja(text)
		Amounts(text)
		Dates(text, ref)
	}
}

// BenchmarkLayerOverKagome times bare kagome and the whole layer in turns
// within each iteration, so that load from other processes hits both alike.
// "layer/kagome" is the ratio of the median times, the figure the layer is
// held to (≤ 1.3); "min-ratio" the ratio of the fastest runs;
// "analyze/kagome" the share of Analyze alone.
func BenchmarkLayerOverKagome(b *testing.B) {
	sd, err := SystemDict()
	if err != nil {
		b.Fatal(err)
	}
	tk, err := tokenizer.New(sd, tokenizer.OmitBosEos())
	if err != nil {
		b.Fatal(err)
	}
	a := defaultAnalyzer(b)
	text := benchText(b)
	ref := ymd(2025, 4, 10)
	var kag, layer, morph []time.Duration
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		t0 := time.Now()
		tk.Tokenize(text)
		t1 := time.Now()
		a.Analyze(text)
		tm := time.Now()
		Sentences(text)
		Hanja(text)
		Amounts(text)
		Dates(text, ref)
		t2 := time.Now()
		kag = append(kag, t1.Sub(t0))
		layer = append(layer, t2.Sub(t1))
		morph = append(morph, tm.Sub(t1))
	}
	slices.Sort(kag)
	slices.Sort(layer)
	slices.Sort(morph)
	mk, ml := kag[len(kag)/2], layer[len(layer)/2]
	b.ReportMetric(float64(ml)/float64(mk), "layer/kagome")
	b.ReportMetric(float64(layer[0])/float64(kag[0]), "min-ratio")
	b.ReportMetric(float64(morph[len(morph)/2])/float64(mk), "analyze/kagome")
	b.ReportMetric(float64(len(text))/ml.Seconds()/1e6, "layerMB/s")
	b.ReportMetric(float64(len(text))/mk.Seconds()/1e6, "kagomeMB/s")
}
