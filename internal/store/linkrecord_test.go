package store

import (
	"reflect"
	"testing"
)

// TestLinkRecordRoundTrip stores decisions in their compact form and reads
// them back: the chosen candidate's signals exactly, the contested
// candidates (a vetoed one with its veto only), the count of the others.
func TestLinkRecordRoundTrip(t *testing.T) {
	names := map[int64]string{1: "추미애", 2: "추미애", 3: "추미애", 4: "이방카 트럼프", 5: "민주당", 6: "민주당"}
	sig := func(kind, detail string, w float64) Signal { return Signal{Kind: kind, Detail: detail, Weight: w} }
	cand := func(eid int64, sigs ...Signal) CandidateScore {
		return CandidateScore{EntityID: eid, Name: names[eid], Signals: sigs, Score: total(sigs), Vetoed: vetoed(sigs)}
	}
	tests := []struct {
		name, given, date string
		all               []CandidateScore
		chosen            int // index in all, -1 none
		wantOthers        []CandidateScore
		wantDropped       int
		wantBytes         int // at most
	}{
		{"one candidate, derived name and time span", "추미애", "2020-01-03",
			[]CandidateScore{cand(1, sig(signalName, "추미애", 0), sig(signalTime, "2020-01-03, seen 2016-08-28 … 2017-05-10", wTimeNear),
				sig(signalAff, "법무부 ≠ 더불어민주당", wAffOther), sig(signalCo, "문재인", wCoPerson))},
			0, nil, 0, 60},
		{"contested, vetoed and dropped candidates", "추미애", "2020-01-03",
			[]CandidateScore{cand(1, sig(signalName, "추미애", 0), sig(signalAff, "법무부", wAffSame), sig(signalTitle, "장관 seen", wTitleSame)),
				cand(2, sig(signalName, "추미애", 0), sig(signalTime, "9 years apart", 0.5)),
				cand(3, sig(signalName, "추미애", 0), sig(signalAff, "법무부 ≠ 시인협회", wAffOther), sig(signalTitle, "장관 ≠ 시인", wProfession)),
				cand(4, sig(signalAlias, "트럼프", 0), sig(signalFullName, "추미애 ≠ 이방카 트럼프", vetoWeight), sig(signalTime, "12 years apart", wTimeFar))},
			0, []CandidateScore{cand(2, sig(signalName, "추미애", 0), sig(signalTime, "9 years apart", 0.5)),
				cand(4, sig(signalFullName, "추미애 ≠ 이방카 트럼프", vetoWeight))}, 1, 80},
		{"none chosen: every candidate kept", "민주당", "",
			[]CandidateScore{cand(5, sig(signalName, "민주당", 0), sig(signalCountry, "no cue for US", wCountryNoCue)),
				cand(6, sig(signalAlias, "민주당", 0), sig(signalRename, "민주당 renamed 더불어민주당 on 2015-12-28", wRenameEra), sig(signalCo, "x", 0.1))},
			-1, []CandidateScore{cand(5, sig(signalName, "민주당", 0), sig(signalCountry, "no cue for US", wCountryNoCue)),
				cand(6, sig(signalAlias, "민주당", 0), sig(signalRename, "민주당 renamed 더불어민주당 on 2015-12-28", wRenameEra), sig(signalCo, "x", 0.1))}, 0, 100},
		{"an undated span and an unknown kind stay strings", "추미애", "2020",
			[]CandidateScore{cand(1, sig(signalName, "추미애 ", 0), sig(signalTime, "2020, seen 2016 … 2017", wTimeNear), sig("new kind", "d", 1))},
			0, nil, 0, 60},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dec := &linkDecision{all: tt.all}
			if tt.chosen >= 0 {
				dec.chosen = &dec.all[tt.chosen]
			}
			rc := recordContext{name: tt.given, date: tt.date, nameOf: func(x int64) string { return names[x] }}
			blob, ok := encodeDecision(dec, rc)
			if !ok || len(blob) > tt.wantBytes {
				t.Fatalf("stored %d bytes (ok %v), want at most %d", len(blob), ok, tt.wantBytes)
			}
			chosenName := ""
			if dec.chosen != nil {
				chosenName = dec.chosen.Name
			}
			got, err := decodeDecision(blob, rc, chosenName)
			if err != nil {
				t.Fatal(err)
			}
			if got.linked != (dec.chosen != nil) || got.dropped != tt.wantDropped {
				t.Errorf("linked %v dropped %d, want %v %d", got.linked, got.dropped, dec.chosen != nil, tt.wantDropped)
			}
			if dec.chosen != nil && !reflect.DeepEqual(got.signals, dec.chosen.Signals) {
				t.Errorf("signals\n %+v\nwant\n %+v", got.signals, dec.chosen.Signals)
			}
			if !reflect.DeepEqual(got.others, tt.wantOthers) {
				t.Errorf("others\n %+v\nwant\n %+v", got.others, tt.wantOthers)
			}
			if _, err := decodeDecision(blob[:len(blob)-1], rc, chosenName); err == nil {
				t.Error("a truncated record decodes")
			}
		})
	}
	if _, ok := encodeDecision(&linkDecision{}, recordContext{}); ok {
		t.Error("a decision with no candidate is stored")
	}
}
