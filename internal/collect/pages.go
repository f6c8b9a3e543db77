package collect

import (
	"context"
	"errors"
	"iter"
	"sync"

	"github.com/sosik-news/sosik/internal/ingest"
	"github.com/sosik-news/sosik/internal/store"
)

// job is one article page to fetch.
type job struct {
	p *plan
	e entry
}

// fetchAll fetches every planned page on Workers goroutines and stores
// them through the ingest pipeline; each URL's outcome is recorded.
func (c *Collector) fetchAll(ctx context.Context, plans []*plan) error {
	jobs := make(chan job)
	items := make(chan ingest.Item)
	owner := map[string]job{}
	for _, p := range plans {
		for _, e := range p.entries {
			owner[e.URL] = job{p, e}
		}
	}
	go func() {
		defer close(jobs)
		for _, p := range plans {
			for _, e := range p.entries {
				select {
				case jobs <- job{p, e}:
				case <-ctx.Done():
					return
				}
			}
		}
	}()
	var wg sync.WaitGroup
	for range c.cfg.Workers {
		wg.Go(func() {
			for j := range jobs {
				items <- c.page(ctx, j)
			}
		})
	}
	go func() { wg.Wait(); close(items) }()

	var seq iter.Seq[ingest.Item] = func(yield func(ingest.Item) bool) {
		for it := range items {
			if !yield(it) {
				for range items { // let the fetchers finish
				}
				return
			}
		}
	}
	var markErr error
	opt := c.Ingest
	opt.OnOutcome = func(o ingest.Outcome) {
		if err := c.record(ctx, owner[o.Source], o); err != nil && markErr == nil {
			markErr = err
		}
	}
	_, err := ingest.Run(ctx, seq, c.x, c.st, opt)
	if err != nil {
		return err
	}
	return markErr
}

// page fetches one article page as an ingest item, filling what the page
// lacks from its listing.
func (c *Collector) page(ctx context.Context, j job) ingest.Item {
	resp, err := c.get(ctx, j.e.URL, store.Validators{})
	if err != nil {
		return ingest.Item{Source: j.e.URL, Format: ingest.HTML, Err: err}
	}
	it := ingest.PageItem(j.e.URL, resp.Body, resp.ContentType)
	if it.Err != nil {
		return it
	}
	m := &it.Meta
	fill := func(dst *string, v string) {
		if *dst == "" {
			*dst = v
		}
	}
	fill(&m.Title, j.e.Title)
	fill(&m.Author, j.e.Author)
	fill(&m.Published, j.e.Published)
	fill(&m.Agency, j.p.src.Agency)
	fill(&m.URL, resp.URL)
	m.Source = j.e.URL
	return it
}

// record stores the outcome of one page.
func (c *Collector) record(ctx context.Context, j job, o ingest.Outcome) error {
	if j.p == nil {
		return nil
	}
	u := store.SeenURL{URL: j.e.URL, Source: j.p.src.Name, DocID: o.ID, Updated: store.Stamp(c.clock.Now())}
	switch o.Status {
	case ingest.Inserted, ingest.NearDuplicate:
		u.Status = store.URLStored
		j.p.rep.Stored++
	case ingest.Duplicate:
		u.Status = store.URLStored
		j.p.rep.Duplicates++
	case ingest.Failed:
		if errors.Is(o.Err, ErrRefused) {
			u.Status, u.Err = store.URLRefused, o.Err.Error()
			j.p.rep.Refused++
			break
		}
		fallthrough
	default:
		u.Status = store.URLFailed
		if o.Err != nil {
			u.Err = o.Err.Error()
		} else {
			u.Err = string(o.Status) + " " + o.Note
		}
		if j.p.firstErr == "" {
			j.p.firstErr = u.Err
		}
		j.p.rep.Failed++
	}
	return c.state.MarkURL(ctx, u)
}
