package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/sosik-news/sosik/internal/store"
)

func init() { lazyCommand(addTrendsCommand, "trends") }

func addTrendsCommand() {
	var (
		dsn    string
		q      store.TrendsQuery
		asJSON bool
	)
	cmd := &cobra.Command{
		Use:   "trends TERM... [--by day|week|month]",
		Short: "Count the articles matching each term per day, week or month",
		Long: `trends counts, for each term (a search query; quote it to keep several words
together), the articles published in each period. Weeks start on Monday and are
named by that day.`,
		Example: "  sosik trends 반도체 관세 --by month\n  sosik trends '\"인공지능 기본법\"' --by week --from 2025-01",
		Args:    cobra.MinimumNArgs(1),
		RunE: withQueryStore(&dsn, func(cmd *cobra.Command, args []string, st store.Store) error {
			ctx := cmd.Context()
			q.Terms = args
			tr, err := st.Trends(ctx, q)
			if err != nil {
				return explain(err)
			}
			padTrends(tr, q.From, q.To)
			out := cmd.OutOrStdout()
			if asJSON {
				return printJSON(out, tr)
			}
			most := 0
			for _, s := range tr.Series {
				for _, c := range s.Counts {
					most = max(most, c)
				}
			}
			width := max(10, len(tr.By)+2)
			fmt.Fprintf(out, "%-*s", width, tr.By)
			for _, s := range tr.Series {
				fmt.Fprintf(out, " %10s", s.Term)
			}
			fmt.Fprintln(out)
			for j, b := range tr.Buckets {
				fmt.Fprintf(out, "%-*s", width, b)
				for _, s := range tr.Series {
					fmt.Fprintf(out, " %10d", s.Counts[j])
				}
				if len(tr.Series) == 1 {
					fmt.Fprintf(out, "  %s", bar(tr.Series[0].Counts[j], most, 40))
				}
				fmt.Fprintln(out)
			}
			var totals []string
			for _, s := range tr.Series {
				totals = append(totals, fmt.Sprintf("%s %d", s.Term, s.Total))
			}
			fmt.Fprintf(out, "total: %s\n", strings.Join(totals, ", "))
			return nil
		}),
	}
	addDBFlag(cmd, &dsn)
	cmd.Flags().StringVar(&q.By, "by", "month", "day, week or month")
	cmd.Flags().StringVar(&q.From, "from", "", "published on or after (YYYY-MM-DD, YYYY-MM or YYYY)")
	cmd.Flags().StringVar(&q.To, "to", "", "published on or before, inclusive (YYYY-MM-DD, YYYY-MM or YYYY)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	root.AddCommand(cmd)
}
