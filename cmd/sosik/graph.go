package main

import (
	"bufio"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/sosik-news/sosik/internal/query"
	"github.com/sosik-news/sosik/internal/store"
)

func init() { lazyCommand(addGraphCommand, "graph") }

func addGraphCommand() {
	var (
		dsn, format, outPath string
		q                    store.GraphQuery
	)
	cmd := &cobra.Command{
		Use:   "graph [--entity X] [--since MONTH] [--until MONTH] [--certainty LEVELS] [--format json|graphml|dot]",
		Short: "Export the relation graph: entities linked by co-mentions and shared events",
		Long: `graph writes entities as nodes and their relations as weighted edges:
co-mention (articles mentioning both) and event (events with both as actors;
--certainty asserted keeps only the events told as facts). Periods are whole
months of publication.
With --entity, the graph around that entity; else among the most-mentioned
entities. GraphML opens in Gephi (node label/type/weight, edge kind/weight);
DOT renders with Graphviz (dot -Tsvg): it asks for a force layout without
overlaps, fills nodes by entity type, sizes them by articles, draws event links
orange, and carries a caption that explains the colours.`,
		Example: "  sosik graph --entity 이재용 --format graphml -o lee.graphml\n  sosik graph --since 2025-01 --limit 30 --format dot | dot -Tsvg > graph.svg",
		Args:    cobra.NoArgs,
		RunE: withQueryStore(&dsn, func(cmd *cobra.Command, args []string, st store.Store) error {
			ctx := cmd.Context()
			if err := query.CheckGraphFormat(format); err != nil {
				return err
			}
			g, err := st.Graph(ctx, q)
			if err != nil {
				return explain(err)
			}
			w := cmd.OutOrStdout()
			if outPath != "" && outPath != "-" {
				f, err := os.Create(outPath)
				if err != nil {
					return fmt.Errorf("creating the graph file: %w", err)
				}
				defer f.Close()
				bw := bufio.NewWriter(f)
				if err := query.WriteGraph(bw, g, format); err != nil {
					return err
				}
				if err := bw.Flush(); err != nil {
					return fmt.Errorf("writing %s: %w", outPath, err)
				}
				fmt.Fprintf(cmd.ErrOrStderr(), "wrote %s and %s to %s\n", plural(len(g.Nodes), "node"), plural(len(g.Edges), "edge"), outPath)
				return f.Close()
			}
			return query.WriteGraph(w, g, format)
		}),
	}
	addDBFlag(cmd, &dsn)
	cmd.Flags().StringVar(&q.Entity, "entity", "", "centre the graph on this entity (name or id)")
	cmd.Flags().StringVar(&q.Since, "since", "", "only articles published in or after this month (YYYY-MM; YYYY-MM-DD counts its month, YYYY its January)")
	cmd.Flags().StringVar(&q.Until, "until", "", "only articles published in or before this month (YYYY-MM; YYYY-MM-DD counts its month, YYYY its December)")
	cmd.Flags().StringSliceVar(&q.Certainty, "certainty", nil, "event links of these certainty levels only, comma-separated (asserted, reported, speculated, planned, denied, conditional)")
	cmd.Flags().IntVar(&q.Limit, "limit", 50, "maximum number of nodes")
	cmd.Flags().StringVar(&format, "format", "json", "json, graphml or dot")
	cmd.Flags().StringVarP(&outPath, "output", "o", "", "write to this file instead of standard output")
	root.AddCommand(cmd)
}
