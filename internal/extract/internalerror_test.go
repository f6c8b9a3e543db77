package extract

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"strings"
	"testing"
)

// withBrokenStage returns a copy of the test extractor whose pipeline has
// a stage that panics right after the titles stage.
func withBrokenStage(t *testing.T, onErr func(*InternalError)) *Extractor {
	t.Helper()
	x := *extractor(t)
	x.stages = nil
	for _, s := range pipeline {
		x.stages = append(x.stages, s)
		if s.name == "titles" {
			x.stages = append(x.stages, stage{name: "broken", run: func(*doc) { panic("a rule bug") }})
		}
	}
	x.onInternalError = onErr
	return &x
}

func TestInternalErrorReported(t *testing.T) {
	a := articleOf("한빛전자 김민준 사장이 8일 서울에서 투자를 발표했다.\n\n김민준 사장은 \"투자한다\"고 말했다.", "2025-06-11")
	a.Source = "broken.txt"
	check := func(how string, err error, doc *Document) {
		t.Helper()
		var ie *InternalError
		if !errors.As(err, &ie) {
			t.Fatalf("%s: error %v, want an *InternalError", how, err)
		}
		if ie.Stage != "broken" || ie.Source != "broken.txt" || ie.Value != "a rule bug" || !bytes.Contains(ie.Stack, []byte("panic")) {
			t.Errorf("%s: %+v, want stage broken, source broken.txt, the panic value and its stack", how, ie)
		}
		if !strings.Contains(ie.Error(), "stage broken on broken.txt") {
			t.Errorf("%s: message %q names neither stage nor article", how, ie.Error())
		}
		if doc == nil || doc.Text != a.Text || len(doc.Entities) != 0 || doc.Events == nil {
			t.Errorf("%s: want the article with empty, non-nil lists, got %+v", how, doc)
		}
	}

	doc, err := withBrokenStage(t, nil).ExtractContext(context.Background(), a)
	check("ExtractContext", err, doc)

	var got []*InternalError
	doc = withBrokenStage(t, func(e *InternalError) { got = append(got, e) }).Extract(a)
	if len(got) != 1 {
		t.Fatalf("OnInternalError called %d times, want once", len(got))
	}
	check("Extract with OnInternalError", got[0], doc)

	var logged bytes.Buffer
	defer slog.SetDefault(slog.Default())
	slog.SetDefault(slog.New(slog.NewTextHandler(&logged, nil)))
	doc = withBrokenStage(t, nil).Extract(a)
	for _, want := range []string{"level=ERROR", "internal error", "source=broken.txt", "stage=broken", `panic="a rule bug"`} {
		if !strings.Contains(logged.String(), want) {
			t.Errorf("the default logger got %q, want %q in it", logged.String(), want)
		}
	}
	if doc == nil || doc.Text != a.Text || len(doc.Entities) != 0 {
		t.Errorf("Extract with slog: want the article with empty lists, got %+v", doc)
	}
	logged.Reset()
	if spans := withBrokenStage(t, nil).Spans(a.Text); spans != nil || !strings.Contains(logged.String(), "stage=broken") {
		t.Errorf("Spans: %v and log %q, want no spans and the error logged", spans, logged.String())
	}
}

// TestNoInternalErrorOnWorkingRules: the same article through the working
// pipeline gives entities and no error.
func TestNoInternalErrorOnWorkingRules(t *testing.T) {
	a := articleOf("한빛전자 김민준 사장이 8일 서울에서 투자를 발표했다.", "2025-06-11")
	doc, err := extractor(t).ExtractContext(context.Background(), a)
	if err != nil || find(doc, Person, "김민준") == nil {
		t.Fatalf("error %v, entities %+v: want 김민준 and no error", err, doc.Entities)
	}
}
