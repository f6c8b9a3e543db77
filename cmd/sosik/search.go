package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/sosik-news/sosik/internal/query"
	"github.com/sosik-news/sosik/internal/store"
)

// openQueryStore opens the corpus read-only: the query commands never
// write, and so work on a read-only file or next to a running ingest.
func openQueryStore(ctx context.Context, dsn string) (store.Store, error) {
	return store.Open(ctx, dsn, store.ReadOnly())
}

// withQueryStore wraps a query command's body: it opens the corpus named by
// --db read-only, runs fn and closes the store whatever fn returns.
func withQueryStore(dsn *string, fn func(cmd *cobra.Command, args []string, st store.Store) error) func(*cobra.Command, []string) error {
	return func(cmd *cobra.Command, args []string) error {
		st, err := openQueryStore(cmd.Context(), *dsn)
		if err != nil {
			return err
		}
		defer st.Close()
		return fn(cmd, args, st)
	}
}

// addDBFlag registers --db on a query command.
func addDBFlag(cmd *cobra.Command, dsn *string) {
	cmd.Flags().StringVar(dsn, "db", store.DefaultDSN, "corpus database (file path, sqlite:PATH or postgres://…)")
}

// printJSON writes v as indented JSON without HTML escaping.
func printJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("writing JSON: %w", err)
	}
	return nil
}

// colorOut reports whether w is a terminal that gets ANSI highlighting.
func colorOut(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd())) && os.Getenv("NO_COLOR") == ""
}

// explain turns store errors a user can act on into a short message.
func explain(err error) error {
	var amb *store.AmbiguousError
	if errors.As(err, &amb) {
		return errors.New(ambiguityMessage(amb))
	}
	return err
}

func init() { lazyCommand(addSearchCommand, "search") }

func addSearchCommand() {
	var (
		dsn    string
		q      store.SearchQuery
		asJSON bool
	)
	cmd := &cobra.Command{
		Use:   "search QUERY...",
		Short: "Search the corpus: Korean-aware full text with filters, best matches first",
		Long: `search finds articles in the corpus. Words are matched by their morphemes,
so 삼성전자 finds 삼성전자가 and 만나다 finds 만났다; short words and unknown
compounds also match inside longer words.

Syntax: words are ANDed; "quoted words" must be adjacent; OR between two items
accepts either; -word or NOT word excludes; parentheses group.
Snippets mark the matches (in colour on a terminal, else in [brackets]).`,
		Example: `  sosik search 삼성전자 반도체
  sosik search '"반도체 투자"' --from 2025-01 --agency 뉴시스
  sosik search '이재용 (일본 OR 도쿄) -검찰' --entity 이재용 --json`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			q.Text = strings.Join(args, " ")
			st, err := openQueryStore(ctx, dsn)
			if err != nil {
				return err
			}
			defer st.Close()
			res, err := st.Search(ctx, q)
			if err != nil {
				return explain(err)
			}
			out := cmd.OutOrStdout()
			if asJSON {
				return printJSON(out, res)
			}
			printHits(out, q, res)
			return nil
		},
	}
	addDBFlag(cmd, &dsn)
	cmd.Flags().StringVar(&q.From, "from", "", "published on or after (YYYY-MM-DD, YYYY-MM or YYYY)")
	cmd.Flags().StringVar(&q.To, "to", "", "published on or before, inclusive (YYYY-MM-DD, YYYY-MM or YYYY)")
	cmd.Flags().StringVar(&q.Agency, "agency", "", "only this agency, e.g. 뉴시스")
	cmd.Flags().StringVar(&q.Entity, "entity", "", "only articles mentioning this entity (name or id)")
	cmd.Flags().StringVar(&q.EventType, "type", "", "only articles with an event of this type, e.g. MEET")
	cmd.Flags().IntVar(&q.Limit, "limit", 10, "hits to show")
	cmd.Flags().IntVar(&q.Offset, "offset", 0, "hits to skip (paging)")
	cmd.Flags().BoolVar(&q.Exhaustive, "exhaustive", false, "check every candidate found only through bigrams, so the total is exact instead of \"at least N\"")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the result as JSON (snippet highlights as byte offsets)")
	root.AddCommand(cmd)
}

// printHits writes search results as text: the count, each hit with its
// marked snippet, and the agencies of the matches.
func printHits(out io.Writer, q store.SearchQuery, res *store.SearchResult) {
	mark := query.HighlightBrackets
	if colorOut(out) {
		mark = query.HighlightANSI
	}
	about, verb := "", "match"
	if res.TotalAtLeast {
		about = "at least "
	}
	if res.Total == 1 {
		verb = "matches"
	}
	fmt.Fprintf(out, "%s%s %s", about, plural(res.Total, "article"), verb)
	if res.Total > len(res.Hits) && len(res.Hits) > 0 {
		fmt.Fprintf(out, " (showing %d–%d)", q.Offset+1, q.Offset+len(res.Hits))
	}
	fmt.Fprintln(out)
	for i, h := range res.Hits {
		date := h.Published
		if date == "" {
			date = "----------"
		}
		fmt.Fprintf(out, "\n%2d. %s  %s  %s\n", q.Offset+i+1, date, h.Agency, h.Headline)
		fmt.Fprintf(out, "    %s\n", mark(h.Snippet, h.Highlights))
		fmt.Fprintf(out, "    id %s  score %.2f", h.ID, h.Score)
		if h.StoryID != h.ID {
			fmt.Fprintf(out, "  copy of %s", h.StoryID)
		}
		fmt.Fprintln(out)
	}
	if len(res.Facets.Agencies) > 1 {
		var parts []string
		for _, f := range res.Facets.Agencies[:min(8, len(res.Facets.Agencies))] {
			parts = append(parts, fmt.Sprintf("%s %d", f.Value, f.Count))
		}
		fmt.Fprintf(out, "\nagencies: %s\n", strings.Join(parts, ", "))
	}
}
