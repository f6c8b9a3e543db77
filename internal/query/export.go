package query

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/sosik-news/sosik/internal/extract"
	"github.com/sosik-news/sosik/internal/store"
)

// Export formats.
const (
	FormatJSONL = "jsonl"
	FormatCSV   = "csv"
)

// CSVHeader is the column list of a CSV export: one row per article.
var CSVHeader = []string{"id", "published", "agency", "headline", "url", "source", "persons", "orgs", "places", "topics", "events", "text"}

// utf8BOM marks a CSV file as UTF-8 for spreadsheet programs: without it
// Excel reads Korean as the system's legacy code page (mojibake).
const utf8BOM = "\ufeff"

// ExportOptions says how to write an export.
type ExportOptions struct {
	// Format is FormatJSONL (the default) or FormatCSV.
	Format string
	// NoBOM leaves out the UTF-8 byte order mark that a CSV export starts
	// with by default so that Excel opens Korean text correctly.
	NoBOM bool
}

// Export streams every stored document matching q to w: JSON Lines (one
// Document per line, the same shape as `sosik parse --json`) or CSV (one
// row per article, CSVHeader, entity names joined with "; ", preceded by a
// UTF-8 byte order mark unless opt.NoBOM). It returns how many articles it
// wrote.
func Export(ctx context.Context, st store.Store, w io.Writer, opt ExportOptions, q store.ExportQuery) (int, error) {
	n := 0
	switch strings.ToLower(opt.Format) {
	case FormatJSONL, "json", "":
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		err := st.Export(ctx, q, func(d *extract.Document) error {
			if err := enc.Encode(d); err != nil {
				return fmt.Errorf("export: writing: %w", err)
			}
			n++
			return nil
		})
		return n, err
	case FormatCSV:
		if !opt.NoBOM {
			if _, err := io.WriteString(w, utf8BOM); err != nil {
				return 0, fmt.Errorf("export: writing: %w", err)
			}
		}
		cw := csv.NewWriter(w)
		if err := cw.Write(CSVHeader); err != nil {
			return 0, fmt.Errorf("export: writing: %w", err)
		}
		err := st.Export(ctx, q, func(d *extract.Document) error {
			if err := cw.Write(csvRow(d)); err != nil {
				return fmt.Errorf("export: writing: %w", err)
			}
			n++
			if n%256 == 0 {
				cw.Flush()
				return cw.Error()
			}
			return nil
		})
		cw.Flush()
		if err == nil {
			err = cw.Error()
		}
		return n, err
	}
	return 0, CheckExportFormat(opt.Format)
}

// CheckExportFormat reports whether Export knows format, so a caller can
// refuse a bad one before creating an output file.
func CheckExportFormat(format string) error {
	switch strings.ToLower(format) {
	case FormatJSONL, "json", "", FormatCSV:
		return nil
	}
	return fmt.Errorf("unknown export format %q (want jsonl or csv)", format)
}

func csvRow(d *extract.Document) []string {
	byType := map[string][]string{}
	for _, e := range d.Entities {
		byType[e.Type] = append(byType[e.Type], e.Name)
	}
	var events []string
	for _, e := range d.Events {
		events = append(events, string(e.Type)+"("+strings.Join(e.Actors, ",")+")")
	}
	return []string{d.ID, d.Published, d.Agency, d.Headline, d.URL, d.Source,
		strings.Join(byType[extract.Person], "; "), strings.Join(byType[extract.Org], "; "),
		strings.Join(byType[extract.Place], "; "), strings.Join(d.Topics, "; "), strings.Join(events, "; "), d.Text}
}
