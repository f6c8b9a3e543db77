package eval

import (
	"fmt"
	"io"

	"github.com/sosik-news/sosik/internal/ner"
)

// Tagger finds entity spans (sosik's guideline labels, byte offsets) in
// one sentence.
type Tagger func(text string) []ner.Span

// NER reads a KLUE-NER file, tags every sentence and scores the spans at
// the entity level (exact start, end and label). Labels the tagger never
// produces still count against recall.
func NER(r io.Reader, tag Tagger) (ner.Report, error) {
	sents, err := ner.ReadKLUE(r)
	if err != nil {
		return ner.Report{}, fmt.Errorf("eval: reading KLUE: %w", err)
	}
	gold := make([][]ner.Span, len(sents))
	pred := make([][]ner.Span, len(sents))
	for i, s := range sents {
		gold[i] = s.Spans
		pred[i] = tag(s.Text)
	}
	return ner.Score(gold, pred), nil
}
