package server

import (
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/sosik-news/sosik/internal/extract"
)

// Bounds on query parameters. Anything outside them is answered 400 before
// it reaches the store: the limits keep one request from asking for the
// whole corpus, and the character checks turn hostile strings (NUL bytes,
// control characters, invalid UTF-8, megabyte-long values) into a clear
// message rather than an odd store error.
const (
	maxQueryLen  = 512 // bytes, for q and term
	maxParamLen  = 200 // bytes, for every other parameter
	maxTerms     = 8
	maxLimit     = 100
	maxOffset    = 100000
	defaultLimit = 20
)

// params reads and validates query parameters, collecting the first error.
type params struct {
	v   url.Values
	err error
}

func newParams(raw string) (*params, error) {
	v, err := url.ParseQuery(raw)
	if err != nil {
		return nil, badRequest("malformed query string: %v", unquoteURLErr(err))
	}
	return &params{v: v}, nil
}

func unquoteURLErr(err error) string {
	// url errors quote the offending text; keep the message short.
	s := err.Error()
	if len(s) > 120 {
		s = s[:120] + "…"
	}
	return s
}

func (p *params) fail(format string, args ...any) {
	if p.err == nil {
		p.err = badRequest(format, args...)
	}
}

// checkText rejects values that cannot be sensible text.
func (p *params) checkText(name, s string, max int) string {
	if len(s) > max {
		p.fail("parameter %s is longer than %d bytes", name, max)
		return ""
	}
	if !utf8.ValidString(s) {
		p.fail("parameter %s is not valid UTF-8", name)
		return ""
	}
	for _, r := range s {
		if unicode.IsControl(r) && r != '\t' {
			p.fail("parameter %s contains control character %U", name, r)
			return ""
		}
	}
	return strings.TrimSpace(s)
}

// str returns one parameter's value; repeating a single-valued parameter is
// an error rather than silently picking one.
func (p *params) str(name string, max int) string {
	vals := p.v[name]
	switch len(vals) {
	case 0:
		return ""
	case 1:
		return p.checkText(name, vals[0], max)
	default:
		p.fail("parameter %s given %d times; give it once", name, len(vals))
		return ""
	}
}

func (p *params) list(name string, max, maxItems int) []string {
	vals := p.v[name]
	if len(vals) > maxItems {
		p.fail("at most %d %s parameters", maxItems, name)
		return nil
	}
	out := make([]string, 0, len(vals))
	for _, v := range vals {
		if t := p.checkText(name, v, max); t != "" {
			out = append(out, t)
		}
	}
	return out
}

func (p *params) intIn(name string, def, lo, hi int) int {
	s := p.str(name, 20)
	if s == "" {
		return def
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		p.fail("parameter %s must be a whole number, got %q", name, s)
		return def
	}
	if n < lo || n > hi {
		p.fail("parameter %s must be between %d and %d, got %d", name, lo, hi, n)
		return def
	}
	return n
}

// date accepts what the store's filters accept: YYYY, YYYY-MM or YYYY-MM-DD.
func (p *params) date(name string) string {
	s := p.str(name, 10)
	if s == "" {
		return ""
	}
	for _, layout := range []string{"2006-01-02", "2006-01", "2006"} {
		if len(s) == len(layout) {
			if _, err := time.Parse(layout, s); err == nil {
				return s
			}
		}
	}
	p.fail("parameter %s must be a date YYYY-MM-DD, YYYY-MM or YYYY, got %q", name, s)
	return ""
}

// oneOf accepts only the listed values (case-insensitive), returning the
// canonical spelling.
func (p *params) oneOf(name, def string, allowed ...string) string {
	s := p.str(name, maxParamLen)
	if s == "" {
		return def
	}
	for _, a := range allowed {
		if strings.EqualFold(s, a) {
			return a
		}
	}
	p.fail("parameter %s must be one of %s, got %q", name, strings.Join(allowed, ", "), s)
	return def
}

// eventTypes are the event types the extractor emits; a search for any
// other type could only ever find nothing, so it is refused.
var eventTypes = func() []string {
	out := make([]string, len(extract.EventTypes))
	for i, t := range extract.EventTypes {
		out[i] = string(t)
	}
	return out
}()

// eventType accepts one of eventTypes, in any case.
func (p *params) eventType(name string) string {
	s := strings.ToUpper(p.str(name, 32))
	if s == "" || slices.Contains(eventTypes, s) {
		return s
	}
	p.fail("parameter %s must be an event type, one of %s; got %q", name, strings.Join(eventTypes, ", "), s)
	return ""
}
