package extract

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/sosik-news/sosik/internal/article"
	"github.com/sosik-news/sosik/internal/korean"
)

// stage is one step of extraction: an annotator that reads the shared doc
// and adds to it. Stages run in the order of pipeline; an entity stage
// never takes words an earlier one claimed (see doc.claim).
type stage struct {
	name string
	run  func(d *doc)
	// required stages cannot be switched off: the later ones read what
	// they write (segment) or the output would lose its shape (entities).
	required bool
}

// pipeline lists the stages of extraction in the order they run. The
// entity recognisers come in order of reliability.
var pipeline = []stage{
	{name: "segment", run: (*doc).segment, required: true},
	{name: "published", run: (*doc).publishedStage},
	{name: "amounts", run: (*doc).amountsStage},
	{name: "dates", run: (*doc).datesStage},
	{name: "datelines", run: (*doc).datelines},
	{name: "byline", run: (*doc).bylineReporters},
	{name: "agency-org", run: (*doc).agencyOrg},
	{name: "district-lists", run: (*doc).districtLists},
	{name: "dot-lists", run: (*doc).dotLists},
	{name: "comma-lists", run: (*doc).commaLists},
	{name: "rejoined-names", run: (*doc).rejoinNames},
	{name: "hanja-names", run: (*doc).hanjaNames},
	{name: "titles", run: (*doc).titles},
	{name: "honorifics", run: (*doc).honorificPersons},
	{name: "quoted-titles", run: (*doc).quotedTitles},
	{name: "appositives", run: (*doc).appositiveTitles},
	{name: "hanja", run: (*doc).hanja},
	{name: "spaced-events", run: (*doc).spacedEvents},
	{name: "titled-events", run: (*doc).titledEvents},
	{name: "ordinal-events", run: (*doc).ordinalEvents},
	{name: "meeting-councils", run: (*doc).meetingEvents},
	{name: "regional-bodies", run: (*doc).regionalBodies},
	{name: "spaced-orgs", run: (*doc).spacedOrgs},
	{name: "company-names", run: (*doc).companyNames},
	{name: "gazetteer", run: (*doc).gazetteer},
	{name: "projects", run: (*doc).projects},
	{name: "products", run: (*doc).products},
	{name: "suffix-orgs", run: (*doc).suffixOrgs},
	{name: "quoted-orgs", run: (*doc).quotedOrgs},
	{name: "districts", run: (*doc).districtPlaces},
	{name: "title-then-name", run: (*doc).titleThenName},
	{name: "kind-then-name", run: (*doc).kindThenName},
	{name: "villages", run: (*doc).villagePlaces},
	{name: "place-offices", run: (*doc).placeOffices},
	{name: "partner-orgs", run: (*doc).partnerOrgs},
	{name: "teams", run: (*doc).teamNames},
	{name: "named-events", run: (*doc).namedEvents},
	{name: "foreign-names", run: (*doc).foreignNames},
	{name: "dictionary-persons", run: (*doc).dictionaryPersons},
	{name: "model", run: (*doc).modelEntities},
	{name: "staff-orgs", run: (*doc).staffOrgs},
	{name: "org-before-name", run: (*doc).orgBeforeName},
	{name: "paren-abbrevs", run: (*doc).parenAbbrevs},
	{name: "alias-before-name", run: (*doc).aliasBeforeName},
	{name: "paren-heads", run: (*doc).parenHeads},
	{name: "expansion", run: (*doc).expandMentions},
	{name: "coreference", run: (*doc).coreference},
	{name: "entities", run: (*doc).entitiesStage, required: true},
	{name: "quotes", run: (*doc).quotesStage},
	// event triggers, frames and certainty are one stage: merging events
	// depends on their certainty.
	{name: "events", run: (*doc).eventsStage},
	{name: "topics", run: (*doc).topicsStage},
}

// Stages returns the names of the extraction stages in the order they run;
// Options.Disable takes these names.
func Stages() []string {
	out := make([]string, len(pipeline))
	for i, s := range pipeline {
		out[i] = s.name
	}
	return out
}

