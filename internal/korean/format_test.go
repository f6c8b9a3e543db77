package korean

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestWriteTokens(t *testing.T) {
	toks := []Token{
		{Surface: "김철수", POS: "NNP", Class: "인명", Base: "김철수", Start: 0, End: 9, Known: true},
		{Surface: "나선", POS: "VV+ETM", Base: "나서다", Parts: []string{"나서/VV/*", "ᆫ/ETM/*"}, Start: 10, End: 16, Known: true},
	}
	var b strings.Builder
	if err := WriteTokens(&b, toks, "text"); err != nil {
		t.Fatal(err)
	}
	want := "김철수\tNNP\t인명\t김철수\t0-9\n나선\tVV+ETM\t*\t나서다\t10-16\n"
	if b.String() != want {
		t.Errorf("text = %q; want %q", b.String(), want)
	}
	b.Reset()
	if err := WriteTokens(&b, toks, "json"); err != nil {
		t.Fatal(err)
	}
	var back []Token
	if err := json.Unmarshal([]byte(b.String()), &back); err != nil {
		t.Fatalf("json output %q: %v", b.String(), err)
	}
	if len(back) != 2 || back[1].Base != "나서다" || back[0].Class != "인명" || back[1].Parts[0] != "나서/VV/*" {
		t.Errorf("json round trip = %+v", back)
	}
	b.Reset()
	if err := WriteTokens(&b, nil, "json"); err != nil || b.String() != "[]\n" {
		t.Errorf("empty json = %q, %v", b.String(), err)
	}
	if err := WriteTokens(&b, toks, "xml"); err == nil {
		t.Error("unknown format: no error")
	}
}
