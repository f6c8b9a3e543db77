package main

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// runParse runs "sosik parse args…" and returns the printed documents.
// Cobra keeps flag values between runs, so every call names them all.
func runParse(t *testing.T, args ...string) ([]map[string]any, string, error) {
	t.Helper()
	var out, errOut bytes.Buffer
	root.SetArgs(append([]string{"parse"}, args...))
	root.SetIn(strings.NewReader(""))
	root.SetOut(&out)
	root.SetErr(&errOut)
	defer root.SetArgs(nil)
	err := root.Execute()
	var docs []map[string]any
	dec := json.NewDecoder(&out)
	for dec.More() {
		var d map[string]any
		if derr := dec.Decode(&d); derr != nil {
			t.Fatalf("output is not JSON Lines: %v", derr)
		}
		docs = append(docs, d)
	}
	return docs, errOut.String(), err
}

// TestParseHTMLAndText parses an HTML page and the same story as text and
// requires the same anatomy and dates; --published overrides the page.
func TestParseHTMLAndText(t *testing.T) {
	dir := filepath.Join("..", "..", "internal", "htmlpage", "testdata")
	docs, stderr, err := runParse(t, "--format", "auto", "--published", "", "--pretty=false",
		filepath.Join(dir, "table-photo.html"), filepath.Join(dir, "table-photo.txt"))
	if err != nil || len(docs) != 2 {
		t.Fatalf("parse: %v, %d docs, stderr %s", err, len(docs), stderr)
	}
	for _, k := range []string{"headline", "published", "body", "photos", "byline", "dates"} {
		if !reflect.DeepEqual(docs[0][k], docs[1][k]) {
			t.Errorf("%s differs:\nhtml %v\ntext %v", k, docs[0][k], docs[1][k])
		}
	}
	if docs[0]["published"] != "2023-03-14" {
		t.Errorf("published %v", docs[0]["published"])
	}
	docs, _, err = runParse(t, "--format", "auto", "--published", "2024-01-20", "--pretty=false", filepath.Join(dir, "table-photo.html"))
	if err != nil || len(docs) != 1 || docs[0]["published"] != "2024-01-20" {
		t.Fatalf("--published: %v %v", err, docs)
	}
	if _, _, err := runParse(t, "--format", "auto", "--published", "어제", "--pretty=false", filepath.Join(dir, "table-photo.html")); err == nil {
		t.Error("--published 어제: no error")
	}
}
