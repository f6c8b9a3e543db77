// Package eval measures sosik's extraction: against golden article files
// (the contract in the shared golden README) and against entity benchmarks
// such as KLUE-NER.
package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/sosik-news/sosik/internal/fold"
)

// Golden is one golden file: what sosik must extract from one article.
type Golden struct {
	Source           string           `json:"source"`
	Article          map[string]any   `json:"article"`
	Entities         []GoldEntity     `json:"entities"`
	OptionalEntities []GoldEntity     `json:"optional_entities"`
	NotEntities      []string         `json:"not_entities"`
	Amounts          []map[string]any `json:"amounts"`
	Dates            []map[string]any `json:"dates"`
	Quotes           []map[string]any `json:"quotes"`
	Events           []GoldEvent      `json:"events"`
	Topics           []string         `json:"topics"`
}

// GoldEntity is an entity the article must yield. Fields left empty are
// not checked.
type GoldEntity struct {
	Type        string   `json:"type"`
	Name        string   `json:"name"`
	Aliases     []string `json:"aliases"`
	Title       *string  `json:"title"`
	Affiliation *string  `json:"affiliation"`
	Role        *string  `json:"role"`
}

// GoldEvent is an event the article must yield.
type GoldEvent struct {
	Type      string   `json:"type"`
	Actors    []string `json:"actors"`
	Place     *string  `json:"place"`
	Date      *string  `json:"date"`
	Object    *string  `json:"object"`
	Certainty string   `json:"certainty"`
}

// LoadGolden reads a golden file.
func LoadGolden(path string) (*Golden, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("eval: reading golden: %w", err)
	}
	var g Golden
	if err := json.Unmarshal(b, &g); err != nil {
		return nil, fmt.Errorf("eval: golden %s: %w", path, err)
	}
	return &g, nil
}

// Group is found/total for one group of checks.
type Group struct {
	Name         string
	Found, Total int
}

// Result is the score of one article against its golden file.
type Result struct {
	Groups            []Group
	EntityPrecision   float64
	Matched, Entities int // system entities that match a gold one; all system entities
	Misses            []string
	Errors            []string
}

// Found and Total sum the groups.
func (r *Result) Found() int {
	n := 0
	for _, g := range r.Groups {
		n += g.Found
	}
	return n
}

// Total is the number of checks.
func (r *Result) Total() int {
	n := 0
	for _, g := range r.Groups {
		n += g.Total
	}
	return n
}

// Recall is found/total over every check.
func (r *Result) Recall() float64 {
	if r.Total() == 0 {
		return 0
	}
	return float64(r.Found()) / float64(r.Total())
}

// Group returns the named group (zero if absent).
func (r *Result) Group(name string) Group {
	for _, g := range r.Groups {
		if g.Name == name {
			return g
		}
	}
	return Group{Name: name}
}

func (r *Result) tally(group string, ok bool, what string) {
	i := -1
	for k, g := range r.Groups {
		if g.Name == group {
			i = k
		}
	}
	if i < 0 {
		r.Groups = append(r.Groups, Group{Name: group})
		i = len(r.Groups) - 1
	}
	r.Groups[i].Total++
	if ok {
		r.Groups[i].Found++
	} else {
		r.Misses = append(r.Misses, group+": "+what)
	}
}

// Print writes the report in the layout of the shared score-golden tool.
func (r *Result) Print(w io.Writer) error {
	var b strings.Builder
	for _, g := range r.Groups {
		fmt.Fprintf(&b, "%-9s %d/%d\n", g.Name, g.Found, g.Total)
	}
	fmt.Fprintf(&b, "entity precision %.2f (%d/%d)\n", r.EntityPrecision, r.Matched, r.Entities)
	for _, m := range r.Misses {
		fmt.Fprintf(&b, "  miss %s\n", m)
	}
	for _, e := range r.Errors {
		fmt.Fprintf(&b, "  error: not an entity: %s\n", e)
	}
	fmt.Fprintf(&b, "golden: overall recall %.2f (%d/%d), entity errors %d\n", r.Recall(), r.Found(), r.Total(), len(r.Errors))
	_, err := io.WriteString(w, b.String())
	return err
}

