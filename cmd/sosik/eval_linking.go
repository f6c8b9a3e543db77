package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/sosik-news/sosik/internal/eval"
	"github.com/sosik-news/sosik/internal/store"
)

// linkingCmd is `sosik eval linking`: pairwise precision and recall of
// cross-article entity linking on a labelled set of short articles.
func linkingCmd() *cobra.Command {
	var (
		dsn        string
		errs       bool
		extracted  bool
		minP, minR float64
		ef         extractFlags
	)
	cmd := &cobra.Command{
		Use:   "linking [SET.txt...]",
		Short: "Score cross-article entity linking (pairwise precision/recall) on labelled articles",
		Long: `linking stores the articles of a linking test (sosik's own set when no file
is given: short articles the team wrote, with homonyms at different employers,
renamed companies and parties, the two 민주당, title changes and family members,
then the articles written after its weights were set, scored apart too)
in an empty store, one at a time, and compares the entities the store linked
with the gold labels: a pair of labelled PERSON/ORG entities is right when
both or neither are one entity. It prints pairwise precision and recall; with
--errors every wrong pair. With --extract the entities are the extractor's
(end to end; a labelled entity it misses counts as an entity of its own). --db names an empty database to use instead of a
temporary SQLite file (e.g. a PostgreSQL database).`,
		Example: "  sosik eval linking --errors\n  sosik eval linking --min-precision 0.95 --min-recall 0.90",
		RunE: func(cmd *cobra.Command, args []string) error {
			arts, err := linkingArticles(args)
			if err != nil {
				return err
			}
			where := dsn
			if where == "" {
				dir, err := os.MkdirTemp("", "sosik-linking-")
				if err != nil {
					return fmt.Errorf("eval linking: %w", err)
				}
				defer os.RemoveAll(dir)
				where = filepath.Join(dir, "linking.db")
			}
			st, err := store.Open(cmd.Context(), where)
			if err != nil {
				return err
			}
			defer st.Close()
			var rep *eval.LinkingReport
			if extracted {
				x, err := ef.extractor()
				if err != nil {
					return err
				}
				rep, err = eval.ScoreLinkingExtracted(cmd.Context(), st, arts, x)
				if err != nil {
					return err
				}
			} else if rep, err = eval.ScoreLinking(cmd.Context(), st, arts); err != nil {
				return err
			}
			if err := rep.Print(cmd.OutOrStdout(), errs); err != nil {
				return err
			}
			if rep.Precision() < minP || rep.Recall() < minR {
				return fmt.Errorf("eval linking: precision %.3f / recall %.3f below %.2f / %.2f", rep.Precision(), rep.Recall(), minP, minR)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&dsn, "db", "", "an empty database to link in (default: a temporary SQLite file)")
	cmd.Flags().BoolVar(&errs, "errors", false, "list every pair linked or split wrongly")
	cmd.Flags().BoolVar(&extracted, "extract", false, "end to end: link the extractor's entities of the texts, not the labelled ones")
	ef.register(cmd)
	cmd.Flags().Float64Var(&minP, "min-precision", 0, "fail when pairwise precision is below this")
	cmd.Flags().Float64Var(&minR, "min-recall", 0, "fail when pairwise recall is below this")
	return cmd
}

// linkingArticles reads the linking sets named, in order, or sosik's own.
func linkingArticles(paths []string) ([]eval.LinkArticle, error) {
	if len(paths) == 0 {
		return eval.DefaultLinkingArticles()
	}
	var out []eval.LinkArticle
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("eval linking: %w", err)
		}
		arts, err := eval.ReadLinkingSet(strings.NewReader(string(b)))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", p, err)
		}
		out = append(out, arts...)
	}
	return out, nil
}
