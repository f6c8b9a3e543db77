package store

import (
	"bytes"
	"compress/flate"
	"fmt"
	"io"
	"strconv"
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
	return deflateTo(&buf, &writers, b)
}

// deflateTo appends b deflated by a writer of pool to buf and gives back
// buf's bytes.
func deflateTo(buf *bytes.Buffer, pool *sync.Pool, b []byte) []byte {
	w := pool.Get().(*flate.Writer)
	w.Reset(buf)
	w.Write(b) // writes to a bytes.Buffer do not fail
	w.Close()
	pool.Put(w)
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

// inflatePrefix decompresses the first n bytes of what deflate made (all
// of it when it is shorter): a reader of a few spans stops at the last.
func inflatePrefix(z []byte, n int) ([]byte, error) {
	r := readers.Get().(io.ReadCloser)
	defer readers.Put(r)
	if err := r.(flate.Resetter).Reset(bytes.NewReader(z), nil); err != nil {
		return nil, err
	}
	buf := make([]byte, n)
	k, err := io.ReadFull(r, buf)
	if err == io.ErrUnexpectedEOF || err == io.EOF {
		err = nil
	}
	return buf[:k], err
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

// docV1 starts a stored document deflated with docDictV1. No deflate
// stream starts with it (its block type bits, 11, are reserved), so a
// document stored before it, deflated without a dictionary, reads as
// before.
const docV1 = 0x06

// docDictV1 is the preset dictionary of stored documents (docV1): the JSON
// skeleton, keys and enumerated values a stored document repeats, the most
// frequent last (nearest). It is frozen: changing it would misread the
// documents deflated with it, so a new dictionary needs a new version byte.
// A stored document alone (about 3.6 KB of JSON) is too short to teach
// deflate its keys: with the dictionary and the event texts cut from the
// text, 30,000 remixed articles store 21.1 MB of documents instead of 35.1.
const docDictV1 = `"marker":{"start":0,"end":0,"text":""},"on_behalf_of":"","role":"","approx":true,` +
	`"dateline":{"place":"","agency":""},"photos":[{"url":"","caption":"","photographer":"","email":"","source":"","date":"","restrictions":[]}],` +
	`{"kind":"subhead","start":0,"end":0,"photo":-1},{"kind":"caption","start":0,"end":0,"photo":0},` +
	`{"kind":"byline","start":0,"end":0,"photo":-1},{"kind":"rights","start":0,"end":0,"photo":-1},` +
	`"type":"PRODUCT""type":"PROJECT""type":"EVENT"` +
	`"certainty":"reported""certainty":"speculated""certainty":"planned""certainty":"denied""certainty":"conditional"` +
	`"type":"MEET""type":"TRAVEL""type":"VISIT""type":"DISCUSS""type":"COOPERATE""type":"INVEST""type":"AGREE""type":"SIGN"` +
	`"type":"ESTABLISH""type":"ANNOUNCE""type":"LAUNCH""type":"APPOINT""type":"ELECT""type":"RESIGN""type":"SUE"` +
	`"type":"ACQUIRE""type":"MERGE""type":"SANCTION""type":"ARREST""type":"INDICT""type":"SENTENCE"` +
	`{"id":"","source":"","headline":"","subheads":[],"agency":"","dateline":null,"byline":{"names":[],"emails":[]},` +
	`"rights":"","published":"20","language":"ko","photos":[],"body":null,"text":"",` +
	`"sections":[{"kind":"headline","start":0,"end":0,"photo":-1},{"kind":"body","start":0,"end":0,"photo":-1}],` +
	`"entities":[{"id":"e1","type":"PERSON","name":"","aliases":[],"title":"","affiliation":"","mentions":[{"start":0,"end":0,"text":""}]},` +
	`{"id":"e2","type":"ORG","name":"","aliases":[],"mentions":[{"start":0,"end":0,"text":""}]},` +
	`{"id":"e3","type":"PLACE","name":"","aliases":[],"mentions":[{"start":0,"end":0,"text":""},{"start":0,"end":0,"text":""}]}],` +
	`"amounts":[{"text":"","value":0,"unit":"","start":0,"end":0}],"dates":[{"text":"","value":"20","start":0,"end":0}],` +
	`"quotes":[{"speaker":"","speaker_entity":"e1","speaker_named":true,"text":"","start":0,"end":0,"kind":"direct"}],` +
	`"events":[{"type":"","actors":[""],"object":"","place":"","date":"20","certainty":"asserted","evidence":"","start":0,"end":0,` +
	`"mentions":[{"start":0,"end":0,"text":""}]}],"topics":[""],` +
	`"body_from_sections":true,"mentions_from_text":true,"fields_from_row":true,"spans_from_text":true,"events_from_text":true}`

// docDict is docDictV1 as bytes, and docWriters deflate with it (Reset
// keeps a writer's dictionary).
var (
	docDict    = []byte(docDictV1)
	docWriters = sync.Pool{New: func() any {
		w, _ := flate.NewWriterDict(nil, flate.DefaultCompression, docDict)
		return w
	}}
)

// dicts are the buffers unpackDoc puts a reader's dictionary together in.
var dicts = sync.Pool{New: func() any { return new([]byte) }}

// docV2 starts a stored document deflated with docDictV1 followed by the
// article text as its preset dictionary: the entity names, titles, places
// and event objects a document holds are mostly words of its text. Like
// docV1 it is a byte no deflate stream starts with (block type 11).
// docV3 is docV2 with every span's end written as its length (see
// spanLengths): a name's or a sentence's length repeats where its end
// does not (at 30,000 remixed articles documents of 16.7 MB become 15.6).
const (
	docV2 = 0x07
	docV3 = 0x0e
)

// packDoc is the stored form of a document's JSON beside its article text:
// docV3 (docV2 when the spans' rewriting would not give js back), then
// the JSON deflated with docDictV1 and text before it. A writer's
// dictionary is fixed when it is made (making one costs a millisecond), so
// the pooled docDictV1 writer deflates the text first and flushes: the
// blocks after a sync flush start on a byte and refer back only to the
// bytes before them, which is what a reader given docDictV1 and the text
// as its dictionary holds.
func packDoc(js []byte, text string) []byte {
	version := byte(docV2)
	if short := rewriteSpans(js, spanLength); bytes.Equal(rewriteSpans(short, spanEnd), js) {
		version, js = docV3, short
	}
	var buf bytes.Buffer
	buf.Grow(len(text)/2 + len(js)/3 + 128)
	w := docWriters.Get().(*flate.Writer)
	defer docWriters.Put(w)
	w.Reset(&buf)
	io.WriteString(w, text) // writes to a bytes.Buffer do not fail
	w.Flush()
	cut := buf.Len()
	w.Write(js)
	w.Close()
	out := make([]byte, 1+buf.Len()-cut)
	out[0] = version
	copy(out[1:], buf.Bytes()[cut:])
	return out
}

// unpackDoc gives back the JSON of a stored document of the article with
// text: docV3's or docV2's, docV1's, or one deflated without a dictionary
// (stored before docV1).
func unpackDoc(blob []byte, text string) ([]byte, error) {
	if len(blob) == 0 || blob[0] != docV1 && blob[0] != docV2 && blob[0] != docV3 {
		return inflate(blob)
	}
	dict := docDict
	if blob[0] != docV1 {
		// The reader copies its dictionary: one buffer serves again.
		p := dicts.Get().(*[]byte)
		defer dicts.Put(p)
		*p = append(append((*p)[:0], docDict...), text...)
		dict = *p
	}
	r := readers.Get().(io.ReadCloser)
	defer readers.Put(r)
	if err := r.(flate.Resetter).Reset(bytes.NewReader(blob[1:]), dict); err != nil {
		return nil, err
	}
	// A document's JSON is about six times its deflated size: reading
	// into room for it saves growing the buffer (a tenth of the CPU).
	buf := bytes.NewBuffer(make([]byte, 0, 8*len(blob)))
	if _, err := buf.ReadFrom(r); err != nil {
		return nil, err
	}
	if blob[0] != docV3 {
		return buf.Bytes(), nil
	}
	return rewriteSpans(buf.Bytes(), spanEnd), nil
}

// spanLength and spanEnd turn a span's end into its length and back.
func spanLength(start, end int64) int64 { return end - start }

func spanEnd(start, length int64) int64 { return start + length }

// The JSON of a span's offsets: "start" and right after it "end". An
// unescaped quote only ends a string, so neither is ever inside one.
var (
	startKey = []byte(`"start":`)
	endKey   = []byte(`,"end":`)
)

// rewriteSpans copies js with the end of every span, "start":S,"end":E
// with numbers of at most 18 digits, replaced by f(S, E). packDoc keeps
// the result only when rewriting it back with the inverse gives js.
func rewriteSpans(js []byte, f func(start, end int64) int64) []byte {
	out := make([]byte, 0, len(js)+len(js)/8)
	for {
		i := bytes.Index(js, startKey)
		if i < 0 {
			return append(out, js...)
		}
		j := i + len(startKey)
		start, n := jsonInt(js[j:])
		if n == 0 || !bytes.HasPrefix(js[j+n:], endKey) {
			out, js = append(out, js[:j]...), js[j:]
			continue
		}
		k := j + n + len(endKey)
		end, m := jsonInt(js[k:])
		out = append(out, js[:k]...)
		if m == 0 {
			js = js[k:]
			continue
		}
		out, js = strconv.AppendInt(out, f(start, end), 10), js[k+m:]
	}
}

// jsonInt reads the integer b starts with, of at most 18 digits, and the
// bytes it takes (0 when b does not start with one).
func jsonInt(b []byte) (int64, int) {
	i, neg := 0, false
	if len(b) > 0 && b[0] == '-' {
		i, neg = 1, true
	}
	var v int64
	digits := 0
	for ; i < len(b) && b[i] >= '0' && b[i] <= '9'; i++ {
		if digits++; digits > 18 {
			return 0, 0
		}
		v = v*10 + int64(b[i]-'0')
	}
	if digits == 0 {
		return 0, 0
	}
	if neg {
		v = -v
	}
	return v, i
}
