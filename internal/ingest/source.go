package ingest

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"strings"

	"github.com/sosik-news/sosik/internal/article"
)

// DefaultMaxBytes bounds one input item (a whole text, HTML or feed file, or
// one JSONL line): larger ones fail with a clear error instead of exhausting
// memory.
const DefaultMaxBytes = 64 << 20

// Reader turns paths into a stream of items to ingest.
type Reader struct {
	// Format forces one format for every input; Auto detects it per file.
	Format Format
	// Fields maps JSON and CSV record keys onto article fields; nil means
	// DefaultFields.
	Fields FieldMap
	// Stdin is read for the path "-".
	Stdin io.Reader
	// MaxBytes bounds one item; 0 means DefaultMaxBytes.
	MaxBytes int64
	// Published, when set (YYYY-MM-DD), is every item's publication date,
	// over what the input says: the user's anchor for relative dates.
	Published string
}

// Item is one article to ingest as the reader found it, before parsing.
type Item struct {
	// Source names where the item came from: a path, "path:LINE" for a
	// JSON Lines or CSV record, "path#N" for the Nth item of a feed or JSON
	// array, "-" for standard input.
	Source string
	// Format is the format the item was read as.
	Format Format
	// Raw is the whole file for the Text format.
	Raw []byte
	// Meta and Body are the article metadata and text for the other formats.
	Meta article.Meta
	Body string
	// Bytes is the share of the input this item accounts for, for progress.
	Bytes int64
	// Err is set when the item could not be read; the rest goes on.
	Err error
	// Skipped marks a file in a folder that is not news input (an image, a
	// hidden file's sibling binary, an empty file); it is counted, not failed.
	Skipped bool
	// Published, when set, is the publication date the user stated.
	Published string
}

// Article parses the item into an article: the anatomy parser for Text
// items, the metadata as given plus the body for the others.
func (it *Item) Article() (*article.Article, error) {
	if it.Err != nil {
		return nil, it.Err
	}
	var (
		a   *article.Article
		err error
	)
	if it.Format == Text {
		a, err = article.Parse(it.Source, it.Raw)
	} else {
		a, err = article.FromParts(it.Meta, it.Body)
	}
	if err == nil && it.Published != "" {
		a.Published = it.Published
	}
	return a, err
}

func (r *Reader) maxBytes() int64 {
	if r.MaxBytes > 0 {
		return r.MaxBytes
	}
	return DefaultMaxBytes
}

func (r *Reader) fields() FieldMap {
	if r.Fields != nil {
		return r.Fields
	}
	return DefaultFields()
}

// Items streams the items found under paths, in walk order. It stops early
// when ctx is cancelled or the consumer stops.
func (r *Reader) Items(ctx context.Context, paths []string) iter.Seq[Item] {
	return func(yield func(Item) bool) {
		if r.Published != "" {
			inner := yield
			yield = func(it Item) bool {
				it.Published = r.Published
				return inner(it)
			}
		}
		for _, p := range paths {
			if ctx.Err() != nil {
				return
			}
			if !r.path(ctx, p, yield) {
				return
			}
		}
	}
}

func (r *Reader) path(ctx context.Context, p string, yield func(Item) bool) bool {
	if p == "-" {
		if r.Stdin == nil {
			return yield(Item{Source: "-", Err: errors.New("-: no standard input")})
		}
		return r.stream("-", r.Stdin, -1, true, yield)
	}
	info, err := os.Stat(p)
	if err != nil {
		return yield(Item{Source: p, Err: fmt.Errorf("%s: %w", p, unwrapPath(err))})
	}
	if !info.IsDir() {
		return r.file(p, info.Size(), true, yield)
	}
	cont := true
	walkErr := filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
		if ctx.Err() != nil {
			return fs.SkipAll
		}
		if err != nil {
			// An unreadable subfolder is one failed item; the walk goes on.
			if !yield(Item{Source: path, Err: fmt.Errorf("%s: %w", path, unwrapPath(err))}) {
				cont = false
				return fs.SkipAll
			}
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if path != p && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() || !d.Type().IsRegular() {
			return nil
		}
		if projectFile(d.Name()) {
			if !yield(Item{Source: path, Skipped: true, Bytes: fileSize(d)}) {
				cont = false
				return fs.SkipAll
			}
			return nil
		}
		if !r.file(path, fileSize(d), false, yield) {
			cont = false
			return fs.SkipAll
		}
		return nil
	})
	if walkErr != nil && cont {
		return yield(Item{Source: p, Err: fmt.Errorf("%s: %w", p, walkErr)})
	}
	return cont
}

