package htmldate

import (
	"regexp"
	"sync"
)

// lazyRegexp and lazyRegexF return a function that compiles the pattern on its
// first call (sosik fork: compiling all the patterns of constant.go at package
// init cost every program that links the package about 2-3 ms at start).
func lazyRegexp(pattern string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(pattern) })
}

func lazyRegexF(pattern string, args ...any) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return compileRegexF(pattern, args...) })
}

// lazySet returns a function that builds the set of strings on its first
// call (sosik fork: the attribute sets of constant.go were built at package
// init).
func lazySet(strings ...string) func() map[string]struct{} {
	return sync.OnceValue(func() map[string]struct{} { return sliceToMap(strings...) })
}
