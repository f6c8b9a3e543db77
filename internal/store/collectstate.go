package store

import (
	"context"
	"fmt"
	"time"
)

// CollectState is what sosik collect remembers between runs: the URLs it
// has handled, the HTTP validators of the pages it re-reads, and each
// source's health. Both backends implement it; get it from a Store with
// AsCollectState.
type CollectState interface {
	// SeenURLs returns what is remembered of each of urls; a URL never
	// seen is absent from the map.
	SeenURLs(ctx context.Context, urls []string) (map[string]SeenURL, error)
	// MarkURL records the outcome of one URL (Attempts counts up by itself).
	MarkURL(ctx context.Context, u SeenURL) error
	// Validators returns the ETag and Last-Modified last seen for url
	// (empty when none).
	Validators(ctx context.Context, url string) (Validators, error)
	// SetValidators remembers url's validators.
	SetValidators(ctx context.Context, url string, v Validators) error
	// RecordSourceRun adds one run of a source to its health.
	RecordSourceRun(ctx context.Context, r SourceRun) error
	// SourceHealth lists every source that has run, by name.
	SourceHealth(ctx context.Context) ([]SourceHealth, error)
}

// URL outcomes of SeenURL.Status.
const (
	URLStored = "stored" // the page was read and its article stored (or a duplicate)
	URLFailed = "failed" // the page could not be read; a later run retries it
	// URLRefused: never to be fetched (robots.txt forbids it, or it
	// redirects out of http and https).
	URLRefused = "refused"
)

// SeenURL is the outcome of one collected URL.
type SeenURL struct {
	URL      string `json:"url"`
	Source   string `json:"source"`
	Status   string `json:"status"` // URLStored, URLFailed or URLRefused
	DocID    string `json:"doc_id,omitempty"`
	Err      string `json:"error,omitempty"`
	Attempts int    `json:"attempts"`
	Updated  string `json:"updated"` // RFC 3339, from the collector's clock
}

// Validators are the HTTP cache validators of a page.
type Validators struct {
	ETag         string `json:"etag,omitempty"`
	LastModified string `json:"last_modified,omitempty"`
}

// SourceRun is the outcome of one run over a source.
type SourceRun struct {
	Name  string
	At    time.Time
	Err   string // empty: the run succeeded
	Items int    // new articles stored
}

// SourceHealth is the running health of a source.
type SourceHealth struct {
	Name        string `json:"name"`
	LastRun     string `json:"last_run"`
	LastSuccess string `json:"last_success,omitempty"`
	LastError   string `json:"last_error,omitempty"`
	// Failures counts the failed runs since the last success.
	Failures int `json:"failures"`
	Runs     int `json:"runs"`
	Items    int `json:"items"`
}

// AsCollectState returns the collector state of s, or an error when the
// backend keeps none.
func AsCollectState(s Store) (CollectState, error) {
	c, ok := s.(CollectState)
	if !ok {
		return nil, fmt.Errorf("store: %T keeps no collector state", s)
	}
	return c, nil
}

var (
	_ CollectState = (*sqliteStore)(nil)
	_ CollectState = (*pgStore)(nil)
)

// Stamp formats t as the stores keep times: RFC 3339 in UTC, to the second,
// so that the strings sort as the times do.
func Stamp(t time.Time) string { return t.UTC().Truncate(time.Second).Format(time.RFC3339) }

func (s *core) SeenURLs(ctx context.Context, urls []string) (map[string]SeenURL, error) {
	out := map[string]SeenURL{}
	if len(urls) == 0 {
		return out, nil
	}
	r, err := s.db.query(ctx, `SELECT url, source, status, doc_id, err, attempts, updated FROM collect_urls WHERE `+
		s.inList("url", 1), s.list(urls))
	if err != nil {
		return nil, fmt.Errorf("store: reading collected URLs: %w", err)
	}
	defer r.Close()
	for r.Next() {
		var u SeenURL
		if err := r.Scan(&u.URL, &u.Source, &u.Status, &u.DocID, &u.Err, &u.Attempts, &u.Updated); err != nil {
			return nil, fmt.Errorf("store: reading collected URLs: %w", err)
		}
		out[u.URL] = u
	}
	return out, r.Err()
}

func (s *core) MarkURL(ctx context.Context, u SeenURL) error {
	err := s.db.exec(ctx, `INSERT INTO collect_urls (url, source, status, doc_id, err, attempts, updated)
		VALUES (?1, ?2, ?3, ?4, ?5, 1, ?6)
		ON CONFLICT (url) DO UPDATE SET source = excluded.source, status = excluded.status,
			doc_id = excluded.doc_id, err = excluded.err, attempts = collect_urls.attempts + 1,
			updated = excluded.updated`,
		u.URL, u.Source, u.Status, u.DocID, u.Err, u.Updated)
	if err != nil {
		return fmt.Errorf("store: recording collected URL: %w", err)
	}
	return nil
}

func (s *core) Validators(ctx context.Context, url string) (Validators, error) {
	var v Validators
	err := s.db.queryRow(ctx, `SELECT etag, last_modified FROM collect_validators WHERE url = ?1`, url).
		Scan(&v.ETag, &v.LastModified)
	if err != nil && !isNoRows(err) {
		return v, fmt.Errorf("store: reading validators: %w", err)
	}
	return v, nil
}

func (s *core) SetValidators(ctx context.Context, url string, v Validators) error {
	err := s.db.exec(ctx, `INSERT INTO collect_validators (url, etag, last_modified) VALUES (?1, ?2, ?3)
		ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified`,
		url, v.ETag, v.LastModified)
	if err != nil {
		return fmt.Errorf("store: recording validators: %w", err)
	}
	return nil
}

func (s *core) RecordSourceRun(ctx context.Context, r SourceRun) error {
	at := Stamp(r.At)
	var q string
	if r.Err == "" {
		q = `INSERT INTO collect_sources (name, last_run, last_success, last_error, failures, runs, items)
			VALUES (?1, ?2, ?2, '', 0, 1, ?3)
			ON CONFLICT (name) DO UPDATE SET last_run = ?2, last_success = ?2, last_error = '', failures = 0,
				runs = collect_sources.runs + 1, items = collect_sources.items + ?3`
	} else {
		q = `INSERT INTO collect_sources (name, last_run, last_success, last_error, failures, runs, items)
			VALUES (?1, ?2, '', ?4, 1, 1, ?3)
			ON CONFLICT (name) DO UPDATE SET last_run = ?2, last_error = ?4, failures = collect_sources.failures + 1,
				runs = collect_sources.runs + 1, items = collect_sources.items + ?3`
	}
	args := []any{r.Name, at, r.Items}
	if r.Err != "" {
		args = append(args, r.Err)
	}
	if err := s.db.exec(ctx, q, args...); err != nil {
		return fmt.Errorf("store: recording a run of source %s: %w", r.Name, err)
	}
	return nil
}

func (s *core) SourceHealth(ctx context.Context) ([]SourceHealth, error) {
	r, err := s.db.query(ctx, `SELECT name, last_run, last_success, last_error, failures, runs, items
		FROM collect_sources ORDER BY name`)
	if err != nil {
		return nil, fmt.Errorf("store: reading source health: %w", err)
	}
	defer r.Close()
	out := []SourceHealth{}
	for r.Next() {
		var h SourceHealth
		if err := r.Scan(&h.Name, &h.LastRun, &h.LastSuccess, &h.LastError, &h.Failures, &h.Runs, &h.Items); err != nil {
			return nil, fmt.Errorf("store: reading source health: %w", err)
		}
		out = append(out, h)
	}
	return out, r.Err()
}
