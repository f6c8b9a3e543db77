package collect

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"time"

	"github.com/temoto/robotstxt"

	"github.com/sosik-news/sosik/internal/ingest"
	"github.com/sosik-news/sosik/internal/store"
)

// response is a fetched page.
type response struct {
	URL         string // after redirects
	Status      int
	Body        []byte
	ContentType string
	Validators  store.Validators
}

// ErrRefused marks a URL the collector will not fetch: robots.txt
// forbids it, or it is not http(s) (a redirect to ftp: …).
var ErrRefused = errors.New("refused")

var errDisallowed = fmt.Errorf("disallowed by robots.txt (%w)", ErrRefused)

// checkScheme refuses URLs other than http and https.
func checkScheme(u *url.URL) error {
	if u.Scheme != "http" && u.Scheme != "https" {
		return fmt.Errorf("collect: %s: only http and https URLs are followed (%w)", u.Redacted(), ErrRefused)
	}
	if u.Host == "" {
		return fmt.Errorf("collect: %s: no host", u.Redacted())
	}
	return nil
}

// client returns the HTTP client: every redirect hop is checked like the
// first request (scheme, robots.txt, rate limit).
func (c *Collector) client() *http.Client {
	base := c.HTTP
	if base == nil {
		base = http.DefaultClient
	}
	cl := *base
	cl.CheckRedirect = func(req *http.Request, via []*http.Request) error {
		if len(via) >= 10 {
			return errors.New("collect: more than 10 redirects")
		}
		if err := c.admit(req.Context(), req); err != nil {
			return err
		}
		req.Header.Set("User-Agent", c.UserAgent)
		return nil
	}
	return &cl
}

// admit checks a request's URL (scheme, robots.txt) and waits for its
// host's rate limit (a redirect hop, whose first request holds the slot).
func (c *Collector) admit(ctx context.Context, req *http.Request) error {
	if err := c.check(ctx, req); err != nil {
		return err
	}
	return c.wait(ctx, c.hostFor(req.URL.Host), req)
}

// check refuses a URL that is not http(s) or that robots.txt forbids
// (reading the host's robots.txt first when needed).
func (c *Collector) check(ctx context.Context, req *http.Request) error {
	if err := checkScheme(req.URL); err != nil {
		return err
	}
	if ctx.Value(robotsKey{}) != nil {
		return nil
	}
	g, err := c.robotsFor(ctx, req.URL, c.hostFor(req.URL.Host))
	if err != nil {
		return err
	}
	if !g.Test(req.URL.RequestURI()) {
		return fmt.Errorf("collect: %s: %w", req.URL, errDisallowed)
	}
	return nil
}

// robotsFor returns the host's robots.txt group for sosik, read at most
// once a day (a missing file allows all; a server error forbids all, as
// robots.txt readers do).
func (c *Collector) robotsFor(ctx context.Context, u *url.URL, h *host) (*robotstxt.Group, error) {
	h.robotsMu.Lock()
	defer h.robotsMu.Unlock()
	if h.robots != nil && c.clock.Now().Sub(h.robotsAt) < robotsTTL {
		return h.robots, nil
	}
	ru := &url.URL{Scheme: u.Scheme, Host: u.Host, Path: "/robots.txt"}
	resp, err := c.get(context.WithValue(ctx, robotsKey{}, true), ru.String(), store.Validators{})
	if err != nil && resp == nil {
		return nil, fmt.Errorf("collect: reading %s: %w", ru, err)
	}
	data, err := robotstxt.FromStatusAndBytes(resp.Status, resp.Body)
	if err != nil {
		data, _ = robotstxt.FromStatusAndBytes(http.StatusNotFound, nil)
	}
	h.robots, h.robotsAt = data.FindGroup(robotsAgent), c.clock.Now()
	c.slowDown(h, h.robots.CrawlDelay)
	return h.robots, nil
}

// robotsKey marks the context of a robots.txt request, whose redirects
// are not checked against robots.txt.
type robotsKey struct{}

// robotsTTL is how long a robots.txt is trusted.
const robotsTTL = 24 * time.Hour

// robotsAgent is the name robots.txt groups are matched against.
const robotsAgent = "sosik"

