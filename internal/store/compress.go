package store

import (
	"bytes"
	"compress/flate"
	"fmt"
	"io"
	"sync"
)

// A flate writer allocates about 600 KB; pooling them keeps Put from
// spending its time in the allocator.
var (
	writers = sync.Pool{New: func() any {
		w, _ := flate.NewWriter(nil, flate.DefaultCompression)
		return w
	}}
	readers = sync.Pool{New: func() any { return flate.NewReader(bytes.NewReader(nil)) }}
)

// deflate compresses b.
func deflate(b []byte) []byte {
	var buf bytes.Buffer
	buf.Grow(len(b)/2 + 64)
	w := writers.Get().(*flate.Writer)
	w.Reset(&buf)
	w.Write(b) // writes to a bytes.Buffer do not fail
	w.Close()
	writers.Put(w)
	return buf.Bytes()
}

// inflate decompresses what deflate made.
func inflate(z []byte) ([]byte, error) {
	r := readers.Get().(io.ReadCloser)
	defer readers.Put(r)
	if err := r.(flate.Resetter).Reset(bytes.NewReader(z), nil); err != nil {
		return nil, err
	}
	return io.ReadAll(r)
}

// minCompress is the shortest text worth deflating.
const minCompress = 200

// packText returns the stored form of an article text: deflated in z, or
// plain when that does not make it smaller.
func packText(text string) (plain string, z []byte) {
	if len(text) < minCompress {
		return text, nil
	}
	z = deflate([]byte(text))
	if len(z) >= len(text) {
		return text, nil
	}
	return "", z
}

// unpackText is the inverse of packText.
func unpackText(plain string, z []byte) (string, error) {
	if z == nil {
		return plain, nil
	}
	b, err := inflate(z)
	if err != nil {
		return "", fmt.Errorf("store: inflating stored text: %w", err)
	}
	return string(b), nil
}