var spaceRe = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`\s+`) })

func ws(s string) string { return strings.TrimSpace(spaceRe().ReplaceAllString(s, " ")) }

// str renders a JSON value the way the golden comparison reads it.
func str(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	case bool:
		return strconv.FormatBool(x)
	}
	b, _ := json.Marshal(v)
	return string(b)
}

func list(v any) []any {
	if l, ok := v.([]any); ok {
		return l
	}
	return nil
}

func obj(v any) map[string]any {
	if m, ok := v.(map[string]any); ok {
		return m
	}
	return map[string]any{}
}

// Score compares a system extraction (the JSON object `sosik parse --json`
// prints for the article) with a golden file, following the scoring rules
// of the golden README.
func Score(g *Golden, system []byte) (*Result, error) {
	var sys map[string]any
	if err := json.Unmarshal(system, &sys); err != nil {
		return nil, fmt.Errorf("eval: system output: %w", err)
	}
	r := &Result{}
	scoreArticle(r, g.Article, sys)
	canon := scoreEntities(r, g, sys)
	scoreAmountsDates(r, g, sys)
	c := func(n string) string {
		if v, ok := canon[fold.Key(n)]; ok {
			return v
		}
		return fold.Key(n)
	}
	scoreQuotes(r, g, sys, c)
	scoreEvents(r, g, sys, c)
	stopics := map[string]bool{}
	for _, t := range list(sys["topics"]) {
		stopics[fold.Key(str(t))] = true
	}
	for _, t := range g.Topics {
		r.tally("topics", stopics[fold.Key(t)], "topic "+t)
	}
	return r, nil
}

func scoreArticle(r *Result, ga map[string]any, sys map[string]any) {
	if ga == nil {
		return
	}
	for _, key := range []string{"headline", "agency", "published", "rights", "language"} {
		if v, ok := ga[key]; ok {
			r.tally("article", ws(str(sys[key])) == ws(str(v)), fmt.Sprintf("%s = %q, got %q", key, str(v), str(sys[key])))
		}
	}
	if v, ok := ga["subheads"]; ok {
		r.tally("article", sameList(list(sys["subheads"]), list(v), false), fmt.Sprintf("subheads %v, got %v", v, sys["subheads"]))
	}
	if v, ok := ga["dateline"]; ok {
		dl := obj(sys["dateline"])
		okk := true
		for k, x := range obj(v) {
			if ws(str(dl[k])) != ws(str(x)) {
				okk = false
			}
		}
		r.tally("article", okk, fmt.Sprintf("dateline %v, got %v", v, dl))
	}
	if v, ok := ga["byline"]; ok {
		bl := obj(sys["byline"])
		r.tally("article", sameList(list(bl["emails"]), list(obj(v)["emails"]), true), fmt.Sprintf("byline emails %v, got %v", obj(v)["emails"], bl))
	}
	body := list(sys["body"])
	if v, ok := ga["body_paragraph_count"]; ok {
		n, _ := v.(float64)
		r.tally("article", len(body) == int(n), fmt.Sprintf("%d body paragraphs, got %d", int(n), len(body)))
	}
	for i, w := range list(ga["body_first_words"]) {
		if w == nil {
			continue
		}
		r.tally("article", i < len(body) && strings.HasPrefix(ws(str(body[i])), str(w)), fmt.Sprintf("body[%d] starts %q", i, str(w)))
	}
	sphotos := map[string]map[string]any{}
	for _, p := range list(sys["photos"]) {
		sphotos[str(obj(p)["url"])] = obj(p)
	}
	for _, gp := range list(ga["photos"]) {
		gpm := obj(gp)
		url := str(gpm["url"])
		tail := url
		if len(tail) > 40 {
			tail = tail[len(tail)-40:]
		}
		keys := make([]string, 0, len(gpm))
		for k := range gpm {
			if k != "url" {
				keys = append(keys, k)
			}
		}
		sort.Strings(keys)
		sp, found := sphotos[url]
		for _, k := range keys {
			if !found {
				r.tally("photos", false, fmt.Sprintf("photo %s missing (%s)", tail, k))
				continue
			}
			v, sv := gpm[k], sp[k]
			var ok bool
			switch gv := v.(type) {
			case []any:
				ok = sameList(list(sv), gv, true)
			case nil:
				ok = isEmpty(sv)
			default:
				ok = ws(str(sv)) == ws(str(gv))
			}
			r.tally("photos", ok, fmt.Sprintf("photo %s %s = %v, got %v", tail, k, v, sv))
		}
	}
}

