//go:build !unix

package kodict

import (
	"errors"
	"os"
)

// mapFile is not available here; OpenFile reads the file into memory.
func mapFile(*os.File, int64) ([]byte, error) {
	return nil, errors.New("kodict: no memory mapping on this system")
}
