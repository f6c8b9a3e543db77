package ingest

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/sosik-news/sosik/internal/article"
)

// recordItem turns one decoded record into an item.
func recordItem(source string, format Format, fm FieldMap, r record, n int64) Item {
	meta, err := fm.apply(r)
	if err != nil {
		return Item{Source: source, Format: format, Err: fmt.Errorf("%s: %w", source, err), Bytes: n}
	}
	return Item{
		Source: source,
		Format: format,
		Meta: article.Meta{
			Source:    source,
			URL:       SafeURL(meta.URL),
			Title:     strings.TrimSpace(meta.Title),
			Published: meta.Published,
			Agency:    strings.TrimSpace(meta.Agency),
			Author:    strings.TrimSpace(meta.Author),
		},
		Body:  recordBody(meta.Text),
		Bytes: n,
	}
}

// decodeRecord reads one JSON object; what is wrong with anything else is
// said in words a user can act on.
func decodeRecord(data []byte) (record, error) {
	var r record
	err := json.Unmarshal(data, &r)
	if err == nil {
		if r == nil {
			return nil, errors.New("null, want a JSON object")
		}
		return r, nil
	}
	var typeErr *json.UnmarshalTypeError
	if errors.As(err, &typeErr) && typeErr.Field == "" {
		return nil, fmt.Errorf("a JSON %s, want an object", typeErr.Value)
	}
	if strings.Contains(err.Error(), "unexpected end") {
		return nil, fmt.Errorf("truncated JSON (the record ends after %d bytes, before the object closes)", len(data))
	}
	var syn *json.SyntaxError
	if errors.As(err, &syn) {
		return nil, fmt.Errorf("invalid JSON at byte %d: %s", syn.Offset, syn.Error())
	}
	return nil, fmt.Errorf("invalid JSON: %w", err)
}

// jsonl reads one JSON object per line. A bad line is one failed item,
// reported as path:LINE; the lines after it go on.
func (r *Reader) jsonl(source string, br *bufio.Reader, yield func(Item) bool) bool {
	fm := r.fields()
	limit := r.limits().MaxRecordBytes
	var carry int64 // bytes of blank lines, counted with the next item
	for lineNo := 1; ; lineNo++ {
		line, n, tooLong, err := readLine(br, limit)
		n += carry
		carry = 0
		if err != nil && err != io.EOF {
			return yield(Item{Source: fmt.Sprintf("%s:%d", source, lineNo), Format: JSONL,
				Err: fmt.Errorf("%s:%d: %w", source, lineNo, unwrapPath(err)), Bytes: n})
		}
		atEOF := err == io.EOF
		src := fmt.Sprintf("%s:%d", source, lineNo)
		if lineNo == 1 {
			line = bytes.TrimPrefix(line, []byte("\xef\xbb\xbf"))
		}
		line = bytes.TrimSpace(line)
		switch {
		case tooLong:
			if !yield(Item{Source: src, Format: JSONL, Bytes: n,
				Err: fmt.Errorf("%s: %w, skipped", src, tooLarge("line", limit))}) {
				return false
			}
		case len(line) > 0:
			var it Item
			if rec, err := decodeRecord(line); err != nil {
				it = Item{Source: src, Format: JSONL, Err: fmt.Errorf("%s: %w", src, err), Bytes: n}
			} else {
				it = recordItem(src, JSONL, fm, rec, n)
			}
			if !yield(it) {
				return false
			}
		default:
			carry = n
		}
		if atEOF {
			return true
		}
	}
}

// readLine reads one line without its newline. A line longer than limit is
// consumed and reported as tooLong rather than buffered. n counts the bytes
// consumed; err is io.EOF at the end of input.
func readLine(br *bufio.Reader, limit int64) (line []byte, n int64, tooLong bool, err error) {
	for {
		chunk, e := br.ReadSlice('\n')
		n += int64(len(chunk))
		if !tooLong {
			if int64(len(line)+len(chunk)) > limit+1 {
				tooLong, line = true, nil
			} else {
				line = appendDoubling(line, chunk)
			}
		}
		switch {
		case e == nil:
			return line, n, tooLong, nil
		case errors.Is(e, bufio.ErrBufferFull):
			continue
		default:
			return line, n, tooLong, e
		}
	}
}

