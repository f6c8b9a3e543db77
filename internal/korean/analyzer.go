package korean

import (
	"fmt"
	"sync"

	"github.com/ikawaha/kagome-dict/dict"
	"github.com/ikawaha/kagome/v2/tokenizer"

	"github.com/sosik-news/sosik/internal/korean/kodict"
)

// Token is one morpheme (or pre-analysed word) of the analysed text.
type Token struct {
	Surface string `json:"surface"`
	// POS is the full mecab-ko-dic tag, e.g. "NNP" or "VV+ETM".
	POS string `json:"pos"`
	// Class is the semantic class ("인명", "지명", "행위" …), empty when none.
	Class string `json:"class,omitempty"`
	// Base is the dictionary reading/base form; equals Surface when unknown.
	Base string `json:"base"`
	// Parts lists the morphemes of a compound or inflected token, in the
	// dictionary's "expression" notation split on '+' ("나서/VV/*").
	Parts []string `json:"parts,omitempty"`
	Start int      `json:"start"` // byte offset, inclusive
	End   int      `json:"end"`   // byte offset, exclusive
	Known bool     `json:"known"` // false for unknown words guessed by the tokenizer
	User  bool     `json:"user,omitempty"`
}

var (
	baseOnce sync.Once
	baseDict *kodict.Dict
	baseErr  error
	notef    func(format string, args ...any)
)

// SetNotes sends notes about the dictionary cache (a file rebuilt, a cache
// directory that cannot be written) to f; sosik --verbose prints them on
// standard error. Call it before the first analyser is made.
func SetNotes(f func(format string, args ...any)) { notef = f }

// systemDict loads mecab-ko-dic once per process, on first use: the flat
// form cached by kodict, mapped in a few milliseconds (the first run on a
// machine builds it from the zip form, about 3 s).
func systemDict() (*kodict.Dict, error) {
	baseOnce.Do(func() {
		baseDict, baseErr = kodict.Load(kodict.Options{Logf: notef})
		if baseErr != nil {
			baseErr = fmt.Errorf("korean: dictionary: %w", baseErr)
		}
	})
	return baseDict, baseErr
}

// SystemDict returns mecab-ko-dic for a bare kagome tokenizer (the
// benchmarks' yardstick). Its known tokens carry no features: read those
// through an Analyzer.
func SystemDict() (*dict.Dict, error) {
	d, err := systemDict()
	if err != nil {
		return nil, err
	}
	return d.Kagome(), nil
}

// Analyzer runs morphological analysis. It is safe for concurrent use.
type Analyzer struct {
	tok *tokenizer.Tokenizer
	// dic is the flat dictionary tok runs over; nil when tok runs over
	// the zip form (in tests), whose features kagome reads itself.
	dic *kodict.Dict
}

// feature returns feature k of t (0 is the POS tag): known tokens' from
// the flat dictionary, which kagome's own accessors cannot read. Analyze
// reads several features of each token through features instead.
func (a *Analyzer) feature(t *tokenizer.Token, k int) (string, bool) {
	if t.Class == tokenizer.KNOWN && a.dic != nil {
		return a.dic.Feature(t.ID, k)
	}
	return t.FeatureAt(k)
}

// NewAnalyzer returns an analyzer over mecab-ko-dic and sosik's shipped
// names dictionary (names.tsv) plus, when userDict is not empty, the user
// dictionary file at that path, whose entries win over shipped ones.
func NewAnalyzer(userDict string) (*Analyzer, error) {
	recs, err := userRecords(userDict)
	if err != nil {
		return nil, err
	}
	ud, err := buildUserDict(recs, "names.tsv+"+userDict)
	if err != nil {
		return nil, err
	}
	sd, err := systemDict()
	if err != nil {
		return nil, err
	}
	t, err := tokenizer.New(sd.Kagome(), tokenizer.OmitBosEos(), tokenizer.UserDict(ud))
	if err != nil {
		return nil, fmt.Errorf("korean: new tokenizer: %w", err)
	}
	return &Analyzer{tok: t, dic: sd}, nil
}

var (
	defaultOnce sync.Once
	defaultA    *Analyzer
	defaultErr  error
)

// Default returns the process-wide analyzer over mecab-ko-dic and the
// shipped names dictionary (no user file); it is built on first use.
func Default() (*Analyzer, error) {
	defaultOnce.Do(func() { defaultA, defaultErr = NewAnalyzer("") })
	return defaultA, defaultErr
}

// tokenFeatures are one token's features: a known token's row of the flat
// dictionary split once, or the token itself for kagome to read.
type tokenFeatures struct {
	t    *tokenizer.Token
	cols []string // nil unless the row was split
}

// features splits t's row into buf when t is a known token of the flat
// dictionary.
func (a *Analyzer) features(t *tokenizer.Token, buf *[9]string) tokenFeatures {
	if t.Class == tokenizer.KNOWN && a.dic != nil {
		return tokenFeatures{t: t, cols: a.dic.AppendFeatures(buf[:0], t.ID)}
	}
	return tokenFeatures{t: t}
}

// at returns feature k (0 is the POS tag), as kagome's Token.FeatureAt.
func (f tokenFeatures) at(k int) (string, bool) {
	if f.cols == nil {
		return f.t.FeatureAt(k)
	}
	if k < 0 || k >= len(f.cols) {
		return "", false
	}
	return f.cols[k], true
}
