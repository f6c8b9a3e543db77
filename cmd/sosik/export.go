package main

import (
	"bufio"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/sosik-news/sosik/internal/query"
	"github.com/sosik-news/sosik/internal/store"
)

func init() { lazyCommand(addExportCommand, "export") }

func addExportCommand() {
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
			if err := query.CheckExportFormat(opt.Format); err != nil {
				return err
			}
			if outPath != "" && outPath != "-" {
				if f, err = os.Create(outPath); err != nil {
					return fmt.Errorf("creating the export file: %w", err)
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
				return fmt.Errorf("writing the export: %w", err)
			}
			if f != nil {
				if err := f.Close(); err != nil {
					return fmt.Errorf("writing %s: %w", outPath, err)
				}
				fmt.Fprintf(cmd.ErrOrStderr(), "exported %s to %s\n", plural(n, "article"), outPath)
			}
			return nil
		}),
	}
	addDBFlag(cmd, &dsn)
	cmd.Flags().StringVar(&opt.Format, "format", "jsonl", "jsonl or csv")
	cmd.Flags().BoolVar(&opt.NoBOM, "no-bom", false, "CSV without the UTF-8 byte order mark (by default it has one, so Excel reads Korean correctly)")
	cmd.Flags().StringVar(&q.From, "from", "", "published on or after (YYYY-MM-DD, YYYY-MM or YYYY)")
	cmd.Flags().StringVar(&q.To, "to", "", "published on or before, inclusive (YYYY-MM-DD, YYYY-MM or YYYY)")
	cmd.Flags().StringVarP(&outPath, "output", "o", "", "write to this file instead of standard output")
	root.AddCommand(cmd)
}
