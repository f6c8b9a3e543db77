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
