package kodict

import (
	"archive/zip"
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"

	ko "github.com/ikawaha/kagome-dict-ko"
	"github.com/ikawaha/kagome-dict/dict"
	"github.com/ikawaha/kagome/v2/tokenizer"
)

// zipDict is the zip form, loaded once for the whole test binary.
func zipDict() (*dict.Dict, error) { return ko.Dict(), nil }

var (
	flatOnce sync.Once
	flatDict *Dict
	flatPath string
	flatErr  error
)

// testFlat builds the flat form once from the zip form into a directory of
// its own, as a first run on a machine does.
func testFlat(t testing.TB) *Dict {
	t.Helper()
	flatOnce.Do(func() {
		dir, err := os.MkdirTemp("", "kodict-test")
		if err != nil {
			flatErr = err
			return
		}
		flatPath = filepath.Join(dir, FileName())
		flatDict, flatErr = Load(Options{Dir: dir, Source: zipDict})
	})
	if flatErr != nil {
		t.Fatal(flatErr)
	}
	return flatDict
}

func TestMain(m *testing.M) {
	if dir := os.Getenv(childEnv); dir != "" {
		os.Exit(childLoad(dir))
	}
	code := m.Run()
	if flatPath != "" {
		os.RemoveAll(filepath.Dir(flatPath))
	}
	os.Exit(code)
}

