package query

import (
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/sosik-news/sosik/internal/store"
)

// Graph output formats.
const (
	FormatJSON    = "json"
	FormatGraphML = "graphml"
	FormatDOT     = "dot"
)

// CheckGraphFormat reports whether format is one WriteGraph knows, so a
// caller can refuse a bad one before doing any work.
func CheckGraphFormat(format string) error {
	switch strings.ToLower(format) {
	case FormatJSON, "", FormatGraphML, FormatDOT:
		return nil
	}
	return fmt.Errorf("query: unknown graph format %q (want json, graphml or dot)", format)
}

// WriteGraph writes g in format json, graphml or dot.
func WriteGraph(w io.Writer, g *store.Graph, format string) error {
	switch strings.ToLower(format) {
	case FormatJSON, "":
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		if err := enc.Encode(g); err != nil {
			return fmt.Errorf("query: writing graph JSON: %w", err)
		}
		return nil
	case FormatGraphML:
		return WriteGraphML(w, g)
	case FormatDOT:
		return WriteDOT(w, g)
	}
	return CheckGraphFormat(format)
}

// GraphML document, with the keys Gephi reads: node label, type and
// weight; edge kind, weight and event types. Weight is a double so Gephi
// uses it as the edge weight.
type gmlDoc struct {
	XMLName xml.Name `xml:"graphml"`
	XMLNS   string   `xml:"xmlns,attr"`
	Keys    []gmlKey `xml:"key"`
	Graph   gmlGraph `xml:"graph"`
}

type gmlKey struct {
	ID   string `xml:"id,attr"`
	For  string `xml:"for,attr"`
	Name string `xml:"attr.name,attr"`
	Type string `xml:"attr.type,attr"`
}

type gmlGraph struct {
	ID          string    `xml:"id,attr"`
	EdgeDefault string    `xml:"edgedefault,attr"`
	Nodes       []gmlNode `xml:"node"`
	Edges       []gmlEdge `xml:"edge"`
}

type gmlData struct {
	Key   string `xml:"key,attr"`
	Value string `xml:",chardata"`
}

type gmlNode struct {
	ID   string    `xml:"id,attr"`
	Data []gmlData `xml:"data"`
}

type gmlEdge struct {
	ID     string    `xml:"id,attr"`
	Source string    `xml:"source,attr"`
	Target string    `xml:"target,attr"`
	Data   []gmlData `xml:"data"`
}

