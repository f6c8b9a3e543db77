package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/sosik-news/sosik/internal/article"
	"github.com/sosik-news/sosik/internal/extract"
)

// extractFlags are the options every command that runs extraction shares.
type extractFlags struct {
	userDict  string
	gazetteer string
	nerModel  string
}

func (f *extractFlags) register(cmd *cobra.Command) {
	cmd.Flags().StringVar(&f.userDict, "user-dict", "", "user dictionary file (word<TAB>POS[<TAB>class] per line)")
	cmd.Flags().StringVar(&f.gazetteer, "gazetteer", "", "directory of extra gazetteers to load (e.g. ../shared/data/gazetteer)")
	cmd.Flags().StringVar(&f.nerModel, "ner-model", "", "learned entity tagger model written by 'sosik train ner'")
}

func (f *extractFlags) extractor() (*extract.Extractor, error) {
	return extract.New(extract.Options{UserDict: f.userDict, GazetteerDir: f.gazetteer, NERModel: f.nerModel})
}

func init() {
	var (
		pretty bool
		ef     extractFlags
	)
	cmd := &cobra.Command{
		Use:   "parse [--json | --pretty] FILE... | -",
		Short: "Parse news articles and print what sosik extracts, one JSON object per article",
		Long: `parse reads each article (a file path, or - for standard input), structures it
(headline, subheads, dateline, byline, photos, body, rights) and extracts entities,
amounts, dates, quotes, events and topics. It prints one JSON object per article
(JSON Lines when several). A file that cannot be read or parsed is reported on
standard error and the others go on; the exit code is 1 if any failed.`,
		Example: "  sosik parse examples/newsis-style.txt\n  cat article.txt | sosik parse --pretty -",
		Args:    cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			x, err := ef.extractor()
			if err != nil {
				return err
			}
			enc := json.NewEncoder(cmd.OutOrStdout())
			enc.SetEscapeHTML(false)
			if pretty {
				enc.SetIndent("", "  ")
			}
			failed := 0
			for _, path := range args {
				doc, err := parseOne(x, path, cmd.InOrStdin())
				if err != nil {
					fmt.Fprintln(cmd.ErrOrStderr(), "sosik parse:", err)
					failed++
					continue
				}
				if err := enc.Encode(doc); err != nil {
					return fmt.Errorf("writing output: %w", err)
				}
			}
			if failed > 0 {
				return fmt.Errorf("%d of %d inputs failed", failed, len(args))
			}
			return nil
		},
	}
	cmd.Flags().Bool("json", true, "print compact JSON, one object per line (the default)")
	cmd.Flags().BoolVar(&pretty, "pretty", false, "print indented JSON")
	ef.register(cmd)
	root.AddCommand(cmd)
}

// maxArticleBytes bounds what parse reads of one input, so a huge file fails
// with a clear error instead of exhausting memory.
const maxArticleBytes = 64 << 20

func parseOne(x *extract.Extractor, path string, stdin io.Reader) (*extract.Document, error) {
	var (
		data []byte
		err  error
	)
	if path == "-" {
		data, err = io.ReadAll(io.LimitReader(stdin, maxArticleBytes+1))
	} else {
		data, err = readLimited(path, maxArticleBytes)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(data) > maxArticleBytes {
		return nil, fmt.Errorf("%s: larger than %d MiB, not an article", path, maxArticleBytes>>20)
	}
	a, err := article.Parse(path, data)
	if err != nil {
		return nil, err
	}
	return x.Extract(a), nil
}

func readLimited(path string, limit int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, errors.Unwrap(err)
	}
	defer f.Close()
	return io.ReadAll(io.LimitReader(f, limit+1))
}
