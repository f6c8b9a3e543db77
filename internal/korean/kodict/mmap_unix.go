//go:build unix

package kodict

import (
	"os"

	"golang.org/x/sys/unix"
)

// mapFile maps f read-only. The mapping is never undone: the dictionary
// lives as long as the process.
func mapFile(f *os.File, size int64) ([]byte, error) {
	if size == 0 || int64(int(size)) != size {
		return nil, unix.EINVAL
	}
	return unix.Mmap(int(f.Fd()), 0, int(size), unix.PROT_READ, unix.MAP_SHARED)
}
