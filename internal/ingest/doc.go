// Package ingest loads Korean news into a sosik store at scale.
//
// Inputs are files, folders (walked recursively) and standard input in five
// formats: plain text/markdown articles, JSON Lines (and JSON arrays or CSV
// with a configurable field mapping), HTML pages (internal/htmlpage:
// go-trafilatura plus the page's own metadata) and RSS/Atom feeds (via
// gofeed). The pipeline streams: one
// reader goroutine yields items without loading a folder or a large JSONL
// file into memory, N workers parse and extract in parallel, and one writer
// batches documents into store transactions.
//
// Ingestion is idempotent and resumable. Article IDs are known after the
// cheap parse step, so items the store already holds are skipped before the
// costly extraction, and the store's Put is idempotent by ID: re-running an
// ingest that was killed half-way stores exactly what was missing.
package ingest
