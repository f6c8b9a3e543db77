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

// Reader turns paths into a stream of items to ingest.
type Reader struct {
	// Format forces one format for every input; Auto detects it per file.
	Format Format
	// Fields maps JSON and CSV record keys onto article fields; nil means
	// DefaultFields.
	Fields FieldMap
	// Stdin is read for the path "-".
	Stdin io.Reader
	// Limits bound articles, records and files; zero fields take the
	// defaults.
	Limits Limits
	// MaxBytes, when set, overrides the three byte limits of Limits with
	// one value (the --max-item-mib flag).
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
	// Skipped marks an input that holds no article: a file in a folder
	// that is not news input (an image, an empty file), an empty JSON
	// array, a link not followed. It is counted, not failed.
	Skipped bool
	// Notice marks a Skipped item that only reports something done on the
	// way (a symbolic link followed); the articles it led to come after.
	Notice bool
	// Note says why an item was skipped, for the summary.
	Note string
	// Published, when set, is the publication date the user stated.
	Published string
}

// Article parses the item into an article: the anatomy parser for Text
// items, the metadata as given plus the body for the others. Metadata
// without a source (a work message from elsewhere) takes the item's, so
// an error always names where the item came from. Items from a Reader are
// within its limits already; ArticleLimited checks others.
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
		m := it.Meta
		if m.Source == "" {
			m.Source = it.Source
		}
		a, err = article.FromParts(m, it.Body)
	}
	if err == nil && it.Published != "" {
		a.Published = it.Published
	}
	return a, err
}

// ArticleLimited is Article for items that did not come from a Reader (the
// HTTP API): text over l.MaxArticleBytes is refused before parsing,
// whatever format it came in.
func (it *Item) ArticleLimited(l Limits) (*article.Article, error) {
	if err := it.checkSize(l.WithDefaults()); err != nil {
		return nil, err
	}
	return it.Article()
}

// checkSize refuses an item whose article text is over the limit.
func (it *Item) checkSize(l Limits) error {
	n := int64(len(it.Body))
	if it.Format == Text {
		n = int64(len(it.Raw))
	}
	if n > l.MaxArticleBytes {
		return tooLarge("article text", l.MaxArticleBytes)
	}
	return nil
}

// limits are the reader's limits with defaults filled in.
func (r *Reader) limits() Limits {
	l := r.Limits.WithDefaults()
	if r.MaxBytes > 0 {
		l.MaxArticleBytes, l.MaxRecordBytes, l.MaxFileBytes = r.MaxBytes, r.MaxBytes, r.MaxBytes
	}
	return l
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
	w := &walker{r: r, ctx: ctx, yield: yield, seen: map[string]bool{}}
	return w.walk(p)
}

// walker walks one folder named on the command line. Symbolic links are
// followed, each reported as a note; a link back into a folder already
// walked (a loop, or a second way to the same folder) is reported and not
// followed again.
type walker struct {
	r     *Reader
	ctx   context.Context
	yield func(Item) bool
	// seen holds the real paths of the folders walked.
	seen map[string]bool
	stop bool
}

// emit yields one item and remembers whether the consumer stopped.
func (w *walker) emit(it Item) bool {
	if !w.yield(it) {
		w.stop = true
	}
	return !w.stop
}

func (w *walker) walk(root string) bool {
	if real, err := filepath.EvalSymlinks(root); err == nil {
		w.seen[real] = true
	}
	walkErr := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if w.stop || w.ctx.Err() != nil {
			return fs.SkipAll
		}
		if err != nil {
			// An unreadable subfolder is one failed item; the walk goes on.
			w.emit(Item{Source: path, Err: fmt.Errorf("%s: %w", path, unwrapPath(err))})
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		return w.entry(root, path, d)
	})
	if walkErr != nil && !w.stop {
		return w.emit(Item{Source: root, Err: fmt.Errorf("%s: %w", root, walkErr)})
	}
	return !w.stop
}

// entry handles one walked entry: hidden names are passed over, folders
// entered once, links followed, regular files read.
func (w *walker) entry(root, path string, d fs.DirEntry) error {
	if path != root && strings.HasPrefix(d.Name(), ".") {
		if d.IsDir() {
			return fs.SkipDir
		}
		return nil
	}
	switch {
	case d.IsDir():
		if path != root {
			if real, err := filepath.EvalSymlinks(path); err == nil {
				w.seen[real] = true
			}
		}
		return nil
	case d.Type()&fs.ModeSymlink != 0:
		w.link(path)
	case !d.Type().IsRegular():
		return nil
	case projectFile(d.Name()):
		w.emit(Item{Source: path, Skipped: true, Note: "not news input (a project file such as README)", Bytes: fileSize(d)})
	default:
		if !w.r.file(path, fileSize(d), false, w.yield) {
			w.stop = true
		}
	}
	if w.stop {
		return fs.SkipAll
	}
	return nil
}

