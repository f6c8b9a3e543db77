package extract

import (
	"bufio"
	"embed"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/sosik-news/sosik/internal/fold"
)

//go:embed lexicon/*.tsv lexicon/*.txt
var lexiconFS embed.FS

// gazEntry is what a gazetteer knows about a name.
type gazEntry struct {
	typ   string
	canon string
	// weak entries come from large run-time lists (noisy): they only count
	// where the analyser did not read the word as a common noun.
	weak bool
}

// lexicon holds every word list extraction uses. It is built once in New
// and read-only afterwards, so Extractors share it across goroutines.
type lexicon struct {
	gaz map[string]gazEntry // fold.Key(name) → entry

	// product_launches.txt and product_new.txt (see products)
	productLaunch map[string]bool
	productNew    []string
	// quoted_event_heads.txt (see titledEvents)
	quotedEventHeads []string
	maxWords         int // longest gazetteer name in eojeols
	// multiStart holds the first two letters of every folded gazetteer
	// name: a window of eojeols that starts otherwise matches no name, so
	// most eojeols try one lookup, not maxWords.
	multiStart  map[string]bool
	spacedTerms []string        // termList entries with a space or a middle dot
	titles      map[string]bool // every title of titleTab, for quick membership tests
	titleTab    *titleTable
	// titleLast holds the last word of every title of two words ("의장" of
	// "이사회 의장"), so the two-word lookup, which builds a string, runs
	// only where it can match.
	titleLast     map[string]bool
	roles         map[string]bool
	anon          map[string]bool
	surnames      map[string]bool
	hanjaSurnames map[string]bool // hanja_surnames.txt: 金, 李 … 南宮
	sectorEnds    map[string]bool // sector_endings.txt: 권, 계 … end a sector's name (금융권), no organisation
	notNames      map[string]bool // not_names.txt: words shaped like a name that never are one (서명식)
	// givenNames holds common foreign given names (foreign_given_names.txt)
	givenNames map[string]bool
	// familyFirst: countries whose people are written family name first, spaced (family_first_countries.txt)
	familyFirst map[string]bool
	terms       map[string]string // fold.Key(surface) → topic term
	termList    []string          // expansions with spaces or dots, matched on raw text
	stop        map[string]bool
	kinds       map[string]bool // person_kinds.txt: 화가, 작가, 선수 …
	workNouns   map[string]bool // work_nouns.txt: 건설, 보수 … before 공사 make construction work
	pairMarks   map[string]bool // pair_marks.txt: 간, 사이 after a place word make it a pair of countries
	pairNouns   map[string]bool // pair_nouns.txt: 정상, 회담 after two country initials (북미) make them a pair
	// ambiguous holds place names that are also common words (경기, 부여):
	// alone they need a place context; placeNouns make one (지역, 일대).
	ambiguous, placeNouns map[string]bool
	// ambiguousOrgs holds organisation names that are also common nouns
	// (CCTV the camera): alone they count only after a place.
	ambiguousOrgs  map[string]bool
	mediaHeads     map[string]bool // media_heads.txt: 뉴스, 방송 after letters name an outlet (KNN뉴스)
	desks          map[string]bool // newsroom_desks.txt: 사회부, 연예부 sign a story; no name, no organisation
	siteNouns      []string        // site_nouns.txt: 공장, 캠퍼스 between an organisation and a title
	quotedOrgTails map[string]bool // quoted_org_tails.txt: endings of an organisation named in quotes (연대, 연합)
	orgKinds       map[string]bool // org_kinds.txt: kinds of organisation (단체, 모임) before a quoted name or after 이
	eventHeads     []string        // event_heads.txt: 회담, 회의 ending a two-word named event
	regionalBodies map[string]bool // regional_bodies.txt: 지방법원, 고등검찰청 written apart after their place
	orgFields      map[string]bool // org_fields.txt: 축구, 환경 … between a place and an organisation suffix word
	orgSuffixWords map[string]bool // org_suffix_words.txt: 협회, 재단 … written apart after a place and a field
	bodyWords      map[string]bool // body_words.txt: 군, 당 between a name and a title ("리영철 군 총정치국장")
	localBodies    []string        // local_bodies.txt: 경찰서, 세무서 … after the place they serve, in one word
	govHeads       map[string]bool // government_heads.txt: 정부, 의회 … after a country name its government
	placeOffices   []string        // place_offices.txt: 시장, 도지사 after a place in one word, longest first
	cats           []categoryRule  // topic_categories.tsv: trigger words → category topics
	countRe        *regexp.Regexp  // counters.txt: a number with its counter or unit ("16명", "3층", "70cm")
	ev             *eventLexicon   // event predicates, frames and certainty markers
}

