package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/sosik-news/sosik/internal/extract"
	"github.com/sosik-news/sosik/internal/ingest"
)

// extractFlags are the options every command that runs extraction shares.
type extractFlags struct {
	userDict  string
	gazetteer string
	nerModel  string
	disable   []string
}

func (f *extractFlags) register(cmd *cobra.Command) {
	cmd.Flags().StringVar(&f.userDict, "user-dict", "", "user dictionary file (word<TAB>POS[<TAB>class] per line)")
	cmd.Flags().StringVar(&f.gazetteer, "gazetteer", "", "directory of extra gazetteers to load (e.g. ../shared/data/gazetteer)")
	cmd.Flags().StringVar(&f.nerModel, "ner-model", "", "learned entity tagger model written by 'sosik train ner'")
	cmd.Flags().StringSliceVar(&f.disable, "disable", nil, "extraction stages to switch off, comma-separated (an unknown name lists the stages)")
}

func (f *extractFlags) extractor() (*extract.Extractor, error) {
	return extract.New(extract.Options{UserDict: f.userDict, GazetteerDir: f.gazetteer, NERModel: f.nerModel, Disable: f.disable,
		OnInternalError: reportInternalError})
}

// reportInternalError tells the user which article met a bug in an
// extraction rule (its extraction is skipped, the others go on); the
// stack comes with --verbose, for the bug report.
func reportInternalError(e *extract.InternalError) {
	fmt.Fprintf(os.Stderr, "sosik: %v\n", e)
	if verbose {
		os.Stderr.Write(e.Stack)
	}
}

func init() { lazyCommand(addParseCommand, "parse") }

func addParseCommand() {
	var (
		pretty    bool
		format    string
		published string
		fields    []string
		ef        extractFlags
	)
	cmd := &cobra.Command{
		Use:   "parse [--json | --pretty] FILE... | -",
		Short: "Parse news articles and print what sosik extracts, one JSON object per article",
		Long: `parse reads each input (a file, a folder, or - for standard input), structures
each article (headline, subheads, dateline, byline, photos, body, rights) and
extracts entities, amounts, dates, quotes, events and topics. It prints one JSON
object per article (JSON Lines when several).

Inputs are read as ingest reads them, the format detected from name and content:
a text or markdown article, an HTML page (main text, photos and the page's own
metadata), or the records of a JSON Lines, JSON, CSV or RSS/Atom file, one
article each. Relative dates ("7일", "지난달") are resolved against the
publication date the input gives; --published states it. Without one they stay
unresolved: dates never come from the clock. An input that cannot be read or
parsed is reported on standard error and the others go on; the exit code is 1
if any failed.`,
		Example: "  sosik parse examples/newsis-style.txt\n  sosik parse --published 2025-04-03 page.html\n  cat article.txt | sosik parse --pretty -",
		Args:    cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			f, fm, err := formatAndFields(format, fields)
			if err != nil {
				return err
			}
			reader := &ingest.Reader{Format: f, Fields: fm, Stdin: cmd.InOrStdin()}
			if published != "" {
				if reader.Published, err = ingest.ParsePublished(published); err != nil {
					return err
				}
			}
			x, err := ef.extractor()
			if err != nil {
				return err
			}
			enc := json.NewEncoder(cmd.OutOrStdout())
			enc.SetEscapeHTML(false)
			if pretty {
				enc.SetIndent("", "  ")
			}
			return parseAll(cmd.Context(), x, reader, args, enc, cmd.ErrOrStderr())
		},
	}
	cmd.Flags().Bool("json", true, "print compact JSON, one object per line")
	cmd.Flags().BoolVar(&pretty, "pretty", false, "print indented JSON")
	cmd.Flags().StringVar(&format, "format", "auto", "input format: auto, text, jsonl, json, csv, html or rss")
	cmd.Flags().StringArrayVar(&fields, "field", nil, "map a JSON/CSV key onto an article field: FIELD=KEY[,KEY...] (as in ingest)")
	cmd.Flags().StringVar(&published, "published", "", "publication date of the input (YYYY-MM-DD), over what the input says: the anchor of relative dates")
	ef.register(cmd)
	root.AddCommand(cmd)
}

// parseAll parses and extracts every article the reader finds under paths,
// printing each document; failures are reported to errw and counted.
func parseAll(ctx context.Context, x *extract.Extractor, reader *ingest.Reader, paths []string, enc *json.Encoder, errw io.Writer) error {
	failed, total := 0, 0
	for it := range reader.Items(ctx, paths) {
		if it.Skipped {
			continue
		}
		total++
		a, err := it.Article()
		if err != nil {
			fmt.Fprintln(errw, "sosik parse:", err)
			failed++
			continue
		}
		if err := enc.Encode(x.Extract(a)); err != nil {
			return fmt.Errorf("writing output: %w", err)
		}
	}
	if failed > 0 {
		return fmt.Errorf("%d of %d inputs failed", failed, total)
	}
	return nil
}

// parseOne parses the one article at path as parse does (the first, when
// the input holds several records).
func parseOne(x *extract.Extractor, path string, stdin io.Reader) (*extract.Document, error) {
	reader := &ingest.Reader{Stdin: stdin}
	for it := range reader.Items(context.Background(), []string{path}) {
		if it.Skipped {
			continue
		}
		a, err := it.Article()
		if err != nil {
			return nil, err
		}
		return x.Extract(a), nil
	}
	return nil, fmt.Errorf("%s: no article found", path)
}
