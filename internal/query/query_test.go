package query

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"io"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sosik-news/sosik/internal/article"
	"github.com/sosik-news/sosik/internal/extract"
	"github.com/sosik-news/sosik/internal/store"
)

func TestHighlight(t *testing.T) {
	s := `<b>삼성전자</b> & "투자"`
	// 삼성전자 is bytes 3..15, 투자 19..25 after `& "`.
	i := strings.Index(s, "삼성전자")
	j := strings.Index(s, "투자")
	spans := []store.Span{{Start: i, End: i + len("삼성전자")}, {Start: j, End: j + len("투자")}}
	tests := []struct {
		name  string
		fn    func(string, []store.Span) string
		spans []store.Span
		want  string
	}{
		{"html", HighlightHTML, spans, `&lt;b&gt;<mark>삼성전자</mark>&lt;/b&gt; &amp; &#34;<mark>투자</mark>&#34;`},
		{"brackets", HighlightBrackets, spans, `<b>[삼성전자]</b> & "[투자]"`},
		{"ansi", HighlightANSI, spans[:1], "<b>\x1b[1;33m삼성전자\x1b[0m</b> & \"투자\""},
		{"bad spans ignored", HighlightHTML, []store.Span{{Start: i + 1, End: i + 3}, {Start: 5, End: 2}, {Start: 0, End: 999}}, `&lt;b&gt;삼성전자&lt;/b&gt; &amp; &#34;투자&#34;`},
	}
	for _, tt := range tests {
		if got := tt.fn(s, tt.spans); got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}

func sampleGraph() *store.Graph {
	return &store.Graph{
		Nodes: []store.Node{{ID: 1, Label: `이재용 "JY" <삼성>`, Type: "PERSON", Weight: 3}, {ID: 2, Label: "한덕수\\총리", Type: "PERSON", Weight: 1}},
		Edges: []store.Edge{
			{Source: 1, Target: 2, Kind: store.EdgeCoMention, Weight: 1},
			{Source: 1, Target: 2, Kind: store.EdgeEvent, Weight: 1, EventTypes: []string{"MEET"}},
		},
	}
}

func TestGraphML(t *testing.T) {
	var b bytes.Buffer
	if err := WriteGraph(&b, sampleGraph(), "graphml"); err != nil {
		t.Fatal(err)
	}
	// Valid XML that reads back with the same labels and weights.
	var doc struct {
		Keys []struct {
			ID   string `xml:"id,attr"`
			For  string `xml:"for,attr"`
			Name string `xml:"attr.name,attr"`
		} `xml:"key"`
		Graph struct {
			Nodes []struct {
				ID   string `xml:"id,attr"`
				Data []struct {
					Key   string `xml:"key,attr"`
					Value string `xml:",chardata"`
				} `xml:"data"`
			} `xml:"node"`
			Edges []struct {
				Source string `xml:"source,attr"`
				Target string `xml:"target,attr"`
				Data   []struct {
					Key   string `xml:"key,attr"`
					Value string `xml:",chardata"`
				} `xml:"data"`
			} `xml:"edge"`
		} `xml:"graph"`
	}
	if err := xml.Unmarshal(b.Bytes(), &doc); err != nil {
		t.Fatalf("not valid XML: %v\n%s", err, b.String())
	}
	keys := map[string]bool{}
	for _, k := range doc.Keys {
		keys[k.For+"/"+k.Name] = true
	}
	for _, k := range []string{"node/label", "node/type", "node/weight", "edge/weight", "edge/kind"} {
		if !keys[k] {
			t.Errorf("GraphML lacks key %s", k)
		}
	}
	if len(doc.Graph.Nodes) != 2 || doc.Graph.Nodes[0].Data[0].Value != `이재용 "JY" <삼성>` {
		t.Errorf("nodes %+v", doc.Graph.Nodes)
	}
	if len(doc.Graph.Edges) != 2 || doc.Graph.Edges[1].Source != "n1" || doc.Graph.Edges[1].Data[1].Value != "1" {
		t.Errorf("edges %+v", doc.Graph.Edges)
	}
	if !strings.HasPrefix(b.String(), "<?xml") {
		t.Error("no XML declaration")
	}
}

func TestDOT(t *testing.T) {
	var b bytes.Buffer
	if err := WriteGraph(&b, sampleGraph(), "dot"); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"graph sosik {",
		"layout=neato, overlap=false",
		`label="node colour: PERSON orange\nnode size: articles;`,
		`n1 [label="이재용 \"JY\" <삼성>", type="PERSON", weight=3, fillcolor="#f59f00", fontsize=18];`,
		`n2 [label="한덕수\\총리", type="PERSON", weight=1, fillcolor="#f59f00", fontsize=14];`,
		`n1 -- n2 [kind="co-mention", weight=1, penwidth=6.0];`,
		`n1 -- n2 [kind="event", weight=1, penwidth=6.0, style=dashed, color="#e8590c", label="MEET"];`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("DOT lacks %q:\n%s", want, out)
		}
	}
	if strings.Count(out, "{") != strings.Count(out, "}") || !strings.HasSuffix(out, "}\n") {
		t.Errorf("unbalanced DOT:\n%s", out)
	}
	if err := WriteGraph(io.Discard, sampleGraph(), "svg"); err == nil {
		t.Error("unknown format accepted")
	}
	for format, ok := range map[string]bool{"json": true, "": true, "GraphML": true, "dot": true, "svg": false, "png": false} {
		if err := CheckGraphFormat(format); (err == nil) != ok {
			t.Errorf("CheckGraphFormat(%q) = %v, want ok=%v", format, err, ok)
		}
	}
	b.Reset()
	if err := WriteGraph(&b, sampleGraph(), "json"); err != nil {
		t.Fatal(err)
	}
	var g store.Graph
	if err := json.Unmarshal(b.Bytes(), &g); err != nil || len(g.Edges) != 2 {
		t.Errorf("json graph: %v %+v", err, g)
	}
}

