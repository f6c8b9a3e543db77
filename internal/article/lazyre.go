package article

import (
	"regexp"
	"sync"
)

// lazyRE returns a regular expression compiled on first use. The package's
// patterns cost milliseconds to compile; programs that never read an
// article (sosik version, help) should not pay for them at start.
func lazyRE(pattern string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(pattern) })
}