func isEmpty(v any) bool {
	switch x := v.(type) {
	case nil:
		return true
	case string:
		return x == ""
	case []any:
		return len(x) == 0
	case bool:
		return !x
	case float64:
		return x == 0
	}
	return false
}

func sameList(a, b []any, sorted bool) bool {
	if len(a) != len(b) {
		return false
	}
	x, y := make([]string, len(a)), make([]string, len(b))
	for i := range a {
		x[i], y[i] = ws(str(a[i])), ws(str(b[i]))
	}
	if sorted {
		sort.Strings(x)
		sort.Strings(y)
	}
	for i := range x {
		if x[i] != y[i] {
			return false
		}
	}
	return true
}

func namesOf(e map[string]any) map[string]bool {
	m := map[string]bool{fold.Key(str(e["name"])): true}
	for _, a := range list(e["aliases"]) {
		m[fold.Key(str(a))] = true
	}
	return m
}

func scoreEntities(r *Result, g *Golden, sys map[string]any) map[string]string {
	sents := list(sys["entities"])
	canon := map[string]string{}
	for _, ge := range g.Entities {
		keys := append([]string{ge.Name}, ge.Aliases...)
		e := findEntity(sents, ge.Type, keys)
		ok, detail := e != nil, ""
		if ok {
			ok, detail = attrsMatch(ge, e)
			for _, k := range keys {
				canon[fold.Key(k)] = fold.Key(str(e["name"]))
			}
		}
		what := ge.Type + " " + ge.Name
		if e == nil {
			what += " not found"
		} else {
			what += detail
		}
		r.tally("entities", ok, what)
	}
	scorePrecision(r, g, sents)
	return canon
}

// findEntity returns the first system entity of type typ one of whose
// names folds to one of keys.
func findEntity(sents []any, typ string, keys []string) map[string]any {
	want := map[string]bool{}
	for _, k := range keys {
		want[fold.Key(k)] = true
	}
	for _, x := range sents {
		xm := obj(x)
		if str(xm["type"]) != typ {
			continue
		}
		for n := range namesOf(xm) {
			if want[n] {
				return xm
			}
		}
	}
	return nil
}

// attrsMatch checks the golden entity's title, affiliation and role (a
// role may also be read in the title) against the system entity e, and
// says what differs.
func attrsMatch(ge GoldEntity, e map[string]any) (bool, string) {
	ok, detail := true, ""
	check := func(k string, gv *string) {
		if gv == nil {
			return
		}
		got := fold.Key(str(e[k]))
		if k == "role" {
			got += "|" + fold.Key(str(e["title"]))
		}
		if !strings.Contains(got, fold.Key(*gv)) {
			ok = false
			detail += fmt.Sprintf(" %s=%q got %q", k, *gv, str(e[k]))
		}
	}
	check("title", ge.Title)
	check("affiliation", ge.Affiliation)
	check("role", ge.Role)
	return ok, detail
}

// scorePrecision counts the system entities that are golden ones
// (required or optional) and reports those the golden says are none.
func scorePrecision(r *Result, g *Golden, sents []any) {
	goldNames := map[string]bool{}
	for _, ge := range append(append([]GoldEntity{}, g.Entities...), g.OptionalEntities...) {
		goldNames[fold.Key(ge.Name)] = true
		for _, a := range ge.Aliases {
			goldNames[fold.Key(a)] = true
		}
	}
	bad := map[string]bool{}
	for _, x := range g.NotEntities {
		bad[fold.Key(x)] = true
	}
	for _, x := range sents {
		xm := obj(x)
		if bad[fold.Key(str(xm["name"]))] {
			r.Errors = append(r.Errors, fmt.Sprintf("%s %q", str(xm["type"]), str(xm["name"])))
		}
		for n := range namesOf(xm) {
			if goldNames[n] {
				r.Matched++
				break
			}
		}
	}
	r.Entities = len(sents)
	if len(sents) > 0 {
		r.EntityPrecision = float64(r.Matched) / float64(len(sents))
	}
}

