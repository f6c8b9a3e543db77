package eval

import (
	"bufio"
	"context"
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/sosik-news/sosik/internal/article"
	"github.com/sosik-news/sosik/internal/extract"
	"github.com/sosik-news/sosik/internal/store"
)

// DefaultLinkingSet is sosik's own linking test (testdata/linking.txt):
// short articles the team wrote, with gold entity labels.
//
//go:embed testdata/linking.txt
var DefaultLinkingSet string

// ExtraLinkingSet (testdata/linking-extra.txt) holds articles written after
// the weights were set on DefaultLinkingSet, stored after it: a check that
// the weights generalise.
//
//go:embed testdata/linking-extra.txt
var ExtraLinkingSet string

// LinkEntity is one entity of a linking-test article, as an extractor gives
// it, with the real-world entity it is (Gold; "-" is context, not scored).
type LinkEntity struct {
	Gold, Type, Name, Title, Affiliation string
	Aliases                              []string
}

// LinkArticle is one article of the linking test.
type LinkArticle struct {
	ID, Published, Agency, Headline, Body string
	Entities                              []LinkEntity
	Line                                  int  // where it starts in the file
	Extra                                 bool // written after the weights were set
}

var linkTypes = map[string]string{"P": extract.Person, "O": extract.Org, "L": extract.Place}

// DefaultLinkingArticles reads sosik's own linking test: DefaultLinkingSet
// then ExtraLinkingSet, its articles marked Extra.
func DefaultLinkingArticles() ([]LinkArticle, error) {
	base, err := ReadLinkingSet(strings.NewReader(DefaultLinkingSet))
	if err != nil {
		return nil, err
	}
	extra, err := ReadLinkingSet(strings.NewReader(ExtraLinkingSet))
	if err != nil {
		return nil, fmt.Errorf("extra %w", err)
	}
	for i := range extra {
		extra[i].Extra = true
	}
	return append(base, extra...), nil
}

// ReadLinkingSet reads a linking test (format in testdata/linking.txt) and
// checks that every name and alias occurs in its article.
func ReadLinkingSet(r io.Reader) ([]LinkArticle, error) {
	var out []LinkArticle
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "= "):
			f := splitFields(line[2:], 4)
			if f == nil {
				return nil, fmt.Errorf("linking set:%d: want = ID | DATE | AGENCY | HEADLINE", n)
			}
			out = append(out, LinkArticle{ID: f[0], Published: f[1], Agency: f[2], Headline: f[3], Line: n})
		case len(out) == 0:
			return nil, fmt.Errorf("linking set:%d: text before the first article", n)
		case strings.HasPrefix(line, "+ "):
			e, err := parseLinkEntity(line[2:])
			if err != nil {
				return nil, fmt.Errorf("linking set:%d: %w", n, err)
			}
			out[len(out)-1].Entities = append(out[len(out)-1].Entities, e)
		default:
			a := &out[len(out)-1]
			a.Body = strings.TrimSpace(a.Body + "\n" + line)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	for _, a := range out {
		text := a.Headline + "\n" + a.Body
		for _, e := range a.Entities {
			for _, form := range append([]string{e.Name}, e.Aliases...) {
				if !strings.Contains(text, form) {
					return nil, fmt.Errorf("linking set:%d: %s: %q is not in the article", a.Line, a.ID, form)
				}
			}
		}
	}
	return out, nil
}

// splitFields splits s at "|" into exactly n trimmed fields, nil otherwise.
func splitFields(s string, n int) []string {
	f := strings.Split(s, "|")
	if len(f) != n {
		return nil
	}
	for i := range f {
		f[i] = strings.TrimSpace(f[i])
	}
	return f
}

// parseLinkEntity reads GOLD | TYPE | NAME [| TITLE | AFFILIATION | ALIASES].
func parseLinkEntity(s string) (LinkEntity, error) {
	f := strings.Split(s, "|")
	for i := range f {
		f[i] = strings.TrimSpace(f[i])
	}
	if len(f) < 3 || len(f) > 6 || linkTypes[f[1]] == "" || f[0] == "" || f[2] == "" {
		return LinkEntity{}, fmt.Errorf("want GOLD | P/O/L | NAME [| TITLE | AFFILIATION | ALIAS, ALIAS], got %q", s)
	}
	for len(f) < 6 {
		f = append(f, "")
	}
	e := LinkEntity{Gold: f[0], Type: linkTypes[f[1]], Name: f[2], Title: f[3], Affiliation: f[4]}
	for _, a := range strings.Split(f[5], ",") {
		if a = strings.TrimSpace(a); a != "" {
			e.Aliases = append(e.Aliases, a)
		}
	}
	return e, nil
}

