package server

import (
	"bufio"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/sosik-news/sosik/internal/store"
)

// writeGraphML writes g as GraphML (opens in Gephi, yEd, networkx). Text
// goes through encoding/xml's escaper so names cannot break the document.
func writeGraphML(w io.Writer, g *store.Graph) error {
	bw := bufio.NewWriter(w)
	esc := func(s string) string {
		var b strings.Builder
		_ = xml.EscapeText(&b, []byte(s))
		return b.String()
	}
	fmt.Fprint(bw, xml.Header)
	fmt.Fprint(bw, `<graphml xmlns="http://graphml.graphdrawing.org/xmlns">`+"\n")
	for _, k := range []struct{ id, dom, name, typ string }{
		{"label", "node", "label", "string"}, {"type", "node", "type", "string"}, {"weight", "node", "weight", "int"},
		{"kind", "edge", "kind", "string"}, {"eweight", "edge", "weight", "int"}, {"events", "edge", "event_types", "string"},
	} {
		fmt.Fprintf(bw, `  <key id="%s" for="%s" attr.name="%s" attr.type="%s"/>`+"\n", k.id, k.dom, k.name, k.typ)
	}
	fmt.Fprint(bw, `  <graph id="sosik" edgedefault="undirected">`+"\n")
	for _, n := range g.Nodes {
		fmt.Fprintf(bw, `    <node id="n%d"><data key="label">%s</data><data key="type">%s</data><data key="weight">%d</data></node>`+"\n",
			n.ID, esc(n.Label), esc(n.Type), n.Weight)
	}
	for i, e := range g.Edges {
		fmt.Fprintf(bw, `    <edge id="e%d" source="n%d" target="n%d"><data key="kind">%s</data><data key="eweight">%d</data>`,
			i, e.Source, e.Target, esc(e.Kind), e.Weight)
		if len(e.EventTypes) > 0 {
			fmt.Fprintf(bw, `<data key="events">%s</data>`, esc(strings.Join(e.EventTypes, ",")))
		}
		fmt.Fprint(bw, "</edge>\n")
	}
	fmt.Fprint(bw, "  </graph>\n</graphml>\n")
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("server: writing GraphML: %w", err)
	}
	return nil
}

// writeDOT writes g in Graphviz DOT; labels are quoted with DOT's rules
// (only the double quote and backslash need escaping).
func writeDOT(w io.Writer, g *store.Graph) error {
	bw := bufio.NewWriter(w)
	q := func(s string) string {
		return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`).Replace(s) + `"`
	}
	fmt.Fprint(bw, "graph sosik {\n  node [fontname=\"Noto Sans CJK KR\"];\n")
	for _, n := range g.Nodes {
		fmt.Fprintf(bw, "  n%d [label=%s, type=%s, weight=%d];\n", n.ID, q(n.Label), q(n.Type), n.Weight)
	}
	for _, e := range g.Edges {
		style := ""
		if e.Kind == store.EdgeEvent {
			style = ", style=bold"
		}
		label := e.Kind + " " + strconv.Itoa(e.Weight)
		if len(e.EventTypes) > 0 {
			label = strings.Join(e.EventTypes, ",") + " " + strconv.Itoa(e.Weight)
		}
		fmt.Fprintf(bw, "  n%d -- n%d [kind=%s, weight=%d, label=%s%s];\n", e.Source, e.Target, q(e.Kind), e.Weight, q(label), style)
	}
	fmt.Fprint(bw, "}\n")
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("server: writing DOT: %w", err)
	}
	return nil
}
