package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/sosik-news/sosik/internal/store"
)

func init() {
	var (
		dsn    string
		limit  int
		asJSON bool
	)
	cmd := &cobra.Command{
		Use:     "timeline NAME|ID",
		Short:   "List an entity's dated events and articles, oldest first",
		Example: "  sosik timeline 이재용\n  sosik timeline 이재용 --limit 50 --json",
		Args:    cobra.ExactArgs(1),
		RunE: withQueryStore(&dsn, func(cmd *cobra.Command, args []string, st store.Store) error {
			ctx := cmd.Context()
			tl, err := st.Timeline(ctx, args[0], limit)
			if err != nil {
				return explain(err)
			}
			out := cmd.OutOrStdout()
			if asJSON {
				return printJSON(out, tl)
			}
			fmt.Fprintf(out, "%s (%s, id %d): %d items\n", tl.Entity.Name, tl.Entity.Type, tl.Entity.ID, len(tl.Items))
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
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	root.AddCommand(cmd)
}
