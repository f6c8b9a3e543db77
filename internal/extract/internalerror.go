package extract

import (
	"context"
	"fmt"
	"log/slog"
	"runtime/debug"
)

// InternalError is a bug in an extraction rule: a panic caught while
// extracting one article. ExtractContext returns it with the article and
// empty extraction lists; Extract hands it to Options.OnInternalError. A
// bug in one rule must not stop an ingest of millions of articles, but it
// must be seen and fixed.
type InternalError struct {
	Source string // the article's source, empty for a bare sentence
	Stage  string // the stage that failed ("analyse" for the analyser)
	Value  any    // what the rule panicked with
	Stack  []byte // the stack where it panicked
}

func (e *InternalError) Error() string {
	src := e.Source
	if src == "" {
		src = "an article without source"
	}
	return fmt.Sprintf("extract: internal error in stage %s on %s (extraction skipped): %v", e.Stage, src, e.Value)
}

// internalError turns a recovered panic into an *InternalError.
func internalError(source, stage string, value any) *InternalError {
	return &InternalError{Source: source, Stage: stage, Value: value, Stack: debug.Stack()}
}

// report gives an internal error to Options.OnInternalError, or to the
// default slog logger when none is set.
func (x *Extractor) report(err *InternalError) {
	if x.onInternalError != nil {
		x.onInternalError(err)
		return
	}
	slog.Default().LogAttrs(context.Background(), slog.LevelError, "extract: internal error (extraction skipped)",
		slog.String("source", err.Source), slog.String("stage", err.Stage), slog.Any("panic", err.Value),
		slog.String("stack", string(err.Stack)))
}

// runStages runs the extractor's stages over d, checking ctx between
// them; a panic in a stage becomes an *InternalError naming it.
func (x *Extractor) runStages(ctx context.Context, d *doc) (err error) {
	stage := ""
	defer func() {
		if r := recover(); r != nil {
			err = internalError(d.a.Source, stage, r)
		}
	}()
	d.ctx = ctx
	for _, s := range x.stages {
		if err := ctx.Err(); err != nil {
			return err
		}
		stage = s.name
		s.run(d)
	}
	return ctx.Err()
}