func readLines(fsys fs.FS, name string, fn func(line string) error) error {
	f, err := fsys.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	return scanLines(f, fn)
}

func scanLines(r io.Reader, fn func(line string) error) error {
	return scanLinesNumbered(r, func(line string, _ int) error { return fn(line) })
}

// scanLinesNumbered calls fn with every line that is not blank or a '#'
// comment, and its 1-based line number.
func scanLinesNumbered(r io.Reader, fn func(line string, n int) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if err := fn(line, n); err != nil {
			return err
		}
	}
	return sc.Err()
}

func (lx *lexicon) addGaz(typ, canon string, aliases []string, weak bool) {
	for _, n := range append([]string{canon}, aliases...) {
		k := fold.Key(n)
		if k == "" {
			continue
		}
		if old, ok := lx.gaz[k]; ok && (!old.weak || weak) {
			continue // curated entries win over run-time lists; first entry wins otherwise
		}
		lx.gaz[k] = gazEntry{typ: typ, canon: canon, weak: weak}
		if f := len(strings.Fields(n)); f > lx.maxWords {
			lx.maxWords = f
		}
		lx.multiStart[firstRunes(k, 2)] = true
	}
}

func loadLexicon() (*lexicon, error) {
	lx := &lexicon{
		gaz: map[string]gazEntry{}, titles: map[string]bool{}, roles: map[string]bool{}, anon: map[string]bool{},
		surnames: map[string]bool{}, hanjaSurnames: map[string]bool{}, sectorEnds: map[string]bool{}, notNames: map[string]bool{}, givenNames: map[string]bool{}, terms: map[string]string{}, stop: map[string]bool{}, kinds: map[string]bool{}, workNouns: map[string]bool{}, pairMarks: map[string]bool{}, pairNouns: map[string]bool{}, ambiguous: map[string]bool{}, ambiguousOrgs: map[string]bool{}, placeNouns: map[string]bool{}, mediaHeads: map[string]bool{}, desks: map[string]bool{}, regionalBodies: map[string]bool{}, orgFields: map[string]bool{}, orgSuffixWords: map[string]bool{}, bodyWords: map[string]bool{}, govHeads: map[string]bool{}, quotedOrgTails: map[string]bool{}, orgKinds: map[string]bool{}, maxWords: 1, multiStart: map[string]bool{},
	}
	gazFile := func(name, typ string) error {
		return readLines(lexiconFS, "lexicon/"+name, func(line string) error {
			col := strings.Split(line, "\t")
			t := typ
			if t == "" {
				if len(col) < 2 {
					return fmt.Errorf("bad line %q", line)
				}
				t, col = col[0], col[1:]
			}
			var al []string
			if len(col) > 1 && col[1] != "" {
				al = strings.Split(col[1], "|")
			}
			lx.addGaz(t, strings.TrimSpace(col[0]), al, false)
			return nil
		})
	}
	set := func(name string, m map[string]bool) error {
		return readLines(lexiconFS, "lexicon/"+name, func(line string) error {
			for _, f := range strings.Fields(line) {
				m[f] = true
			}
			return nil
		})
	}
	lines := func(name string, m map[string]bool) error {
		return readLines(lexiconFS, "lexicon/"+name, func(line string) error {
			m[strings.TrimSpace(line)] = true
			return nil
		})
	}
	steps := []error{
		gazFile("places.tsv", Place), gazFile("orgs.tsv", Org), gazFile("misc.tsv", ""),
		gazFile("places_kr.tsv", Place), gazFile("places_world.tsv", Place), gazFile("orgs_media.tsv", Org), gazFile("orgs_schools.tsv", Org),
		lx.loadTitles(), lines("roles.txt", lx.roles), lines("anon.txt", lx.anon),
		lines("ambiguous_places.txt", lx.ambiguous), lines("ambiguous_orgs.txt", lx.ambiguousOrgs), lx.loadSiteNouns(), lx.loadEventHeads(), lines("media_heads.txt", lx.mediaHeads), lines("place_nouns.txt", lx.placeNouns),
		lines("regional_bodies.txt", lx.regionalBodies), set("org_fields.txt", lx.orgFields), set("org_suffix_words.txt", lx.orgSuffixWords), set("quoted_org_tails.txt", lx.quotedOrgTails), set("org_kinds.txt", lx.orgKinds), lines("body_words.txt", lx.bodyWords),
		lx.loadPlaceOffices(), lx.loadCounters(), set("government_heads.txt", lx.govHeads),
		lx.loadLocalBodies(),
		lx.loadFamilyFirst(),
		lx.loadProducts(), readList("quoted_event_heads.txt", &lx.quotedEventHeads),
		set("surnames.txt", lx.surnames), set("hanja_surnames.txt", lx.hanjaSurnames), set("sector_endings.txt", lx.sectorEnds), set("not_names.txt", lx.notNames), set("foreign_given_names.txt", lx.givenNames), set("stopnouns.txt", lx.stop), set("person_kinds.txt", lx.kinds), set("work_nouns.txt", lx.workNouns), set("pair_marks.txt", lx.pairMarks), set("pair_nouns.txt", lx.pairNouns), set("newsroom_desks.txt", lx.desks),
		readLines(lexiconFS, "lexicon/terms.tsv", func(line string) error {
			col := strings.Split(line, "\t")
			term := strings.TrimSpace(col[0])
			lx.terms[fold.Key(term)] = term
			if len(col) > 1 {
				for _, x := range strings.Split(col[1], "|") {
					lx.terms[fold.Key(x)] = term
					lx.termList = append(lx.termList, x)
				}
			}
			return nil
		}),
	}
	if err := errors.Join(steps...); err != nil {
		return nil, fmt.Errorf("extract: loading built-in lexicon: %w", err)
	}
	ev, err := loadEventLexicon()
	if err != nil {
		return nil, err
	}
	lx.ev = ev
	if lx.cats, err = loadCategories(); err != nil {
		return nil, err
	}
	for _, x := range lx.termList {
		if strings.ContainsAny(x, " ·ㆍ") {
			lx.spacedTerms = append(lx.spacedTerms, x)
		}
	}
	return lx, nil
}