func TestExport(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "x.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	text := "삼성전자, 새 공장\n삼성전자가 평택에 새 공장을 짓는다고 \"밝혔다\"."
	d := &extract.Document{
		Article:  article.Article{ID: "a1", Headline: "삼성전자, 새 공장", Published: "2025-04-01", Agency: "뉴시스", Text: text, Body: []string{"삼성전자가 평택에 새 공장을 짓는다고 \"밝혔다\"."}},
		Entities: []extract.Entity{{ID: "e1", Type: extract.Org, Name: "삼성전자"}, {ID: "e2", Type: extract.Place, Name: "평택"}},
		Topics:   []string{"반도체", "공장"},
	}
	if _, err := st.Put(ctx, []*extract.Document{d}); err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	n, err := Export(ctx, st, &b, ExportOptions{Format: "jsonl"}, store.ExportQuery{})
	if err != nil || n != 1 {
		t.Fatalf("jsonl: %d %v", n, err)
	}
	var back extract.Document
	if err := json.Unmarshal(b.Bytes(), &back); err != nil || back.Text != text || back.Entities[1].Name != "평택" {
		t.Errorf("jsonl round trip: %v %+v", err, back)
	}
	b.Reset()
	if n, err = Export(ctx, st, &b, ExportOptions{Format: "csv"}, store.ExportQuery{}); err != nil || n != 1 {
		t.Fatalf("csv: %d %v", n, err)
	}
	if !bytes.HasPrefix(b.Bytes(), []byte("\xef\xbb\xbfid,")) {
		t.Errorf("csv export does not start with a UTF-8 BOM and the header: %q", b.Bytes()[:8])
	}
	recs, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(b.Bytes(), []byte("\xef\xbb\xbf")))).ReadAll()
	if err != nil || len(recs) != 2 {
		t.Fatalf("csv: %v %q", err, recs)
	}
	row := map[string]string{}
	for i, h := range recs[0] {
		row[h] = recs[1][i]
	}
	if row["orgs"] != "삼성전자" || row["places"] != "평택" || row["topics"] != "반도체; 공장" || row["text"] != text {
		t.Errorf("csv row %q", row)
	}
	b.Reset()
	if _, err = Export(ctx, st, &b, ExportOptions{Format: "csv", NoBOM: true}, store.ExportQuery{}); err != nil || !strings.HasPrefix(b.String(), "id,published") {
		t.Errorf("csv without BOM: %v %q", err, b.String()[:12])
	}
	if _, err := Export(ctx, st, io.Discard, ExportOptions{Format: "xml"}, store.ExportQuery{}); err == nil {
		t.Error("unknown export format accepted")
	}
}

func TestCheckExportFormat(t *testing.T) {
	for _, c := range []struct {
		format string
		ok     bool
	}{{"jsonl", true}, {"JSON", true}, {"", true}, {"csv", true}, {"xlsx", false}, {"xml", false}} {
		if err := CheckExportFormat(c.format); (err == nil) != c.ok {
			t.Errorf("CheckExportFormat(%q) = %v, want ok=%v", c.format, err, c.ok)
		}
	}
}
