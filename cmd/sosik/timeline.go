package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/sosik-news/sosik/internal/store"
)

func init() { lazyCommand(addTimelineCommand, "timeline") }

func addTimelineCommand() {
	var (
		dsn      string
		limit    int
		from, to string
		asJSON   bool
	)
	cmd := &cobra.Command{
		Use:   "timeline NAME|ID",
		Short: "List an entity's dated events and articles, oldest first",
		Long: `timeline lists what is dated about an entity: the events it took part in and
the articles mentioning it, oldest first. --from and --to keep the items dated
within a period (YYYY-MM-DD, YYYY-MM or YYYY, both ends inclusive); --limit
then keeps the newest of those.`,
		Example: "  sosik timeline 이재용\n  sosik timeline 이재용 --from 2025-01 --to 2025-03\n  sosik timeline 이재용 --limit 50 --json",
		Args:    cobra.ExactArgs(1),
		RunE: withQueryStore(&dsn, func(cmd *cobra.Command, args []string, st store.Store) error {
			ctx := cmd.Context()
			per, err := newPeriod(from, to)
			if err != nil {
				return err
			}
			fetch := limit
			if per.set() {
				fetch = maxTimelineFetch // the period is applied here, so read all
			}
			tl, err := st.Timeline(ctx, args[0], fetch)
			if err != nil {
				return explain(err)
			}
			tl.Items = per.keep(tl.Items, limit)
			out := cmd.OutOrStdout()
			if asJSON {
				return printJSON(out, tl)
			}
			fmt.Fprintf(out, "%s (%s, id %d): %s\n", tl.Entity.Name, tl.Entity.Type, tl.Entity.ID, plural(len(tl.Items), "item"))
			for _, it := range tl.Items {
				if it.Event != nil {
					fmt.Fprintf(out, "%s  event    %s\n", it.Date, eventLine(*it.Event)[len(it.Date)+1:])
					continue
				}
				fmt.Fprintf(out, "%s  article  %s  %s\n", it.Date, it.Article.Agency, it.Article.Headline)
			}
			return nil
		}),
	}
	addDBFlag(cmd, &dsn)
	cmd.Flags().IntVar(&limit, "limit", 200, "the newest N items (shown oldest first)")
	cmd.Flags().StringVar(&from, "from", "", "items dated on or after (YYYY-MM-DD, YYYY-MM or YYYY)")
	cmd.Flags().StringVar(&to, "to", "", "items dated on or before, inclusive (YYYY-MM-DD, YYYY-MM or YYYY)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	root.AddCommand(cmd)
}
