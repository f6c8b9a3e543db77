package store

import (
	"sort"
	"strings"

	"github.com/sosik-news/sosik/internal/extract"
	"github.com/sosik-news/sosik/internal/store/textsearch"
)

// personSignals weigh what the store knows of a person against the
// article: affiliation and titles.
func personSignals(q *linkQuery, f candidateFacts) []Signal {
	var out []Signal
	if s, ok := affSignal(q.aff, f.affs); ok {
		out = append(out, s)
	}
	return append(out, titleSignals(q.title, f.titles)...)
}

// affSignal compares the article's affiliation with the ones the candidate
// was seen with: one of them (or a name of its rename chain) is for, none
// is against (less so between two political parties); a candidate never
// seen with any says nothing.
func affSignal(aff string, affs []string) (Signal, bool) {
	if aff == "" || len(affs) == 0 {
		return Signal{}, false
	}
	if sameAffiliation(aff, affs) {
		return Signal{Kind: signalAff, Detail: aff, Weight: wAffSame}, true
	}
	w := wAffOther
	if isParty(aff) && allParties(affs) {
		w = wPartyOther
	}
	return Signal{Kind: signalAff, Detail: aff + " ≠ " + strings.Join(affs, ", "), Weight: w}, true
}

// isParty reports whether an organisation's name is a political party's
// (…당, …연합 of the rename table's parties).
func isParty(name string) bool {
	n := strings.TrimSpace(name)
	return strings.HasSuffix(n, "당") || strings.HasSuffix(n, "국민의힘") || strings.HasSuffix(n, "민주연합")
}

func allParties(names []string) bool {
	for _, n := range names {
		if !isParty(n) {
			return false
		}
	}
	return true
}

// titleSignals: a title the candidate already held is for; a profession
// (시인, 선수) on one side that the other never had is against.
func titleSignals(title string, titles []string) []Signal {
	t := plainTitle(title)
	if t == "" || len(titles) == 0 {
		return nil
	}
	prof := linkLex().professions
	otherProf := false
	for _, c := range titles {
		c = plainTitle(c)
		if c == t {
			return []Signal{{Kind: signalTitle, Detail: title + " seen", Weight: wTitleSame}}
		}
		otherProf = otherProf || prof[c]
	}
	if prof[t] || otherProf {
		return []Signal{{Kind: signalTitle, Detail: title + " ≠ " + strings.Join(titles, ", "), Weight: wProfession}}
	}
	return nil
}

// plainTitle drops the "전" (former) of a title: 전 장관 held 장관.
func plainTitle(t string) string {
	return strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(t), "전 "))
}

// coSignals: entities of the article the candidate was already mentioned
// with. The first person counts most, an organisation less, each further
// one a little, up to a cap.
func coSignals(q *linkQuery, co map[string]bool) []Signal {
	var out []Signal
	total := 0.0
	for _, k := range q.coKeys() {
		if !co[k] || total >= wCoCap {
			continue
		}
		w := wCoMore
		if total == 0 {
			w = wCoOrg
			if q.coType[k] == extract.Person {
				w = wCoPerson
			}
		}
		w = min(w, wCoCap-total)
		total += w
		out = append(out, Signal{Kind: signalCo, Detail: q.coName(k), Weight: w})
	}
	return out
}

// coName is the display name of a folded co-mention key.
func (q *linkQuery) coName(k string) string {
	if n, ok := q.coDisplay[k]; ok {
		return n
	}
	return k
}

// coKeys lists the article's co-mention keys, persons first then by key,
// so signals come out in one order.
func (q *linkQuery) coKeys() []string {
	out := make([]string, 0, len(q.co))
	for k := range q.co {
		out = append(out, k)
	}
	sort.Slice(out, func(i, j int) bool {
		pi, pj := q.coType[out[i]] == extract.Person, q.coType[out[j]] == extract.Person
		if pi != pj {
			return pi
		}
		return out[i] < out[j]
	})
	return out
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

// employerKey is the affiliation that tells two people of the same name
// apart. A place given as affiliation (한국 대통령, 서울시 관계자 reads as
// 서울) says where someone serves, not who employs them, and two articles
// that name a president's country and party must not split him in two, so
// it counts as no affiliation.
func employerKey(e *extract.Entity, places map[string]bool) string {
	if places[textsearch.Norm(e.Affiliation)] {
		return ""
	}
	return strings.TrimSpace(e.Affiliation)
}

// sameAffiliation reports whether the affiliation a matches one of affs:
// equal when folded, one containing the other (삼성 ~ 삼성전자), or two
// names of one rename chain (페이스북 ~ 메타).
func sameAffiliation(a string, affs []string) bool {
	na := textsearch.Norm(a)
	for _, b := range affs {
		nb := textsearch.Norm(b)
		if na == nb || (textsearch.RuneLen(na) >= 2 && textsearch.RuneLen(nb) >= 2 && (strings.Contains(na, nb) || strings.Contains(nb, na))) {
			return true
		}
		if _, ok := linkLex().renameFamily(a, b); ok {
			return true
		}
	}
	return false
}
