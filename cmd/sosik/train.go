package main

import (
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/sosik-news/sosik/internal/ner"
)

var trainCmd = &cobra.Command{
	Use:   "train",
	Short: "Train sosik's learned models",
}

func init() { lazyCommand(addTrainCommand, "train") }

func addTrainCommand() {
	var (
		format, devFormat, out, gazDir string
		dev, extra                     []string
		epochs, bits, holdOut          int
		seed                           uint64
		dropout                        float64
	)
	cmd := &cobra.Command{
		Use:   "ner --format kmou|klue FILE... [--dev FILE] -o MODEL",
		Short: "Train the entity tagger on an annotated corpus",
		Long: `ner trains sosik's entity tagger (PERSON, ORG, PLACE, DATE, TIME, QUANTITY; see
docs/entity-guideline.md) on corpus files in the KMOU or KLUE-NER format, printing
progress and, with dev data, entity F1 after each epoch; the epoch with the best dev F1
is kept. KMOU labels are converted to the guideline as they are read.

Dev data comes from --dev files, or from --hold-out N, which sorts FILE... and holds out
every Nth file (the 1st, N+1th, …). --extra files are always trained on. Dev data
chooses the kept epoch: never pass an evaluation benchmark (KLUE-NER dev) as --dev,
measure on it afterwards with 'sosik eval ner'.

Models trained on non-commercial corpora (KMOU) must not be shipped or committed:
write them outside the repository.`,
		Example: `  sosik train ner --format kmou --hold-out 10 ../shared/data/ner/kmou-corpus/*.txt \
    --extra ../shared/data/ner/kmou-2016klp/ner.train --gazetteer ../shared/data/gazetteer \
    -o /tmp/sosik-ner.model`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if out == "" {
				return fmt.Errorf("train ner: -o MODEL is required")
			}
			if devFormat == "" {
				devFormat = format
			}
			trainFiles, devFiles := ner.HoldOut(args, holdOut)
			if holdOut < 2 {
				trainFiles = args
			}
			trainFiles = append(trainFiles, extra...)
			devFiles = append(devFiles, dev...)
			w := cmd.ErrOrStderr()
			train, err := ner.ReadFiles(format, trainFiles...)
			if err != nil {
				return fmt.Errorf("train ner: %w", err)
			}
			devSents, err := ner.ReadFiles(devFormat, devFiles...)
			if err != nil {
				return fmt.Errorf("train ner: dev: %w", err)
			}
			fmt.Fprintf(w, "read %d training sentences from %d files, %d dev sentences from %d files\n",
				len(train), len(trainFiles), len(devSents), len(devFiles))
			opts := ner.TrainOptions{Epochs: epochs, HashBits: bits, Seed: seed, Dropout: dropout}
			if gazDir != "" {
				if opts.Gazetteer, err = ner.LoadGazetteer(gazDir); err != nil {
					return fmt.Errorf("train ner: %w", err)
				}
				fmt.Fprintf(w, "gazetteer: %d names\n", opts.Gazetteer.Len())
			}
			t0 := time.Now()
			m, err := ner.Train(train, devSents, opts, w)
			if err != nil {
				return fmt.Errorf("train ner: %w", err)
			}
			f, err := os.Create(out)
			if err != nil {
				return fmt.Errorf("train ner: %w", err)
			}
			if err := m.Save(f); err != nil {
				f.Close()
				return fmt.Errorf("train ner: %w", err)
			}
			if err := f.Close(); err != nil {
				return fmt.Errorf("train ner: writing %s: %w", out, err)
			}
			fmt.Fprintf(w, "trained in %s, model written to %s\n", time.Since(t0).Round(time.Second), out)
			return nil
		},
	}
	cmd.Flags().StringVar(&format, "format", "", "corpus format of FILE...: "+strings.Join(ner.Formats, " or "))
	cmd.Flags().StringSliceVar(&dev, "dev", nil, "dev file(s) scored after each epoch (repeatable)")
	cmd.Flags().StringVar(&devFormat, "dev-format", "", "format of --dev files (default: --format)")
	cmd.Flags().IntVar(&holdOut, "hold-out", 0, "hold out every Nth of FILE... (sorted) as dev data")
	cmd.Flags().StringSliceVar(&extra, "extra", nil, "more training files, never held out (repeatable)")
	cmd.Flags().StringVar(&gazDir, "gazetteer", "", "gazetteer directory for name-list features (e.g. ../shared/data/gazetteer)")
	cmd.Flags().IntVar(&epochs, "epochs", 10, "passes over the training data")
	cmd.Flags().IntVar(&bits, "hash-bits", 20, "feature table size as a power of two")
	cmd.Flags().Float64Var(&dropout, "dropout", 0, "share of features hidden per training sentence (0 to 0.5; helps on text unlike the corpus)")
	cmd.Flags().Uint64Var(&seed, "seed", 1, "seed for shuffling the training data")
	cmd.Flags().StringVarP(&out, "output", "o", "", "model file to write")
	_ = cmd.MarkFlagRequired("format")
	trainCmd.AddCommand(cmd)
	root.AddCommand(trainCmd)
}
