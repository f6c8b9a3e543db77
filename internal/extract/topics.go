package extract

import (
	"sort"
	"strings"

	"github.com/sosik-news/sosik/internal/article"
	"github.com/sosik-news/sosik/internal/fold"
)

// maxTopics bounds the topic list.
const maxTopics = 15

// maxCompoundSyllables bounds a compound noun kept whole as a topic: a
// charge name such as 특수건조물침입 is seven syllables.
const maxCompoundSyllables = 8

// isListDot reports the middle dots that list nouns in one eojeol.
func isListDot(r rune) bool { return r == '·' || r == 'ㆍ' }

// topics ranks the article's salient domain terms: noun stems (whole
// eojeol stems made only of nouns, and the longer nouns inside them)
// counted over headline, subheads and body, with known domain terms first
// and entity names and general nouns left out. A term met once that is
// not in the domain lexicon is not salient.
func (d *doc) topics() []string {
	tf := map[string]int{}
	first := map[string]int{}
	names := map[string]bool{}
	for _, e := range d.ents {
		names[fold.Key(e.Name)] = true
		for _, a := range e.Aliases {
			names[fold.Key(a)] = true
		}
	}
	add := func(term string, pos int) {
		term = strings.TrimSuffix(term, "들")
		if term == "" || names[fold.Key(term)] || d.lx.stop[term] || notNameWords[term] || genericNouns[term] || d.lx.titles[term] || d.lx.anon[term] {
			return
		}
		if t, ok := d.lx.terms[fold.Key(term)]; ok {
			term = t
		} else if syllables(term) < 2 || isDigitStart(term) {
			return
		}
		tf[term]++
		if _, ok := first[term]; !ok {
			first[term] = pos
		}
	}
	for _, st := range d.sents {
		if st.kind == article.KindCaption {
			continue
		}
		for _, x := range d.lx.spacedTerms {
			for off := 0; ; {
				j := strings.Index(d.text[st.s+off:st.e], x)
				if j < 0 {
					break
				}
				add(d.lx.terms[fold.Key(x)], st.s+off+j)
				off += j + len(x)
			}
		}
		for i := st.w0; i < st.w1; i++ {
			w := &d.words[i]
			if d.head[i] != nil && d.phrase0[i] == i {
				continue
			}
			ts := d.toksOf(w)
			if len(ts) == 0 {
				continue
			}
			nouny := true
			for _, t := range ts {
				p, _, _ := strings.Cut(t.POS, "+")
				if !(strings.HasPrefix(p, "NN") || strings.IndexFunc(t.Surface, isListDot) == 0 || p == "SL" || p == "SN" || p == "XSN" || (!t.Known && p != "SY")) {
					nouny = false
				}
			}
			stem := strings.Trim(w.stem, ".-~·")
			_, known := d.lx.terms[fold.Key(stem)]
			if known {
				add(stem, w.cs)
			} else if nouny && len(ts) > 1 {
				for _, part := range strings.FieldsFunc(stem, isListDot) {
					if syllables(part) <= maxCompoundSyllables {
						add(part, w.cs) // "특수건조물침입·특수재물손괴": each listed compound
					}
				}
			}
			if known {
				continue
			}
			for k := 0; k < len(ts); k++ {
				t := ts[k]
				// glue the analyser's per-letter pieces of Latin words back: A+I → AI
				if t.POS == "SL" || t.POS == "SN" {
					j := k
					for j+1 < len(ts) && (ts[j+1].POS == "SL" || ts[j+1].POS == "SN" || ts[j+1].Surface == "&") && ts[j+1].Start == ts[j].End {
						j++
					}
					s := d.text[ts[k].Start:ts[j].End]
					if !isDigitStart(s) && len(s) >= 2 && (s != stem || !nouny || len(ts) == 1) {
						add(s, ts[k].Start)
					}
					k = j
					continue
				}
				if _, ok := d.lx.terms[fold.Key(t.Surface)]; ok && strings.HasPrefix(t.POS, "NN") && t.Surface != stem {
					add(t.Surface, t.Start) // a domain term inside a compound: 반도체 in 차량용반도체
				}
			}
			if len(ts) == 1 && strings.HasPrefix(ts[0].POS, "NN") {
				add(stem, w.cs)
			}
		}
	}
	type kv struct {
		t     string
		score int
	}
	var all []kv
	for t, n := range tf {
		_, known := d.lx.terms[fold.Key(t)]
		if !known && n < 2 {
			continue
		}
		sc := n
		if known {
			sc += 3
		}
		all = append(all, kv{t, sc})
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].score != all[j].score {
			return all[i].score > all[j].score
		}
		if first[all[i].t] != first[all[j].t] {
			return first[all[i].t] < first[all[j].t]
		}
		return all[i].t < all[j].t // terms starting at one offset ("JR", "JR동일본"): a fixed order, not the map's
	})
	out := []string{}
	seen := map[string]bool{}
	for _, c := range categoryTopics(d.lx.cats, d.bodyText()) {
		out, seen[c] = append(out, c), true
	}
	for _, x := range all {
		if len(out) >= maxTopics {
			break
		}
		if !seen[x.t] {
			out, seen[x.t] = append(out, x.t), true
		}
	}
	return out
}

// bodyText is the text of every sentence but captions, one a line: what
// topic categories are read from.
func (d *doc) bodyText() string {
	var b strings.Builder
	for _, st := range d.sents {
		if st.kind == article.KindCaption {
			continue
		}
		b.WriteString(d.text[st.s:st.e])
		b.WriteByte('\n')
	}
	return b.String()
}
