// Package query shapes what the store answers for people and other tools:
// highlighted snippets as HTML or terminal text, relation graphs as JSON,
// GraphML (Gephi) or Graphviz DOT, and corpus exports as JSON Lines or CSV.
// It does no I/O of its own beyond the writer it is given; the data comes
// from internal/store.
package query

import (
	"html"
	"strings"

	"github.com/sosik-news/sosik/internal/store"
)

// HighlightHTML HTML-escapes a snippet and wraps its highlighted spans in
// <mark>…</mark>. Spans out of range or not on character boundaries are
// ignored, so a malformed span cannot break the markup.
func HighlightHTML(snippet string, spans []store.Span) string {
	return highlight(snippet, spans, "<mark>", "</mark>", html.EscapeString)
}

// HighlightANSI wraps a snippet's highlighted spans in bold yellow terminal
// escapes, for the CLI on a terminal.
func HighlightANSI(snippet string, spans []store.Span) string {
	return highlight(snippet, spans, "\x1b[1;33m", "\x1b[0m", func(s string) string { return s })
}

// HighlightBrackets marks highlighted spans with [ and ], for plain output.
func HighlightBrackets(snippet string, spans []store.Span) string {
	return highlight(snippet, spans, "[", "]", func(s string) string { return s })
}

func highlight(s string, spans []store.Span, open, close string, esc func(string) string) string {
	var b strings.Builder
	pos := 0
	for _, sp := range spans {
		if sp.Start < pos || sp.End <= sp.Start || sp.End > len(s) || !boundary(s, sp.Start) || !boundary(s, sp.End) {
			continue
		}
		b.WriteString(esc(s[pos:sp.Start]))
		b.WriteString(open)
		b.WriteString(esc(s[sp.Start:sp.End]))
		b.WriteString(close)
		pos = sp.End
	}
	b.WriteString(esc(s[pos:]))
	return b.String()
}

// boundary reports whether byte i of s starts a character (or is the end).
func boundary(s string, i int) bool {
	return i == len(s) || s[i]&0xC0 != 0x80
}
