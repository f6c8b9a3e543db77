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
