package ingest

import (
	"errors"
	"fmt"
	"io"
)

// Default limits. An article of Korean news is rarely over 30 kB of text;
// the article limit leaves a wide margin while keeping extraction, whose
// memory grows with the text, within what one server can give.
const (
	DefaultMaxArticleBytes = 1 << 20
	DefaultMaxRecordBytes  = 4 << 20
	DefaultMaxFileBytes    = 32 << 20
	DefaultMaxRecords      = 10_000_000
)

// Limits bounds what any reader accepts; every input path (text, HTML and
// feed files, JSON Lines, JSON, CSV, the HTTP API) applies the same object,
// and what is over a limit fails with a clear error before it is held in
// memory whole. Zero fields take the defaults.
type Limits struct {
	// MaxArticleBytes bounds one article's text: a text file, or the body
	// found in a record, an HTML page or a feed item.
	MaxArticleBytes int64 `json:"max_article_bytes"`
	// MaxRecordBytes bounds one record: a JSON Lines line, one element of
	// a JSON array, one CSV row, one HTTP request body.
	MaxRecordBytes int64 `json:"max_record_bytes"`
	// MaxFileBytes bounds a file read whole: an HTML page or a feed.
	MaxFileBytes int64 `json:"max_file_bytes"`
	// MaxRecords bounds the records of one file; the rest is reported,
	// not read.
	MaxRecords int `json:"max_records"`
}

// DefaultLimits are the limits used when none are given.
func DefaultLimits() Limits { return Limits{}.WithDefaults() }

// WithDefaults fills the zero (or negative) fields with the defaults.
func (l Limits) WithDefaults() Limits {
	if l.MaxArticleBytes <= 0 {
		l.MaxArticleBytes = DefaultMaxArticleBytes
	}
	if l.MaxRecordBytes <= 0 {
		l.MaxRecordBytes = DefaultMaxRecordBytes
	}
	if l.MaxFileBytes <= 0 {
		l.MaxFileBytes = DefaultMaxFileBytes
	}
	if l.MaxRecords <= 0 {
		l.MaxRecords = DefaultMaxRecords
	}
	return l
}

// ErrTooLarge is wrapped by every error about an input over a limit.
var ErrTooLarge = errors.New("over the size limit")

// SizeError says what is too large and what the limit is, in words; it
// matches ErrTooLarge with errors.Is.
type SizeError struct {
	What  string
	Limit int64
}

func (e *SizeError) Error() string { return e.What + " larger than " + byteSize(e.Limit) }

// Is makes errors.Is(err, ErrTooLarge) hold.
func (e *SizeError) Is(target error) bool { return target == ErrTooLarge }

func tooLarge(what string, limit int64) error { return &SizeError{What: what, Limit: limit} }

// countError is a file with more records than MaxRecords; it matches
// ErrTooLarge too.
type countError struct{ limit int }

func (e *countError) Error() string {
	return fmt.Sprintf("more than %d records in one file; the rest of it is not read (split it)", e.limit)
}

func (e *countError) Is(target error) bool { return target == ErrTooLarge }

// byteSize prints a limit as MiB, KiB or bytes, whichever is whole.
func byteSize(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// errRecordTooLarge stops a streaming decoder inside a record over the
// limit.
var errRecordTooLarge = errors.New("record over the size limit")

// budgetReader lets a streaming decoder (JSON, CSV) read only so far past
// the start of the current record: it fails with errRecordTooLarge once
// stop is passed, so a 20 MB record is refused after reading a few MiB
// rather than buffered whole.
type budgetReader struct {
	r    io.Reader
	read int64
	stop int64
}

func (b *budgetReader) Read(p []byte) (int, error) {
	if b.read >= b.stop {
		return 0, errRecordTooLarge
	}
	if rest := b.stop - b.read; int64(len(p)) > rest {
		p = p[:rest]
	}
	n, err := b.r.Read(p)
	b.read += int64(n)
	return n, err
}

// allow lets the decoder read limit bytes past offset (where the current
// record starts, as the decoder counts it) plus slack for its read-ahead
// buffer.
func (b *budgetReader) allow(offset, limit, slack int64) {
	b.stop = offset + limit + slack
}
