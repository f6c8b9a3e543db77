package kodict

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"strings"
	"unsafe"

	"github.com/ikawaha/kagome-dict/dict"
	"github.com/ikawaha/kagome-dict/dict/trie"
)

// Dict is mecab-ko-dic read from its flat form. Its tables are views of the
// file's bytes, which must stay mapped (and unchanged) for the life of the
// process; it is safe for concurrent use.
type Dict struct {
	kd     *dict.Dict
	pos    []uint16
	names  []string
	rowOff []uint32
	rows   string
	// Source says where the bytes came from: the cache file's path, or
	// "memory" when the dictionary was built in memory.
	Source string
}

// Kagome returns the dictionary for kagome's tokenizer. Its POSTable.POSs
// and Contents are empty: read known tokens' features with Feature.
func (d *Dict) Kagome() *dict.Dict { return d.kd }

// Len returns the number of morphs (known-token IDs run from 0 to Len()-1).
func (d *Dict) Len() int { return len(d.pos) }

// Feature returns feature k of morph id, as kagome's Token.FeatureAt does
// for a known token of the zip form: k 0 is the POS tag, 1… the columns of
// mecab-ko-dic's row (semantic class, final consonant, reading, type, first
// POS, last POS, expression). The string points into the dictionary.
func (d *Dict) Feature(id, k int) (string, bool) {
	if id < 0 || id >= len(d.pos) || k < 0 {
		return "", false
	}
	if k == 0 {
		return d.names[d.pos[id]], true
	}
	row := d.row(id)
	for range k - 1 {
		i := strings.IndexByte(row, colSep)
		if i < 0 {
			return "", false
		}
		row = row[i+1:]
	}
	if i := strings.IndexByte(row, colSep); i >= 0 {
		row = row[:i]
	}
	return row, true
}

// AppendFeatures appends all features of morph id (the POS tag, then the
// row's columns) to dst, as kagome's Token.Features lists them.
func (d *Dict) AppendFeatures(dst []string, id int) []string {
	if id < 0 || id >= len(d.pos) {
		return dst
	}
	dst = append(dst, d.names[d.pos[id]])
	row := d.row(id)
	for {
		i := strings.IndexByte(row, colSep)
		if i < 0 {
			return append(dst, row)
		}
		dst = append(dst, row[:i])
		row = row[i+1:]
	}
}

func (d *Dict) row(id int) string { return d.rows[d.rowOff[id]:d.rowOff[id+1]] }

// open builds a Dict over b, a whole flat file aligned to 8 bytes whose
// checksum has been verified. The big tables stay in b.
func open(b []byte) (*Dict, error) {
	h, err := parseHeader(b, int64(len(b)))
	if err != nil {
		return nil, err
	}
	sec := func(s section) []byte { o, n := h.sections[s][0], h.sections[s][1]; return b[o : o+n : o+n] }
	kd := &dict.Dict{}
	if kd.Morphs, err = sliceOf[dict.Morph](sec(secMorphs)); err != nil {
		return nil, err
	}
	if kd.Connection, err = connection(sec(secConnDims), sec(secConnection)); err != nil {
		return nil, err
	}
	if kd.Index, err = index(sec(secIndex), sec(secDup)); err != nil {
		return nil, err
	}
	if err := smallTables(kd, sec(secCharDef), sec(secUnk), sec(secMeta)); err != nil {
		return nil, err
	}
	d := &Dict{kd: kd}
	if d.pos, err = sliceOf[uint16](sec(secPOS)); err != nil {
		return nil, err
	}
	if d.names, err = names(sec(secPOSNameOff), sec(secPOSNames)); err != nil {
		return nil, err
	}
	kd.POSTable.NameList = d.names
	if d.rowOff, err = offsets(sec(secRowOff), len(sec(secRows))); err != nil {
		return nil, err
	}
	d.rows = unsafe.String(unsafe.SliceData(sec(secRows)), len(sec(secRows)))
	return d, d.check()
}