// Document is the article as an extractor would give it: text is the
// headline line and the body, mentions are every occurrence of the names.
func (a LinkArticle) Document() *extract.Document {
	text := a.Headline + "\n" + a.Body
	sum := sha256.Sum256([]byte(text))
	d := &extract.Document{Article: article.Article{
		ID: hex.EncodeToString(sum[:8]), Source: "linking-test/" + a.ID, Headline: a.Headline, Agency: a.Agency,
		Published: a.Published, Language: "ko", Body: strings.Split(a.Body, "\n"), Text: text,
	}}
	for i, e := range a.Entities {
		x := extract.Entity{ID: "e" + strconv.Itoa(i+1), Type: e.Type, Name: e.Name, Aliases: e.Aliases, Title: e.Title, Affiliation: e.Affiliation}
		x.Mentions = extract.FindMentions(text, append([]string{e.Name}, e.Aliases...)...)
		d.Entities = append(d.Entities, x)
	}
	return d
}

// LinkPair is a pair of labelled entities the store got wrong.
type LinkPair struct {
	A, B string // "article:name"
	Gold string // the gold labels, "x" or "x ≠ y"
}

// LinkingReport is the pairwise score of a store's links.
type LinkingReport struct {
	Articles, Items, GoldPairs int
	TP, FP, FN                 int
	Merged                     []LinkPair // linked, but different entities
	Split                      []LinkPair // the same entity, not linked
	// Missed counts labelled entities without a stored link (the
	// extractor missed them, end to end).
	Missed int
	// Extra counts the pairs with an article written after the weights
	// were set (LinkArticle.Extra).
	Extra struct{ Articles, TP, FP, FN int }
}

// Precision is TP / (TP + FP): of the pairs linked, the share that are one entity.
func (r *LinkingReport) Precision() float64 { return pairRatio(r.TP, r.TP+r.FP) }

// Recall is TP / (TP + FN): of the same-entity pairs, the share linked.
func (r *LinkingReport) Recall() float64 { return pairRatio(r.TP, r.TP+r.FN) }

// pairRatio is a/b, 1 when there is nothing to count.
func pairRatio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// linkItem is one scored entity: its article, gold label and stored entity.
type linkItem struct {
	where, gold string
	eid         int64
	extra       bool
}

// ScoreLinking stores the articles in st (in the given order) with their
// labelled entities and scores the store's links of the labelled PERSON
// and ORG entities as pairwise precision and recall.
func ScoreLinking(ctx context.Context, st store.Store, arts []LinkArticle) (*LinkingReport, error) {
	docs := make([]*extract.Document, len(arts))
	local := make([][]int, len(arts))
	for i, a := range arts {
		docs[i] = a.Document()
		for j := range a.Entities {
			local[i] = append(local[i], j)
		}
	}
	return scoreDocs(ctx, st, arts, docs, local)
}

// Extractor is what ScoreLinkingExtracted needs of extraction.
type Extractor interface {
	Extract(a *article.Article) *extract.Document
}

// ScoreLinkingExtracted is ScoreLinking end to end: the entities are the
// extractor's, each labelled one matched to the extracted entity of its
// type that bears its name or an alias of it (else whose mention covers
// its name). A labelled entity the extractor missed counts as an entity of
// its own; Missed counts them.
func ScoreLinkingExtracted(ctx context.Context, st store.Store, arts []LinkArticle, x Extractor) (*LinkingReport, error) {
	docs := make([]*extract.Document, len(arts))
	local := make([][]int, len(arts))
	for i, a := range arts {
		art, err := article.FromParts(article.Meta{Source: "linking-test/" + a.ID, Title: a.Headline, Published: a.Published, Agency: a.Agency}, a.Body)
		if err != nil {
			return nil, fmt.Errorf("eval linking: %s: %w", a.ID, err)
		}
		docs[i] = x.Extract(art)
		for _, e := range a.Entities {
			local[i] = append(local[i], matchExtracted(docs[i], e))
		}
	}
	return scoreDocs(ctx, st, arts, docs, local)
}

// matchExtracted is the index of the extracted entity a labelled one is,
// -1 when the extractor missed it.
func matchExtracted(d *extract.Document, e LinkEntity) int {
	forms := map[string]bool{foldName(e.Name): true}
	for _, a := range e.Aliases {
		forms[foldName(a)] = true
	}
	for k, x := range d.Entities {
		if x.Type != e.Type {
			continue
		}
		for _, n := range append([]string{x.Name}, x.Aliases...) {
			if forms[foldName(n)] {
				return k
			}
		}
	}
	at := strings.Index(d.Text, e.Name)
	for k, x := range d.Entities {
		for _, m := range x.Mentions {
			if x.Type == e.Type && at >= 0 && m.Start < at+len(e.Name) && at < m.End {
				return k
			}
		}
	}
	return -1
}

func foldName(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), "")) }

