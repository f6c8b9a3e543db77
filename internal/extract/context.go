package extract

import (
	"context"
	"errors"

	"github.com/sosik-news/sosik/internal/article"
	"github.com/sosik-news/sosik/internal/korean"
)

// analyzeChunk is the least text the analyser reads at a time. The text is
// cut only at line breaks, which no morpheme spans, so the tokens are the
// ones one pass over the whole text gives; reading it in pieces lets a
// cancelled context stop a long article between paragraphs and keeps the
// analyser's lattice (hundreds of bytes a byte of text) the size of a
// paragraph, not of the article.
const analyzeChunk = 2048

// analyzeLine bounds a run of the analysis that has no line break to cut
// at: a line this long, which no news paragraph is, is cut after a
// sentence end or a space (see cutEnd), and the word after the cut is
// analysed without its left neighbour.
const analyzeLine = 16 << 10

// ExtractContext is Extract that stops early when ctx is done: it checks
// ctx between paragraphs of the analysis and between the stages and then
// returns ctx's error and no document. It never panics: a bug in a rule
// gives the article with empty extraction lists and an *InternalError. An
// article over pieceSize is extracted in pieces (see extractPieces).
func (x *Extractor) ExtractContext(ctx context.Context, a *article.Article) (out *Document, err error) {
	defer func() {
		if r := recover(); r != nil {
			out, err = emptyDocument(a), internalError(a.Source, "analyse", r)
		}
	}()
	toks, err := x.analyzeContext(ctx, a.Text)
	if err != nil {
		return nil, err
	}
	if len(a.Text) > pieceSize {
		out, err = x.extractPieces(ctx, a, toks)
	} else {
		var d *doc
		out, d, err = x.extractTokens(ctx, a, toks)
		d.release()
	}
	var ie *InternalError
	if errors.As(err, &ie) {
		return out, err
	}
	if err == nil {
		err = ctx.Err()
	}
	if err != nil {
		return nil, err
	}
	return out, nil
}

// analyzeContext runs the analyser over text one run of whole lines (at
// least analyzeChunk bytes) at a time into one compact analysis, and gives
// up with ctx's error between runs.
func (x *Extractor) analyzeContext(ctx context.Context, text string) (*korean.Tokens, error) {
	toks := korean.NewTokens(text)
	for start := 0; start < len(text); {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		end := cutEnd(text, start, analyzeChunk, analyzeLine)
		x.an.AppendAnalysis(toks, start, end)
		start = end
	}
	toks.Finish()
	return toks, ctx.Err()
}