// get fetches u with retries: 5xx, 429 (after its Retry-After) and
// timeouts are tried again with exponential backoff on the clock. A 304
// comes back with no error and no body. A response with another error
// status comes back with an error.
func (c *Collector) get(ctx context.Context, u string, v store.Validators) (*response, error) {
	backoff := time.Second
	for attempt := 0; ; attempt++ {
		resp, retryAt, err := c.getOnce(ctx, u, v)
		if err == nil || retryAt.IsZero() || attempt >= c.cfg.Retries || ctx.Err() != nil {
			return resp, err
		}
		if next := c.clock.Now().Add(backoff); next.After(retryAt) {
			retryAt = next
		}
		backoff *= 2
		if err := c.clock.SleepUntil(ctx, retryAt); err != nil {
			return nil, err
		}
	}
}

// getOnce makes one request. retryAt is set when the failure is worth
// retrying: the time the server asked for (Retry-After), else now.
func (c *Collector) getOnce(ctx context.Context, u string, v store.Validators) (resp *response, retryAt time.Time, err error) {
	ctx, cancel := context.WithTimeout(ctx, c.cfg.Timeout.Duration)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, time.Time{}, fmt.Errorf("collect: %w", err)
	}
	req.Header.Set("User-Agent", c.UserAgent)
	if v.ETag != "" {
		req.Header.Set("If-None-Match", v.ETag)
	}
	if v.LastModified != "" {
		req.Header.Set("If-Modified-Since", v.LastModified)
	}
	// Checked, then a slot among the host's requests in flight, then the
	// rate limit: the request goes at the time the limiter gave it.
	if err := c.check(ctx, req); err != nil {
		return nil, time.Time{}, err
	}
	release, err := c.hostSlot(ctx, req.URL.Host)
	if err != nil {
		return nil, time.Time{}, err
	}
	defer release()
	if err := c.wait(ctx, c.hostFor(req.URL.Host), req); err != nil {
		return nil, time.Time{}, err
	}
	r, err := c.client().Do(req)
	if err != nil {
		var ne net.Error
		if errors.As(err, &ne) && ne.Timeout() {
			return nil, c.clock.Now(), fmt.Errorf("collect: %s: %w", u, err)
		}
		return nil, time.Time{}, fmt.Errorf("collect: %s: %w", u, err)
	}
	defer r.Body.Close()
	return c.read(r, u)
}

// hostSlot takes one of the host's in-flight slots and returns its release.
func (c *Collector) hostSlot(ctx context.Context, h string) (func(), error) {
	st := c.hostFor(h)
	select {
	case st.slots <- struct{}{}:
		return func() { <-st.slots }, nil
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// read reads a response within the size cap and classifies its status.
func (c *Collector) read(r *http.Response, u string) (*response, time.Time, error) {
	resp := &response{URL: r.Request.URL.String(), Status: r.StatusCode, ContentType: r.Header.Get("Content-Type"),
		Validators: store.Validators{ETag: r.Header.Get("ETag"), LastModified: r.Header.Get("Last-Modified")}}
	switch {
	case r.StatusCode == http.StatusNotModified:
		return resp, time.Time{}, nil
	case r.StatusCode == http.StatusTooManyRequests || r.StatusCode >= 500:
		io.Copy(io.Discard, io.LimitReader(r.Body, 64<<10))
		return resp, c.retryAfter(r.Header.Get("Retry-After")), fmt.Errorf("collect: %s: HTTP %d", u, r.StatusCode)
	}
	limit := c.Limits.WithDefaults().MaxFileBytes
	body, err := io.ReadAll(io.LimitReader(r.Body, limit+1))
	if err != nil {
		return nil, c.clock.Now(), fmt.Errorf("collect: reading %s: %w", u, err)
	}
	if int64(len(body)) > limit {
		return nil, time.Time{}, fmt.Errorf("collect: %s: page %w", u, &ingest.SizeError{What: "page", Limit: limit})
	}
	resp.Body = body
	if r.StatusCode != http.StatusOK {
		return resp, time.Time{}, fmt.Errorf("collect: %s: HTTP %d", u, r.StatusCode)
	}
	return resp, time.Time{}, nil
}

// retryAfter reads a Retry-After header (seconds or an HTTP date) as the
// time to retry at; without one, now.
func (c *Collector) retryAfter(h string) time.Time {
	now := c.clock.Now()
	if s, err := strconv.Atoi(h); err == nil && s >= 0 {
		return now.Add(time.Duration(s) * time.Second)
	}
	if t, err := http.ParseTime(h); err == nil && t.After(now) {
		return t
	}
	return now
}
