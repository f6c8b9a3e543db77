package ner

import (
	"bufio"
	"encoding/csv"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// Gazetteer is a set of names, each with the labels it is known under. The
// model keeps only 64-bit hashes of the names, so a saved model carries its
// gazetteer without carrying the lists' text.
type Gazetteer struct {
	words map[uint64]byte // name hash -> bit set of label indexes
}

func wordHash(w string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(w))
	return h.Sum64()
}

// Add records name under label (one of Labels); unknown labels and empty
// names are ignored.
func (g *Gazetteer) Add(name, label string) {
	li := labelIndex(label)
	name = strings.TrimSpace(name)
	if li < 0 || name == "" {
		return
	}
	if g.words == nil {
		g.words = map[uint64]byte{}
	}
	g.words[wordHash(name)] |= 1 << li
}

// Len returns the number of distinct names.
func (g *Gazetteer) Len() int { return len(g.words) }

func (g *Gazetteer) lookup(w string) byte {
	if g == nil || len(g.words) == 0 {
		return 0
	}
	return g.words[wordHash(w)]
}

// LoadGazetteer reads the gazetteer lists found under dir (the layout of
// ../shared/data/gazetteer): songys-entity (ner_dic.song.{PS,LC,DT,TI}.tsv,
// one name a line), krx-listed (CSV with a Name column: company names,
// ORG) and kr-legal-dong-codes (CSV with 법정동명: every administrative
// name and each of its components, PLACE). Missing lists are skipped; a
// directory holding none is an error.
func LoadGazetteer(dir string) (*Gazetteer, error) {
	g := &Gazetteer{}
	found := 0
	lists := map[string]string{"PS": Person, "LC": Place, "DT": Date, "TI": Time}
	for code, label := range lists {
		p := filepath.Join(dir, "songys-entity", "ner_dic.song."+code+".tsv")
		err := eachLine(p, func(line string) { g.Add(line, label) })
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return nil, err
		}
		found++
	}
	krx, _ := filepath.Glob(filepath.Join(dir, "krx-listed", "krx_*.csv"))
	for _, p := range krx {
		if err := eachCSV(p, "Name", func(v string) { g.Add(v, Org) }); err != nil {
			return nil, err
		}
		found++
	}
	dong := filepath.Join(dir, "kr-legal-dong-codes", "legal_dong_codes.csv")
	err := eachCSV(dong, "법정동명", func(v string) {
		g.Add(v, Place)
		for _, part := range strings.Fields(v) {
			g.Add(part, Place)
		}
	})
	switch {
	case err == nil:
		found++
	case !errors.Is(err, fs.ErrNotExist):
		return nil, err
	}
	if found == 0 {
		return nil, fmt.Errorf("ner: gazetteer: no known lists under %s", dir)
	}
	return g, nil
}

func eachLine(path string, fn func(string)) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("ner: gazetteer: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64*1024), maxLine)
	for sc.Scan() {
		fn(strings.TrimSpace(strings.TrimPrefix(sc.Text(), "\ufeff")))
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("ner: gazetteer %s: %w", path, err)
	}
	return nil
}

func eachCSV(path, column string, fn func(string)) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("ner: gazetteer: %w", err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	head, err := r.Read()
	if err != nil {
		return fmt.Errorf("ner: gazetteer %s: header: %w", path, err)
	}
	col := -1
	for i, h := range head {
		if strings.TrimPrefix(h, "\ufeff") == column {
			col = i
		}
	}
	if col < 0 {
		return fmt.Errorf("ner: gazetteer %s: no %q column", path, column)
	}
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("ner: gazetteer %s: %w", path, err)
		}
		if col < len(rec) {
			fn(rec[col])
		}
	}
}
