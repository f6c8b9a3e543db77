package store

import (
	"strconv"
	"strings"
	"testing"

	"github.com/sosik-news/sosik/internal/extract"
)

// FuzzDecodeDecision reads arbitrary bytes as a stored link decision: a
// damaged row gives an error or a decision, never a panic, and what reads
// without error has no more signals or candidates than the bytes can hold.
func FuzzDecodeDecision(f *testing.F) {
	rc := recordContext{name: "홍길동", date: "2024-05-01", nameOf: func(eid int64) string { return "후보" + strconv.FormatInt(eid, 10) }}
	c := CandidateScore{EntityID: 3, Name: "홍길동", Signals: []Signal{{Kind: signalName, Detail: "홍길동"}, {Kind: signalAff, Detail: "한빛전자", Weight: 1}}}
	c.Score = total(c.Signals)
	other := CandidateScore{EntityID: 4, Name: "홍길동", Signals: []Signal{{Kind: signalName, Detail: "홍길동"}}}
	if blob, ok := encodeDecision(&linkDecision{chosen: &c, all: []CandidateScore{c, other}}, rc); ok {
		f.Add(blob)
	}
	for _, seed := range [][]byte{{}, {0}, {1}, {4, 0x05, 0x04}, {6, 0, 1, 2, 0, 0}, {4, 0x3f}, {4, 0x8f, 1, 2}} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, blob []byte) {
		d, err := decodeDecision(blob, rc, "홍길동")
		if err != nil {
			return
		}
		if n := len(d.signals) + len(d.others); n > len(blob) {
			t.Fatalf("%d signals and candidates from %d bytes", n, len(blob))
		}
	})
}

// FuzzParseSpans reads arbitrary text as stored span offsets: an error or
// spans, never a panic; spans written by spansOfText read back the same.
func FuzzParseSpans(f *testing.F) {
	for _, seed := range []string{"", "0,3", "0,3,5,9", "1,", ",", "a,b", "3,1", "-1,4", "99999999999999999999,1"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, s string) {
		spans, err := parseSpans(s)
		if err != nil {
			return
		}
		text := strings.Repeat("가", 8)
		var in []extract.Span
		for _, sp := range spans {
			if sp.Start >= 0 && sp.Start <= sp.End && sp.End <= len(text) {
				in = append(in, extract.Span{Start: sp.Start, End: sp.End, Text: text[sp.Start:sp.End]})
			}
		}
		out, ok := spansOfText(text, in)
		if !ok {
			t.Fatalf("spans cut from the text not written: %v", in)
		}
		back, err := parseSpans(out)
		if err != nil || len(back) != len(in) {
			t.Fatalf("%q read back as %v, %v; want %d spans", out, back, err, len(in))
		}
		for i := range back {
			if back[i].Start != in[i].Start || back[i].End != in[i].End {
				t.Fatalf("span %d read back as %v, want %v", i, back[i], in[i])
			}
		}
	})
}
