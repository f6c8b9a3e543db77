package korean

import (
	"fmt"
	"sync"

	ko "github.com/ikawaha/kagome-dict-ko"
	"github.com/ikawaha/kagome-dict/dict"
	"github.com/ikawaha/kagome/v2/tokenizer"
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
	baseDict *dict.Dict
)

// systemDict loads mecab-ko-dic once per process; loading takes about a second.
func systemDict() *dict.Dict {
	baseOnce.Do(func() { baseDict = ko.Dict() })
	return baseDict
}

// Analyzer runs morphological analysis. It is safe for concurrent use.
type Analyzer struct {
	tok *tokenizer.Tokenizer
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
	t, err := tokenizer.New(systemDict(), tokenizer.OmitBosEos(), tokenizer.UserDict(ud))
	if err != nil {
		return nil, fmt.Errorf("korean: new tokenizer: %w", err)
	}
	return &Analyzer{tok: t}, nil
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