// projectNames are the base names (any case, any extension) of the files
// that ship with a data set or repository and describe it: README.md sits
// next to the articles of many corpora and is not one of them.
var projectNames = map[string]bool{
	"readme": true, "license": true, "licence": true, "copying": true, "changelog": true, "changes": true,
	"contributing": true, "authors": true, "notice": true, "makefile": true, "dockerfile": true,
}

func projectFile(name string) bool {
	base := strings.ToLower(strings.TrimSuffix(name, filepath.Ext(name)))
	return projectNames[base]
}

func fileSize(d fs.DirEntry) int64 {
	if info, err := d.Info(); err == nil {
		return info.Size()
	}
	return 0
}

// unwrapPath drops the *PathError wrapper, whose text repeats the path.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func (r *Reader) file(path string, size int64, explicit bool, yield func(Item) bool) bool {
	f, err := os.Open(path)
	if err != nil {
		return yield(Item{Source: path, Err: fmt.Errorf("%s: %w", path, unwrapPath(err)), Bytes: max(size, 0)})
	}
	defer f.Close()
	return r.stream(path, f, size, explicit, yield)
}

// stream reads one input. explicit inputs (named on the command line) are
// always attempted; files found by walking a folder are skipped when they do
// not look like news input.
func (r *Reader) stream(source string, rd io.Reader, size int64, explicit bool, yield func(Item) bool) bool {
	br := bufio.NewReaderSize(rd, 64<<10)
	head, err := br.Peek(sniffLen)
	if err != nil && err != io.EOF && !errors.Is(err, bufio.ErrBufferFull) {
		return yield(Item{Source: source, Err: fmt.Errorf("%s: %w", source, unwrapPath(err)), Bytes: max(size, 0)})
	}
	format, ok := Detect(source, head)
	if r.Format != Auto {
		format = r.Format
		ok = explicit || !looksBinary(head)
	}
	if !ok {
		if explicit {
			reason := "empty input"
			if len(bytes.TrimSpace(head)) > 0 {
				reason = "does not look like a news article, JSON, CSV, HTML or feed (use --format to force one)"
			}
			return yield(Item{Source: source, Err: fmt.Errorf("%s: %s", source, reason), Bytes: max(size, 0)})
		}
		return yield(Item{Source: source, Skipped: true, Bytes: max(size, 0)})
	}
	switch format {
	case JSONL:
		return r.jsonl(source, br, yield)
	case JSON:
		return r.json(source, br, size, yield)
	case CSV:
		return r.csv(source, br, yield)
	}
	data, err := readAllLimited(br, r.maxBytes())
	n := int64(len(data))
	if err != nil {
		return yield(Item{Source: source, Format: format, Err: fmt.Errorf("%s: %w", source, err), Bytes: n})
	}
	switch format {
	case HTML:
		return yield(htmlItem(source, data))
	case Feed:
		for _, it := range feedItems(source, data) {
			if !yield(it) {
				return false
			}
		}
		return true
	default:
		return yield(Item{Source: source, Format: Text, Raw: data, Bytes: n})
	}
}

// readAllLimited reads all of rd, failing when it holds more than limit bytes.
func readAllLimited(rd io.Reader, limit int64) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(rd, limit+1))
	if err != nil {
		return data, unwrapPath(err)
	}
	if int64(len(data)) > limit {
		return data[:limit], fmt.Errorf("larger than %d MiB, not one article (split it, or use JSON Lines)", limit>>20)
	}
	return data, nil
}

// TotalBytes sums the sizes of the files Reader.Items would visit under
// paths, for a progress bar; it is -1 when standard input is among them.
func TotalBytes(paths []string) int64 {
	var total int64
	for _, p := range paths {
		if p == "-" {
			return -1
		}
		info, err := os.Stat(p)
		if err != nil {
			continue
		}
		if !info.IsDir() {
			total += info.Size()
			continue
		}
		_ = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return nil
			}
			if path != p && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.Type().IsRegular() {
				if info, err := d.Info(); err == nil {
					total += info.Size()
				}
			}
			return nil
		})
	}
	return total
}

// ParsePublished reads a user-stated publication date (--published):
// "2025-04-03", "2025.04.03", RFC 3339 …; it returns YYYY-MM-DD.
func ParsePublished(s string) (string, error) {
	d := article.NormalisePublished(s)
	if d == "" {
		return "", fmt.Errorf("published date %q: want YYYY-MM-DD", s)
	}
	return d, nil
}
