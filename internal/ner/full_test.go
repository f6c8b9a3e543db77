package ner

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/sosik-news/sosik/internal/korean"
)

// TestFullKMOU trains on all of KMOU (minus the dev split) and reports
// entity F1 on the KMOU dev split and on KLUE-NER dev. It takes minutes, so
// it runs only when SOSIK_NER_FULL=1:
//
//	SOSIK_NER_FULL=1 go test -run TestFullKMOU -v -timeout 30m ./internal/ner
//
// SOSIK_NER_EPOCHS, SOSIK_NER_BITS and SOSIK_NER_GAZ=0 change the setup;
// the model is written to $SOSIK_NER_MODEL (default /tmp/sosik-ner-kmou.model).
func TestFullKMOU(t *testing.T) {
	if os.Getenv("SOSIK_NER_FULL") != "1" {
		t.Skip("set SOSIK_NER_FULL=1 to train and evaluate on the full corpora")
	}
	data := sharedData(t)
	trainFiles, devFiles := kmouSplit(t, data)
	train := readFiles(t, readKMOUFile, trainFiles...)
	dev := readFiles(t, readKMOUFile, devFiles...)
	klue := readFiles(t, readKLUEFile, filepath.Join(data, "eval", "klue-ner-v1.1-fix", "klue-ner-v1.1_dev.tsv"))
	if os.Getenv("SOSIK_NER_NOPARTIAL") == "1" {
		for i := range train {
			train[i].Unannotated = nil
		}
	}
	opts := TrainOptions{Seed: 1}
	opts.Epochs, _ = strconv.Atoi(os.Getenv("SOSIK_NER_EPOCHS"))
	opts.HashBits, _ = strconv.Atoi(os.Getenv("SOSIK_NER_BITS"))
	opts.Dropout, _ = strconv.ParseFloat(os.Getenv("SOSIK_NER_DROPOUT"), 64)
	if os.Getenv("SOSIK_NER_GAZ") != "0" {
		g, err := LoadGazetteer(filepath.Join(data, "gazetteer"))
		if err != nil {
			t.Fatal(err)
		}
		opts.Gazetteer = g
	}
	t0 := time.Now()
	m, err := Train(train, dev, opts, testWriter{t})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("trained in %s on %d sentences", time.Since(t0).Round(time.Second), len(train))
	path := os.Getenv("SOSIK_NER_MODEL")
	if path == "" {
		path = "/tmp/sosik-ner-kmou.model"
	}
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := m.Save(f); err != nil {
		t.Fatal(err)
	}
	f.Close()
	st, _ := os.Stat(path)
	t1 := time.Now()
	if m, err = Load(path); err != nil {
		t.Fatal(err)
	}
	t.Logf("model %s: %d bytes, loaded in %s", path, st.Size(), time.Since(t1).Round(time.Millisecond))

	a, err := korean.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name  string
		sents []Sentence
	}{{"KMOU dev", dev}, {"KLUE-NER dev", klue}} {
		toks := make([][]korean.Token, len(c.sents))
		ta := time.Now()
		for i, s := range c.sents {
			toks[i] = a.Analyze(s.Text)
		}
		analyze := time.Since(ta)
		gold := make([][]Span, len(c.sents))
		pred := make([][]Span, len(c.sents))
		tt := time.Now()
		for i, s := range c.sents {
			gold[i] = s.Spans
			pred[i] = m.Tag(s.Text, toks[i])
		}
		tag := time.Since(tt)
		r := Score(gold, pred)
		var w strings.Builder
		fmt.Fprintf(&w, "%s (%d sentences): Analyze %.0f sentences/s, Tag %.0f sentences/s (Tag costs %.0f%% of Analyze), GOMAXPROCS %d\n",
			c.name, len(c.sents), float64(len(c.sents))/analyze.Seconds(), float64(len(c.sents))/tag.Seconds(),
			100*tag.Seconds()/analyze.Seconds(), runtime.GOMAXPROCS(0))
		r.Print(&w)
		w.WriteString(breakdown(gold, pred))
		t.Log("\n" + w.String())
	}
}

// testWriter sends progress lines to the test log.
type testWriter struct{ t testing.TB }

func (w testWriter) Write(p []byte) (int, error) {
	w.t.Log(string(p))
	return len(p), nil
}