// corpus returns the project's own texts that contain Hangul: examples,
// test data, lexicons, documentation and the Korean sentences of the test
// sources (only their lines with Hangul), read from the module's root.
func corpus(t *testing.T) map[string]string {
	t.Helper()
	root, err := filepath.Abs("../../..")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(root, "go.mod")); err != nil {
		t.Fatalf("module root not found at %s: %v", root, err)
	}
	out := map[string]string{}
	err = filepath.WalkDir(root, func(p string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if e.IsDir() {
			if strings.HasPrefix(e.Name(), ".") && p != root {
				return filepath.SkipDir
			}
			return nil
		}
		info, err := e.Info()
		if err != nil || info.Size() > 1<<20 || !info.Mode().IsRegular() {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if !utf8.Valid(b) {
			return nil
		}
		text := string(b)
		if strings.HasSuffix(p, ".go") {
			text = hangulLines(text)
		}
		if strings.ContainsFunc(text, isHangul) {
			out[p] = text
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func isHangul(r rune) bool { return unicode.Is(unicode.Hangul, r) }

// hangulLines keeps the lines of a Go source that hold Korean (the test
// sentences and lexicon entries), leaving the code out.
func hangulLines(src string) string {
	var b strings.Builder
	for line := range strings.Lines(src) {
		if strings.ContainsFunc(line, isHangul) {
			b.WriteString(line)
		}
	}
	return b.String()
}

// features lists a token's features the way the zip form's Token.Features
// does, reading known tokens from the flat dictionary.
func features(d *Dict, tk tokenizer.Token) []string {
	if tk.Class == tokenizer.KNOWN {
		return d.AppendFeatures(nil, tk.ID)
	}
	return tk.Features()
}

// TestTokensMatchZip tokenizes the project's texts with the zip form and
// with the flat form: every token must have the same surface, class, ID,
// offsets and features.
func TestTokensMatchZip(t *testing.T) {
	flat := testFlat(t)
	zd, _ := zipDict()
	zt, err := tokenizer.New(zd, tokenizer.OmitBosEos())
	if err != nil {
		t.Fatal(err)
	}
	ft, err := tokenizer.New(flat.Kagome(), tokenizer.OmitBosEos())
	if err != nil {
		t.Fatal(err)
	}
	texts := corpus(t)
	var tokens, known, files int
	for name, text := range texts {
		want, got := zt.Tokenize(text), ft.Tokenize(text)
		if len(want) != len(got) {
			t.Fatalf("%s: %d tokens from the zip form, %d from the flat form", name, len(want), len(got))
		}
		for i := range want {
			w, g := want[i], got[i]
			if w.Surface != g.Surface || w.Class != g.Class || w.ID != g.ID || w.Position != g.Position || w.Start != g.Start || w.End != g.End {
				t.Fatalf("%s token %d: zip %v, flat %v", name, i, w, g)
			}
			if wf, gf := w.Features(), features(flat, g); !slices.Equal(wf, gf) {
				t.Fatalf("%s token %d %q: zip features %q, flat %q", name, i, w.Surface, wf, gf)
			}
			if w.Class == tokenizer.KNOWN {
				known++
			}
		}
		tokens += len(want)
		files++
	}
	if files < 100 || tokens < 200000 || known < 50000 {
		t.Fatalf("corpus too small to mean anything: %d files, %d tokens, %d known", files, tokens, known)
	}
	t.Logf("%d files, %d tokens (%d known) identical", files, tokens, known)
}

// TestAllMorphFeatures compares every morph's features, in full and one by
// one, with the zip form.
func TestAllMorphFeatures(t *testing.T) {
	flat := testFlat(t)
	zd, _ := zipDict()
	if flat.Len() != len(zd.Morphs) || flat.Len() < 800000 {
		t.Fatalf("flat form has %d morphs, zip form %d", flat.Len(), len(zd.Morphs))
	}
	if !slices.Equal(flat.Kagome().Morphs, zd.Morphs) || !slices.Equal(flat.Kagome().Connection.Vec, zd.Connection.Vec) {
		t.Fatal("morph table or connection matrix differs")
	}
	var buf []string
	for id := range flat.Len() {
		want := make([]string, 0, 8)
		for _, p := range zd.POSTable.POSs[id] {
			want = append(want, zd.POSTable.NameList[p])
		}
		want = append(want, zd.Contents[id]...)
		buf = flat.AppendFeatures(buf[:0], id)
		if !slices.Equal(want, buf) {
			t.Fatalf("morph %d: zip %q, flat %q", id, want, buf)
		}
		for k := range len(want) + 1 {
			got, ok := flat.Feature(id, k)
			if k < len(want) && (!ok || got != want[k]) || k == len(want) && ok {
				t.Fatalf("morph %d feature %d: got %q %v, want %q", id, k, got, ok, want)
			}
		}
	}
}

func TestFeatureOutOfRange(t *testing.T) {
	flat := testFlat(t)
	for _, c := range []struct{ id, k int }{{-1, 0}, {flat.Len(), 0}, {0, -1}, {0, 99}} {
		if got, ok := flat.Feature(c.id, c.k); ok || got != "" {
			t.Errorf("Feature(%d, %d) = %q, %v; want nothing", c.id, c.k, got, ok)
		}
	}
	if got := flat.AppendFeatures(nil, flat.Len()); got != nil {
		t.Errorf("AppendFeatures past the end = %q", got)
	}
}

// TestDamagedCacheRebuilt damages a cached file in several ways: each is
// detected, and Load builds the file again (for the cases marked rebuild,
// which cover the checksum and the size check), byte for byte as before.
func TestDamagedCacheRebuilt(t *testing.T) {
	testFlat(t)
	good, err := os.ReadFile(flatPath)
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name    string
		damage  func([]byte) []byte
		rebuild bool
	}{
		{"flipped byte in the features", func(b []byte) []byte { b[len(b)*3/4] ^= 0x20; return b }, true},
		{"flipped byte in the connection matrix", func(b []byte) []byte { b[len(b)/5] ^= 1; return b }, false},
		{"flipped byte in the section table", func(b []byte) []byte { b[fixedHeader+3] ^= 1; return b }, false},
		{"truncated", func(b []byte) []byte { return b[:len(b)/2] }, true},
		{"trailing bytes", func(b []byte) []byte { return append(b, 0, 0, 0, 0, 0, 0, 0, 0) }, false},
		{"header only", func(b []byte) []byte { return b[:headerSize] }, false},
		{"empty", func([]byte) []byte { return nil }, false},
		{"other format version", func(b []byte) []byte { b[7]++; return b }, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, FileName())
			if err := os.WriteFile(path, c.damage(slices.Clone(good)), 0o644); err != nil {
				t.Fatal(err)
			}
			if _, err := OpenFile(path); !errors.Is(err, ErrCorrupt) {
				t.Fatalf("OpenFile of a damaged file: %v, want ErrCorrupt", err)
			}
			if !c.rebuild {
				return
			}
			builds := 0
			var notes []string
			d, err := Load(Options{Dir: dir, Source: func() (*dict.Dict, error) { builds++; return zipDict() },
				Logf: func(f string, a ...any) { notes = append(notes, f) }})
			if err != nil {
				t.Fatal(err)
			}
			if builds != 1 || len(notes) != 1 || d.Source != path {
				t.Fatalf("builds %d, notes %q, source %q; want one rebuild into %s", builds, notes, d.Source, path)
			}
			again, err := os.ReadFile(path)
			if err != nil || !bytes.Equal(again, good) {
				t.Fatalf("rebuilt file differs from the first build (%v)", err)
			}
		})
	}
}

// TestCachedFileReused: a sound cached file is mapped without building.
func TestCachedFileReused(t *testing.T) {
	flat := testFlat(t)
	d, err := Load(Options{Dir: filepath.Dir(flatPath), Source: func() (*dict.Dict, error) {
		return nil, errors.New("must not build")
	}})
	if err != nil {
		t.Fatal(err)
	}
	if d.Source != flatPath || d.Len() != flat.Len() {
		t.Fatalf("loaded %q with %d morphs, want %q with %d", d.Source, d.Len(), flatPath, flat.Len())
	}
}

// TestUnwritableCacheBuildsInMemory: a cache directory that cannot be
// created gives a dictionary built in memory and a note.
func TestUnwritableCacheBuildsInMemory(t *testing.T) {
	flat := testFlat(t)
	file := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(file, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	var notes []string
	d, err := Load(Options{Dir: filepath.Join(file, "cache"), Source: zipDict,
		Logf: func(f string, a ...any) { notes = append(notes, f) }})
	if err != nil {
		t.Fatal(err)
	}
	if d.Source != "memory" || len(notes) != 1 || !strings.Contains(notes[0], "in memory") {
		t.Fatalf("source %q, notes %q; want an in-memory build with one note", d.Source, notes)
	}
	for _, id := range []int{0, 1000, flat.Len() - 1} {
		if !slices.Equal(d.AppendFeatures(nil, id), flat.AppendFeatures(nil, id)) {
			t.Fatalf("morph %d differs between the in-memory and the mapped form", id)
		}
	}
}

func TestCacheDirEnv(t *testing.T) {
	t.Setenv(CacheDirEnv, "/some/where")
	if d, err := CacheDir(); err != nil || d != "/some/where" {
		t.Fatalf("CacheDir() = %q, %v", d, err)
	}
	t.Setenv(CacheDirEnv, "")
	t.Setenv("XDG_CACHE_HOME", "/xdg")
	t.Setenv("HOME", "/home/u")
	base, err := os.UserCacheDir()
	if err != nil {
		t.Fatal(err)
	}
	if d, err := CacheDir(); err != nil || d != filepath.Join(base, "sosik") {
		t.Fatalf("CacheDir() = %q, %v; want %s", d, err, filepath.Join(base, "sosik"))
	}
}

func TestFileName(t *testing.T) {
	n := FileName()
	if !strings.HasPrefix(n, "mecab-ko-dic-v1-") || !strings.HasSuffix(n, ".kodict") || n != FileName() {
		t.Fatalf("FileName() = %q", n)
	}
}

// zipBytes is the zip form saved again, for the benchmark of its decoding.
func zipBytes(b *testing.B) []byte {
	zd, _ := zipDict()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	if err := zd.Save(zw); err != nil {
		b.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		b.Fatal(err)
	}
	return buf.Bytes()
}

// BenchmarkDecodeZip is what every start cost before: decoding the zip.
func BenchmarkDecodeZip(b *testing.B) {
	z := zipBytes(b)
	b.ReportAllocs()
	for b.Loop() {
		zr, err := zip.NewReader(bytes.NewReader(z), int64(len(z)))
		if err != nil {
			b.Fatal(err)
		}
		if _, err := dict.Load(zr, true); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoadFlat opens the cached flat file: checksum, map, views.
func BenchmarkLoadFlat(b *testing.B) {
	testFlat(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := OpenFile(flatPath); err != nil {
			b.Fatal(err)
		}
	}
}
