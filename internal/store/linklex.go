package store

import (
	"bufio"
	"embed"
	"fmt"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/sosik-news/sosik/internal/store/textsearch"
)

// The linking policy's word lists live in lexicon/: renames, countries'
// cue words, pronouns and professions. They are loaded and checked once.

//go:embed lexicon/*.tsv lexicon/*.txt
var lexFS embed.FS

// renameRel is one dated rename of an organisation.
type renameRel struct {
	from, to string // as written
	date     string // YYYY-MM-DD, the first day of the new name
	country  string
}

// linkLexicon is every table the linking policy reads.
type linkLexicon struct {
	byFrom      map[string][]renameRel // folded old name → renames
	byTo        map[string][]renameRel // folded new name → renames
	prefixes    map[string]string      // word naming a country before an organisation → code
	cues        map[string]string      // cue word → country code
	cuesByFirst map[rune][]string      // cue words by their first letter
	pronouns    map[string]bool
	professions map[string]bool
}

var (
	lexOnce sync.Once
	lexVal  *linkLexicon
	lexErr  error
)

// linkLex returns the loaded tables; a broken table is a build error, so
// it panics with the file and line.
func linkLex() *linkLexicon {
	lexOnce.Do(func() { lexVal, lexErr = loadLinkLexicon() })
	if lexErr != nil {
		panic("store: " + lexErr.Error())
	}
	return lexVal
}

func loadLinkLexicon() (*linkLexicon, error) {
	lx := &linkLexicon{byFrom: map[string][]renameRel{}, byTo: map[string][]renameRel{}, prefixes: map[string]string{},
		cues: map[string]string{}, cuesByFirst: map[rune][]string{}, pronouns: map[string]bool{}, professions: map[string]bool{}}
	err := lexLines("renames.tsv", 4, func(col []string) error {
		if !isoDay().MatchString(col[2]) || len(col[3]) != 2 {
			return fmt.Errorf("want old, new, YYYY-MM-DD, country code")
		}
		r := renameRel{from: col[0], to: col[1], date: col[2], country: col[3]}
		lx.byFrom[textsearch.Norm(r.from)] = append(lx.byFrom[textsearch.Norm(r.from)], r)
		lx.byTo[textsearch.Norm(r.to)] = append(lx.byTo[textsearch.Norm(r.to)], r)
		return nil
	})
	if err == nil {
		err = lexLines("countries.tsv", 3, func(col []string) error {
			for _, p := range strings.Split(col[1], "|") {
				lx.prefixes[p] = col[0]
			}
			for _, c := range strings.Split(col[2], "|") {
				if _, dup := lx.cues[c]; dup {
					return fmt.Errorf("cue %q listed twice", c)
				}
				lx.cues[c] = col[0]
				first, _ := utf8.DecodeRuneInString(c)
				lx.cuesByFirst[first] = append(lx.cuesByFirst[first], c)
			}
			return nil
		})
	}
	if err == nil {
		err = lexLines("pronouns.txt", 1, func(col []string) error { lx.pronouns[col[0]] = true; return nil })
	}
	if err == nil {
		err = lexLines("professions.txt", 1, func(col []string) error { lx.professions[col[0]] = true; return nil })
	}
	return lx, err
}

// lexLines calls fn with the n tab-separated columns of every line of a
// lexicon file that is not blank or a comment.
func lexLines(name string, n int, fn func(col []string) error) error {
	f, err := lexFS.Open("lexicon/" + name)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		s := strings.TrimSpace(sc.Text())
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		col := strings.Split(s, "\t")
		if len(col) != n {
			return fmt.Errorf("lexicon/%s:%d: want %d columns, got %d", name, line, n, len(col))
		}
		if err := fn(col); err != nil {
			return fmt.Errorf("lexicon/%s:%d: %w", name, line, err)
		}
	}
	return sc.Err()
}

// formerNames maps the folded former names of name (following renames
// back: 더불어민주당 ← 새정치민주연합 ← 민주당 …) to the rename that retired
// each.
func (lx *linkLexicon) formerNames(name string) map[string]renameRel {
	out := map[string]renameRel{}
	var walk func(k string)
	walk = func(k string) {
		for _, r := range lx.byTo[k] {
			f := textsearch.Norm(r.from)
			if _, seen := out[f]; !seen && f != textsearch.Norm(name) {
				out[f] = r
				walk(f)
			}
		}
	}
	walk(textsearch.Norm(name))
	return out
}

// laterNames maps the folded later names of name to the rename that gave
// each.
func (lx *linkLexicon) laterNames(name string) map[string]renameRel {
	out := map[string]renameRel{}
	var walk func(k string)
	walk = func(k string) {
		for _, r := range lx.byFrom[k] {
			t := textsearch.Norm(r.to)
			if _, seen := out[t]; !seen && t != textsearch.Norm(name) {
				out[t] = r
				walk(t)
			}
		}
	}
	walk(textsearch.Norm(name))
	return out
}

// renameFamily reports whether two names are the same organisation under
// different names of one rename chain (페이스북 and 메타).
func (lx *linkLexicon) renameFamily(a, b string) (renameRel, bool) {
	if r, ok := lx.formerNames(a)[textsearch.Norm(b)]; ok {
		return r, true
	}
	r, ok := lx.laterNames(a)[textsearch.Norm(b)]
	return r, ok
}