// OptionalStages returns the stages Options.Disable may switch off.
func OptionalStages() []string {
	var out []string
	for _, s := range pipeline {
		if !s.required {
			out = append(out, s.name)
		}
	}
	return out
}

// Without returns an extractor that shares x's analyser, lexicons and
// model and also skips the named stages (for ablation: what a stage
// buys). An unknown or required stage is an error, as in Options.Disable.
func (x *Extractor) Without(stages ...string) (*Extractor, error) {
	disabled := append(slices.Clip(x.disabled), stages...)
	st, err := stagesWithout(disabled)
	if err != nil {
		return nil, err
	}
	y := *x
	y.stages, y.disabled = st, disabled
	return &y, nil
}

// stagesWithout returns the pipeline less the named stages, or an error
// naming an unknown or required stage and listing the valid ones.
func stagesWithout(disable []string) ([]stage, error) {
	for _, name := range disable {
		i := slices.IndexFunc(pipeline, func(s stage) bool { return s.name == name })
		if i < 0 {
			return nil, fmt.Errorf("extract: unknown stage %q (stages that can be disabled: %s)", name, strings.Join(OptionalStages(), ", "))
		}
		if pipeline[i].required {
			return nil, fmt.Errorf("extract: stage %q is required (stages that can be disabled: %s)", name, strings.Join(OptionalStages(), ", "))
		}
	}
	out := make([]stage, 0, len(pipeline))
	for _, s := range pipeline {
		if !slices.Contains(disable, s.name) {
			out = append(out, s)
		}
	}
	return out, nil
}

// publishedStage dates the article (see published); the date resolves
// relative dates.
func (d *doc) publishedStage() {
	d.pub, d.hasPub = d.published()
	if d.hasPub && d.out.Published == "" {
		d.out.Published = d.pub.Format("2006-01-02")
	}
}

// amountsStage finds the amounts of money and other quantities.
func (d *doc) amountsStage() {
	if am := korean.Amounts(d.text); am != nil {
		d.out.Amounts = am
	}
}

// datesStage resolves the date expressions against the publication date.
func (d *doc) datesStage() {
	d.dates = d.resolveDates(d.pub, d.hasPub)
	d.out.Dates = append(d.out.Dates, d.dates...)
}

// titles finds people by a title pattern (affiliation, name, title) ending
// at each word.
func (d *doc) titles() {
	for si, st := range d.sents {
		for t := st.w0; t < st.w1; t++ {
			d.titlePattern(si, t)
		}
	}
}

// entitiesStage numbers the entities found and writes them out; quotes and
// events refer to them by these IDs.
func (d *doc) entitiesStage() { d.keepFormerNames(); d.out.Entities = d.entityList() }

// quotesStage finds the quotes and their speakers.
func (d *doc) quotesStage() { d.out.Quotes = d.findQuotes() }

// eventsStage finds the events with their frames and certainty.
func (d *doc) eventsStage() { d.out.Events = d.findEvents() }

// topicsStage assigns the topic categories.
func (d *doc) topicsStage() { d.out.Topics = d.topics() }

// Analyse is the name TimeStages gives the morphological analysis.
const Analyse = "analyse"

// TimeStages extracts a as Extract does and adds to took the time each of
// x's stages took on it, and the analysis under Analyse: what `sosik
// bench` reports per stage. A bug in a rule is returned as an
// *InternalError.
func (x *Extractor) TimeStages(a *article.Article, took map[string]time.Duration) (err error) {
	stage := Analyse
	var d *doc
	defer func() {
		if r := recover(); r != nil {
			err = internalError(a.Source, stage, r)
		}
		if d != nil {
			d.release()
		}
	}()
	t0 := time.Now()
	toks, _ := x.analyzeContext(context.Background(), a.Text)
	t1 := time.Now()
	took[Analyse] += t1.Sub(t0)
	d = x.newDoc(a, toks)
	for _, s := range x.stages {
		stage = s.name
		s.run(d)
		t2 := time.Now()
		took[s.name] += t2.Sub(t1)
		t1 = t2
	}
	return nil
}
