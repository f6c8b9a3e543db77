package extract

import (
	"embed"
	"errors"
	"fmt"
	"io"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// EventType names the kind of a real-world event.
type EventType string

// Event types. EventTypes lists them all; the predicates that trigger each
// are rows of lexicon/events.tsv and their frames rows of lexicon/frames.tsv.
const (
	Meet      EventType = "MEET"
	Travel    EventType = "TRAVEL"
	Visit     EventType = "VISIT"
	Discuss   EventType = "DISCUSS"
	Cooperate EventType = "COOPERATE"
	Invest    EventType = "INVEST"
	Agree     EventType = "AGREE"
	Sign      EventType = "SIGN"
	Establish EventType = "ESTABLISH"
	Announce  EventType = "ANNOUNCE"
	Launch    EventType = "LAUNCH"
	Appoint   EventType = "APPOINT"
	Elect     EventType = "ELECT"
	Resign    EventType = "RESIGN"
	Sue       EventType = "SUE"
	Acquire   EventType = "ACQUIRE"
	Merge     EventType = "MERGE"
	Sanction  EventType = "SANCTION"
	Arrest    EventType = "ARREST"
	Summon    EventType = "SUMMON"
	Indict    EventType = "INDICT"
	Sentence  EventType = "SENTENCE"
)

// EventTypes lists every event type sosik extracts.
var EventTypes = []EventType{Meet, Travel, Visit, Discuss, Cooperate, Invest, Agree, Sign, Establish, Announce,
	Launch, Appoint, Elect, Resign, Sue, Acquire, Merge, Sanction, Arrest, Summon, Indict, Sentence}

// Valid reports whether t is one of EventTypes.
func (t EventType) Valid() bool { return slices.Contains(EventTypes, t) }

//go:embed lexicon/events.tsv lexicon/frames.tsv lexicon/certainty.tsv lexicon/event_links.txt lexicon/quote_labels.txt lexicon/spokespeople.txt lexicon/notplaces.txt lexicon/negation_scope.txt lexicon/speech.tsv lexicon/future_dates.txt lexicon/attendance.txt lexicon/group_sides.txt lexicon/pair_groups.txt lexicon/relational_times.txt lexicon/visit_adjuncts.txt lexicon/org_units.txt lexicon/given_clauses.txt lexicon/sought_nouns.txt lexicon/report_nouns.txt lexicon/generic_agents.txt lexicon/trip_vehicles.txt lexicon/pair_countries.tsv
var eventFS embed.FS

// verbTrigger is a verb whose eojeol beginnings trigger an event; a form
// with "_" spans two eojeols (마주_앉: "마주 앉았다").
type verbTrigger struct {
	prefix, next string
	typ          EventType
}

// frame is what an event type needs: the parties it takes and whether its
// object (을/를), its 에게 phrase (dative) or, with a passive predicate, the
// organisation in 에 that does it (agent: "경찰에 체포됐다") is one of them.
type frame struct {
	sides       int
	objectActor bool
	object      bool
	dative      bool
	agent       bool
}

// certScope says where a certainty marker is looked for (see certainty.tsv).
type certScope string

const (
	scopePred     certScope = "pred"
	scopeChain    certScope = "chain"
	scopeBefore   certScope = "before"
	scopeCancel   certScope = "cancel"
	scopeSentence certScope = "sentence"
	scopeEnd      certScope = "end"
	scopeRieul    certScope = "rieul"
	scopeOwn      certScope = "own"
)

// negation is the marker level that flips a predicate's polarity.
const negation Certainty = "negation"

// certMarker is one row of certainty.tsv.
type certMarker struct {
	text  string // surface text, or the lemma of a morph marker
	pos   string // morph markers: the analyser's tag (VX, VCN …)
	noun  bool   // a predicate noun, counted only where it is a predicate (부인했다, not 부인 김 여사)
	level Certainty
	scope certScope
}

// eventLexicon holds the event and certainty tables, loaded and checked once.
type eventLexicon struct {
	nouns   map[string]string // predicate noun → "TYPE" or "TYPE/destination"
	index   map[string][]string
	verbs   []verbTrigger
	frames  map[EventType]frame
	markers []certMarker
	links   []string
	// quoteLabels mark a soundbite label line, spokespeople the titles of
	// people who speak for someone else.
	quoteLabels  []string
	spokespeople map[string]bool
	notPlaces    map[string]bool     // heads of …에서 phrases that name no place
	negScope     map[string]bool     // nouns a negation reaches its predicate through
	speech       map[string][]string // speech.tsv: kind → words in table order
	futureWords  []string            // future_dates.txt: words that date an event after publication
	attendance   map[string][]string // attendance.txt: kind (noun, verb) → words
	groupSides   map[string]bool     // group_sides.txt: groups that may be a side of a meeting
	pairGroups   map[string]bool     // pair_groups.txt: 양측, 두 나라 stand for the two parties just named
	relTimes     map[string]bool     // relational_times.txt: time nouns never part of a name (도중, 직후)
	visitAdj     map[string]bool     // visit_adjuncts.txt: words of when or how often between a place and a visit
	orgUnits     map[string]bool     // org_units.txt: units that act for the organisation before them (형사1부)
	givenNouns   map[string]bool     // given_clauses.txt: bound nouns that make an adnominal clause a given (체포된 이후)
	soughtNouns  []string            // sought_nouns.txt: objects with which 찾다 is to seek (해법을 찾고)
	reportNouns  map[string]bool     // report_nouns.txt: nouns that carry a report of an event (했다는 보도)
	genericAgent map[string]bool     // generic_agents.txt: state bodies named by a common noun that arrest or indict (경찰)
	vehicles     map[string]bool     // trip_vehicles.txt: what one boards for a place+행 (워싱턴행 비행기)
	initials     map[string]string   // pair_countries.tsv: country initial → country (남 → 한국)
}

// loadEventLexicon reads the embedded event tables.
func loadEventLexicon() (*eventLexicon, error) {
	open := func(name string) io.Reader {
		f, err := eventFS.Open("lexicon/" + name)
		if err != nil {
			panic(err) // embedded: cannot fail
		}
		return f
	}
	ex, err := parseEventLexicon(open("events.tsv"), open("frames.tsv"), open("certainty.tsv"), open("event_links.txt"))
	if err != nil {
		return nil, err
	}
	ex.spokespeople, ex.notPlaces, ex.negScope = map[string]bool{}, map[string]bool{}, map[string]bool{}
	ex.speech, ex.attendance, ex.groupSides, ex.relTimes = map[string][]string{}, map[string][]string{}, map[string]bool{}, map[string]bool{}
	ex.visitAdj, ex.pairGroups, ex.orgUnits, ex.givenNouns = map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}
	ex.genericAgent, ex.vehicles, ex.reportNouns = map[string]bool{}, map[string]bool{}, map[string]bool{}
	ex.initials = map[string]string{}
	err = errors.Join(
		tableRows("quote_labels.txt", open("quote_labels.txt"), 1, func(c []string) error { ex.quoteLabels = append(ex.quoteLabels, c[0]); return nil }),
		tableRows("spokespeople.txt", open("spokespeople.txt"), 1, func(c []string) error { ex.spokespeople[c[0]] = true; return nil }),
		tableRows("notplaces.txt", open("notplaces.txt"), 1, func(c []string) error { ex.notPlaces[c[0]] = true; return nil }),
		tableRows("speech.tsv", open("speech.tsv"), 2, ex.addSpeech),
		tableRows("negation_scope.txt", open("negation_scope.txt"), 1, func(c []string) error { ex.negScope[c[0]] = true; return nil }),
		tableRows("attendance.txt", open("attendance.txt"), 2, ex.addAttendance),
		tableRows("relational_times.txt", open("relational_times.txt"), 1, func(c []string) error { ex.relTimes[c[0]] = true; return nil }),
		tableRows("visit_adjuncts.txt", open("visit_adjuncts.txt"), 1, func(c []string) error { ex.visitAdj[c[0]] = true; return nil }),
		tableRows("group_sides.txt", open("group_sides.txt"), 1, func(c []string) error { ex.groupSides[c[0]] = true; return nil }),
		tableRows("pair_groups.txt", open("pair_groups.txt"), 1, func(c []string) error { ex.pairGroups[c[0]] = true; return nil }),
		tableRows("org_units.txt", open("org_units.txt"), 1, func(c []string) error { ex.orgUnits[c[0]] = true; return nil }),
		tableRows("trip_vehicles.txt", open("trip_vehicles.txt"), 1, func(c []string) error { ex.vehicles[c[0]] = true; return nil }),
		tableRows("generic_agents.txt", open("generic_agents.txt"), 1, func(c []string) error { ex.genericAgent[c[0]] = true; return nil }),
		tableRows("given_clauses.txt", open("given_clauses.txt"), 1, func(c []string) error { ex.givenNouns[c[0]] = true; return nil }),
		tableRows("sought_nouns.txt", open("sought_nouns.txt"), 1, func(c []string) error { ex.soughtNouns = append(ex.soughtNouns, c[0]); return nil }),
		tableRows("report_nouns.txt", open("report_nouns.txt"), 1, func(c []string) error { ex.reportNouns[c[0]] = true; return nil }),
		tableRows("pair_countries.tsv", open("pair_countries.tsv"), 2, func(c []string) error { ex.initials[c[0]] = c[1]; return nil }),
		tableRows("future_dates.txt", open("future_dates.txt"), 1, func(c []string) error { ex.futureWords = append(ex.futureWords, c[0]); return nil }),
	)
	if err != nil {
		return nil, fmt.Errorf("extract: quote lexicon: %w", err)
	}
	return ex, nil
}