// WriteGraphML writes g as GraphML (undirected), which Gephi, yEd and
// NetworkX open.
func WriteGraphML(w io.Writer, g *store.Graph) error {
	d := gmlDoc{
		XMLNS: "http://graphml.graphdrawing.org/xmlns",
		Keys: []gmlKey{
			{"label", "node", "label", "string"},
			{"type", "node", "type", "string"},
			{"nweight", "node", "weight", "int"},
			{"kind", "edge", "kind", "string"},
			{"weight", "edge", "weight", "double"},
			{"events", "edge", "event_types", "string"},
		},
		Graph: gmlGraph{ID: "sosik", EdgeDefault: "undirected"},
	}
	for _, n := range g.Nodes {
		d.Graph.Nodes = append(d.Graph.Nodes, gmlNode{ID: nodeID(n.ID), Data: []gmlData{
			{"label", n.Label}, {"type", n.Type}, {"nweight", strconv.Itoa(n.Weight)},
		}})
	}
	for i, e := range g.Edges {
		data := []gmlData{{"kind", e.Kind}, {"weight", strconv.Itoa(e.Weight)}}
		if len(e.EventTypes) > 0 {
			data = append(data, gmlData{"events", strings.Join(e.EventTypes, ",")})
		}
		d.Graph.Edges = append(d.Graph.Edges, gmlEdge{ID: "e" + strconv.Itoa(i), Source: nodeID(e.Source), Target: nodeID(e.Target), Data: data})
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return fmt.Errorf("query: writing GraphML: %w", err)
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(d); err != nil {
		return fmt.Errorf("query: writing GraphML: %w", err)
	}
	if _, err := io.WriteString(w, "\n"); err != nil {
		return fmt.Errorf("query: writing GraphML: %w", err)
	}
	return nil
}

func nodeID(id int64) string { return "n" + strconv.FormatInt(id, 10) }

// dotTypeColours fill DOT nodes by entity type, the same colours as the
// web UI's graph legend; other types are grey.
var dotTypeColours = map[string]struct{ hex, name string }{
	"PERSON": {"#f59f00", "orange"}, "ORG": {"#3b82f6", "blue"}, "PLACE": {"#2f9e44", "green"},
	"PROJECT": {"#c026d3", "magenta"}, "PRODUCT": {"#a3a300", "olive"}, "EVENT": {"#7c3aed", "violet"},
}

var dotOtherColour = struct{ hex, name string }{"#868e96", "grey"}

// WriteDOT writes g as an undirected Graphviz graph meant to be readable
// as rendered: a force layout (neato) with overlapping nodes pushed apart,
// nodes filled by entity type and sized by article count, co-mention
// edges grey and event edges orange with their event types, line width
// relative to the heaviest edge, and a caption that explains the encoding.
func WriteDOT(w io.Writer, g *store.Graph) error {
	var b strings.Builder
	b.WriteString("graph sosik {\n")
	b.WriteString("  graph [layout=neato, overlap=false, splines=true, sep=\"+10\", outputorder=edgesfirst, fontname=\"Noto Sans CJK KR\", fontsize=12, labelloc=b,\n")
	fmt.Fprintf(&b, "    label=%s];\n", dotQuote(dotCaption(g)))
	b.WriteString("  node [shape=ellipse, style=filled, fontname=\"Noto Sans CJK KR\", fontsize=12, color=\"#ffffff\", fontcolor=\"#1d2330\"];\n")
	b.WriteString("  edge [color=\"#8d96a588\", fontname=\"Noto Sans CJK KR\", fontsize=10, fontcolor=\"#c2410c\"];\n")
	maxN, maxE := 1, 1
	for _, n := range g.Nodes {
		maxN = max(maxN, n.Weight)
	}
	for _, e := range g.Edges {
		maxE = max(maxE, e.Weight)
	}
	for _, n := range g.Nodes {
		fmt.Fprintf(&b, "  %s [label=%s, type=%s, weight=%d, fillcolor=%s, fontsize=%d];\n",
			nodeID(n.ID), dotQuote(n.Label), dotQuote(n.Type), n.Weight, dotQuote(dotColour(n.Type).hex), 12+6*n.Weight/maxN)
	}
	for _, e := range g.Edges {
		fmt.Fprintf(&b, "  %s -- %s [%s];\n", nodeID(e.Source), nodeID(e.Target), dotEdgeAttrs(e, maxE))
	}
	b.WriteString("}\n")
	if _, err := io.WriteString(w, b.String()); err != nil {
		return fmt.Errorf("query: writing DOT: %w", err)
	}
	return nil
}

// dotEdgeAttrs: co-mention edges solid grey, event edges dashed orange
// labelled with their event types; pen width 1–6 by weight.
func dotEdgeAttrs(e store.Edge, maxE int) string {
	attrs := fmt.Sprintf("kind=%s, weight=%d, penwidth=%.1f", dotQuote(e.Kind), e.Weight, 1+5*float64(e.Weight)/float64(maxE))
	if e.Kind == store.EdgeEvent {
		attrs += `, style=dashed, color="#e8590c"`
		if len(e.EventTypes) > 0 {
			attrs += ", label=" + dotQuote(strings.Join(e.EventTypes, ","))
		}
	}
	return attrs
}

func dotColour(typ string) struct{ hex, name string } {
	if c, ok := dotTypeColours[typ]; ok {
		return c
	}
	return dotOtherColour
}

// dotCaption explains the colours of the types present and what sizes
// and widths mean.
func dotCaption(g *store.Graph) string {
	seen := map[string]bool{}
	var types []string
	for _, n := range g.Nodes {
		if !seen[n.Type] {
			seen[n.Type] = true
			types = append(types, n.Type)
		}
	}
	slices.Sort(types)
	var parts []string
	for _, t := range types {
		parts = append(parts, t+" "+dotColour(t).name)
	}
	return "node colour: " + strings.Join(parts, ", ") +
		"\nnode size: articles; grey line: mentioned together (width: articles); orange dashed: same event"
}

// dotQuote makes a DOT double-quoted string: only " and \ need escaping,
// and newlines become \n so one label stays on one line.
func dotQuote(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`, "\r", "")
	return `"` + r.Replace(s) + `"`
}
