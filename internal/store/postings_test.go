package store

import (
	"slices"
	"testing"

	"github.com/RoaringBitmap/roaring/v2"
)

func TestPostingWithin(t *testing.T) {
	rids := []uint32{1, 2, 63, 64, 65, 127, 128, 200, 70000, 70001}
	e := &posting{bm: roaring.BitmapOf(rids...), upTo: 70001}
	tests := []struct {
		name           string
		lo, hi, maxRid int64
		want           []int64
	}{
		{"all", 1, 70001, 70001, []int64{1, 2, 63, 64, 65, 127, 128, 200, 70000, 70001}},
		{"word edges", 63, 128, 70001, []int64{63, 64, 65, 127, 128}},
		{"inside a word", 64, 64, 70001, []int64{64}},
		{"high end at a word's last bit", 2, 127, 70001, []int64{2, 63, 64, 65, 127}},
		{"an older snapshot", 1, 150, 150, []int64{1, 2, 63, 64, 65, 127, 128}},
		{"empty window", 66, 126, 70001, nil},
		{"window reversed", 5, 4, 70001, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			set := e.within(tt.lo, tt.hi, tt.maxRid)
			if len(set) != int(tt.maxRid/64+1) {
				t.Fatalf("set of %d words, want %d", len(set), tt.maxRid/64+1)
			}
			var got []int64
			set.each(0, func(rid int64) { got = append(got, rid) })
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

func TestPostingsEvictAndCount(t *testing.T) {
	p := &postings{budget: 1 << 20}
	for _, k := range []string{"a", "b", "c"} {
		p.put(k, roaring.BitmapOf(1, 2, 3), 10)
	}
	p.budget = p.size() // full: the next one evicts
	p.get("a")          // a is used again: b is now the least recent
	p.put("d", roaring.BitmapOf(4, 5, 6, 7, 8, 9, 10), 10)
	var kept []string
	for _, k := range []string{"a", "b", "c", "d"} {
		if p.get(k) != nil {
			kept = append(kept, k)
		}
	}
	if size := p.size(); size > p.budget || !slices.Contains(kept, "a") || !slices.Contains(kept, "d") || slices.Contains(kept, "b") {
		t.Errorf("kept %v in %d bytes, want a and d without b within %d", kept, size, p.budget)
	}
	if old := p.put("d", roaring.BitmapOf(4), 5); old.upTo != 10 || old.bm.GetCardinality() != 7 {
		t.Errorf("an older lookup replaced the kept one: up to %d, %d rids", old.upTo, old.bm.GetCardinality())
	}
	p.setCount("x", 10, 3)
	if n, ok := p.count("x", 10); !ok || n != 3 {
		t.Errorf("count at 10: %d %v, want 3", n, ok)
	}
	if _, ok := p.count("x", 11); ok {
		t.Error("a count read at 10 answered for 11")
	}
	p.setCount("y", 11, 5)
	if _, ok := p.count("x", 11); ok {
		t.Error("the counts of 10 survived a newer snapshot")
	}
	if first, again, kept := p.asked("q"), p.asked("q"), p.asked("a"); first || !again || !kept {
		t.Errorf("asked q first %v, again %v; asked a, kept: %v; want false, true, true", first, again, kept)
	}
	p.setVerdict("국회", 7, true)
	p.setVerdict("국회", 8, false)
	for rid, want := range map[int64]int8{7: 1, 8: 0, 9: -1} {
		if got := p.verdictOf("국회", rid); got != want {
			t.Errorf("verdict of %d: %d, want %d", rid, got, want)
		}
	}
}

// TestNarrowed checks when a plan's window counts as narrow: a lookup not
// kept is then read for the window alone the first time, while a wider
// window reads it whole and keeps it.
func TestNarrowed(t *testing.T) {
	for _, tt := range []struct {
		lo, hi, maxRid int64
		want           bool
	}{
		{1, 1000, 1000, false},
		{501, 1000, 1000, false}, // exactly half
		{502, 1000, 1000, true},
		{1, 400, 1000, true},
		{300, 900, 1000, false},
		{5, 4, 1000, true}, // empty
	} {
		e := &searchExec{lo: tt.lo, hi: tt.hi, snap: &colSnap{maxRid: tt.maxRid}}
		if got := e.narrowed(); got != tt.want {
			t.Errorf("[%d, %d] of %d: narrowed %v, want %v", tt.lo, tt.hi, tt.maxRid, got, tt.want)
		}
	}
}