// check makes sure that every morph has a POS number and a feature row.
// It does not read the tables through (that would bring all their pages
// into memory): the checksum vouches for their contents, and a lookup
// out of range would panic, not read outside them.
func (d *Dict) check() error {
	n := len(d.kd.Morphs)
	if len(d.pos) != n || len(d.rowOff) != n+1 {
		return fmt.Errorf("%w: %d morphs, %d POS numbers, %d row offsets", ErrCorrupt, n, len(d.pos), len(d.rowOff))
	}
	return nil
}

func connection(dims, b []byte) (dict.ConnectionTable, error) {
	var t dict.ConnectionTable
	if len(dims) != 16 {
		return t, fmt.Errorf("%w: connection matrix", ErrCorrupt)
	}
	t.Row = int64(binary.NativeEndian.Uint64(dims))
	t.Col = int64(binary.NativeEndian.Uint64(dims[8:]))
	vec, err := sliceOf[int16](b)
	if err != nil {
		return t, err
	}
	if t.Row < 0 || t.Col < 0 || int64(len(vec)) != t.Row*t.Col {
		return t, fmt.Errorf("%w: connection matrix of %d values, not %d×%d", ErrCorrupt, len(vec), t.Row, t.Col)
	}
	t.Vec = vec
	return t, nil
}

func index(da, dup []byte) (dict.IndexTable, error) {
	var t dict.IndexTable
	arr, err := sliceOf[struct{ Base, Check int32 }](da)
	if err != nil {
		return t, err
	}
	t.Da = trie.DoubleArray(arr)
	pairs, err := sliceOf[int32](dup)
	if err != nil || len(pairs)%2 != 0 {
		return t, fmt.Errorf("%w: index duplicates", ErrCorrupt)
	}
	t.Dup = make(map[int32]int32, len(pairs)/2)
	for i := 0; i < len(pairs); i += 2 {
		t.Dup[pairs[i]] = pairs[i+1]
	}
	return t, nil
}

// smallTables decodes the character definitions, the unknown-word
// dictionary and the contents meta, stored in kagome's own formats.
func smallTables(kd *dict.Dict, charDef, unk, meta []byte) error {
	def, err := dict.ReadCharDef(bytes.NewReader(charDef))
	if err != nil {
		return fmt.Errorf("%w: %w", ErrCorrupt, err)
	}
	kd.CharClass, kd.CharCategory, kd.InvokeList, kd.GroupList = def.CharClass, def.CharCategory, def.InvokeList, def.GroupList
	if kd.UnkDict, err = dict.ReadUnkDic(bytes.NewReader(unk)); err != nil {
		return fmt.Errorf("%w: %w", ErrCorrupt, err)
	}
	if kd.ContentsMeta, err = dict.ReadContentsMeta(bytes.NewReader(meta)); err != nil {
		return fmt.Errorf("%w: %w", ErrCorrupt, err)
	}
	return nil
}

// offsets reads n+1 uint32 row offsets into a blob of size bytes and
// checks the ends.
func offsets(b []byte, size int) ([]uint32, error) {
	off, err := sliceOf[uint32](b)
	if err != nil {
		return nil, err
	}
	if len(off) == 0 || off[0] != 0 || int(off[len(off)-1]) != size {
		return nil, fmt.Errorf("%w: row offsets", ErrCorrupt)
	}
	return off, nil
}

// names returns the POS names as strings into blob.
func names(offs, blob []byte) ([]string, error) {
	off, err := offsets(offs, len(blob))
	if err != nil {
		return nil, err
	}
	s := unsafe.String(unsafe.SliceData(blob), len(blob))
	out := make([]string, len(off)-1)
	for i := range out {
		if off[i] > off[i+1] {
			return nil, fmt.Errorf("%w: POS name offsets", ErrCorrupt)
		}
		out[i] = s[off[i]:off[i+1]]
	}
	return out, nil
}
