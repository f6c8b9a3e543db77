package main

import (
	"bufio"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/sosik-news/sosik/internal/query"
	"github.com/sosik-news/sosik/internal/store"
)

func init() {
	var (
		dsn, outPath string
		opt          query.ExportOptions
		q            store.ExportQuery
	)
	cmd := &cobra.Command{
		Use:   "export [--format jsonl|csv] [-o FILE]",
		Short: "Stream the stored articles as JSON Lines or CSV",
		Long: `export writes every stored article, in ingest order, streaming. JSON Lines
has one extracted document per line (the shape of 'sosik parse --json'); CSV has
one row per article with its people, organisations, places, topics and events,
and starts with a UTF-8 byte order mark so that Excel opens it correctly
(--no-bom leaves it out).`,
		Example: "  sosik export --format jsonl > corpus.jsonl\n  sosik export --format csv --from 2025 -o 2025.csv",
		Args:    cobra.NoArgs,
		RunE: withQueryStore(&dsn, func(cmd *cobra.Command, args []string, st store.Store) error {
			ctx := cmd.Context()
			w := cmd.OutOrStdout()
			var (
				f   *os.File
				err error
			)
			if outPath != "" && outPath != "-" {
				if f, err = os.Create(outPath); err != nil {
					return fmt.Errorf("export: %w", err)
				}
				defer f.Close()
				w = f
			}
			bw := bufio.NewWriterSize(w, 1<<16)
			n, err := query.Export(ctx, st, bw, opt, q)
			if err != nil {
				return err
			}
			if err := bw.Flush(); err != nil {
				return fmt.Errorf("export: %w", err)
			}
			if f != nil {
				if err := f.Close(); err != nil {
					return fmt.Errorf("export: %w", err)
				}
				fmt.Fprintf(cmd.ErrOrStderr(), "exported %d articles to %s\n", n, outPath)
			}
			return nil
		}),
	}
	addDBFlag(cmd, &dsn)
	cmd.Flags().StringVar(&opt.Format, "format", "jsonl", "jsonl or csv")
	cmd.Flags().BoolVar(&opt.NoBOM, "no-bom", false, "CSV without the UTF-8 byte order mark (by default it has one, so Excel reads Korean correctly)")
	cmd.Flags().StringVar(&q.From, "from", "", "published on or after")
	cmd.Flags().StringVar(&q.To, "to", "", "published on or before (inclusive)")
	cmd.Flags().StringVarP(&outPath, "output", "o", "", "write to this file instead of standard output")
	root.AddCommand(cmd)
}
