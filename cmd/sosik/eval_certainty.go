package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/sosik-news/sosik/internal/eval"
)

// certaintyCmd is `sosik eval certainty`: the confusion matrix of the
// certainty levels on a test set of sentences.
func certaintyCmd() *cobra.Command {
	var (
		misses bool
		minAcc float64
		ef     extractFlags
	)
	cmd := &cobra.Command{
		Use:   "certainty [SET.tsv]",
		Short: "Score event certainty (asserted, reported, speculated, planned, denied, conditional) on a sentence set",
		Long: `certainty reads each sentence of a test set (lines
level<TAB>type<TAB>body|headline<TAB>sentence; sosik's own set when no file
is given), extracts it as a one-sentence article and compares the certainty
of the event of the expected type. It prints the confusion matrix (rows the
expected level, columns the level found, "none" when no such event was
found), the recall of each level and the accuracy. With --min it exits
non-zero when the accuracy is below the bar.`,
		Example: "  sosik eval certainty --misses\n  sosik eval certainty my-set.tsv --min 0.95",
		Args:    cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			var r io.Reader = strings.NewReader(eval.DefaultCertaintySet)
			if len(args) == 1 {
				f, err := os.Open(args[0])
				if err != nil {
					return fmt.Errorf("eval certainty: %w", err)
				}
				defer f.Close()
				r = f
			}
			cases, err := eval.ReadCertaintyCases(r)
			if err != nil {
				return err
			}
			x, err := ef.extractor()
			if err != nil {
				return err
			}
			rep := eval.ScoreCertainty(cases, x)
			if err := rep.Print(cmd.OutOrStdout(), misses); err != nil {
				return err
			}
			if minAcc > 0 && rep.Accuracy() < minAcc {
				return fmt.Errorf("eval certainty: accuracy %.3f below %.3f", rep.Accuracy(), minAcc)
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&misses, "misses", false, "list every sentence whose level is wrong")
	cmd.Flags().Float64Var(&minAcc, "min", 0, "fail when the accuracy is below this")
	ef.register(cmd)
	return cmd
}