// parseEventLexicon builds an event lexicon from its four tables and
// checks every row: a bad row is an error naming the table and line.
func parseEventLexicon(events, frames, cert, links io.Reader) (*eventLexicon, error) {
	ex := &eventLexicon{nouns: map[string]string{}, index: map[string][]string{}, frames: map[EventType]frame{}}
	err := errors.Join(
		tableRows("events.tsv", events, 3, ex.addTrigger),
		tableRows("frames.tsv", frames, 4, ex.addFrame),
		tableRows("certainty.tsv", cert, 4, ex.addMarker),
		tableRows("event_links.txt", links, 1, func(c []string) error { ex.links = append(ex.links, c[0]); return nil }),
	)
	if err != nil {
		return nil, fmt.Errorf("extract: event lexicon: %w", err)
	}
	for _, t := range EventTypes {
		if _, ok := ex.frames[t]; !ok {
			return nil, fmt.Errorf("extract: event lexicon: frames.tsv has no row for %s", t)
		}
	}
	for k := range ex.index {
		sort.Strings(ex.index[k])
	}
	return ex, nil
}

// tableRows calls fn with the columns of each row, after checking the row
// has at least min columns.
func tableRows(name string, r io.Reader, min int, fn func([]string) error) error {
	n := 0
	return scanLines(r, func(line string) error {
		n++
		col := strings.Split(line, "\t")
		for i := range col {
			col[i] = strings.TrimSpace(col[i])
		}
		if len(col) < min || col[0] == "" {
			return fmt.Errorf("%s row %d %q: want %d tab-separated columns", name, n, line, min)
		}
		if err := fn(col); err != nil {
			return fmt.Errorf("%s row %d %q: %w", name, n, line, err)
		}
		return nil
	})
}

