package server

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"crypto/subtle"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"strings"
)

// MinKeyLen is the shortest API key accepted: a key is a shared secret,
// not a password a person types, so it should be long and random
// (e.g. `openssl rand -hex 32`).
const MinKeyLen = 16

// DefaultAllowedHosts are the Host header names answered when no allow-list
// is configured: the loopback names only. A browser page on another site
// that rebinds its own name to 127.0.0.1 (DNS rebinding) sends its own name
// as Host and is refused.
var DefaultAllowedHosts = []string{"localhost", "127.0.0.1", "::1"}

// keyring holds the SHA-256 of each API key, so that comparing a presented
// key costs the same whatever its length and wherever it differs.
type keyring [][sha256.Size]byte

func newKeyring(keys []string) (keyring, error) {
	var kr keyring
	for i, k := range keys {
		if len(k) < MinKeyLen {
			return nil, fmt.Errorf("server: API key %d is %d characters; use at least %d random ones", i+1, len(k), MinKeyLen)
		}
		kr = append(kr, sha256.Sum256([]byte(k)))
	}
	return kr, nil
}

// match reports whether presented is one of the keys, in constant time: it
// compares against every key without stopping at the first match.
func (kr keyring) match(presented string) bool {
	h := sha256.Sum256([]byte(presented))
	found := 0
	for i := range kr {
		found |= subtle.ConstantTimeCompare(h[:], kr[i][:])
	}
	return found == 1
}

// LoadKeys reads API keys from a file: one key a line; blank lines and
// lines starting with # are ignored. A file that others can read is
// refused, as ssh refuses a readable private key.
func LoadKeys(path string) ([]string, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("server: API key file: %w", err)
	}
	if info.Mode().Perm()&0o077 != 0 {
		return nil, fmt.Errorf("server: API key file %s is readable by others (mode %v); chmod 600 it", path, info.Mode().Perm())
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("server: API key file: %w", err)
	}
	return parseKeys(data)
}

func parseKeys(data []byte) ([]string, error) {
	var keys []string
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		keys = append(keys, line)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("server: reading API keys: %w", err)
	}
	if len(keys) == 0 {
		return nil, errors.New("server: the API key file holds no key")
	}
	return keys, nil
}

// bearer returns the token of an "Authorization: Bearer TOKEN" header.
func bearer(r *http.Request) (string, bool) {
	scheme, token, ok := strings.Cut(r.Header.Get("Authorization"), " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") {
		return "", false
	}
	token = strings.TrimSpace(token)
	return token, token != ""
}

// IsLoopback reports whether a listen address (host:port) accepts only
// connections from this machine. An empty host (":8080"), a wildcard or
// any other name or address reaches beyond it.
func IsLoopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		host = addr
	}
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// hostSet is the Host allow-list. "*" in it turns the check off (behind a
// proxy that checks Host itself).
type hostSet struct {
	any   bool
	names map[string]bool
}

func newHostSet(hosts []string) hostSet {
	hs := hostSet{names: map[string]bool{}}
	for _, h := range hosts {
		h = strings.ToLower(strings.TrimSpace(h))
		if h == "*" {
			hs.any = true
		}
		if h != "" {
			hs.names[strings.Trim(h, "[]")] = true
		}
	}
	return hs
}

// allows checks a request's Host header, without its port.
func (hs hostSet) allows(host string) bool {
	if hs.any {
		return true
	}
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	host = strings.TrimSuffix(strings.ToLower(strings.Trim(host, "[]")), ".")
	return hs.names[host]
}

// safeMethod reports whether a method only reads.
func safeMethod(m string) bool {
	return m == http.MethodGet || m == http.MethodHead || m == http.MethodOptions
}

// needsKey reports whether a read of this path needs a key when reads are
// keyed: the API and the metrics do; the UI's pages and static files hold no
// corpus data, and /healthz stays open for probes.
func needsKey(path string) bool {
	return strings.HasPrefix(path, "/api/") || path == "/metrics"
}

// guard is the access policy in front of every route, in this order:
//  1. the Host header must be on the allow-list (against DNS rebinding);
//     /healthz is exempt so probes by address work;
//  2. a state-changing request must not come from another origin (the
//     browser's Sec-Fetch-Site and Origin headers, via
//     http.CrossOriginProtection);
//  3. a state-changing request needs a valid key, and without keys
//     configured, writes are off;
//  4. a read of the API needs a key only when reads are keyed.
//
// Keys travel only in the Authorization header; no cookie ever grants
// access, so a page elsewhere cannot borrow a user's session.
func (s *Server) guard(next http.Handler) http.Handler {
	cop := http.NewCrossOriginProtection()
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/healthz" && !s.hosts.allows(r.Host) {
			s.log.WarnContext(r.Context(), "refused: Host not allowed", "host", quoteShort(r.Host))
			writeJSON(w, http.StatusMisdirectedRequest, errorBody{Error: "this server does not answer for that host name (see --allow-host)"})
			return
		}
		if err := s.authorize(cop, r); err != nil {
			var ae *apiError
			if errors.As(err, &ae) && ae.status == http.StatusUnauthorized {
				w.Header().Set("WWW-Authenticate", `Bearer realm="sosik"`)
			}
			s.writeError(w, r, err)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// authorize applies steps 2 to 4 of guard.
func (s *Server) authorize(cop *http.CrossOriginProtection, r *http.Request) error {
	write := !safeMethod(r.Method)
	if write {
		if err := cop.Check(r); err != nil {
			return &apiError{status: http.StatusForbidden, msg: "cross-origin request refused"}
		}
		if len(s.keys) == 0 {
			return &apiError{status: http.StatusForbidden,
				msg: "writes are off: this server was started without API keys (sosik serve --api-key-file)"}
		}
	} else if !s.cfg.KeyedReads || !needsKey(r.URL.Path) {
		return nil
	}
	token, ok := bearer(r)
	if !ok {
		return &apiError{status: http.StatusUnauthorized, msg: "this request needs an API key: send Authorization: Bearer KEY"}
	}
	if !s.keys.match(token) {
		return &apiError{status: http.StatusUnauthorized, msg: "API key not accepted"}
	}
	return nil
}