// scoreDocs stores docs one at a time, as articles arrive, and scores the
// links: local[i][j] is the entity of docs[i] that arts[i]'s entity j is
// (-1: none).
func scoreDocs(ctx context.Context, st store.Store, arts []LinkArticle, docs []*extract.Document, local [][]int) (*LinkingReport, error) {
	for _, d := range docs {
		res, err := st.Put(ctx, []*extract.Document{d})
		if err != nil {
			return nil, err
		}
		if res[0].Status == store.Failed {
			return nil, fmt.Errorf("eval linking: storing %s: %w", d.Source, res[0].Err)
		}
	}
	eids, err := storedLinks(ctx, st)
	if err != nil {
		return nil, err
	}
	var items []linkItem
	missed := 0
	for i, a := range arts {
		for j, e := range a.Entities {
			if e.Gold == "-" || (e.Type != extract.Person && e.Type != extract.Org) {
				continue
			}
			eid, ok := eids[docs[i].ID+"/"+strconv.Itoa(local[i][j])]
			if local[i][j] < 0 || !ok {
				missed++
				eid = int64(-missed) // an entity of its own
			}
			items = append(items, linkItem{where: a.ID + ":" + e.Name, gold: e.Gold, eid: eid, extra: a.Extra})
		}
	}
	r := pairwise(len(arts), items)
	r.Missed = missed
	for _, a := range arts {
		if a.Extra {
			r.Extra.Articles++
		}
	}
	return r, nil
}

// storedLinks maps "articleID/index" to the entity the store linked it to,
// read back from the link decisions of every entity.
func storedLinks(ctx context.Context, st store.Store) (map[string]int64, error) {
	ents, err := st.FindEntities(ctx, "", 1000)
	if err != nil {
		return nil, err
	}
	out := map[string]int64{}
	for _, e := range ents {
		p, err := st.Entity(ctx, strconv.FormatInt(e.ID, 10), store.ProfileOptions{Limit: 1000, Explain: true})
		if err != nil {
			return nil, err
		}
		for _, l := range p.Links {
			out[l.Article.ID+"/"+strconv.Itoa(l.Index)] = e.ID
		}
	}
	return out, nil
}

// pairwise counts every pair of items: same gold and same entity is a true
// positive, different gold and same entity a false one, same gold and
// different entities a miss.
func pairwise(articles int, items []linkItem) *LinkingReport {
	r := &LinkingReport{Articles: articles, Items: len(items)}
	for i := range items {
		for j := i + 1; j < len(items); j++ {
			a, b := items[i], items[j]
			sameGold, sameEnt := a.gold == b.gold, a.eid == b.eid
			if a.extra || b.extra {
				r.Extra.TP += b2i(sameGold && sameEnt)
				r.Extra.FP += b2i(!sameGold && sameEnt)
				r.Extra.FN += b2i(sameGold && !sameEnt)
			}
			switch {
			case sameGold && sameEnt:
				r.TP++
			case sameEnt:
				r.FP++
				r.Merged = append(r.Merged, LinkPair{A: a.where, B: b.where, Gold: a.gold + " ≠ " + b.gold})
			case sameGold:
				r.FN++
				r.Split = append(r.Split, LinkPair{A: a.where, B: b.where, Gold: a.gold})
			}
			if sameGold {
				r.GoldPairs++
			}
		}
	}
	sort.Slice(r.Split, func(i, j int) bool { return r.Split[i].Gold < r.Split[j].Gold })
	return r
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// Print writes the report; with errors, every wrong pair.
func (r *LinkingReport) Print(w io.Writer, errors bool) error {
	var b strings.Builder
	fmt.Fprintf(&b, "linking: %d articles, %d labelled entities, %d same-entity pairs\n", r.Articles, r.Items, r.GoldPairs)
	if r.Missed > 0 {
		fmt.Fprintf(&b, "%d labelled entities not extracted (each counted as an entity of its own)\n", r.Missed)
	}
	fmt.Fprintf(&b, "pairwise precision %.3f (%d/%d)  recall %.3f (%d/%d)\n",
		r.Precision(), r.TP, r.TP+r.FP, r.Recall(), r.TP, r.TP+r.FN)
	if x := r.Extra; x.Articles > 0 {
		fmt.Fprintf(&b, "pairs with the %d articles written after tuning: precision %.3f (%d/%d)  recall %.3f (%d/%d)\n",
			x.Articles, pairRatio(x.TP, x.TP+x.FP), x.TP, x.TP+x.FP, pairRatio(x.TP, x.TP+x.FN), x.TP, x.TP+x.FN)
	}
	if errors {
		for _, p := range r.Merged {
			fmt.Fprintf(&b, "  merged  %s + %s (%s)\n", p.A, p.B, p.Gold)
		}
		for _, p := range r.Split {
			fmt.Fprintf(&b, "  split   %s / %s (%s)\n", p.A, p.B, p.Gold)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}
