package query

import (
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
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
	return fmt.Errorf("query: unknown graph format %q (want json, graphml or dot)", format)
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

// WriteDOT writes g as an undirected Graphviz graph: node labels are the
// entity names, co-mention edges solid and event edges dashed, with the
// weight as label and pen width.
func WriteDOT(w io.Writer, g *store.Graph) error {
	var b strings.Builder
	b.WriteString("graph sosik {\n  node [shape=box, fontname=\"Noto Sans CJK KR\"];\n")
	for _, n := range g.Nodes {
		fmt.Fprintf(&b, "  %s [label=%s, type=%s, weight=%d];\n", nodeID(n.ID), dotQuote(n.Label), dotQuote(n.Type), n.Weight)
	}
	for _, e := range g.Edges {
		style := "solid"
		label := strconv.Itoa(e.Weight)
		if e.Kind == store.EdgeEvent {
			style = "dashed"
			if len(e.EventTypes) > 0 {
				label += " " + strings.Join(e.EventTypes, ",")
			}
		}
		fmt.Fprintf(&b, "  %s -- %s [kind=%s, weight=%d, style=%s, label=%s, penwidth=%d];\n",
			nodeID(e.Source), nodeID(e.Target), dotQuote(e.Kind), e.Weight, style, dotQuote(label), min(1+e.Weight/2, 8))
	}
	b.WriteString("}\n")
	if _, err := io.WriteString(w, b.String()); err != nil {
		return fmt.Errorf("query: writing DOT: %w", err)
	}
	return nil
}

// dotQuote makes a DOT double-quoted string: only " and \ need escaping,
// and newlines become \n so one label stays on one line.
func dotQuote(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`, "\r", "")
	return `"` + r.Replace(s) + `"`
}
