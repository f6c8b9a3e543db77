package store

import (
	"hash/fnv"
	"regexp"
	"strings"

	"github.com/sosik-news/sosik/internal/extract"
	"github.com/sosik-news/sosik/internal/korean"
	"github.com/sosik-news/sosik/internal/store/textsearch"
)

// This file is the entity-linking policy: which stored entity an article's
// entity is. It is pure: it reads the store only through candidates, so
// both backends link alike and tests need no database.

// candidate is a stored entity an article's entity may be.
type candidate struct {
	eid      int64
	byName   bool // found by its canonical name, not an alias
	articles int
}

// candidates is what the linking policy asks of the store.
type candidates interface {
	// named lists the entities of type typ whose folded name is key
	// (byName set) or that have a linkable alias folding to key.
	named(typ, key string) ([]candidate, error)
	// affiliations lists the folded, non-empty affiliations an entity was
	// seen with.
	affiliations(eid int64) ([]string, error)
}

// demonstrative marks aliases that refer back (이 회사, 그 회장, 해당 기업,
// 동 은행) rather than name: they mean different things in every article.
var demonstrative = regexp.MustCompile(`^(이|그|저|해당|동|같은)\s`)

// linkable reports whether an alias may link entities across articles.
// A person's aliases never do (이 회장 is a different chairman in every
// article; the canonical name plus the affiliation decide). Other types'
// aliases do unless they are one character, demonstrative references, or
// a lone common noun (회사, 그룹, 당국), which coreference attaches to
// whichever organisation the article is about.
func linkable(ana *korean.Analyzer, typ, alias string) bool {
	if typ == extract.Person {
		return false
	}
	alias = strings.TrimSpace(alias)
	if textsearch.RuneLen(textsearch.Norm(alias)) < 2 || demonstrative.MatchString(alias) {
		return false
	}
	toks := ana.Analyze(alias)
	return !(len(toks) == 1 && toks[0].POS == "NNG")
}

// linkKeys are the folded names an entity may be found by: its name, then
// its linkable aliases.
func linkKeys(ana *korean.Analyzer, e *extract.Entity) []string {
	keys := []string{textsearch.Norm(e.Name)}
	for _, a := range e.Aliases {
		if linkable(ana, e.Type, a) {
			keys = append(keys, textsearch.Norm(a))
		}
	}
	return keys
}

// lockKey is the 64-bit key writers serialise on when they link entities
// of type typ by key (PostgreSQL advisory locks).
func lockKey(typ, key string) int64 {
	h := fnv.New64a()
	h.Write([]byte(typ))
	h.Write([]byte{0})
	h.Write([]byte(key))
	return int64(h.Sum64())
}

// chooseEntity finds the stored entity an article's entity is, or 0 for a
// new one.
//
// Candidates share the type and the folded name (or a linkable alias):
// keys are tried in order and the first that finds any decides. A PERSON
// with an affiliation links only to a candidate seen with the same
// affiliation (one containing the other counts: 삼성 ~ 삼성전자), or else
// to a candidate never seen with any, so two people who share a name but
// work at different places stay two. A PERSON without an affiliation links
// to the most-mentioned candidate: the article says nothing that would set
// them apart. Other types link by name alone.
//
// aff is the folded affiliation that sets the person apart, empty when the
// article gives none or only a place (see employerKey).
func chooseEntity(typ string, keys []string, aff string, c candidates) (int64, error) {
	var cands []candidate
	seen := map[int64]bool{}
	for _, k := range keys {
		found, err := c.named(typ, k)
		if err != nil {
			return 0, err
		}
		for _, x := range found {
			if !seen[x.eid] {
				seen[x.eid] = true
				cands = append(cands, x)
			}
		}
		if len(cands) > 0 {
			break // the name decides when it found anything
		}
	}
	if len(cands) == 0 {
		return 0, nil
	}
	if typ != extract.Person || aff == "" {
		return bestCandidate(cands), nil
	}
	var same, none []candidate
	for _, x := range cands {
		affs, err := c.affiliations(x.eid)
		if err != nil {
			return 0, err
		}
		switch {
		case len(affs) == 0:
			none = append(none, x)
		case sameAffiliation(aff, affs):
			same = append(same, x)
		}
	}
	if len(same) > 0 {
		return bestCandidate(same), nil
	}
	if len(none) > 0 {
		return bestCandidate(none), nil
	}
	return 0, nil
}

// bestCandidate prefers a match by name over one by alias, then the entity
// in most articles, then the first found.
func bestCandidate(cs []candidate) int64 {
	b := cs[0]
	for _, c := range cs[1:] {
		if (c.byName && !b.byName) || (c.byName == b.byName && c.articles > b.articles) {
			b = c
		}
	}
	return b.eid
}

// placeNames folds the names and aliases of the article's places.
func placeNames(d *extract.Document) map[string]bool {
	places := map[string]bool{}
	for _, e := range d.Entities {
		if e.Type != extract.Place {
			continue
		}
		places[textsearch.Norm(e.Name)] = true
		for _, a := range e.Aliases {
			places[textsearch.Norm(a)] = true
		}
	}
	return places
}

// employerKey is the folded affiliation that tells two people of the same
// name apart. A place given as affiliation (한국 대통령, 서울시 관계자 reads
// as 서울) says where someone serves, not who employs them, and two
// articles that name a president's country and party must not split him in
// two, so it counts as no affiliation.
func employerKey(e *extract.Entity, places map[string]bool) string {
	aff := textsearch.Norm(e.Affiliation)
	if places[aff] {
		return ""
	}
	return aff
}

// sameAffiliation reports whether the folded affiliation a matches one of
// affs, equal or one containing the other (삼성 ~ 삼성전자).
func sameAffiliation(a string, affs []string) bool {
	for _, b := range affs {
		if a == b || (textsearch.RuneLen(a) >= 2 && textsearch.RuneLen(b) >= 2 && (strings.Contains(a, b) || strings.Contains(b, a))) {
			return true
		}
	}
	return false
}
