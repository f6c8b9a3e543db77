package extract

import (
	"strings"
	"testing"
)

// FuzzParseEventLexicon: extra rows in any table give a lexicon or an
// error, never a panic; a lexicon read has a frame for every type.
func FuzzParseEventLexicon(f *testing.F) {
	f.Add("오찬\tMEET\tnoun\n", "", "공산\tspeculated\tchain\ttext\n")
	f.Add("만나다\tMEET\tverb\t만나_앉\n", "MEET\t2\tyes\tno\n", "않/VX\tnegation\tchain\tmorph\n")
	f.Add("\t\t\t\n", "X\t0\tno\tno\n", "/\tdenied\tpred\tmorph\n")
	f.Fuzz(func(t *testing.T, events, frames, cert string) {
		read := func(name string) string {
			b, err := eventFS.ReadFile("lexicon/" + name)
			if err != nil {
				t.Fatal(err)
			}
			return string(b)
		}
		ex, err := parseEventLexicon(strings.NewReader(read("events.tsv")+"\n"+events),
			strings.NewReader(read("frames.tsv")+"\n"+frames), strings.NewReader(read("certainty.tsv")+"\n"+cert),
			strings.NewReader(read("event_links.txt")))
		if err != nil {
			return
		}
		for _, typ := range EventTypes {
			if _, ok := ex.frames[typ]; !ok {
				t.Errorf("no frame for %s", typ)
			}
		}
		for _, m := range ex.markers {
			if m.text == "" {
				t.Errorf("empty marker %+v", m)
			}
		}
	})
}
