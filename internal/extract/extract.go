package extract

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/sosik-news/sosik/internal/article"
	"github.com/sosik-news/sosik/internal/korean"
	"github.com/sosik-news/sosik/internal/ner"
)

// Options configures an Extractor. Every field is optional.
type Options struct {
	// UserDict is a user dictionary file for the morphological analyser
	// (word<TAB>POS[<TAB>class] per line).
	UserDict string
	// GazetteerDir holds larger name lists loaded at start-up on top of the
	// small built-in ones (see loadGazetteerDir for the formats read).
	GazetteerDir string
	// NERModel is a model written by `sosik train ner`; its PERSON, ORG and
	// PLACE spans add entities the rules do not find.
	NERModel string
	// Disable names extraction stages to switch off (see Stages); an
	// unknown or required stage makes New fail.
	Disable []string
	// OnInternalError receives the bugs in rules that Extract meets (see
	// InternalError); without it they go to the default slog logger.
	OnInternalError func(*InternalError)
}

// Extractor turns articles into Documents. Build one with New and share it:
// Extract is safe for concurrent use.
type Extractor struct {
	an  *korean.Analyzer
	lx  *lexicon
	ner *ner.Model
	// stages are the pipeline less disabled (Options.Disable).
	stages          []stage
	disabled        []string
	onInternalError func(*InternalError)
}

// New loads the analyser, the lexicons and, when asked, the gazetteers and
// the entity model. It takes about a second (the dictionary load).
func New(opts Options) (*Extractor, error) {
	stages, err := stagesWithout(opts.Disable)
	if err != nil {
		return nil, err
	}
	var an *korean.Analyzer
	if opts.UserDict != "" {
		an, err = korean.NewAnalyzer(opts.UserDict)
	} else {
		an, err = korean.Default()
	}
	if err != nil {
		return nil, fmt.Errorf("extract: analyser: %w", err)
	}
	lx, err := loadLexicon()
	if err != nil {
		return nil, err
	}
	if err := lx.loadGazetteerDir(opts.GazetteerDir); err != nil {
		return nil, err
	}
	x := &Extractor{an: an, lx: lx, stages: stages, disabled: opts.Disable, onInternalError: opts.OnInternalError}
	if opts.NERModel != "" {
		m, err := ner.Load(opts.NERModel)
		if err != nil {
			return nil, fmt.Errorf("extract: entity model: %w", err)
		}
		x.ner = m
	}
	return x, nil
}

// sentence is one sentence of the text and the date its relative dates
// resolve against.
type sentence struct {
	s, e   int
	kind   article.SectionKind
	w0, w1 int // words [w0, w1)
}

// summary tells whether the sentence is a portal's machine summary of the
// story: its names are entities, but it says nothing the body does not
// (no quotes, events or topics of its own).
func (st sentence) summary() bool { return st.kind == article.KindSummary }

// doc is the working state of one extraction.
type doc struct {
	x     *Extractor
	lx    *lexicon
	a     *article.Article
	out   *Document // what the stages write out
	text  string
	toks  *korean.Tokens
	words []word
	secs  []article.Section
	sents []sentence
	dates []korean.Date

	pub    time.Time // the publication date, when hasPub
	hasPub bool

	ents    []*entity
	byKey   map[string]*entity
	head    []*entity         // entity whose phrase ends at this word (the word that carries the josa)
	group   map[int][]*entity // "이들" and similar: the people a word refers to (few words: a map, not 24 bytes a word)
	claimed []bool            // word already part of an entity phrase
	phrase0 []int             // for a head word, the first word of its phrase
	keyBuf  []byte            // scratch for lookup keys (see matchAt)
	sc      *scratch          // where words … phrase0 came from, for release
	tokMemo tokMemo           // tokens of word ranges as []korean.Token (tokRange)
	// ctx is the extraction's context, for stages that walk sentences to
	// stop at one of their boundaries (see done).
	ctx context.Context
}

// done reports whether the extraction's context is done: a stage that
// walks the sentences asks it at each, and stops; runStages then returns
// the context's error.
func (d *doc) done() bool { return d.ctx != nil && d.ctx.Err() != nil }

