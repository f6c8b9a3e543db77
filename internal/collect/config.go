// Package collect follows news sources (RSS/Atom feeds, news sitemaps and
// section pages) and stores each new article through the same HTML path as
// sosik ingest, with the manners of a real crawler: robots.txt, per-host
// rate limits and concurrency caps, conditional GET, retries with backoff,
// a size cap, charset decoding and canonical URLs. Its state (URLs seen,
// validators, per-source health) lives in the store, so a restart resumes.
package collect

import (
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"time"

	"github.com/BurntSushi/toml"
)

// Source kinds.
const (
	KindFeed    = "feed"    // an RSS, Atom or JSON feed
	KindSitemap = "sitemap" // a (news) sitemap or a sitemap index, gzip or not
	KindSection = "section" // an HTML page whose links matching link_pattern are articles
)

// Config is a sources file.
type Config struct {
	// Contact is the URL the User-Agent points site owners to.
	Contact string `toml:"contact"`
	// Interval is the least time between two requests to one host
	// (a robots.txt Crawl-delay that asks more wins); default 2s.
	Interval Duration `toml:"interval"`
	// MaxPerHost caps the requests in flight to one host; default 2.
	MaxPerHost int `toml:"max_per_host"`
	// Workers is how many pages are fetched at once over all hosts; default 4.
	Workers int `toml:"workers"`
	// Timeout bounds one request; default 30s.
	Timeout Duration `toml:"timeout"`
	// Retries is how many times a request that failed with 5xx, 429 or a
	// timeout is tried again; default 3.
	Retries int `toml:"retries"`
	// MaxAttempts is how many runs try a page that keeps failing; default 5.
	MaxAttempts int      `toml:"max_attempts"`
	Sources     []Source `toml:"source"`
}

// Source is one followed source.
type Source struct {
	Name string `toml:"name"`
	Kind string `toml:"kind"`
	URL  string `toml:"url"`
	// LinkPattern is the regular expression article links of a section
	// page match (required for sections).
	LinkPattern string `toml:"link_pattern"`
	// Interval is how often the daemon reads the source; default 15m.
	Interval Duration `toml:"interval"`
	// Agency names the outlet when its pages do not.
	Agency string `toml:"agency"`

	pattern *regexp.Regexp
}

// Duration is a time.Duration written as "2s", "15m" in the file.
type Duration struct{ time.Duration }

// UnmarshalText reads a Go duration.
func (d *Duration) UnmarshalText(b []byte) error {
	v, err := time.ParseDuration(string(b))
	if err != nil {
		return err
	}
	d.Duration = v
	return nil
}

// Load reads and checks a sources file.
func Load(path string) (*Config, error) {
	var c Config
	md, err := toml.DecodeFile(path, &c)
	if err != nil {
		return nil, fmt.Errorf("collect: reading %s: %w", path, err)
	}
	if und := md.Undecoded(); len(und) > 0 {
		return nil, fmt.Errorf("collect: %s: unknown key %s", path, und[0])
	}
	if err := c.Check(); err != nil {
		return nil, fmt.Errorf("collect: %s: %w", path, err)
	}
	return &c, nil
}

// Check validates the config and fills in the defaults.
func (c *Config) Check() error {
	def := func(d *Duration, v time.Duration) {
		if d.Duration <= 0 {
			d.Duration = v
		}
	}
	def(&c.Interval, 2*time.Second)
	def(&c.Timeout, 30*time.Second)
	for _, p := range []struct {
		v   *int
		def int
	}{{&c.MaxPerHost, 2}, {&c.Workers, 4}, {&c.Retries, 3}, {&c.MaxAttempts, 5}} {
		if *p.v <= 0 {
			*p.v = p.def
		}
	}
	if len(c.Sources) == 0 {
		return errors.New("no [[source]]")
	}
	names := map[string]bool{}
	for i := range c.Sources {
		s := &c.Sources[i]
		if err := s.check(); err != nil {
			return fmt.Errorf("source %d (%s): %w", i+1, s.Name, err)
		}
		if names[s.Name] {
			return fmt.Errorf("source %q is listed twice", s.Name)
		}
		names[s.Name] = true
		def(&s.Interval, 15*time.Minute)
	}
	return nil
}

func (s *Source) check() error {
	if s.Name == "" {
		return errors.New("no name")
	}
	u, err := url.Parse(s.URL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fmt.Errorf("url %q is not an http(s) URL", s.URL)
	}
	switch s.Kind {
	case KindFeed, KindSitemap:
	case KindSection:
		if s.LinkPattern == "" {
			return errors.New("a section needs a link_pattern")
		}
	default:
		return fmt.Errorf("kind %q is not feed, sitemap or section", s.Kind)
	}
	if s.LinkPattern != "" {
		if s.pattern, err = regexp.Compile(s.LinkPattern); err != nil {
			return fmt.Errorf("link_pattern: %w", err)
		}
	}
	return nil
}
