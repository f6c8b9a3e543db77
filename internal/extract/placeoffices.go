package extract

import (
	"strings"

	"github.com/sosik-news/sosik/internal/fold"
)

// loadPlaceOffices reads lexicon/place_offices.txt, longest office first.
func (lx *lexicon) loadPlaceOffices() error {
	err := readLines(lexiconFS, "lexicon/place_offices.txt", func(line string) error {
		lx.placeOffices = append(lx.placeOffices, strings.TrimSpace(line))
		return nil
	})
	sortLongestFirst(lx.placeOffices)
	return err
}

// placeOffice splits a word written as a place and a local office
// ("충북도지사", "대구시장", "부여군수") into the place's canonical name and
// the length in bytes of the place as written ("충북"; "대구시" for
// 대구시장 with 시 kept). It returns "" when the word is no such compound.
func (d *doc) placeOffice(stem string) (canon string, n int) {
	if !allHangul(stem) {
		return "", 0
	}
	for _, off := range d.lx.placeOffices {
		p, ok := strings.CutSuffix(stem, off)
		if !ok || syllables(p) < 2 {
			continue
		}
		for _, end := range []string{"", "도", "시", "군", "구", "광역", "특별", "특별자치"} {
			b, ok := strings.CutSuffix(p, end)
			if !ok || syllables(b) < 2 {
				continue
			}
			if g, found := d.lx.gaz[fold.Key(b)]; found && g.typ == Place && !g.weak {
				if end == "도" || syllables(end) > 1 {
					return g.canon, len(b) // 충북도지사, 광주광역시장: the 도 or 광역시 belongs to the office
				}
				return g.canon, len(p)
			}
		}
	}
	return "", 0
}

// placeOffices gives the place inside a local office word a mention when
// the office stands for itself ("충남과 충북도지사 선거"); as a person's title
// ("박철민 대구시장") the place is part of the title.
func (d *doc) placeOffices() {
	for i := range d.words {
		w := &d.words[i]
		if w.quoted && w.stem == "" || d.head[i] != nil && d.head[i].Type == Person {
			continue
		}
		if canon, n := d.placeOffice(w.stem); canon != "" {
			d.entity(Place, canon).mention(d.text, w.cs, w.cs+n)
		}
	}
}