// Extract reads one article. It never panics: a bug in a rule yields the
// article with empty extraction lists and goes to Options.OnInternalError
// (by default the slog logger).
func (x *Extractor) Extract(a *article.Article) *Document {
	out, err := x.ExtractContext(context.Background(), a)
	var ie *InternalError
	if errors.As(err, &ie) {
		x.report(ie)
	}
	return out
}

func emptyDocument(a *article.Article) *Document {
	d := &Document{Article: *a, Entities: []Entity{}, Amounts: []korean.Amount{}, Dates: []korean.Date{},
		Quotes: []Quote{}, Events: []Event{}, Topics: []string{}}
	return d
}

// scratch holds the per-word working arrays of a doc. They are the bulk
// of what an extraction allocates (a 4 KB article has about 400 words of
// 128 bytes), so finished extractions hand them to the next one; nothing
// in a Document points into them.
type scratch struct {
	words   []word
	head    []*entity
	group   map[int][]*entity
	claimed []bool
	phrase0 []int
	keyBuf  []byte
}

// maxPooledWords is the most words whose arrays go back to scratchPool
// (about 80 KB of text; a news article has a few hundred).
const maxPooledWords = 8192

var scratchPool = sync.Pool{New: func() any { return &scratch{keyBuf: make([]byte, 0, 128)} }}

// release returns the doc's working arrays to the pool, cleared so they
// keep neither the text nor the entities alive. The doc is unusable after.
func (d *doc) release() {
	sc := d.sc
	if sc == nil {
		return
	}
	if cap(d.words) > maxPooledWords {
		// a long article's arrays are left to the collector rather than
		// kept for every later extraction
		d.sc, d.words, d.head, d.group, d.claimed, d.phrase0 = nil, nil, nil, nil, nil, nil
		return
	}
	clear(d.words)
	clear(d.head)
	clear(d.group)
	sc.words, sc.head, sc.group, sc.claimed, sc.phrase0, sc.keyBuf = d.words[:0], d.head[:0], d.group, d.claimed[:0], d.phrase0[:0], d.keyBuf[:0]
	d.sc, d.words, d.head, d.group, d.claimed, d.phrase0 = nil, nil, nil, nil, nil, nil
	scratchPool.Put(sc)
}

// extractDoc extracts an article and also returns its working state, so
// Spans can reuse the analysis instead of repeating it.
func (x *Extractor) extractDoc(a *article.Article) (*Document, *doc, error) {
	toks, _ := x.analyzeContext(context.Background(), a.Text) // never cancelled
	return x.extractTokens(context.Background(), a, toks)
}

// newDoc is the working state of one extraction of a, whose text the
// analyser read into toks, writing out to an empty Document.
func (x *Extractor) newDoc(a *article.Article, toks *korean.Tokens) *doc {
	out := emptyDocument(a)
	out.Tokens = toks
	sc := scratchPool.Get().(*scratch)
	d := &doc{x: x, lx: x.lx, a: a, out: out, text: a.Text, byKey: map[string]*entity{}, keyBuf: sc.keyBuf[:0], sc: sc}
	d.toks = toks
	d.expandTokens()
	return d
}

// extractTokens runs the stages over an article whose text the analyser
// has already read into toks (benchmarks time the rules alone this way).
// A bug in a stage gives the article with empty extraction lists and an
// *InternalError; a done ctx gives no document and ctx's error.
func (x *Extractor) extractTokens(ctx context.Context, a *article.Article, toks *korean.Tokens) (*Document, *doc, error) {
	d := x.newDoc(a, toks)
	out := d.out
	if err := x.runStages(ctx, d); err != nil {
		var ie *InternalError
		if errors.As(err, &ie) {
			return emptyDocument(a), d, err
		}
		return nil, d, err
	}
	return out, d, nil
}