// appendDoubling appends like append but doubles the capacity when it
// grows, so a long line costs at most twice its size in allocations
// (append grows large slices by a quarter, five times the size in all).
func appendDoubling(dst, src []byte) []byte {
	if need := len(dst) + len(src); need > cap(dst) {
		grown := make([]byte, len(dst), max(need, 2*cap(dst)))
		copy(grown, dst)
		dst = grown
	}
	return append(dst, src...)
}

// json reads a JSON array of objects or a sequence of objects, streaming
// array elements one by one. A lone object is sourced as the path itself,
// several as path#N.
func (r *Reader) json(source string, br *bufio.Reader, size int64, yield func(Item) bool) bool {
	fm := r.fields()
	first, err := peekNonSpace(br)
	if err != nil {
		return yield(Item{Source: source, Format: JSON, Err: fmt.Errorf("%s: empty input", source)})
	}
	limit := r.limits().MaxRecordBytes
	budget := &budgetReader{r: br}
	budget.allow(0, limit, jsonSlack)
	dec := json.NewDecoder(budget)
	inArray := false
	if first == '[' {
		if _, err := dec.Token(); err != nil {
			return yield(Item{Source: source, Format: JSON, Err: fmt.Errorf("%s: %w", source, err)})
		}
		inArray = true
	}
	var (
		pending    *Item
		pendingRec record
		count      int
		offset     int64
	)
	// flush yields the record held back to learn whether it was alone.
	flush := func(alone bool) bool {
		if pending == nil {
			return true
		}
		src := pending.Source
		if alone {
			src = source
		}
		it := recordItem(src, JSON, fm, pendingRec, pending.Bytes)
		pending = nil
		return yield(it)
	}
	for {
		more := dec.More()
		if inArray && !more {
			if _, err := dec.Token(); err != nil { // the closing ]
				return flush(false) && yield(Item{Source: source, Format: JSON, Err: fmt.Errorf("%s: %w", source, err)})
			}
			inArray = false
			continue
		}
		if !more {
			if err := jsonTrailer(dec); err != nil {
				return flush(false) && yield(Item{Source: source, Format: JSON, Bytes: max(size-offset, 0),
					Err: fmt.Errorf("%s: invalid JSON: %w", source, err)})
			}
			break
		}
		var raw json.RawMessage
		budget.allow(dec.InputOffset(), limit, jsonSlack)
		if err := dec.Decode(&raw); err != nil {
			if err == io.EOF {
				break
			}
			count++
			src := fmt.Sprintf("%s#%d", source, count)
			return flush(false) && yield(Item{Source: src, Format: JSON, Err: jsonError(src, err, limit), Bytes: max(size-offset, 0)})
		}
		count++
		n := dec.InputOffset() - offset
		offset = dec.InputOffset()
		src := fmt.Sprintf("%s#%d", source, count)
		rec, err := decodeRecord(raw)
		if !flush(false) {
			return false
		}
		if err != nil {
			if !yield(Item{Source: src, Format: JSON, Err: fmt.Errorf("%s: %w", src, err), Bytes: n}) {
				return false
			}
			continue
		}
		pending, pendingRec = &Item{Source: src, Bytes: n}, rec
	}
	return flush(count == 1)
}

// jsonTrailer checks what follows the values: More is false at the end,
// and also at a stray } or ].
func jsonTrailer(dec *json.Decoder) error {
	tok, err := dec.Token()
	switch {
	case err == io.EOF:
		return nil
	case err == nil:
		return fmt.Errorf("unexpected %v", tok)
	}
	return err
}