func (ex *eventLexicon) addTrigger(col []string) error {
	typ := EventType(col[1])
	if !typ.Valid() {
		return fmt.Errorf("unknown event type %q", col[1])
	}
	extra := ""
	if len(col) > 3 {
		extra = col[3]
	}
	switch col[2] {
	case "noun":
		v := string(typ)
		if extra != "" {
			v += "/" + extra
		}
		if _, dup := ex.nouns[col[0]]; dup {
			return fmt.Errorf("duplicate predicate noun %q", col[0])
		}
		ex.nouns[col[0]] = v
		k := firstRunes(col[0], 2)
		ex.index[k] = append(ex.index[k], col[0])
	case "verb":
		if extra == "" {
			return errors.New("a verb row needs its eojeol beginnings")
		}
		for _, f := range strings.Fields(extra) {
			p, nx, _ := strings.Cut(f, "_")
			ex.verbs = append(ex.verbs, verbTrigger{prefix: p, next: nx, typ: typ})
		}
	default:
		return fmt.Errorf("class %q is neither noun nor verb", col[2])
	}
	return nil
}

func (ex *eventLexicon) addFrame(col []string) error {
	typ := EventType(col[0])
	if !typ.Valid() {
		return fmt.Errorf("unknown event type %q", col[0])
	}
	sides, err := strconv.Atoi(col[1])
	if err != nil || sides < 1 || sides > 3 {
		return fmt.Errorf("sides %q is not 1, 2 or 3", col[1])
	}
	yes := func(s string) (bool, error) {
		switch s {
		case "yes":
			return true, nil
		case "no":
			return false, nil
		}
		return false, fmt.Errorf("%q is neither yes nor no", s)
	}
	oa, err1 := yes(col[2])
	ob, err2 := yes(col[3])
	var dat, ag bool
	var err3, err4 error
	if len(col) > 4 {
		dat, err3 = yes(col[4])
	}
	if len(col) > 5 {
		ag, err4 = yes(col[5])
	}
	if err := errors.Join(err1, err2, err3, err4); err != nil {
		return err
	}
	ex.frames[typ] = frame{sides: sides, objectActor: oa, object: ob, dative: dat, agent: ag}
	return nil
}

