package collect

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"sync"
	"time"

	"github.com/sosik-news/sosik/internal/clock"
	"github.com/sosik-news/sosik/internal/ingest"
	"github.com/sosik-news/sosik/internal/store"
)

// Collector follows the sources of a Config into a store.
type Collector struct {
	cfg   *Config
	st    store.Store
	state store.CollectState
	x     ingest.Extractor
	clock clock.Clock

	// UserAgent is sent with every request: sosik/VERSION (+contact).
	UserAgent string
	// HTTP is the client requests go through (nil: http.DefaultClient);
	// its CheckRedirect is replaced by the collector's own.
	HTTP *http.Client
	// Limits caps the size of a fetched page (MaxFileBytes) and the
	// article text, as for ingest.
	Limits ingest.Limits
	// OnRequest, when set, is told of every request as the rate limiter
	// lets it go, with the collector-clock time it goes at.
	OnRequest func(method, url string, at time.Time)
	// Ingest tunes the ingest pipeline the pages go through.
	Ingest ingest.Options

	hostsMu sync.Mutex
	hosts   map[string]*host
}

// New returns a collector for cfg (checked already, see Load) storing into
// st with extractor x, on clock clk (nil: the real clock).
func New(cfg *Config, st store.Store, x ingest.Extractor, clk clock.Clock) (*Collector, error) {
	state, err := store.AsCollectState(st)
	if err != nil {
		return nil, err
	}
	if clk == nil {
		clk = clock.Real{}
	}
	ua := "sosik/dev (+" + cfg.Contact + ")"
	return &Collector{cfg: cfg, st: st, state: state, x: x, clock: clk, UserAgent: ua}, nil
}

// UserAgent formats sosik's User-Agent for version and contact URL.
func UserAgent(version, contact string) string {
	if contact == "" {
		contact = DefaultContact
	}
	return "sosik/" + version + " (+" + contact + ")"
}

// DefaultContact is the URL the User-Agent names when the config has none.
const DefaultContact = "https://github.com/sosik-news/sosik"

// Report is what one pass did.
type Report struct {
	Sources []SourceReport `json:"sources"`
	Stored  int            `json:"stored"`
	Fetched int            `json:"fetched"`
	Failed  int            `json:"failed"`
}

// SourceReport is what one pass did with one source.
type SourceReport struct {
	Name        string `json:"name"`
	Listed      int    `json:"listed"`       // article URLs the listing named
	New         int    `json:"new"`          // of them, not collected before (and fetched)
	Stored      int    `json:"stored"`       // new articles stored
	Duplicates  int    `json:"duplicates"`   // pages whose article was stored already
	Failed      int    `json:"failed"`       // pages that failed (a later pass retries them)
	Refused     int    `json:"refused"`      // pages robots.txt forbids or that left http(s)
	NotModified bool   `json:"not_modified"` // the listing answered 304
	Err         string `json:"error,omitempty"`
}

// RunOnce makes one pass over every source (the --once of cron).
func (c *Collector) RunOnce(ctx context.Context) (*Report, error) {
	return c.RunSources(ctx, c.cfg.Sources)
}

// RunSources makes one pass over sources: their listings, then every new
// article they list, each URL fetched once even when listed twice.
func (c *Collector) RunSources(ctx context.Context, sources []Source) (*Report, error) {
	rep := &Report{}
	plans := make([]*plan, len(sources))
	claimed := map[string]bool{}
	for i := range sources {
		plans[i] = c.list(ctx, &sources[i], claimed)
		if err := ctx.Err(); err != nil {
			return rep, err
		}
	}
	if err := c.dropSeen(ctx, plans); err != nil {
		return rep, err
	}
	if err := c.fetchAll(ctx, plans); err != nil {
		return rep, err
	}
	for _, p := range plans {
		rep.Sources = append(rep.Sources, p.rep)
		rep.Stored += p.rep.Stored
		rep.Fetched += p.rep.New
		rep.Failed += p.rep.Failed
		if err := c.finish(ctx, p); err != nil {
			return rep, err
		}
	}
	return rep, nil
}

// finish saves the listing validators of a source whose articles were all
// handled (else the next pass reads the listing in full and retries what
// failed) and records the run in its health.
func (c *Collector) finish(ctx context.Context, p *plan) error {
	if p.rep.Err == "" && p.rep.Failed == 0 {
		for u, v := range p.validators {
			if err := c.state.SetValidators(ctx, u, v); err != nil {
				return err
			}
		}
	}
	msg := p.rep.Err
	if msg == "" && p.rep.Failed > 0 {
		msg = fmt.Sprintf("%d of %d pages failed: %s", p.rep.Failed, p.rep.New, p.firstErr)
	}
	return c.state.RecordSourceRun(ctx, store.SourceRun{Name: p.src.Name, At: c.clock.Now(), Err: msg, Items: p.rep.Stored})
}

// Run is the daemon: it passes over each source every source interval
// until ctx ends, and reports each pass to report.
func (c *Collector) Run(ctx context.Context, report func(*Report, error)) error {
	next := make([]time.Time, len(c.cfg.Sources))
	for {
		now := c.clock.Now()
		var due []Source
		wake := time.Time{}
		for i, s := range c.cfg.Sources {
			if !next[i].After(now) {
				due = append(due, s)
				next[i] = now.Add(s.Interval.Duration)
			}
			if wake.IsZero() || next[i].Before(wake) {
				wake = next[i]
			}
		}
		if len(due) > 0 {
			rep, err := c.RunSources(ctx, due)
			if report != nil {
				report(rep, err)
			}
		}
		if err := c.clock.SleepUntil(ctx, wake); err != nil {
			if errors.Is(err, context.Canceled) {
				return nil
			}
			return err
		}
	}
}