// jsonError says why the element at src could not be decoded; the file
// is not read further.
func jsonError(src string, err error, limit int64) error {
	switch {
	case errors.Is(err, io.ErrUnexpectedEOF):
		return fmt.Errorf("%s: truncated JSON", src)
	case errors.Is(err, errRecordTooLarge):
		return fmt.Errorf("%s: %w; the rest of the file is not read (split it, or use JSON Lines)", src, tooLarge("record", limit))
	}
	return fmt.Errorf("%s: %s", src, err.Error())
}

// jsonSlack and csvSlack cover what a decoder reads ahead of the record it
// is decoding (its buffer), so that the limit is on the record itself.
const (
	jsonSlack = 64 << 10
	csvSlack  = 64 << 10
)

// peekNonSpace returns the first byte that is not white space or a BOM,
// without consuming it.
func peekNonSpace(br *bufio.Reader) (byte, error) {
	for {
		b, err := br.Peek(1)
		if err != nil {
			return 0, err
		}
		switch b[0] {
		case ' ', '\t', '\r', '\n':
			_, _ = br.ReadByte()
			continue
		case 0xef:
			if bom, _ := br.Peek(3); bytes.Equal(bom, []byte("\xef\xbb\xbf")) {
				_, _ = br.Discard(3)
				continue
			}
		}
		return b[0], nil
	}
}

// csv reads a CSV file whose header row names the record keys. A malformed
// record is one failed item, reported as path:LINE.
func (r *Reader) csv(source string, br *bufio.Reader, yield func(Item) bool) bool {
	fm := r.fields()
	if _, err := peekNonSpace(br); err != nil {
		return yield(Item{Source: source, Format: CSV, Err: fmt.Errorf("%s: empty input", source)})
	}
	limit := r.limits().MaxRecordBytes
	budget := &budgetReader{r: br}
	budget.allow(0, limit, csvSlack)
	cr := csv.NewReader(bufio.NewReaderSize(budget, 4096))
	cr.FieldsPerRecord = -1
	header, err := cr.Read()
	if errors.Is(err, errRecordTooLarge) {
		return yield(Item{Source: source, Format: CSV, Err: fmt.Errorf("%s: CSV header %w", source, tooLarge("row", limit))})
	}
	if err != nil {
		return yield(Item{Source: source, Format: CSV, Err: fmt.Errorf("%s: reading CSV header: %w", source, err)})
	}
	header = append([]string(nil), header...)
	for i := range header {
		header[i] = strings.TrimSpace(header[i])
	}
	offset := cr.InputOffset()
	last, _ := cr.FieldPos(0) // the line of the last row read
	for {
		budget.allow(cr.InputOffset(), limit, csvSlack)
		row, err := cr.Read()
		if err == io.EOF {
			return true
		}
		if errors.Is(err, errRecordTooLarge) {
			src := fmt.Sprintf("%s:%d", source, last+1)
			return yield(Item{Source: src, Format: CSV, Bytes: max(budget.read-offset, 0),
				Err: fmt.Errorf("%s: the row after line %d: %w; the rest of the file is not read", source, last, tooLarge("row", limit))})
		}
		n := cr.InputOffset() - offset
		offset = cr.InputOffset()
		var line int
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				line = pe.StartLine
				err = pe.Err
			}
			src := fmt.Sprintf("%s:%d", source, line)
			if !yield(Item{Source: src, Format: CSV, Err: fmt.Errorf("%s: invalid CSV: %w", src, err), Bytes: n}) {
				return false
			}
			continue
		}
		line, _ = cr.FieldPos(0)
		last = line
		src := fmt.Sprintf("%s:%d", source, line)
		if len(row) != len(header) {
			if !yield(Item{Source: src, Format: CSV, Bytes: n,
				Err: fmt.Errorf("%s: %d fields, the header has %d", src, len(row), len(header))}) {
				return false
			}
			continue
		}
		rec := make(record, len(header))
		for i, h := range header {
			v, _ := json.Marshal(row[i])
			rec[h] = v
		}
		if !yield(recordItem(src, CSV, fm, rec, n)) {
			return false
		}
	}
}
