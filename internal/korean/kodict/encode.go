package kodict

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"io"
	"math"
	"slices"

	"github.com/ikawaha/kagome-dict/dict"
)

// Encode writes the flat form of src, a dictionary loaded with its
// contents (kagome-dict-ko's Dict), to w.
func Encode(w io.Writer, src *dict.Dict) error {
	secs, err := sections(src)
	if err != nil {
		return err
	}
	hdr, pads := layout(secs)
	sum := crc32.Update(0, crcTable(), hdr[checksumFrom:])
	for i, s := range secs {
		sum = crc32.Update(sum, crcTable(), s)
		sum = crc32.Update(sum, crcTable(), zeros[:pads[i]])
	}
	binary.NativeEndian.PutUint64(hdr[checksumOffset:], uint64(sum))
	if _, err := w.Write(hdr); err != nil {
		return fmt.Errorf("kodict: write: %w", err)
	}
	for i, s := range secs {
		if _, err := w.Write(s); err != nil {
			return fmt.Errorf("kodict: write: %w", err)
		}
		if _, err := w.Write(zeros[:pads[i]]); err != nil {
			return fmt.Errorf("kodict: write: %w", err)
		}
	}
	return nil
}

var zeros [8]byte

// layout returns the header for secs laid out one after the other on
// 8-byte boundaries, and the padding after each.
func layout(secs [numSections][]byte) ([]byte, [numSections]int) {
	hdr := make([]byte, headerSize)
	var pads [numSections]int
	ne := binary.NativeEndian
	copy(hdr, magic)
	ne.PutUint32(hdr[16:], byteOrderMark)
	ne.PutUint32(hdr[20:], uint32(numSections))
	off := uint64(headerSize)
	for i, s := range secs {
		ne.PutUint64(hdr[fixedHeader+16*i:], off)
		ne.PutUint64(hdr[fixedHeader+16*i+8:], uint64(len(s)))
		off += uint64(len(s))
		pads[i] = int((8 - off%8) % 8)
		off += uint64(pads[i])
	}
	ne.PutUint64(hdr[24:], off)
	return hdr, pads
}

// sections lays out each part of src; the big tables are views of src's
// own memory, not copies.
func sections(src *dict.Dict) ([numSections][]byte, error) {
	var s [numSections][]byte
	n := len(src.Morphs)
	if len(src.POSTable.POSs) != n || len(src.Contents) != n {
		return s, fmt.Errorf("kodict: %d morphs, %d POS entries and %d content rows: load the dictionary with its contents",
			n, len(src.POSTable.POSs), len(src.Contents))
	}
	if int64(len(src.Connection.Vec)) != src.Connection.Row*src.Connection.Col {
		return s, fmt.Errorf("kodict: connection matrix of %d values, not %d×%d", len(src.Connection.Vec), src.Connection.Row, src.Connection.Col)
	}
	s[secMorphs] = bytesOf(src.Morphs)
	s[secConnDims] = bytesOf([]int64{src.Connection.Row, src.Connection.Col})
	s[secConnection] = bytesOf(src.Connection.Vec)
	s[secIndex] = bytesOf(src.Index.Da)
	s[secDup] = bytesOf(dupPairs(src.Index.Dup))
	pos, err := posNumbers(src.POSTable)
	if err != nil {
		return s, err
	}
	s[secPOS] = bytesOf(pos)
	if s[secPOSNameOff], s[secPOSNames], err = joinRows(src.POSTable.NameList, func(b []byte, v string) []byte { return append(b, v...) }); err != nil {
		return s, err
	}
	if s[secRowOff], s[secRows], err = joinRows(src.Contents, appendRow); err != nil {
		return s, err
	}
	return s, serialised(&s, src)
}

// serialised stores the small tables in kagome's own formats.
func serialised(s *[numSections][]byte, src *dict.Dict) error {
	var cd, unk, meta bytes.Buffer
	def := dict.CharDef{CharClass: src.CharClass, CharCategory: src.CharCategory, InvokeList: src.InvokeList, GroupList: src.GroupList}
	if _, err := def.WriteTo(&cd); err != nil {
		return fmt.Errorf("kodict: char def: %w", err)
	}
	if _, err := src.UnkDict.WriteTo(&unk); err != nil {
		return fmt.Errorf("kodict: unknown-word dictionary: %w", err)
	}
	if _, err := src.ContentsMeta.WriteTo(&meta); err != nil {
		return fmt.Errorf("kodict: contents meta: %w", err)
	}
	s[secCharDef], s[secUnk], s[secMeta] = cd.Bytes(), unk.Bytes(), meta.Bytes()
	return nil
}

// dupPairs lists the index's duplicate counts as (id, count) pairs by id.
func dupPairs(m map[int32]int32) []int32 {
	keys := make([]int32, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	out := make([]int32, 0, 2*len(keys))
	for _, k := range keys {
		out = append(out, k, m[k])
	}
	return out
}

// posNumbers gives each morph's POS name number; mecab-ko-dic has one POS
// per morph (hierarchy depth 1), which is all this format stores.
func posNumbers(t dict.POSTable) ([]uint16, error) {
	out := make([]uint16, len(t.POSs))
	for i, p := range t.POSs {
		if len(p) != 1 {
			return nil, fmt.Errorf("kodict: morph %d has %d POS levels; the flat form stores one", i, len(p))
		}
		out[i] = uint16(p[0])
	}
	return out, nil
}

// appendRow appends a content row, its columns joined by colSep.
func appendRow(b []byte, cols []string) []byte {
	for i, c := range cols {
		if i > 0 {
			b = append(b, colSep)
		}
		b = append(b, c...)
	}
	return b
}

// joinRows concatenates the rows of rs (as text, appended by add) and
// returns the uint32 offsets of their starts, with the end as the last
// offset. The text is sized first, so the first run, which holds the zip
// form too, does not grow and copy it.
func joinRows[T any](rs []T, add func([]byte, T) []byte) (offs, blob []byte, err error) {
	size := 0
	var scratch []byte
	for _, r := range rs {
		scratch = add(scratch[:0], r)
		size += len(scratch)
	}
	if size > math.MaxUint32 {
		return nil, nil, fmt.Errorf("kodict: feature text over 4 GiB")
	}
	off := make([]uint32, 0, len(rs)+1)
	b := make([]byte, 0, size)
	for _, r := range rs {
		off = append(off, uint32(len(b)))
		b = add(b, r)
	}
	off = append(off, uint32(len(b)))
	return bytesOf(off), b, nil
}
