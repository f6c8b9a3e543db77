package main

import (
	"encoding/json"
	"fmt"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/sosik-news/sosik/internal/eval"
	"github.com/sosik-news/sosik/internal/extract"
)

// scoreGoldens scores every golden file named by args (folders expanded),
// against saved system output when there is some, else by extracting each
// source with x. It prints each file's report, then with several files a
// summary table, and returns the mean overall recall over files.
func scoreGoldens(cmd *cobra.Command, args []string, saved map[string][]byte, system string, x *extract.Extractor) (float64, error) {
	paths, err := eval.ExpandGoldens(args)
	if err != nil {
		return 0, err
	}
	out := cmd.OutOrStdout()
	var sum eval.Summary
	for _, path := range paths {
		g, err := eval.LoadGolden(path)
		if err != nil {
			return 0, err
		}
		sys, err := systemOutput(cmd, g, path, saved, system, x)
		if err != nil {
			return 0, err
		}
		r, err := eval.Score(g, sys)
		if err != nil {
			return 0, err
		}
		fmt.Fprintf(out, "== %s\n", path)
		if err := r.Print(out); err != nil {
			return 0, err
		}
		sum.Add(filepath.Base(path), r)
	}
	if sum.Len() > 1 {
		fmt.Fprintln(out)
		if err := sum.Print(out); err != nil {
			return 0, err
		}
	}
	return sum.MeanRecall(), nil
}

// systemOutput is the 'sosik parse --json' object for golden g: from the
// saved output when given, else extracted now from its source.
func systemOutput(cmd *cobra.Command, g *eval.Golden, path string, saved map[string][]byte, system string, x *extract.Extractor) ([]byte, error) {
	if saved != nil {
		sys := saved[filepath.Base(g.Source)]
		if sys == nil {
			return nil, fmt.Errorf("no system output for %s in %s", g.Source, system)
		}
		return sys, nil
	}
	src := eval.SourcePath(path, g.Source)
	doc, err := parseOne(x, src, cmd.InOrStdin())
	if err != nil {
		return nil, err
	}
	sys, err := json.Marshal(doc)
	if err != nil {
		return nil, fmt.Errorf("encoding %s: %w", src, err)
	}
	return sys, nil
}

// ablate scores the goldens with every stage on, then with each stage that
// can be switched off off in turn, and prints what each stage buys: the
// mean recall and mean entity precision it adds (negative: it costs).
func ablate(cmd *cobra.Command, args []string, x *extract.Extractor) error {
	paths, err := eval.ExpandGoldens(args)
	if err != nil {
		return err
	}
	full, err := scoreQuiet(cmd, paths, x)
	if err != nil {
		return err
	}
	out := cmd.OutOrStdout()
	fr, fp := full.MeanRecall(), full.MeanPrecision()
	_, _, ferr := full.Totals()
	fmt.Fprintf(out, "ablation over %d golden files: what each stage buys (all stages: recall %.3f, entity precision %.3f, errors %d)\n", len(paths), fr, fp, ferr)
	fmt.Fprintf(out, "%-20s %8s %8s %9s %9s %7s\n", "stage off", "recall", "buys", "ent.prec", "buys", "errors")
	for _, stage := range extract.OptionalStages() {
		y, err := x.Without(stage)
		if err != nil {
			continue // already off with --disable
		}
		s, err := scoreQuiet(cmd, paths, y)
		if err != nil {
			return err
		}
		_, _, errs := s.Totals()
		fmt.Fprintf(out, "%-20s %8.3f %+8.3f %9.3f %+9.3f %7d\n", stage, s.MeanRecall(), fr-s.MeanRecall(), s.MeanPrecision(), fp-s.MeanPrecision(), errs)
	}
	return nil
}

// scoreQuiet scores the golden files at paths by extracting each source
// with x, printing nothing.
func scoreQuiet(cmd *cobra.Command, paths []string, x *extract.Extractor) (*eval.Summary, error) {
	var sum eval.Summary
	for _, path := range paths {
		g, err := eval.LoadGolden(path)
		if err != nil {
			return nil, err
		}
		sys, err := systemOutput(cmd, g, path, nil, "", x)
		if err != nil {
			return nil, err
		}
		r, err := eval.Score(g, sys)
		if err != nil {
			return nil, err
		}
		sum.Add(filepath.Base(path), r)
	}
	return &sum, nil
}
