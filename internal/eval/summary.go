package eval

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// ExpandGoldens turns the arguments of `sosik eval golden` into golden file
// paths: a directory stands for the *.json files directly inside it, in
// name order; a file stands for itself.
func ExpandGoldens(args []string) ([]string, error) {
	var out []string
	for _, a := range args {
		st, err := os.Stat(a)
		if err != nil {
			return nil, fmt.Errorf("eval: %w", err)
		}
		if !st.IsDir() {
			out = append(out, a)
			continue
		}
		m, err := filepath.Glob(filepath.Join(a, "*.json"))
		if err != nil {
			return nil, fmt.Errorf("eval: %w", err)
		}
		if len(m) == 0 {
			return nil, fmt.Errorf("eval: no golden files (*.json) in %s", a)
		}
		sort.Strings(m)
		out = append(out, m...)
	}
	return out, nil
}

// SourcePath finds the article a golden file describes. Its source is
// relative to the folder that holds the goldens' tree (shared/ for both
// shared/golden/X.json and shared/golden/dev/X.json), so the folders above
// the golden file are tried from the nearest up; the nearest one's path is
// returned when none exists, for the error to name.
func SourcePath(goldenPath, source string) string {
	if filepath.IsAbs(source) {
		return source
	}
	dir := filepath.Dir(goldenPath)
	first := ""
	for range 4 {
		dir = filepath.Join(dir, "..")
		p := filepath.Join(dir, source)
		if first == "" {
			first = p
		}
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	return first
}

// Summary gathers the scores of several golden files for one table.
type Summary struct {
	rows []summaryRow
}

type summaryRow struct {
	name string
	r    *Result
}

// Add records the score of the golden file name.
func (s *Summary) Add(name string, r *Result) { s.rows = append(s.rows, summaryRow{name, r}) }

// Len is the number of files added.
func (s *Summary) Len() int { return len(s.rows) }

// MeanRecall is the mean over files of each file's overall recall (every
// file weighs the same, as in the dev-set report), and ArticleRecall the
// article group's found/total over all files.
func (s *Summary) MeanRecall() float64 {
	if len(s.rows) == 0 {
		return 0
	}
	sum := 0.0
	for _, row := range s.rows {
		sum += row.r.Recall()
	}
	return sum / float64(len(s.rows))
}

// MeanPrecision is the mean over files of each file's entity precision.
func (s *Summary) MeanPrecision() float64 {
	if len(s.rows) == 0 {
		return 0
	}
	sum := 0.0
	for _, row := range s.rows {
		sum += row.r.EntityPrecision
	}
	return sum / float64(len(s.rows))
}

// Totals sums found and total checks and entity errors over every file.
func (s *Summary) Totals() (found, total, errs int) {
	for _, row := range s.rows {
		found, total, errs = found+row.r.Found(), total+row.r.Total(), errs+len(row.r.Errors)
	}
	return found, total, errs
}

// Print writes one row per file (overall recall, the article group, entity
// precision, errors) and a closing row with the means and the sums.
func (s *Summary) Print(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%-28s %8s %9s %10s %6s\n", "golden", "recall", "article", "ent.prec", "errors")
	var art Group
	prec := 0.0
	for _, row := range s.rows {
		a := row.r.Group("article")
		art.Found, art.Total = art.Found+a.Found, art.Total+a.Total
		prec += row.r.EntityPrecision
		fmt.Fprintf(&b, "%-28s %8.2f %9s %10.2f %6d\n", row.name, row.r.Recall(),
			fmt.Sprintf("%d/%d", a.Found, a.Total), row.r.EntityPrecision, len(row.r.Errors))
	}
	n := float64(max(len(s.rows), 1))
	found, total, errs := s.Totals()
	fmt.Fprintf(&b, "%-28s %8.2f %9s %10.2f %6d\n", fmt.Sprintf("mean of %d files", len(s.rows)), s.MeanRecall(),
		fmt.Sprintf("%d/%d", art.Found, art.Total), prec/n, errs)
	fmt.Fprintf(&b, "all checks: overall recall %.2f (%d/%d)\n", ratio(found, total), found, total)
	_, err := io.WriteString(w, b.String())
	return err
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}
