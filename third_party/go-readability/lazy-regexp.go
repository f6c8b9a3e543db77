package readability

import (
	"regexp"
	"sync"
)

// lazyRegexp returns a function that compiles the pattern on its first call
// (sosik fork: compiling the 25 patterns of parser.go at package init cost
// every program that links the package about 1 ms at start).
func lazyRegexp(pattern string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(pattern) })
}