func sameNum(a, b any) bool {
	x, ok1 := toFloat(a)
	y, ok2 := toFloat(b)
	return ok1 && ok2 && math.Abs(x-y) <= 1e-6*math.Max(1, math.Abs(y))
}

func toFloat(v any) (float64, bool) {
	switch x := v.(type) {
	case float64:
		return x, true
	case string:
		f, err := strconv.ParseFloat(x, 64)
		return f, err == nil
	}
	return 0, false
}

func scoreAmountsDates(r *Result, g *Golden, sys map[string]any) {
	for _, ga := range g.Amounts {
		ok := false
		for _, a := range list(sys["amounts"]) {
			am := obj(a)
			if sameNum(am["value"], ga["value"]) && fold.Key(str(am["unit"])) == fold.Key(str(ga["unit"])) {
				ok = true
			}
		}
		r.tally("amounts", ok, fmt.Sprintf("%s = %s %s", str(ga["text"]), str(ga["value"]), str(ga["unit"])))
	}
	sdates := map[string]bool{}
	for _, d := range list(sys["dates"]) {
		sdates[str(obj(d)["value"])] = true
	}
	for _, gd := range g.Dates {
		r.tally("dates", sdates[str(gd["value"])], fmt.Sprintf("%s = %s", str(gd["text"]), str(gd["value"])))
	}
}

var quoteMarks = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`["'“”‘’]`) })

func scoreQuotes(r *Result, g *Golden, sys map[string]any, c func(string) string) {
	qtext := func(s string) string { return fold.Key(quoteMarks().ReplaceAllString(s, "")) }
	for _, gq := range g.Quotes {
		ok := false
		gs := str(gq["speaker"])
		for _, q := range list(sys["quotes"]) {
			qm := obj(q)
			a, b := qtext(str(qm["text"])), qtext(str(gq["text"]))
			spk := map[string]bool{c(str(qm["speaker"])): true, fold.Key(str(qm["speaker"])): true}
			if a != "" && (strings.Contains(b, a) || strings.Contains(a, b)) && (spk[c(gs)] || spk[fold.Key(gs)]) {
				ok = true
			}
		}
		t := []rune(str(gq["text"]))
		if len(t) > 30 {
			t = t[:30]
		}
		r.tally("quotes", ok, gs+": "+string(t))
	}
}

func scoreEvents(r *Result, g *Golden, sys map[string]any, c func(string) string) {
	cert := func(x string) string {
		if x == "asserted" || x == "reported" {
			return "factual"
		}
		return x
	}
	for _, gev := range g.Events {
		ok := false
		for _, e := range list(sys["events"]) {
			em := obj(e)
			if str(em["type"]) != gev.Type {
				continue
			}
			actors := map[string]bool{}
			for _, a := range list(em["actors"]) {
				actors[c(str(a))] = true
			}
			all := true
			for _, a := range gev.Actors {
				if !actors[c(a)] {
					all = false
				}
			}
			if !all {
				continue
			}
			fieldOK := func(k string, gv *string) bool {
				if gv == nil {
					return true
				}
				sv := str(em[k])
				return c(*gv) == c(sv) || strings.Contains(fold.Key(sv), fold.Key(*gv))
			}
			if !fieldOK("place", gev.Place) || !fieldOK("object", gev.Object) {
				continue
			}
			if gev.Date != nil && str(em["date"]) != *gev.Date {
				continue
			}
			if cert(str(em["certainty"])) != cert(gev.Certainty) {
				continue
			}
			ok = true
		}
		r.tally("events", ok, fmt.Sprintf("%s %v %s", gev.Type, gev.Actors, gev.Certainty))
	}
}