// loadLocalBodies reads lexicon/local_bodies.txt.
func (lx *lexicon) loadLocalBodies() error {
	return readLines(lexiconFS, "lexicon/local_bodies.txt", func(line string) error {
		lx.localBodies = append(lx.localBodies, strings.TrimSpace(line))
		return nil
	})
}

// loadTitles reads the typed title table lexicon/titles.tsv.
func (lx *lexicon) loadTitles() error {
	f, err := lexiconFS.Open("lexicon/titles.tsv")
	if err != nil {
		return err
	}
	defer f.Close()
	tt, err := readTitleTable(f, "titles.tsv")
	if err != nil {
		return err
	}
	lx.useTitles(tt)
	return nil
}

// useTitles makes tt the lexicon's title table.
func (lx *lexicon) useTitles(tt *titleTable) {
	lx.titleTab = tt
	lx.titles = make(map[string]bool, len(tt.byName))
	lx.titleLast = map[string]bool{}
	for t := range tt.byName {
		lx.titles[t] = true
		if f := strings.Fields(t); len(f) > 1 {
			lx.titleLast[f[len(f)-1]] = true
		}
	}
}

// loadGazetteerDir adds the larger run-time lists found in dir: any
// "*.tsv"/"*.txt" named with a type (PLACE.txt, ORG.txt …) holding one name
// per line, and the public lists sosik knows the layout of: songys-entity
// (ner_dic.song.LC/PS.tsv), KRX listings (Name column) and the Korean
// legal-district codes (법정동명 column).
func (lx *lexicon) loadGazetteerDir(dir string) error {
	if dir == "" {
		return nil
	}
	if _, err := os.Stat(dir); err != nil {
		return fmt.Errorf("extract: gazetteer dir: %w", err)
	}
	return filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		base := filepath.Base(path)
		switch {
		case strings.HasSuffix(base, ".LC.tsv"):
			return lx.plainList(path, Place)
		case strings.HasSuffix(base, ".PS.tsv"):
			return lx.plainList(path, Person)
		case strings.HasPrefix(base, "krx_companies_desc") || strings.HasPrefix(base, "krx_listing"):
			return lx.csvColumn(path, "Name", func(v string) {
				if len([]rune(v)) >= 2 && !strings.HasSuffix(v, "우") {
					lx.addGaz(Org, v, nil, true)
				}
			})
		case strings.HasPrefix(base, "legal_dong_codes"):
			return lx.csvColumn(path, "법정동명", func(v string) {
				f := strings.Fields(v)
				if len(f) == 0 || len(f) > 2 {
					return // 시/도 and 시/군/구 only: 동 and 리 names are mostly common words
				}
				last := f[len(f)-1]
				if len([]rune(last)) >= 2 {
					lx.addGaz(Place, last, nil, true)
				}
			})
		case strings.EqualFold(base, "PLACE.txt"), strings.EqualFold(base, "ORG.txt"), strings.EqualFold(base, "PERSON.txt"),
			strings.EqualFold(base, "PRODUCT.txt"), strings.EqualFold(base, "PROJECT.txt"):
			return lx.plainList(path, strings.ToUpper(strings.TrimSuffix(base, filepath.Ext(base))))
		}
		return nil
	})
}

