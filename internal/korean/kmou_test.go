package korean

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

// kmouDir holds the KMOU NER corpus (news sentences with MNY, PNT, DAT …
// mentions; non-commercial, tests only).
var kmouDir = filepath.Join("..", "..", "..", "shared", "data", "ner", "kmou-corpus")

var kmouTag = regexp.MustCompile(`<([^<>:]+):([A-Z]{3})>`)

type kmouMention struct {
	typ        string
	start, end int
}

var kmou struct {
	once     sync.Once
	sents    []string
	mentions [][]kmouMention
	err      error
}

// readKMOU returns the sentences of every third corpus file (enough for a
// stable measure, quick to read) with their mentions as byte spans.
func readKMOU(t *testing.T) ([]string, [][]kmouMention) {
	files, _ := filepath.Glob(filepath.Join(kmouDir, "*_NER.txt"))
	if len(files) == 0 {
		t.Skipf("KMOU corpus not found under %s", kmouDir)
	}
	kmou.once.Do(func() { kmou.sents, kmou.mentions, kmou.err = loadKMOU(files) })
	if kmou.err != nil {
		t.Fatal(kmou.err)
	}
	return kmou.sents, kmou.mentions
}

func loadKMOU(files []string) (sents []string, mentions [][]kmouMention, err error) {
	for k, f := range files {
		if k%3 != 0 {
			continue
		}
		fh, err := os.Open(f)
		if err != nil {
			return nil, nil, err
		}
		sc := bufio.NewScanner(fh)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		var header []string
		for sc.Scan() {
			line := sc.Text()
			if !strings.HasPrefix(line, "## ") {
				header = header[:0]
				continue
			}
			header = append(header, line[3:])
			if len(header) != 3 {
				continue
			}
			var b strings.Builder
			var ms []kmouMention
			last := 0
			for _, m := range kmouTag.FindAllStringSubmatchIndex(header[2], -1) {
				b.WriteString(header[2][last:m[0]])
				start := b.Len()
				b.WriteString(header[2][m[2]:m[3]])
				ms = append(ms, kmouMention{header[2][m[4]:m[5]], start, b.Len()})
				last = m[1]
			}
			b.WriteString(header[2][last:])
			sents = append(sents, b.String())
			mentions = append(mentions, ms)
		}
		fh.Close()
		if err := sc.Err(); err != nil {
			return nil, nil, fmt.Errorf("%s: %w", f, err)
		}
	}
	return sents, mentions, nil
}

func overlaps(a0, a1, b0, b1 int) bool { return a0 < b1 && b0 < a1 }

// TestAmountsKMOU measures Amounts against the corpus' money (MNY) and
// percent (PNT) mentions written with digits: recall of those mentions, and
// precision of money and percent amounts (an amount is right when it
// overlaps a mention of its kind).
func TestAmountsKMOU(t *testing.T) {
	sents, mentions := readKMOU(t)
	var gold, hit, found, right int
	for k, s := range sents {
		var golds []kmouMention
		for _, m := range mentions[k] {
			if (m.typ == "MNY" || m.typ == "PNT") && strings.ContainsAny(s[m.start:m.end], "0123456789") {
				golds = append(golds, m)
			}
		}
		am := Amounts(s)
		for _, g := range golds {
			gold++
			ok := false
			for _, a := range am {
				if overlaps(a.Start, a.End, g.start, g.end) {
					ok = true
					break
				}
			}
			if ok {
				hit++
			} else if os.Getenv("KMOU_SHOW") != "" {
				t.Logf("missed %s %q in %q", g.typ, s[g.start:g.end], s)
			}
		}
		for _, a := range am {
			want := "MNY"
			if a.Unit == "%" || a.Unit == "%p" {
				want = "PNT"
			} else if !isCurrencyCode(a.Unit) {
				continue // counted things: the corpus tags them NOH, not checked here
			}
			found++
			ok := false
			for _, m := range mentions[k] {
				if m.typ == want && overlaps(a.Start, a.End, m.start, m.end) {
					ok = true
					break
				}
			}
			if ok {
				right++
			} else if os.Getenv("KMOU_SHOW") != "" {
				t.Logf("not %s: %q in %q %v", want, a.Text, s, mentions[k])
			}
		}
	}
	recall, precision := float64(hit)/float64(gold), float64(right)/float64(found)
	t.Logf("KMOU money+percent: %d gold, recall %.3f; %d amounts, precision %.3f", gold, recall, found, precision)
	if recall < 0.9 || precision < 0.9 {
		t.Errorf("money/percent recall %.3f, precision %.3f; want ≥ 0.9", recall, precision)
	}
}

// TestDatesKMOU measures Dates against the corpus' date (DAT) mentions that
// carry a digit: the share of them that some date found overlaps.
func TestDatesKMOU(t *testing.T) {
	sents, mentions := readKMOU(t)
	ref := time.Date(2015, 6, 15, 0, 0, 0, 0, time.UTC)
	var gold, hit int
	for k, s := range sents {
		ds := Dates(s, ref)
		for _, m := range mentions[k] {
			if m.typ != "DAT" || !strings.ContainsAny(s[m.start:m.end], "0123456789") {
				continue
			}
			gold++
			ok := false
			for _, d := range ds {
				if overlaps(d.Start, d.End, m.start, m.end) {
					ok = true
					break
				}
			}
			if ok {
				hit++
			} else if os.Getenv("KMOU_SHOW") != "" {
				t.Logf("missed DAT %q in %q", s[m.start:m.end], s)
			}
		}
	}
	recall := float64(hit) / float64(gold)
	t.Logf("KMOU dates with digits: %d gold, recall %.3f", gold, recall)
	if recall < 0.8 {
		t.Errorf("date recall %.3f; want ≥ 0.8", recall)
	}
}

func isCurrencyCode(u string) bool {
	if len(u) != 3 {
		return false
	}
	for i := 0; i < 3; i++ {
		if u[i] < 'A' || u[i] > 'Z' {
			return false
		}
	}
	return true
}