// link follows one symbolic link found in a folder.
func (w *walker) link(path string) {
	real, err := filepath.EvalSymlinks(path)
	if err != nil {
		w.emit(Item{Source: path, Err: fmt.Errorf("%s: symbolic link not followed: %w", path, linkError(err))})
		return
	}
	info, err := os.Stat(real)
	if err != nil {
		w.emit(Item{Source: path, Err: fmt.Errorf("%s: symbolic link not followed: %w", path, unwrapPath(err))})
		return
	}
	if info.IsDir() && w.seen[real] {
		w.emit(Item{Source: path, Skipped: true, Note: "symbolic link to a folder already read, not followed (a loop, or a second way in)"})
		return
	}
	if !w.emit(Item{Source: path, Skipped: true, Notice: true, Note: "symbolic link followed"}) {
		return
	}
	switch {
	case info.IsDir():
		// WalkDir does not enter a root that is a link; with a trailing
		// separator the link resolves, and sources keep the link's name.
		w.walk(path + string(filepath.Separator))
	case info.Mode().IsRegular():
		if !w.r.file(path, info.Size(), false, w.yield) {
			w.stop = true
		}
	}
}

// linkError names the usual reasons a link cannot be followed.
func linkError(err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return errors.New("its target does not exist")
	case strings.Contains(err.Error(), "too many links"):
		return errors.New("it leads round in a loop")
	}
	return unwrapPath(err)
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
		reason := "empty input"
		if len(bytes.TrimSpace(head)) > 0 {
			reason = "does not look like a news article, JSON, CSV, HTML or feed (use --format to force one)"
		}
		if explicit {
			return yield(Item{Source: source, Err: fmt.Errorf("%s: %s", source, reason), Bytes: max(size, 0)})
		}
		note := "not news input"
		if reason == "empty input" {
			note = "empty file"
		}
		return yield(Item{Source: source, Skipped: true, Note: note, Bytes: max(size, 0)})
	}
	fy := &fileYield{yield: yield, limits: r.limits(), source: source, format: format}
	if r.read(source, format, br, size, fy.put) && fy.n == 0 && !fy.stopped {
		fy.yield(Item{Source: source, Format: format, Skipped: true, Note: fmt.Sprintf("no articles in it (%s)", emptyWhat(format))})
	}
	return !fy.stopped
}

// emptyWhat names what an input without records held.
func emptyWhat(f Format) string {
	switch f {
	case JSON:
		return "an empty JSON array"
	case JSONL:
		return "JSON Lines file of blank lines"
	case CSV:
		return "a CSV header and no rows"
	case Feed:
		return "a feed without items"
	}
	return "nothing to read"
}

// read dispatches to the reader of one format.
func (r *Reader) read(source string, format Format, br *bufio.Reader, size int64, yield func(Item) bool) bool {
	switch format {
	case JSONL:
		return r.jsonl(source, br, yield)
	case JSON:
		return r.json(source, br, size, yield)
	case CSV:
		return r.csv(source, br, yield)
	}
	limit, what := r.limits().MaxFileBytes, "file"
	if format == Text {
		limit, what = r.limits().MaxArticleBytes, "article"
	}
	data, err := readAllLimited(br, limit, what)
	n := int64(len(data))
	if err != nil {
		return yield(Item{Source: source, Format: format, Err: fmt.Errorf("%s: %w", source, err), Bytes: max(n, size)})
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

// fileYield applies the per-file limits to what a format reader yields:
// an article's text over MaxArticleBytes becomes a failed item, and past
// MaxRecords items the file is cut short with one failed item saying so.
type fileYield struct {
	yield  func(Item) bool
	limits Limits
	source string
	format Format
	n      int
	// stopped is set when the consumer stopped; a file cut short at
	// MaxRecords is not stopped, the next input is read.
	stopped bool
}

func (f *fileYield) put(it Item) bool {
	if it.Err == nil && !it.Skipped {
		it.Meta.URL = SafeURL(it.Meta.URL)
		if err := it.checkSize(f.limits); err != nil {
			it = Item{Source: it.Source, Format: it.Format, Err: fmt.Errorf("%s: %w", it.Source, err), Bytes: it.Bytes}
		}
	}
	f.n++
	if f.n > f.limits.MaxRecords {
		err := fmt.Errorf("%s: %w", f.source, &countError{limit: f.limits.MaxRecords})
		f.stopped = !f.yield(Item{Source: f.source, Format: f.format, Err: err})
		return false
	}
	f.stopped = !f.yield(it)
	return !f.stopped
}

// readAllLimited reads all of rd, failing when it holds more than limit
// bytes; what names the thing read in the error.
func readAllLimited(rd io.Reader, limit int64, what string) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(rd, limit+1))
	if err != nil {
		return data, unwrapPath(err)
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("%w (split it, or use JSON Lines)", tooLarge(what, limit))
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
