package trafilatura

import (
	"regexp"
	"sync"
)

// lazyRegexp returns a function that compiles the pattern on its first call
// (sosik fork: compiling the patterns of metadata.go at package init, several
// of them with Unicode classes, cost every program that links the package
// about 1 ms at start).
func lazyRegexp(pattern string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(pattern) })
}

// lazySet returns a function that builds the set of strings on its first
// call (sosik fork: the meta-name and tag sets were built at package init).
func lazySet(strings ...string) func() map[string]struct{} {
	return sync.OnceValue(func() map[string]struct{} { return sliceToMap(strings...) })
}
