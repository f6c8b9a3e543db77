package ingest

import (
	"bytes"
	"fmt"
	"net/http"
	"path/filepath"
	"strings"

	"github.com/sosik-news/sosik/internal/article"
)

// Format is an input format ingest understands.
type Format string

// The input formats. Auto detects the format of each file from its name and
// its first bytes.
const (
	Auto  Format = ""
	Text  Format = "text"  // one plain text or markdown article per file
	JSONL Format = "jsonl" // one JSON object per line
	JSON  Format = "json"  // one JSON object, or an array of objects, per file
	CSV   Format = "csv"   // a header row naming the fields, one article per record
	HTML  Format = "html"  // one web page per file
	Feed  Format = "rss"   // an RSS, Atom or JSON feed; each item is one article
)

// Formats lists the formats accepted by ParseFormat, for help texts.
var Formats = []Format{Text, JSONL, JSON, CSV, HTML, Feed}

// ParseFormat reads a --format value. "auto" and "" mean Auto; "atom" and
// "feed" are accepted for Feed, "md"/"markdown" for Text.
func ParseFormat(s string) (Format, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "", "auto":
		return Auto, nil
	case "text", "txt", "md", "markdown":
		return Text, nil
	case "jsonl", "ndjson":
		return JSONL, nil
	case "json":
		return JSON, nil
	case "csv":
		return CSV, nil
	case "html", "htm":
		return HTML, nil
	case "rss", "atom", "feed":
		return Feed, nil
	}
	return "", fmt.Errorf("ingest: unknown format %q (want one of text, jsonl, json, csv, html, rss)", s)
}

// sniffLen is how much of a file detection looks at.
const sniffLen = 1024

// extFormats maps file name extensions to formats. Extensions that need a
// look at the content (.xml, .json) are resolved by sniff.
var extFormats = map[string]Format{
	".txt": Text, ".text": Text, ".md": Text, ".markdown": Text,
	".jsonl": JSONL, ".ndjson": JSONL, ".jsonlines": JSONL,
	".json": JSON,
	".csv":  CSV,
	".html": HTML, ".htm": HTML, ".xhtml": HTML, ".shtml": HTML,
	".rss": Feed, ".atom": Feed, ".xml": Feed,
}

// Detect picks the format of a file from its name and its first bytes; a
// file that opens as an HTML page is HTML under any text name. ok is
// false when the file does not look like news input at all (an image, an
// archive, a database, an empty file), so that walking a folder skips it.
func Detect(name string, head []byte) (f Format, ok bool) {
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	if looksBinary(head) {
		return Auto, false
	}
	trimmed := bytes.TrimLeft(head, " \t\r\n")
	if len(bytes.TrimSpace(trimmed)) == 0 {
		return Auto, false
	}
	ext := strings.ToLower(filepath.Ext(name))
	if _, utf16 := article.SniffUTF16(head); utf16 && (ext == "" || extFormats[ext] == Text || plausibleTextExt(ext)) {
		// BOM-less UTF-16: its bytes cannot be sniffed for markup, and
		// article.Parse decodes it as text.
		return Text, true
	}
	if f, known := extFormats[ext]; (!known || f == Text) && trimmed[0] == '<' && !isFeed(trimmed) && isHTML(trimmed) {
		// A saved page is HTML whatever its name says: "page.txt", "story".
		return HTML, true
	}
	if f, known := extFormats[ext]; known {
		switch f {
		case JSON:
			// Many dumps named .json are really JSON Lines.
			if trimmed[0] == '{' && isJSONLines(trimmed) {
				return JSONL, true
			}
		case Feed:
			if ext == ".xml" && !isFeed(trimmed) {
				return Auto, false
			}
		}
		return f, true
	}
	switch trimmed[0] {
	case '{':
		if isJSONLines(trimmed) {
			return JSONL, true
		}
		return JSON, true
	case '[':
		return JSON, true
	case '<':
		if isFeed(trimmed) {
			return Feed, true
		}
		if isHTML(trimmed) {
			return HTML, true
		}
		return Auto, false
	}
	if ext != "" && !plausibleTextExt(ext) {
		// Source code, configs and the like: text, but not articles.
		return Auto, false
	}
	return Text, true
}

// plausibleTextExt accepts extensions that article files plausibly carry
// besides the known ones (none, or dated names like story.2025-04-03).
func plausibleTextExt(ext string) bool {
	for _, r := range ext[1:] {
		if (r < '0' || r > '9') && r != '-' && r != '_' {
			return false
		}
	}
	return true
}

// looksBinary tells images, archives, databases and other binary files
// from text, by content sniffing. Text in a legacy encoding (EUC-KR, UTF-16
// with or without a byte order mark) counts as text: article.Parse decodes it.
func looksBinary(head []byte) bool {
	if len(head) == 0 {
		return false
	}
	if _, utf16 := article.SniffUTF16(head); utf16 {
		return false
	}
	ct := http.DetectContentType(head)
	return !strings.HasPrefix(ct, "text/") && ct != "application/json"
}

// isJSONLines reports whether the head holds a complete JSON object on its
// first line followed by another line starting an object. A lone object is
// JSON: it is then sourced as the file itself rather than as line 1.
func isJSONLines(head []byte) bool {
	nl := bytes.IndexByte(head, '\n')
	if nl < 0 {
		return false
	}
	first := bytes.TrimSpace(head[:nl])
	rest := bytes.TrimLeft(head[nl+1:], " \t\r\n")
	return len(first) > 1 && first[len(first)-1] == '}' && len(rest) > 0 && rest[0] == '{'
}

func isFeed(head []byte) bool {
	h := bytes.ToLower(head)
	return bytes.Contains(h, []byte("<rss")) || bytes.Contains(h, []byte("<feed")) || bytes.Contains(h, []byte("<rdf:rdf"))
}

func isHTML(head []byte) bool {
	h := bytes.ToLower(head)
	return bytes.HasPrefix(h, []byte("<!doctype html")) || bytes.Contains(h, []byte("<html")) ||
		bytes.Contains(h, []byte("<head")) || bytes.Contains(h, []byte("<body")) || bytes.Contains(h, []byte("<article"))
}
