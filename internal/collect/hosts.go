package collect

import (
	"context"
	"net/http"
	"sync"
	"time"

	"github.com/temoto/robotstxt"
	"golang.org/x/time/rate"
)

// host is what the collector keeps per host: its rate limiter (one
// request per interval, on the collector's clock), a semaphore capping the
// requests in flight, and its robots.txt.
type host struct {
	mu      sync.Mutex // orders reservations, so request times never go back
	limiter *rate.Limiter
	slots   chan struct{}

	robotsMu sync.Mutex
	robots   *robotstxt.Group
	robotsAt time.Time // when robots was read, on the collector clock
}

// hostFor returns the state of host h, made on first use.
func (c *Collector) hostFor(h string) *host {
	c.hostsMu.Lock()
	defer c.hostsMu.Unlock()
	if c.hosts == nil {
		c.hosts = map[string]*host{}
	}
	st, ok := c.hosts[h]
	if !ok {
		st = &host{
			limiter: rate.NewLimiter(rate.Every(c.cfg.Interval.Duration), 1),
			slots:   make(chan struct{}, c.cfg.MaxPerHost),
		}
		c.hosts[h] = st
	}
	return st
}

// wait takes the host's next request slot on the rate limiter, sleeps on
// the clock until then and reports the request time.
func (c *Collector) wait(ctx context.Context, h *host, req *http.Request) error {
	h.mu.Lock()
	now := c.clock.Now()
	r := h.limiter.ReserveN(now, 1)
	at := now.Add(r.DelayFrom(now))
	if c.OnRequest != nil {
		c.OnRequest(req.Method, req.URL.String(), at)
	}
	h.mu.Unlock()
	return c.clock.SleepUntil(ctx, at)
}

// slowDown applies a robots.txt Crawl-delay longer than the configured
// interval.
func (c *Collector) slowDown(h *host, delay time.Duration) {
	if delay <= c.cfg.Interval.Duration {
		return
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	h.limiter.SetLimitAt(c.clock.Now(), rate.Every(delay))
}
