package storetest

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sort"
	"testing"

	"github.com/sosik-news/sosik/internal/extract"
	"github.com/sosik-news/sosik/internal/store"
)

// GraphCorpus: three people met or were said to meet in different months,
// plus an undated article, so periods and certainty filters each change the
// graph. Invented text.
func GraphCorpus() []*extract.Document {
	ents := func(names ...string) []Ent {
		var out []Ent
		for i, n := range names {
			out = append(out, Ent{ID: fmt.Sprint("e", i), Type: extract.Person, Name: n})
		}
		return out
	}
	meet := func(c extract.Certainty, a, b string) extract.Event {
		return extract.Event{Type: "MEET", Actors: []string{a, b}, Certainty: c, Evidence: "만났다"}
	}
	return []*extract.Document{
		Doc("가온누리 대표, 나래솔 회장 만나", "가온누리 대표가 10일 나래솔 회장을 만났다. 다솜빛 사장도 자리를 함께했다.", "2025-01-10", "테스트일보",
			ents("가온누리", "나래솔", "다솜빛"), meet(extract.Asserted, "가온누리", "나래솔")),
		Doc("가온누리·나래솔 회동설 부인", "가온누리 대표는 나래솔 회장과 만났다는 보도는 사실이 아니라고 밝혔다.", "2025-02-11", "테스트일보",
			ents("가온누리", "나래솔"), meet(extract.Denied, "가온누리", "나래솔")),
		Doc("가온누리 대표, 다솜빛 사장과 협력", "가온누리 대표와 다솜빛 사장이 협력하기로 했다.", "2025-03-05", "테스트일보",
			ents("가온누리", "다솜빛")),
		Doc("날짜 없는 기사", "가온누리 대표와 나래솔 회장이 같은 행사에 참석했다.", "", "테스트일보",
			ents("가온누리", "나래솔")),
	}
}

// testGraphCounts checks the graph's counts, kept as articles are stored,
// against what the corpus says, for periods and certainty levels.
func testGraphCounts(t *testing.T, open Opener) {
	ctx := context.Background()
	st, _ := open(t)
	MustPut(t, st, GraphCorpus()...)
	tests := []struct {
		name  string
		q     store.GraphQuery
		nodes []string // name weight
		edges []string // a-b kind weight [certainties]
	}{
		{"all time", store.GraphQuery{Entity: "가온누리"},
			[]string{"가온누리 4", "나래솔 3", "다솜빛 2"},
			[]string{"가온누리-나래솔 co-mention 3", "가온누리-다솜빛 co-mention 2", "나래솔-다솜빛 co-mention 1",
				"가온누리-나래솔 event 2 asserted:1 denied:1"}},
		{"one month", store.GraphQuery{Entity: "가온누리", Since: "2025-02", Until: "2025-02-28"},
			[]string{"가온누리 1", "나래솔 1"},
			[]string{"가온누리-나래솔 co-mention 1", "가온누리-나래솔 event 1 denied:1"}},
		{"asserted only", store.GraphQuery{Certainty: []string{"asserted"}},
			[]string{"가온누리 4", "나래솔 3", "다솜빛 2"},
			[]string{"가온누리-나래솔 co-mention 3", "가온누리-다솜빛 co-mention 2", "나래솔-다솜빛 co-mention 1",
				"가온누리-나래솔 event 1 asserted:1"}},
		{"until January leaves out undated", store.GraphQuery{Until: "2025-01"},
			[]string{"가온누리 1", "나래솔 1", "다솜빛 1"},
			[]string{"가온누리-나래솔 co-mention 1", "가온누리-다솜빛 co-mention 1", "나래솔-다솜빛 co-mention 1",
				"가온누리-나래솔 event 1 asserted:1"}},
		// 다솜빛 is stored last: its neighbours in a period are read as the
		// larger entity of each pair, summed over two months.
		{"around the last entity, one year", store.GraphQuery{Entity: "다솜빛", Since: "2025", Until: "2025-12-31", Limit: 2},
			[]string{"가온누리 3", "다솜빛 2"},
			[]string{"가온누리-다솜빛 co-mention 2"}},
		{"around the last entity, February on", store.GraphQuery{Entity: "다솜빛", Since: "2025-02"},
			[]string{"가온누리 2", "다솜빛 1"},
			[]string{"가온누리-다솜빛 co-mention 1"}},
		{"top two", store.GraphQuery{Limit: 2, Since: "2025"},
			[]string{"가온누리 3", "나래솔 2"},
			[]string{"가온누리-나래솔 co-mention 2", "가온누리-나래솔 event 2 asserted:1 denied:1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, err := st.Graph(ctx, tt.q)
			if err != nil {
				t.Fatal(err)
			}
			nodes, edges := describeGraph(g)
			if !slices.Equal(nodes, tt.nodes) {
				t.Errorf("nodes %q, want %q", nodes, tt.nodes)
			}
			sort.Strings(tt.edges)
			if !slices.Equal(edges, tt.edges) {
				t.Errorf("edges %q, want %q", edges, tt.edges)
			}
		})
	}
	for _, q := range []store.GraphQuery{{Certainty: []string{"maybe"}}, {Since: "2025-13"}, {Since: "2025-03", Until: "2025-01"}} {
		if _, err := st.Graph(ctx, q); !errors.As(err, new(*store.QueryError)) {
			t.Errorf("Graph(%+v): %v, want a QueryError", q, err)
		}
	}
}

// describeGraph writes a graph's nodes (heaviest first) and edges (sorted)
// as strings of names and counts.
func describeGraph(g *store.Graph) (nodes, edges []string) {
	names := map[int64]string{}
	for _, n := range g.Nodes {
		names[n.ID] = n.Label
		nodes = append(nodes, fmt.Sprint(n.Label, " ", n.Weight))
	}
	for _, e := range g.Edges {
		a, b := names[e.Source], names[e.Target]
		if a > b {
			a, b = b, a
		}
		s := fmt.Sprint(a, "-", b, " ", e.Kind, " ", e.Weight)
		var levels []string
		for l, n := range e.Certainties {
			levels = append(levels, fmt.Sprint(l, ":", n))
		}
		sort.Strings(levels)
		for _, l := range levels {
			s += " " + l
		}
		edges = append(edges, s)
	}
	sort.Strings(edges)
	return nodes, edges
}
