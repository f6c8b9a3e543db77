package article

import (
	"bufio"
	"embed"
	"fmt"
	"io/fs"
	"strconv"
	"strings"
	"sync"
)

//go:embed lexicon/*.tsv
var lexiconFS embed.FS

// phraseKind is what a boilerplate phrase says about the line holding it.
type phraseKind string

// The kinds of boilerplate phrase (see lexicon/boilerplate.tsv).
const (
	phraseChrome     phraseKind = "chrome"
	phraseWidget     phraseKind = "widget"
	phraseTeaser     phraseKind = "teaser"
	phrasePromo      phraseKind = "promo"
	phraseCrew       phraseKind = "crew"
	phraseSpeaker    phraseKind = "speaker"
	phraseSummary    phraseKind = "summary"
	phraseSummaryEnd phraseKind = "summary-end"
	phraseToolbar    phraseKind = "toolbar"
	phraseRank       phraseKind = "rank"
	phraseSubLabel   phraseKind = "sublabel"
	phraseProgramme  phraseKind = "programme"
	phraseAbout      phraseKind = "about"
	phraseIntro      phraseKind = "intro"
	phraseSection    phraseKind = "section"
	phraseCue        phraseKind = "cue"
	phraseBylineTail phraseKind = "bylinetail"
	phraseScriptCue  phraseKind = "scriptcue"
	phraseBylineLbl  phraseKind = "bylinelabel"
	phraseWrapEnd    phraseKind = "wrapend"
	phraseSentEnd    phraseKind = "sentend"
	phraseMugTitle   phraseKind = "mugtitle"
)

// matchMode says where a phrase must stand in a line.
type matchMode string

// The ways a phrase can match a line.
const (
	matchLine     matchMode = "line"
	matchPrefix   matchMode = "prefix"
	matchSuffix   matchMode = "suffix"
	matchContains matchMode = "contains"
	matchWord     matchMode = "word"
)

// phrase is one row of the boilerplate table.
type phrase struct {
	kind phraseKind
	mode matchMode
	text string
}

// matches reports whether the phrase matches line s.
func (p phrase) matches(s string) bool {
	switch p.mode {
	case matchLine:
		return s == p.text
	case matchPrefix:
		return strings.HasPrefix(s, p.text)
	case matchSuffix:
		return strings.HasSuffix(s, p.text)
	case matchContains:
		return strings.Contains(s, p.text)
	}
	return false
}

// lexicon is the vocabulary the line classifier reads: boilerplate phrases
// by kind, the words toolbars are made of, and the labels of page dates
// with how far each is trusted as the publication date.
type lexicon struct {
	phrases map[phraseKind][]phrase
	toolbar map[string]bool
	// bylineLabel holds the words that label a byline or contact line
	// ("기자명", "문의"): never a reporter's name.
	bylineLabel map[string]bool
	dateLabels  map[string]int // label → trust, 1 best
	dateAfter   map[string]int // a label closing the line after its date ("… 15:26 송고") → trust
}

// lex is the embedded lexicon, loaded and validated once, on first use
// (programs that never read an article should not pay for it at start).
var lex = sync.OnceValue(func() *lexicon { return mustLexicon(lexiconFS) })

func mustLexicon(fsys fs.FS) *lexicon {
	lx, err := loadLexicon(fsys)
	if err != nil {
		panic(fmt.Sprintf("article: embedded lexicon: %v", err))
	}
	return lx
}

// loadLexicon reads lexicon/boilerplate.tsv and lexicon/datelabels.tsv
// from fsys and validates every row.
func loadLexicon(fsys fs.FS) (*lexicon, error) {
	lx := &lexicon{phrases: map[phraseKind][]phrase{}, toolbar: map[string]bool{}, bylineLabel: map[string]bool{}, dateLabels: map[string]int{}, dateAfter: map[string]int{}}
	err := readTable(fsys, "lexicon/boilerplate.tsv", 3, func(f []string) error {
		p := phrase{kind: phraseKind(f[0]), mode: matchMode(f[1]), text: f[2]}
		if err := p.validate(); err != nil {
			return err
		}
		switch p.kind {
		case phraseToolbar:
			lx.toolbar[p.text] = true
			return nil
		case phraseBylineLbl:
			lx.bylineLabel[p.text] = true
			return nil
		}
		lx.phrases[p.kind] = append(lx.phrases[p.kind], p)
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = readTable(fsys, "lexicon/datelabels.tsv", 3, func(f []string) error {
		trust, err := strconv.Atoi(f[1])
		if err != nil || trust < 1 || trust > 9 {
			return fmt.Errorf("trust %q is not a number from 1 to 9", f[1])
		}
		switch f[2] {
		case "before":
			lx.dateLabels[f[0]] = trust
		case "after":
			lx.dateAfter[f[0]] = trust
		default:
			return fmt.Errorf("place %q is neither before nor after", f[2])
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return lx, nil
}

// validate checks that a phrase row uses a known kind and match mode.
func (p phrase) validate() error {
	switch p.kind {
	case phraseChrome, phraseWidget, phraseTeaser, phrasePromo, phraseCrew, phraseSpeaker, phraseSummary, phraseSummaryEnd, phraseRank, phraseSubLabel, phraseProgramme, phraseAbout, phraseIntro, phraseSection, phraseCue, phraseBylineTail, phraseScriptCue, phraseWrapEnd, phraseSentEnd, phraseMugTitle:
		if p.mode == matchWord || p.mode == "" {
			return fmt.Errorf("kind %s cannot use match %q", p.kind, p.mode)
		}
	case phraseToolbar, phraseBylineLbl:
		if p.mode != matchWord || strings.ContainsRune(p.text, ' ') {
			return fmt.Errorf("%s entry %q must be one word with match word", p.kind, p.text)
		}
	default:
		return fmt.Errorf("unknown kind %q", p.kind)
	}
	switch p.mode {
	case matchLine, matchPrefix, matchSuffix, matchContains, matchWord:
	default:
		return fmt.Errorf("unknown match %q", p.mode)
	}
	if strings.TrimSpace(p.text) != p.text || p.text == "" {
		return fmt.Errorf("phrase %q is empty or has outer spaces", p.text)
	}
	return nil
}

// readTable calls fn with the tab-separated fields of every row of a
// table, skipping blank lines and # comments; a row with another number
// of fields is an error naming the file and line.
func readTable(fsys fs.FS, name string, fields int, fn func([]string) error) error {
	f, err := fsys.Open(name)
	if err != nil {
		return fmt.Errorf("opening %s: %w", name, err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		row := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(row) == "" || strings.HasPrefix(row, "#") {
			continue
		}
		parts := strings.Split(row, "\t")
		if len(parts) != fields {
			return fmt.Errorf("%s:%d: %d fields, want %d", name, n, len(parts), fields)
		}
		if err := fn(parts); err != nil {
			return fmt.Errorf("%s:%d: %w", name, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("reading %s: %w", name, err)
	}
	return nil
}

// phraseIn reports whether some phrase of kind matches line s.
func (lx *lexicon) phraseIn(kind phraseKind, s string) bool {
	for _, p := range lx.phrases[kind] {
		if p.matches(s) {
			return true
		}
	}
	return false
}
