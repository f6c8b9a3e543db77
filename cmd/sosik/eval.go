package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sync"

	"github.com/spf13/cobra"

	"github.com/sosik-news/sosik/internal/extract"
	"github.com/sosik-news/sosik/internal/ner"
)

func init() { lazyCommand(addEvalCommand, "eval") }

func addEvalCommand() {
	evalCmd := &cobra.Command{
		Use:   "eval",
		Short: "Measure extraction quality: against golden articles or an entity benchmark",
	}

	var (
		minRecall float64
		system    string
		ablation  bool
		gf        extractFlags
	)
	golden := &cobra.Command{
		Use:   "golden GOLDEN.json|DIR...",
		Short: "Score extraction against golden files (recall per group, entity precision, misses, errors)",
		Long: `golden parses each golden file's source article (its "source" path, relative to
the folder that holds the goldens' tree: shared/ for shared/golden/dev/X.json),
extracts it and scores the result as the golden README describes. A folder
stands for the golden files in it. With several files it ends with a table: one
row per file (overall recall, the article group, entity precision, errors) and
the mean over files. With --system it scores a saved 'sosik parse --json'
output instead (JSON Lines, matched to golden files by source file name).
With --min it exits non-zero when the overall recall (the mean over files) is
below the bar. With --ablate it scores again with each extraction stage
switched off in turn and prints what each stage buys (recall and entity
precision lost without it).`,
		Example: "  sosik eval golden ../shared/golden/*.json --min 0.95\n  sosik eval golden ../shared/golden/dev/\n  sosik eval golden --ablate ../shared/golden/dev/",
		Args:    cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			saved, err := loadSystem(system)
			if err != nil {
				return err
			}
			if ablation && saved != nil {
				return errors.New("--ablate extracts the goldens' sources: it does not go with --system")
			}
			var x *extract.Extractor
			if saved == nil {
				if x, err = gf.extractor(); err != nil {
					return err
				}
			}
			if ablation {
				return ablate(cmd, args, x)
			}
			rec, err := scoreGoldens(cmd, args, saved, system, x)
			if err != nil {
				return err
			}
			if cmd.Flags().Changed("min") && rec < minRecall {
				return fmt.Errorf("overall recall %.2f is below --min %.2f", rec, minRecall)
			}
			return nil
		},
	}
	golden.Flags().Float64Var(&minRecall, "min", 0, "exit non-zero when overall recall is below this")
	golden.Flags().StringVar(&system, "system", "", "score this saved 'sosik parse --json' output instead of extracting")
	golden.Flags().BoolVar(&ablation, "ablate", false, "print what each extraction stage buys: mean recall and entity precision with it switched off")
	gf.register(golden)

	var (
		format string
		limit  int
		nf     extractFlags
	)
	nerCmd := &cobra.Command{
		Use:   "ner --format klue FILE",
		Short: "Entity-level precision/recall/F1 per type on a KLUE-NER file",
		Long: `ner runs the extractor on every sentence of a KLUE-NER file (character BIO) and
scores its spans at the entity level: PERSON=PS, PLACE=LC, ORG=OG from entities,
DATE=DT from date expressions, QUANTITY=QT from amounts (TIME=TI is not
produced by extraction and counts as missed). Use it to measure, never to tune
rules on the benchmark's sentences.`,
		Example: "  sosik eval ner --format klue ../shared/data/eval/klue-ner-v1.1-fix/klue-ner-v1.1_dev.tsv",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "klue" {
				return fmt.Errorf("eval ner: unsupported --format %q (want klue)", format)
			}
			x, err := nf.extractor()
			if err != nil {
				return err
			}
			f, err := os.Open(args[0])
			if err != nil {
				return fmt.Errorf("eval ner: %w", err)
			}
			defer f.Close()
			sents, err := ner.ReadKLUE(bufio.NewReader(f))
			if err != nil {
				return err
			}
			if limit > 0 && limit < len(sents) {
				sents = sents[:limit]
			}
			gold := make([][]ner.Span, len(sents))
			pred := make([][]ner.Span, len(sents))
			var wg sync.WaitGroup
			next := make(chan int)
			for range runtime.GOMAXPROCS(0) {
				wg.Go(func() {
					for i := range next {
						pred[i] = x.Spans(sents[i].Text)
					}
				})
			}
			for i, s := range sents {
				gold[i] = s.Spans
				next <- i
			}
			close(next)
			wg.Wait()
			rep := ner.Score(gold, pred)
			fmt.Fprintf(cmd.OutOrStdout(), "%s: %d sentences\n", args[0], len(sents))
			return rep.Print(cmd.OutOrStdout())
		},
	}
	nerCmd.Flags().StringVar(&format, "format", "klue", "benchmark format (klue)")
	nerCmd.Flags().IntVar(&limit, "limit", 0, "score only the first N sentences")
	nf.register(nerCmd)

	evalCmd.AddCommand(golden, nerCmd, certaintyCmd(), linkingCmd())
	root.AddCommand(evalCmd)
}

// loadSystem reads saved parse output keyed by source file name.
func loadSystem(path string) (map[string][]byte, error) {
	if path == "" {
		return nil, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("eval: %w", err)
	}
	defer f.Close()
	out := map[string][]byte{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		var head struct {
			Source string `json:"source"`
		}
		line := append([]byte(nil), sc.Bytes()...)
		if len(line) == 0 {
			continue
		}
		if err := json.Unmarshal(line, &head); err != nil {
			return nil, fmt.Errorf("eval: %s: %w", path, err)
		}
		out[filepath.Base(head.Source)] = line
	}
	return out, sc.Err()
}
