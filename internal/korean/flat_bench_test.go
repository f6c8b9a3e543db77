package korean

import (
	"bytes"
	"slices"
	"testing"
	"time"

	ko "github.com/ikawaha/kagome-dict-ko"
	"github.com/ikawaha/kagome/v2/tokenizer"
)

// BenchmarkFlatOverZip times Analyze over the flat dictionary and over the
// zip form in turns within each iteration, so that load from other
// processes hits both alike; "flat/zip" is the ratio of the median times.
func BenchmarkFlatOverZip(b *testing.B) {
	flat := defaultAnalyzer(b)
	ud, err := ReadUserDict(bytes.NewReader(shippedNames), "names.tsv")
	if err != nil {
		b.Fatal(err)
	}
	zt, err := tokenizer.New(ko.Dict(), tokenizer.OmitBosEos(), tokenizer.UserDict(ud))
	if err != nil {
		b.Fatal(err)
	}
	zip := &Analyzer{tok: zt}
	text := benchText(b)
	var f, z []time.Duration
	for b.Loop() {
		t0 := time.Now()
		flat.Analyze(text)
		t1 := time.Now()
		zip.Analyze(text)
		t2 := time.Now()
		f, z = append(f, t1.Sub(t0)), append(z, t2.Sub(t1))
	}
	slices.Sort(f)
	slices.Sort(z)
	b.ReportMetric(float64(f[len(f)/2])/float64(z[len(z)/2]), "flat/zip")
	b.ReportMetric(float64(f[0])/float64(z[0]), "min-ratio")
}