func (lx *lexicon) plainList(path, typ string) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("extract: gazetteer: %w", err)
	}
	defer f.Close()
	err = scanLines(f, func(line string) error {
		n := strings.TrimSpace(strings.TrimPrefix(line, "\ufeff"))
		if len([]rune(n)) >= 2 {
			lx.addGaz(typ, n, nil, true)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("extract: gazetteer %s: %w", path, err)
	}
	return nil
}

func (lx *lexicon) csvColumn(path, column string, fn func(string)) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("extract: gazetteer: %w", err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	head, err := r.Read()
	if err != nil {
		return fmt.Errorf("extract: gazetteer %s: %w", path, err)
	}
	col := -1
	for i, h := range head {
		if strings.TrimPrefix(h, "\ufeff") == column {
			col = i
		}
	}
	if col < 0 {
		return fmt.Errorf("extract: gazetteer %s: no column %q", path, column)
	}
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("extract: gazetteer %s: %w", path, err)
		}
		if col < len(rec) {
			fn(strings.TrimSpace(rec[col]))
		}
	}
}

// loadCategories reads the embedded topic category table.
func loadCategories() ([]categoryRule, error) {
	f, err := lexiconFS.Open("lexicon/topic_categories.tsv")
	if err != nil {
		return nil, fmt.Errorf("extract: %w", err)
	}
	defer f.Close()
	return parseCategories(f, "topic_categories.tsv")
}
