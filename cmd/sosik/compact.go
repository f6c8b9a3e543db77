package main

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/sosik-news/sosik/internal/store"
)

func init() { lazyCommand(addCompactCommand, "compact") }

// compacter is a store that can rewrite itself smaller (SQLite).
type compacter interface {
	Compact(ctx context.Context) (store.CompactStats, error)
}

func addCompactCommand() {
	var dsn string
	cmd := &cobra.Command{
		Use:   "compact",
		Short: "Rewrite a SQLite corpus as small as it goes (full-text indexes merged, pages full, 16 KB pages)",
		Long: `compact merges each full-text index into one segment and rebuilds the SQLite
file with every page full, in 16 KB pages (a database created in smaller pages is
converted: no other process may have it open then). Searches answer the same
before and after. It needs free disk space about twice the size of the database and
holds the write lock while it runs (about a minute for a million articles).
PostgreSQL databases are kept compact by autovacuum; run VACUUM FULL there.`,
		Example: "  sosik compact --db sosik.db",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			if !strings.Contains(dsn, "://") {
				// Compacting makes no new database: a mistyped path is an error.
				if _, err := os.Stat(strings.TrimPrefix(dsn, "sqlite:")); err != nil {
					return fmt.Errorf("compact: %w", err)
				}
			}
			st, err := store.Open(ctx, dsn)
			if err != nil {
				return err
			}
			defer st.Close()
			c, ok := st.(compacter)
			if !ok {
				return fmt.Errorf("compact: %s is not a SQLite database; PostgreSQL compacts with VACUUM FULL", dsn)
			}
			s, err := c.Compact(ctx)
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "compacted %s: %.1f MB → %.1f MB, pages %d → %d bytes, journal %s\n",
				dsn, float64(s.Before)/1e6, float64(s.After)/1e6, s.PageBefore, s.Page, s.Journal)
			return nil
		},
	}
	cmd.Flags().StringVar(&dsn, "db", store.DefaultDSN, "database to compact (a file path or sqlite:PATH)")
	root.AddCommand(cmd)
}