var certLevels = []Certainty{Reported, Speculated, Planned, Conditional, Denied, negation}

var certScopes = []certScope{scopePred, scopeChain, scopeBefore, scopeCancel, scopeSentence, scopeEnd, scopeRieul, scopeOwn}

func (ex *eventLexicon) addMarker(col []string) error {
	m := certMarker{text: col[0], level: Certainty(col[1]), scope: certScope(col[2])}
	if !slices.Contains(certLevels, m.level) {
		return fmt.Errorf("unknown level %q", col[1])
	}
	if !slices.Contains(certScopes, m.scope) {
		return fmt.Errorf("unknown scope %q", col[2])
	}
	switch col[3] {
	case "text":
	case "noun":
		m.noun = true
	case "morph":
		var ok bool
		if m.text, m.pos, ok = strings.Cut(col[0], "/"); !ok || m.text == "" || m.pos == "" {
			return fmt.Errorf("morph marker %q is not lemma/POS", col[0])
		}
	default:
		return fmt.Errorf("match %q is not text, noun or morph", col[3])
	}
	ex.markers = append(ex.markers, m)
	return nil
}

// frameOf is the frame of an event type (a one-party frame when unknown).
func (ex *eventLexicon) frameOf(t EventType) frame {
	if f, ok := ex.frames[t]; ok {
		return f
	}
	return frame{sides: 1}
}

// speechKinds are the kinds of row speech.tsv knows.
var speechKinds = []string{"ending", "verb", "indirect", "tweet", "pronoun", "about", "frame", "deictic"}

func (ex *eventLexicon) addSpeech(col []string) error {
	if !slices.Contains(speechKinds, col[0]) {
		return fmt.Errorf("unknown speech kind %q", col[0])
	}
	ex.speech[col[0]] = append(ex.speech[col[0]], col[1])
	return nil
}

func (ex *eventLexicon) addAttendance(col []string) error {
	if col[0] != "noun" && col[0] != "verb" {
		return fmt.Errorf("kind %q is neither noun nor verb", col[0])
	}
	ex.attendance[col[0]] = append(ex.attendance[col[0]], col[1])
	return nil
}
