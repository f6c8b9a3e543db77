package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/sosik-news/sosik/internal/ingest"
	"github.com/sosik-news/sosik/internal/store"
)

// maxPrintedFailures bounds the per-item failures ingest prints without
// --verbose; the summary still counts and groups them all.
const maxPrintedFailures = 50

func init() { lazyCommand(addIngestCommand, "ingest") }

func addIngestCommand() {
	var (
		db        string
		format    string
		fields    []string
		workers   int
		batch     int
		batchWait time.Duration
		quiet     bool
		verbose   bool
		jsonOut   bool
		maxMiB    int64
		published string
		ef        extractFlags
	)
	cmd := &cobra.Command{
		Use:   "ingest PATH... | -",
		Short: "Load news articles from files, folders, JSON Lines, HTML or RSS/Atom into the store",
		Long: `ingest reads articles and stores them, with everything sosik extracts, in the
database (--db). PATH is a file, a folder (walked recursively, hidden files and
files that are not news input skipped) or - for standard input.

Formats are detected per file from the name and content, or forced with --format:
  text   one plain text or markdown article per file (.txt, .md)
  jsonl  one JSON object per line (.jsonl, .ndjson); a bad line is reported as
         FILE:LINE and the rest goes on
  json   one object or an array of objects per file (.json)
  csv    a header row naming the fields, one article per record (.csv)
  html   a web page (.html, or any text file that opens as HTML): main text with
         paragraphs and photos (trafilatura), title, date, author, site name from
         the page's JSON-LD, Open Graph and meta tags
  rss    an RSS, Atom or JSON feed (.rss, .atom, .xml): one article per item
JSON and CSV records are read through a field mapping; the defaults are
title|headline, text|body|content, url|link, published|date, agency|source and
author. Change one with --field FIELD=KEY[,KEY...], e.g. --field text=content;
--field agency= switches a field off. An array of strings (sentence-split
corpora) is joined one sentence per line.

Ingest is idempotent and resumable: an article already stored is skipped before
extraction, and one that appears twice is stored once, so re-running an
interrupted ingest adds exactly what is missing. Documents are committed in
batches (--batch, --batch-wait); a crash loses at most the uncommitted batch,
which the next run picks up.

A progress bar with rate and ETA shows on a terminal (not with --quiet or when
standard error is redirected). At the end a summary gives the articles inserted,
duplicates, near-duplicates grouped into stories, and failures grouped by reason.
The exit code is 1 when any item failed; everything else is stored.`,
		Example: `  sosik ingest --db news.db articles/
  sosik ingest --db news.db ../shared/data/news/kowikinews/wikinews.jsonl
  sosik ingest --format csv --field published=작성일 --field url=출처 --field title=제목 --field text=내용 wikinews.csv
  sosik ingest --format json --field text=sentences --field url=source --field agency= ../shared/data/news/sci-news-sum-kr-50/
  curl -s https://example.com/rss | sosik ingest --format rss -`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			f, fm, err := formatAndFields(format, fields)
			if err != nil {
				return err
			}
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()

			x, err := ef.extractor()
			if err != nil {
				return err
			}
			st, err := store.Open(ctx, db)
			if err != nil {
				return fmt.Errorf("opening %s: %w", db, err)
			}
			defer st.Close()
			if err := attachWatches(st); err != nil {
				return err
			}

			stderr := cmd.ErrOrStderr()
			showBar := !quiet && !verbose && isTerminal(stderr)
			var bar *progressbar.ProgressBar
			if showBar {
				bar = newIngestBar(stderr, ingest.TotalBytes(args))
				defer bar.Exit()
			}
			reader := &ingest.Reader{Format: f, Fields: fm, Stdin: cmd.InOrStdin(), MaxBytes: maxMiB << 20}
			if published != "" {
				if reader.Published, err = ingest.ParsePublished(published); err != nil {
					return err
				}
			}
			printed, stored, processed := 0, 0, 0
			start, lastDescribe := time.Now(), time.Time{}
			opt := ingest.Options{
				Workers:   workers,
				BatchSize: batch,
				BatchWait: batchWait,
				OnOutcome: func(o ingest.Outcome) {
					switch o.Status {
					case ingest.Inserted, ingest.NearDuplicate:
						stored++
						processed++
					case ingest.Duplicate, ingest.Failed:
						processed++
					}
					if o.Status == ingest.Failed && (verbose || printed < maxPrintedFailures) {
						if bar != nil {
							_ = bar.Clear()
						}
						fmt.Fprintln(stderr, "sosik ingest:", o.Err)
						printed++
						if !verbose && printed == maxPrintedFailures {
							fmt.Fprintln(stderr, "sosik ingest: further failures are only counted in the summary (--verbose prints all)")
						}
					}
					if bar != nil {
						if now := time.Now(); now.Sub(lastDescribe) > 200*time.Millisecond {
							rate := float64(processed) / now.Sub(start).Seconds()
							bar.Describe(fmt.Sprintf("%d stored, %.0f articles/s", stored, rate))
							lastDescribe = now
						}
						_ = bar.Add64(o.Bytes)
					}
				},
			}
			if verbose {
				opt.OnCommit = func(n, total int) {
					fmt.Fprintf(stderr, "sosik ingest: committed %d documents (%d stored so far)\n", n, total)
				}
			}
			sum, runErr := ingest.Run(ctx, reader.Items(ctx, args), x, st, opt)
			if bar != nil {
				_ = bar.Finish()
				fmt.Fprintln(stderr)
			}
			if jsonOut {
				enc := json.NewEncoder(cmd.OutOrStdout())
				enc.SetEscapeHTML(false)
				if err := enc.Encode(struct {
					*ingest.Summary
					Stored  int     `json:"stored"`
					Elapsed float64 `json:"elapsed_seconds"`
					Rate    float64 `json:"articles_per_second"`
				}{sum, sum.Stored(), sum.Elapsed.Seconds(), sum.Rate()}); err != nil {
					return fmt.Errorf("writing summary: %w", err)
				}
			} else {
				sum.WriteText(cmd.OutOrStdout(), 10)
			}
			if runErr != nil {
				return runErr
			}
			if sum.Failed > 0 {
				return fmt.Errorf("%d of %d items failed", sum.Failed, sum.Processed())
			}
			return nil
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&db, "db", store.DefaultDSN, "database to ingest into (a file path, sqlite:PATH or postgres://…)")
	fl.StringVar(&format, "format", "auto", "input format: auto, text, jsonl, json, csv, html or rss")
	fl.StringArrayVar(&fields, "field", nil, "map a JSON/CSV key onto an article field: FIELD=KEY[,KEY...] (fields: title, text, url, published, agency, author)")
	fl.IntVar(&workers, "workers", 0, "parallel parse/extract workers (default: number of CPUs)")
	fl.IntVar(&batch, "batch", 200, "documents per store transaction")
	fl.DurationVar(&batchWait, "batch-wait", time.Second, "commit a partial batch after this long")
	fl.BoolVarP(&quiet, "quiet", "q", false, "no progress bar")
	fl.BoolVarP(&verbose, "verbose", "v", false, "log every committed batch and every failure to standard error (no progress bar)")
	fl.BoolVar(&jsonOut, "json", false, "print the summary as JSON on standard output")
	fl.StringVar(&published, "published", "", "publication date of every input (YYYY-MM-DD), over what the input says: the anchor of relative dates")
	fl.Int64Var(&maxMiB, "max-item-mib", 0, "largest single file, article or record accepted, in MiB (0: the defaults, article 1 MiB, record 4 MiB, file 32 MiB)")
	ef.register(cmd)
	root.AddCommand(cmd)
}

// isTerminal reports whether w is a terminal, where a progress bar belongs.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// newIngestBar shows bytes of input done, which is what ETA can be based on
// while items are streamed; total is -1 when unknown (standard input).
func newIngestBar(w io.Writer, total int64) *progressbar.ProgressBar {
	return progressbar.NewOptions64(total,
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription("ingest"),
		progressbar.OptionShowBytes(true),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionSetElapsedTime(true),
		progressbar.OptionSetWidth(30),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionShowDescriptionAtLineEnd(),
		progressbar.OptionSpinnerType(14),
	)
}

// formatAndFields reads the --format and --field flags that parse, ingest
// and ingest --queue share.
func formatAndFields(format string, fields []string) (ingest.Format, ingest.FieldMap, error) {
	f, err := ingest.ParseFormat(format)
	if err != nil {
		return f, nil, err
	}
	fm, err := ingest.ParseFieldFlags(fields)
	return f, fm, err
}
