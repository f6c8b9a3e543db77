package extract

import (
	"sort"
	"strings"

	"github.com/sosik-news/sosik/internal/fold"
)

// productLaunchReach is how many words after a quoted name its launch
// word may stand ("‘X’가 지난 26일 출시됐다").
const productLaunchReach = 4

// products finds products by their launch: a name in single quotes that
// the sentence launches ("‘신형 한빛’이 26일 출시됐다", "‘한빛폰’을
// 선보였다"). Words that say the product is new (신형) are left out of the
// name and the quoted phrase kept as an alias; the later mentions are
// found by the expansion stage.
func (d *doc) products() {
	for _, st := range d.sents {
		for _, q := range singleQuoteSpans(d.text, st.s, st.e) {
			k := d.wordAt(st, q[1])
			if k < 0 || !d.launchedAfter(k, st.w1) || !d.nameAt(q[0], q[1]) {
				continue
			}
			d.addProduct(st, q[0], q[1])
		}
	}
}

// addProduct makes the quoted span text[s:e] a product.
func (d *doc) addProduct(st sentence, s, e int) {
	phrase := strings.TrimSpace(d.text[s:e])
	name := phrase
	for _, p := range d.lx.productNew {
		if rest, ok := strings.CutPrefix(name, p+" "); ok && rest != "" {
			name = rest
			break
		}
	}
	if syllables(name) < 2 || d.lx.titles[name] || d.lx.stop[name] {
		return
	}
	if g, ok := d.lx.gaz[fold.Key(name)]; ok && g.typ != "" && g.typ != Product {
		return // a company or a place in quotes is no product
	}
	ent := d.entity(Product, name)
	start := s + strings.Index(d.text[s:e], name)
	ent.mention(d.text, start, start+len(name))
	ent.alias(phrase)
	i, j := d.wordAt(st, s), d.wordAt(st, e)
	if i >= 0 && j >= i {
		d.claim(i, j, ent)
	}
}

// nameAt reports whether text[s:e] may be a name: no clause (no final or
// connective ending: '끝까지 간다'), no quantity, at most maxCoinedWords
// words.
func (d *doc) nameAt(s, e int) bool {
	if n := len(strings.Fields(d.text[s:e])); n == 0 || n > maxCoinedWords {
		return false
	}
	i := sort.Search(d.toks.Len(), func(i int) bool { return d.toks.Start(i) >= s })
	prev := ""
	for ; i < d.toks.Len() && d.toks.Start(i) < e; i++ {
		p := d.toks.At(i).POS
		if strings.Contains(p, "EF") || strings.Contains(p, "EC") || prev == "SN" && strings.HasPrefix(p, "NNB") {
			return false
		}
		prev = p
	}
	return prev != ""
}

// wordAt is the index of the word of sentence st whose span holds byte
// offset p (or ends at it), -1 when none does.
func (d *doc) wordAt(st sentence, p int) int {
	for i := st.w0; i < st.w1; i++ {
		if w := &d.words[i]; w.s <= p && p <= w.e {
			return i
		}
	}
	return -1
}

// launchedAfter reports a launch word among the few words after word k
// (or the rest of word k itself: "‘X’출시").
func (d *doc) launchedAfter(k, end int) bool {
	for i := k + 1; i < end && i <= k+productLaunchReach; i++ {
		for w := range d.lx.productLaunch {
			if strings.HasPrefix(d.words[i].stem, w) {
				return true
			}
		}
	}
	return false
}

// loadProducts reads the launch words and the words of newness.
func (lx *lexicon) loadProducts() error {
	lx.productLaunch = map[string]bool{}
	err := readLines(lexiconFS, "lexicon/product_launches.txt", func(line string) error {
		for _, f := range strings.Fields(line) {
			lx.productLaunch[f] = true
		}
		return nil
	})
	if err != nil {
		return err
	}
	return readList("product_new.txt", &lx.productNew)
}
