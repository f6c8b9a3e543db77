package collect

import (
	"context"
	"fmt"

	"github.com/sosik-news/sosik/internal/store"
)

// plan is one source's share of a pass: what its listing named and what
// is left to fetch.
type plan struct {
	src        *Source
	entries    []entry // canonical, new to this pass
	validators map[string]store.Validators
	rep        SourceReport
	firstErr   string
}

// list reads a source's listing (a sitemap index's sitemaps too) with
// conditional GET and keeps the article URLs no earlier source of the pass
// claimed.
func (c *Collector) list(ctx context.Context, s *Source, claimed map[string]bool) *plan {
	p := &plan{src: s, validators: map[string]store.Validators{}, rep: SourceReport{Name: s.Name}}
	queue := []string{s.URL}
	for depth := 0; len(queue) > 0 && depth < 3; depth++ {
		var next []string
		for _, u := range queue {
			l, notModified, err := c.readListing(ctx, s, u, p)
			if err != nil {
				p.rep.Err = err.Error()
				return p
			}
			if u == s.URL {
				p.rep.NotModified = notModified
			}
			next = append(next, l.sitemaps...)
			c.claim(p, l.entries, claimed)
		}
		queue = next
	}
	return p
}

// readListing fetches one listing page; a 304 lists nothing.
func (c *Collector) readListing(ctx context.Context, s *Source, u string, p *plan) (listing, bool, error) {
	v, err := c.state.Validators(ctx, u)
	if err != nil {
		return listing{}, false, err
	}
	resp, err := c.get(ctx, u, v)
	if err != nil {
		return listing{}, false, err
	}
	if resp.Status == 304 {
		return listing{}, true, nil
	}
	if resp.Validators != (store.Validators{}) {
		p.validators[u] = resp.Validators
	}
	l, err := parseListing(s, resp.URL, resp.Body, resp.ContentType)
	if err != nil {
		return l, false, fmt.Errorf("%s: %w", u, err)
	}
	return l, false, nil
}

// claim adds the entries whose canonical URL no source of the pass has
// listed yet.
func (c *Collector) claim(p *plan, es []entry, claimed map[string]bool) {
	for _, e := range es {
		canon, err := Canonical(e.URL)
		if err != nil {
			continue
		}
		p.rep.Listed++
		if claimed[canon] {
			continue
		}
		claimed[canon] = true
		e.URL = canon
		p.entries = append(p.entries, e)
	}
}

// dropSeen removes the URLs stored by an earlier pass, and those that
// failed too often, from every plan.
func (c *Collector) dropSeen(ctx context.Context, plans []*plan) error {
	var urls []string
	for _, p := range plans {
		for _, e := range p.entries {
			urls = append(urls, e.URL)
		}
	}
	seen, err := c.state.SeenURLs(ctx, urls)
	if err != nil {
		return err
	}
	for _, p := range plans {
		keep := p.entries[:0]
		for _, e := range p.entries {
			u, ok := seen[e.URL]
			if ok && (u.Status != store.URLFailed || u.Attempts >= c.cfg.MaxAttempts) {
				continue
			}
			keep = append(keep, e)
		}
		p.entries = keep
		p.rep.New = len(keep)
	}
	return nil
}
