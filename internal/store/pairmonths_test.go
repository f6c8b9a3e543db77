package store

import (
	"reflect"
	"testing"
)

// A pair's months blob keeps its counts by month through additions, and a
// period sums the months it covers (the undated month 0 only when open).
func TestPairMonths(t *testing.T) {
	var blob []byte
	var err error
	for _, m := range []int64{24301, 0, 24301, 24290, 24400, 24301} {
		if blob, err = addMonth(blob, m); err != nil {
			t.Fatal(err)
		}
	}
	want := []monthCount{{0, 1}, {24290, 1}, {24301, 3}, {24400, 1}}
	if got, err := decodeMonths(blob); err != nil || !reflect.DeepEqual(got, want) {
		t.Fatalf("months %v (%v), want %v", got, err, want)
	}
	// 0 (1 count), 24290 as 3 varint bytes and a count, then steps of 11
	// and 99 (one byte each) with their counts.
	if wantBlob := []byte{0, 1, 0xe2, 0xbd, 0x01, 1, 11, 3, 99, 1}; !reflect.DeepEqual(blob, wantBlob) {
		t.Errorf("blob % x, want % x", blob, wantBlob)
	}
	for _, c := range []struct {
		p    period
		want int64
	}{
		{period{}, 6},
		{period{from: "2024-03"}, 5}, // 24290 = 2024-03: 24290, 24301, 24400
		{period{to: "2024-03"}, 1},   // 24290 only: the undated month is left out
		{period{"2024-04", "2024-12"}, 0},
		{period{"2025-02", "2025-02"}, 3}, // 24301 = 2025-02
		{period{"2033-05", ""}, 1},        // 24400 = 2033-05
	} {
		if got, err := c.p.months().sum(blob); err != nil || got != c.want {
			t.Errorf("sum in %+v = %d (%v), want %d", c.p, got, err, c.want)
		}
	}
	for _, bad := range [][]byte{{0x80}, {5}, {1, 0x80}} {
		if _, err := decodeMonths(bad); err == nil {
			t.Errorf("decodeMonths(% x): no error", bad)
		}
	}
}
