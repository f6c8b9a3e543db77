package kodict

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"sync"
	"unsafe"
)

// The file is a header followed by sections, each starting on an 8-byte
// boundary. All numbers are in the byte order of the machine that built the
// file (recorded as byteOrderMark), so that sections can be used in place.
//
//	[0:8)   magic, whose last byte is the format version
//	[8:16)  checksum: CRC-32C of bytes [16:size), as a uint64
//	[16:20) byteOrderMark
//	[20:24) number of sections
//	[24:32) size of the file
//	[32:…)  per section: offset and length, two uint64
const (
	formatVersion         = 1
	magic                 = "KODICT\x00" + string(rune('0'+formatVersion))
	byteOrderMark  uint32 = 0x01020304
	fixedHeader           = 32
	headerSize            = fixedHeader + 16*int(numSections)
	checksumOffset        = 8
	checksumFrom          = 16
)

// section names a part of the file.
type section int

const (
	secMorphs     section = iota // []dict.Morph
	secConnDims                  // int64 rows, int64 columns
	secConnection                // []int16, transposed as kagome keeps it
	secIndex                     // trie.DoubleArray elements
	secDup                       // (id, extra duplicates) int32 pairs, by id
	secPOS                       // uint16 POS name number per morph
	secPOSNameOff                // uint32 offsets of the POS names, n+1
	secPOSNames                  // the POS names, concatenated
	secRowOff                    // uint32 offsets of the feature rows, n+1
	secRows                      // feature rows, columns joined by '\a'
	secCharDef                   // kagome's char.def serialisation
	secUnk                       // kagome's unknown-word dictionary serialisation
	secMeta                      // kagome's contents meta serialisation
	numSections
)

// colSep separates the feature columns of a row, as in kagome's contents.
const colSep = '\a'

var crcTable = sync.OnceValue(func() *crc32.Table { return crc32.MakeTable(crc32.Castagnoli) })

// ErrCorrupt reports a flat file whose header, size or checksum is wrong.
var ErrCorrupt = errors.New("corrupt dictionary file")

// header is the decoded fixed part of a file and its section table.
type header struct {
	checksum uint64
	size     uint64
	sections [numSections][2]uint64
}

// parseHeader decodes and validates the header at the start of b against
// a file of fileSize bytes.
func parseHeader(b []byte, fileSize int64) (header, error) {
	var h header
	if len(b) < headerSize {
		return h, fmt.Errorf("%w: %d bytes, shorter than the header", ErrCorrupt, len(b))
	}
	if string(b[:8]) != magic {
		return h, fmt.Errorf("%w: not a format-%d file", ErrCorrupt, formatVersion)
	}
	ne := binary.NativeEndian
	if ne.Uint32(b[16:]) != byteOrderMark {
		return h, fmt.Errorf("%w: built on a machine of another byte order", ErrCorrupt)
	}
	if n := ne.Uint32(b[20:]); n != uint32(numSections) {
		return h, fmt.Errorf("%w: %d sections, want %d", ErrCorrupt, n, numSections)
	}
	h.checksum = ne.Uint64(b[checksumOffset:])
	h.size = ne.Uint64(b[24:])
	if fileSize < 0 || h.size != uint64(fileSize) {
		return h, fmt.Errorf("%w: %d bytes, header says %d", ErrCorrupt, fileSize, h.size)
	}
	for i := range h.sections {
		off := ne.Uint64(b[fixedHeader+16*i:])
		n := ne.Uint64(b[fixedHeader+16*i+8:])
		if off < uint64(headerSize) || off%8 != 0 || off > h.size || n > h.size-off {
			return h, fmt.Errorf("%w: section %d out of bounds", ErrCorrupt, i)
		}
		h.sections[i] = [2]uint64{off, n}
	}
	return h, nil
}

// bytesOf views a slice of plain fixed-size values as its bytes.
func bytesOf[T any](s []T) []byte {
	if len(s) == 0 {
		return nil
	}
	var zero T
	return unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(s))), len(s)*int(unsafe.Sizeof(zero)))
}

// sliceOf views b as a slice of T; b must be aligned for T and hold whole
// values.
func sliceOf[T any](b []byte) ([]T, error) {
	var zero T
	size := int(unsafe.Sizeof(zero))
	if len(b)%size != 0 {
		return nil, fmt.Errorf("%w: section of %d bytes is not a whole number of %d-byte values", ErrCorrupt, len(b), size)
	}
	if len(b) == 0 {
		return nil, nil
	}
	if uintptr(unsafe.Pointer(unsafe.SliceData(b)))%unsafe.Alignof(zero) != 0 {
		return nil, errors.New("misaligned section")
	}
	return unsafe.Slice((*T)(unsafe.Pointer(unsafe.SliceData(b))), len(b)/size), nil
}
