package kodict

import (
	"bufio"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"unsafe"

	ko "github.com/ikawaha/kagome-dict-ko"
	"github.com/ikawaha/kagome-dict/dict"
)

// Options configures Load.
type Options struct {
	// Dir is the cache directory; empty means CacheDir().
	Dir string
	// Source returns the zip form to build from; nil means
	// kagome-dict-ko's Dict (about 3 s and 350 MiB, once per machine).
	Source func() (*dict.Dict, error)
	// Logf, when set, receives notes about the cache (a rebuild, a cache
	// directory that cannot be written).
	Logf func(format string, args ...any)
}

// CacheDirEnv names the environment variable that overrides CacheDir.
const CacheDirEnv = "SOSIK_CACHE_DIR"

// CacheDir returns where the flat dictionary is cached: $SOSIK_CACHE_DIR,
// or "sosik" in the user's cache directory (os.UserCacheDir).
func CacheDir() (string, error) {
	if d := os.Getenv(CacheDirEnv); d != "" {
		return d, nil
	}
	base, err := os.UserCacheDir()
	if err != nil {
		return "", fmt.Errorf("kodict: cache directory: %w", err)
	}
	return filepath.Join(base, "sosik"), nil
}

// FileName returns the cache file's name. It carries a key of this
// format's version and of the kagome-dict-ko and kagome-dict module
// versions (with their go.sum hashes) the binary was built with, so a
// binary with another dictionary builds its own file.
func FileName() string {
	h := sha256.New()
	fmt.Fprintf(h, "format %d\n", formatVersion)
	if info, ok := debug.ReadBuildInfo(); ok {
		for _, m := range info.Deps {
			if m.Replace != nil {
				m = m.Replace
			}
			switch m.Path {
			case "github.com/ikawaha/kagome-dict-ko", "github.com/ikawaha/kagome-dict":
				fmt.Fprintf(h, "%s %s %s\n", m.Path, m.Version, m.Sum)
			}
		}
	}
	order := "le"
	if binary.NativeEndian.Uint16([]byte{1, 0}) != 1 {
		order = "be"
	}
	return fmt.Sprintf("mecab-ko-dic-v%d-%s-%s.kodict", formatVersion, hex.EncodeToString(h.Sum(nil)[:8]), order)
}

// Load returns the flat dictionary: the cached file, mapped into memory,
// when it is there and sound; otherwise it builds the file from the zip
// form, writes it to the cache atomically (a temporary file renamed into
// place, so that processes starting together never see half a file) and
// maps it. When the cache directory cannot be written the dictionary is
// built in memory, and Logf says so.
func Load(o Options) (*Dict, error) {
	logf := o.Logf
	if logf == nil {
		logf = func(string, ...any) {}
	}
	dir := o.Dir
	if dir == "" {
		var err error
		if dir, err = CacheDir(); err != nil {
			logf("%v; building the dictionary in memory", err)
			return buildInMemory(o)
		}
	}
	path := filepath.Join(dir, FileName())
	d, err := OpenFile(path)
	if err == nil {
		return d, nil
	}
	if errors.Is(err, ErrCorrupt) {
		logf("%v; rebuilding it", err)
	}
	src, err := source(o)
	if err != nil {
		return nil, err
	}
	if err := writeFile(dir, path, src); err != nil {
		logf("kodict: cannot cache the dictionary (%v); building it in memory on every run", err)
		return fromSource(src)
	}
	return OpenFile(path)
}

func source(o Options) (*dict.Dict, error) {
	if o.Source != nil {
		return o.Source()
	}
	return ko.Dict(), nil
}

func buildInMemory(o Options) (*Dict, error) {
	src, err := source(o)
	if err != nil {
		return nil, err
	}
	return fromSource(src)
}

// fromSource builds the flat form of src in memory.
func fromSource(src *dict.Dict) (*Dict, error) {
	var w alignedWriter
	if err := Encode(&w, src); err != nil {
		return nil, err
	}
	d, err := open(w.bytes())
	if err != nil {
		return nil, fmt.Errorf("kodict: %w", err)
	}
	d.Source = "memory"
	return d, nil
}

// writeFile encodes src to a temporary file in dir and renames it to path.
// It does not wait for the disk: a file cut short by a crash fails its
// checksum on the next load and is built again.
func writeFile(dir, path string, src *dict.Dict) (err error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	f, err := os.CreateTemp(dir, filepath.Base(path)+".tmp*")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	bw := bufio.NewWriterSize(f, 1<<20)
	if err := Encode(bw, src); err != nil {
		return err
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	if err := f.Chmod(0o644); err != nil { // CreateTemp makes it 0600
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	return os.Rename(f.Name(), path)
}

// OpenFile maps the flat dictionary at path (reading it into memory where
// mapping is not possible) after checking its header, size and checksum.
func OpenFile(path string) (*Dict, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if err := verify(f, fi.Size()); err != nil {
		return nil, fmt.Errorf("kodict: %s: %w", path, err)
	}
	b, err := mapFile(f, fi.Size())
	if err != nil {
		if b, err = readAligned(f, fi.Size()); err != nil {
			return nil, err
		}
	}
	d, err := open(b)
	if err != nil {
		return nil, fmt.Errorf("kodict: %s: %w", path, err)
	}
	d.Source = path
	return d, nil
}

// verify checks the header and the checksum of the file r of size bytes.
// It reads through a small buffer rather than the mapping, so that pages
// the tokenizer never touches do not count against the process's memory.
func verify(r io.ReaderAt, size int64) error {
	hb := make([]byte, headerSize)
	if _, err := r.ReadAt(hb, 0); err != nil {
		return fmt.Errorf("%w: header: %w", ErrCorrupt, err)
	}
	h, err := parseHeader(hb, size)
	if err != nil {
		return err
	}
	crc := crc32.New(crcTable())
	buf := make([]byte, 256<<10)
	if _, err := io.CopyBuffer(crc, io.NewSectionReader(r, checksumFrom, size-checksumFrom), buf); err != nil {
		return fmt.Errorf("%w: %w", ErrCorrupt, err)
	}
	if uint64(crc.Sum32()) != h.checksum {
		return fmt.Errorf("%w: checksum mismatch", ErrCorrupt)
	}
	return nil
}

// readAligned reads the whole file into 8-byte-aligned memory.
func readAligned(r io.ReaderAt, size int64) ([]byte, error) {
	words := make([]uint64, (size+7)/8)
	b := unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(words))), len(words)*8)[:size]
	if _, err := r.ReadAt(b, 0); err != nil {
		return nil, fmt.Errorf("kodict: read: %w", err)
	}
	return b, nil
}

// alignedWriter collects written bytes in 8-byte-aligned memory.
type alignedWriter struct {
	words []uint64
	n     int
}

func (w *alignedWriter) Write(p []byte) (int, error) {
	if need := (w.n + len(p) + 7) / 8; need > len(w.words) {
		grown := make([]uint64, max(need, 2*len(w.words)))
		copy(grown, w.words)
		w.words = grown
	}
	copy(w.all()[w.n:], p)
	w.n += len(p)
	return len(p), nil
}

func (w *alignedWriter) all() []byte {
	return unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(w.words))), len(w.words)*8)
}

func (w *alignedWriter) bytes() []byte { return w.all()[:w.n] }
