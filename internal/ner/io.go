package ner

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"math"
	"os"
	"sort"
)

// Model file layout (little endian), version 1:
//
//	"SOSIKNER" magic, uint32 format version, uint32 feature version,
//	uint32 hash bits, uint32 tag count,
//	(tags+1)*tags float32 transition weights,
//	uint32 gazetteer size, then per name uint64 hash + uint8 label bits,
//	uint32 non-zero bucket count, then per bucket uvarint gap from the
//	previous bucket, uint16 tag mask and a float32 per set bit,
//	uint32 CRC-32 (IEEE) of everything before it.
//
// Storing only non-zero weights keeps a 2^20-bucket model to a few MB.
const (
	magic         = "SOSIKNER"
	formatVersion = 1
	maxModelBytes = 1 << 30
)

// Save writes the model in sosik's versioned binary format.
func (m *Model) Save(w io.Writer) error {
	var buf bytes.Buffer
	buf.WriteString(magic)
	u32 := func(v uint32) { buf.Write(binary.LittleEndian.AppendUint32(nil, v)) }
	f32 := func(v float32) { u32(math.Float32bits(v)) }
	u32(formatVersion)
	u32(featureVersion)
	u32(uint32(m.bits))
	u32(numTags)
	for p := range m.trans {
		for t := range m.trans[p] {
			f32(m.trans[p][t])
		}
	}
	var keys []uint64
	if m.gaz != nil {
		for k := range m.gaz.words {
			keys = append(keys, k)
		}
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	u32(uint32(len(keys)))
	for _, k := range keys {
		buf.Write(binary.LittleEndian.AppendUint64(nil, k))
		buf.WriteByte(m.gaz.words[k])
	}
	buckets := len(m.w) / numTags
	nz := 0
	for b := range buckets {
		if rowMask(m.w[b*numTags:b*numTags+numTags]) != 0 {
			nz++
		}
	}
	u32(uint32(nz))
	prev := 0
	for b := range buckets {
		row := m.w[b*numTags : b*numTags+numTags]
		mask := rowMask(row)
		if mask == 0 {
			continue
		}
		buf.Write(binary.AppendUvarint(nil, uint64(b-prev)))
		prev = b
		buf.Write(binary.LittleEndian.AppendUint16(nil, mask))
		for t, v := range row {
			if mask&(1<<t) != 0 {
				f32(v)
			}
		}
	}
	u32(crc32.ChecksumIEEE(buf.Bytes()))
	if _, err := w.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("ner: saving model: %w", err)
	}
	return nil
}

func rowMask(row []float32) uint16 {
	var m uint16
	for t, v := range row {
		if v != 0 {
			m |= 1 << t
		}
	}
	return m
}

// Load reads a model written by Save from the file at path.
func Load(path string) (*Model, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("ner: loading model: %w", err)
	}
	defer f.Close()
	m, err := Read(f)
	if err != nil {
		return nil, fmt.Errorf("%w (%s)", err, path)
	}
	return m, nil
}

// errCorrupt marks a model file that is truncated or damaged.
var errCorrupt = errors.New("ner: model file is corrupt or truncated")

// Read reads a model written by Save.
func Read(r io.Reader) (*Model, error) {
	data, err := io.ReadAll(io.LimitReader(bufio.NewReader(r), maxModelBytes+1))
	if err != nil {
		return nil, fmt.Errorf("ner: reading model: %w", err)
	}
	if len(data) > maxModelBytes {
		return nil, fmt.Errorf("ner: model larger than %d MiB", maxModelBytes>>20)
	}
	if len(data) < len(magic) || string(data[:len(magic)]) != magic {
		return nil, errors.New("ner: not a sosik entity model (bad magic header)")
	}
	if len(data) < len(magic)+8 {
		return nil, errCorrupt
	}
	body, sum := data[:len(data)-4], binary.LittleEndian.Uint32(data[len(data)-4:])
	d := decoder{b: body[len(magic):]}
	if v := d.u32(); v != formatVersion {
		return nil, fmt.Errorf("ner: model format version %d, this build reads %d", v, formatVersion)
	}
	if crc32.ChecksumIEEE(body) != sum {
		return nil, errCorrupt
	}
	if v := d.u32(); v != featureVersion {
		return nil, fmt.Errorf("ner: model trained with feature version %d, this build uses %d: retrain it", v, featureVersion)
	}
	bits := int(d.u32())
	if nt := d.u32(); nt != numTags || bits < 10 || bits > maxHashBits || d.err {
		return nil, errCorrupt
	}
	var gaz *Gazetteer
	m := newModel(bits, nil)
	for p := range m.trans {
		for t := range m.trans[p] {
			m.trans[p][t] = d.f32()
		}
	}
	ng := int(d.u32())
	if ng > len(d.b)/9 {
		return nil, errCorrupt
	}
	if ng > 0 {
		gaz = &Gazetteer{words: make(map[uint64]byte, ng)}
		for range ng {
			k := d.u64()
			gaz.words[k] = d.byte()
		}
	}
	m.gaz, m.fx.gaz = gaz, gaz
	nz := int(d.u32())
	buckets := len(m.w) / numTags
	b := 0
	for i := 0; i < nz && !d.err; i++ {
		gap := d.uvarint()
		if gap > uint64(buckets) || (i > 0 && gap == 0) {
			return nil, errCorrupt
		}
		b += int(gap)
		if b >= buckets {
			return nil, errCorrupt
		}
		mask := d.u16()
		if mask>>numTags != 0 {
			return nil, errCorrupt
		}
		for t := range numTags {
			if mask&(1<<t) != 0 {
				m.w[b*numTags+t] = d.f32()
			}
		}
	}
	if d.err || len(d.b) != 0 {
		return nil, errCorrupt
	}
	return m, nil
}

// decoder reads little-endian values, remembering a short read instead of
// panicking.
type decoder struct {
	b   []byte
	err bool
}

func (d *decoder) take(n int) []byte {
	if d.err || len(d.b) < n {
		d.err = true
		return make([]byte, n)
	}
	v := d.b[:n]
	d.b = d.b[n:]
	return v
}

func (d *decoder) byte() byte   { return d.take(1)[0] }
func (d *decoder) u16() uint16  { return binary.LittleEndian.Uint16(d.take(2)) }
func (d *decoder) u32() uint32  { return binary.LittleEndian.Uint32(d.take(4)) }
func (d *decoder) u64() uint64  { return binary.LittleEndian.Uint64(d.take(8)) }
func (d *decoder) f32() float32 { return math.Float32frombits(d.u32()) }
func (d *decoder) uvarint() uint64 {
	if d.err {
		return 0
	}
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.err = true
		return 0
	}
	d.b = d.b[n:]
	return v
}