// segment splits every content section into sentences and words. An
// article without sections (built by hand or by another reader) is read as
// one body.
func (d *doc) segment() {
	ti := 0
	d.words = d.sc.words[:0]
	if est := wordsEstimate(d.text); cap(d.words) < est {
		d.words = make([]word, 0, est)
	}
	d.secs = d.a.Sections
	if len(d.secs) == 0 && d.text != "" {
		d.secs = []article.Section{{Kind: article.KindBody, Start: 0, End: len(d.text), Photo: -1}}
	}
	for _, sec := range d.secs {
		switch sec.Kind {
		case article.KindByline, article.KindRights:
			continue
		}
		if sec.Start < 0 || sec.End > len(d.text) || sec.Start >= sec.End {
			continue
		}
		for _, sp := range korean.Sentences(d.text[sec.Start:sec.End]) {
			if d.done() {
				return
			}
			s, e := sec.Start+sp.Start, sec.Start+sp.End
			st := sentence{s: s, e: e, kind: sec.Kind, w0: len(d.words)}
			for ti > 0 && ti < d.toks.Len() && d.toks.Start(ti) > s {
				ti--
			}
			n0 := len(d.words)
			d.words = appendWords(d.words, d.text, s, e, d.toks, &ti)
			for i := n0; i < len(d.words); i++ {
				d.words[i].sent = len(d.sents)
				d.keepNameWhole(&d.words[i])
			}
			st.w1 = len(d.words)
			d.sents = append(d.sents, st)
		}
	}
	n := len(d.words)
	d.head = grow(d.sc.head, n)
	if d.group = d.sc.group; d.group == nil {
		d.group = map[int][]*entity{}
	}
	d.claimed = grow(d.sc.claimed, n)
	d.phrase0 = grow(d.sc.phrase0, n)
	for i := range d.phrase0 {
		d.phrase0[i] = i
	}
	d.markQuotes()
}

// markQuotes flags the words inside double-quoted spans.
func (d *doc) markQuotes() {
	for _, st := range d.sents {
		for _, q := range quoteSpans(d.text, st.s, st.e) {
			for i := st.w0; i < st.w1; i++ {
				if d.words[i].cs >= q[0] && d.words[i].cs < q[1] {
					d.words[i].quoted = true
				}
			}
		}
	}
}

// quoteSpans finds the inner spans of double quotes (straight or curly) in
// text[s:e]. Single quotes mark titles and terms in Korean news, not
// speech, so they are left alone.
func quoteSpans(text string, s, e int) [][2]int { return spansBetween(text, s, e, '“', '”', '"') }

// singleQuoteSpans finds the inner spans of single quotes (straight or
// curly) in text[s:e]: titles and terms ('성완종 리스트').
func singleQuoteSpans(text string, s, e int) [][2]int {
	return spansBetween(text, s, e, '‘', '’', '\'')
}

// spansBetween finds the inner spans of text[s:e] between an opening and
// a closing mark, or between two straight ones.
func spansBetween(text string, s, e int, open, close, straight rune) [][2]int {
	var out [][2]int
	at := -1
	for i := s; i < e; {
		r, w := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == open:
			at = i + w
		case (r == close || r == straight) && at >= 0:
			out = append(out, [2]int{at, i})
			at = -1
		case r == straight:
			at = i + w
		}
		i += w
	}
	return out
}

// isCaptionStamp reports a dotted date right before an e-mail or at the end
// of a caption: the agency's stamp, not a fact of the story.
func isCaptionStamp(text string, dt korean.Date) bool {
	rest := strings.TrimLeft(text[dt.End:], ". ")
	if strings.HasPrefix(dt.Text, "20") && strings.Count(dt.Text, ".") >= 2 {
		line := rest
		if i := strings.IndexByte(line, '\n'); i >= 0 {
			line = line[:i]
		}
		return line == "" || strings.Contains(strings.Fields(line + " x")[0], "@")
	}
	return false
}

func isDigitStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsDigit(r)
}

// grow returns s resized to n zero values, reusing its array when it can.
func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// wordsEstimate is a little over the number of eojeols of text. A short
// text's is guessed from its length (one eojeol per 10 bytes of Korean: 3
// syllables and a space); a long one's runs of letters between word breaks
// are counted, a sixteenth more for the runs that brackets and sentence
// ends cut: its words array is the largest thing extraction holds.
func wordsEstimate(text string) int {
	if len(text) <= 1<<16 {
		return len(text)/10 + 8
	}
	n, in := 0, false
	for _, r := range text {
		br := isWordBreak(r)
		if !br && !in {
			n++
		}
		in = !br
	}
	return n + n/16 + 8
}
