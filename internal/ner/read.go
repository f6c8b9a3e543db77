package ner

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// maxLine bounds one input line so a corrupt file fails with an error
// instead of exhausting memory.
const maxLine = 1 << 20

var klueTypes = map[string]string{"PS": Person, "LC": Place, "OG": Org, "DT": Date, "TI": Time, "QT": Quantity}

// ReadKLUE reads KLUE-NER's character BIO format: per sentence, "##"
// comment lines, then one "CHAR<TAB>TAG" line per character (TAG is O or
// B-/I- followed by PS, LC, OG, DT, TI or QT), and a blank line between
// sentences. Labels are mapped to the guideline (PS→PERSON, LC→PLACE,
// OG→ORG, DT→DATE, TI→TIME, QT→QUANTITY). Spaces at the edge of an
// entity are trimmed from its span.
func ReadKLUE(r io.Reader) ([]Sentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), maxLine)
	var (
		out   []Sentence
		text  strings.Builder
		spans []Span
		cur   = -1 // index into spans of the open entity
		n     int
	)
	flush := func() {
		if text.Len() > 0 {
			t := text.String()
			kept := spans[:0]
			for _, sp := range spans {
				// a few gold spans start or end on a space; the
				// entity is the text without it.
				if sp = trimSpan(t, sp); sp.Start < sp.End {
					kept = append(kept, sp)
				}
			}
			out = append(out, Sentence{Text: t, Spans: kept})
		}
		text.Reset()
		spans, cur = nil, -1
	}
	for sc.Scan() {
		n++
		line := strings.TrimSuffix(sc.Text(), "\r")
		if n == 1 {
			line = strings.TrimPrefix(line, "\ufeff")
		}
		if line == "" {
			flush()
			continue
		}
		if strings.HasPrefix(line, "##") {
			continue
		}
		i := strings.LastIndexByte(line, '\t')
		if i <= 0 {
			return nil, fmt.Errorf("ner: klue line %d: want CHAR<TAB>TAG, got %q", n, line)
		}
		ch, tag := line[:i], line[i+1:]
		pos := text.Len()
		text.WriteString(ch)
		if tag == "O" {
			cur = -1
			continue
		}
		bi, typ, ok := strings.Cut(tag, "-")
		label, known := klueTypes[typ]
		if !ok || !known || (bi != "B" && bi != "I") {
			return nil, fmt.Errorf("ner: klue line %d: unknown tag %q", n, tag)
		}
		if bi == "I" && cur >= 0 && spans[cur].Label == label {
			spans[cur].End = text.Len()
			continue
		}
		spans = append(spans, Span{Start: pos, End: text.Len(), Label: label})
		cur = len(spans) - 1
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("ner: reading klue line %d: %w", n+1, err)
	}
	flush()
	return out, nil
}

// kmouTypes maps the KMOU tags of both corpora to the guideline; POH
// (titles of works, products, other proper nouns) has no guideline label
// and "" drops it.
var kmouTypes = map[string]string{
	"PER": Person, "PS": Person,
	"ORG": Org, "OG": Org,
	"LOC": Place, "LC": Place,
	"DAT": Date, "DT": Date,
	"TIM": Time, "TI": Time,
	"DUR": "DUR",
	"NOH": Quantity, "MNY": Quantity, "PNT": Quantity,
	"POH": "",
}

// ReadKMOU reads the KMOU NER corpora. Both formats are accepted, even
// mixed: the kmou-corpus one ("## n", "## raw", "## tagged" header lines)
// and the 2016klp one ("; raw", "$tagged"), each followed by per-morpheme
// lines and a blank line. Entities are taken from the tagged sentence
// (<surface:TYPE> inline markup), which carries exact character spans,
// and converted to the guideline by ConvertKMOU. Sentences from a corpus
// that does not annotate quantities (2016klp) list QUANTITY in Unannotated.
func ReadKMOU(r io.Reader) ([]Sentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), maxLine)
	var (
		out    []Sentence
		hashes []string // "##" header lines of the current block
		tagged string
		klp    bool
		have   bool
		n      int
		start  int
	)
	flush := func() error {
		if !have && len(hashes) > 0 {
			// kmou-corpus: the last header line is the tagged sentence.
			tagged, have = hashes[len(hashes)-1], len(hashes) >= 2
			if !have {
				return fmt.Errorf("ner: kmou line %d: sentence block without a tagged sentence line", start)
			}
		}
		if have {
			s, err := parseInline(tagged)
			if err != nil {
				return fmt.Errorf("ner: kmou line %d: %w", start, err)
			}
			if klp {
				s.Unannotated = []string{Quantity}
			}
			if s.Text != "" {
				out = append(out, ConvertKMOU(s))
			}
		}
		hashes, tagged, have, klp = nil, "", false, false
		return nil
	}
	for sc.Scan() {
		n++
		line := strings.TrimSuffix(sc.Text(), "\r")
		if n == 1 {
			line = strings.TrimPrefix(line, "\ufeff")
		}
		switch {
		case strings.TrimSpace(line) == "":
			if err := flush(); err != nil {
				return nil, err
			}
		case strings.HasPrefix(line, "## "):
			if len(hashes) == 0 && !have {
				start = n
			}
			if len(hashes) < 3 {
				hashes = append(hashes, line[3:])
			}
		case strings.HasPrefix(line, ";"):
			start = n
		case strings.HasPrefix(line, "$"):
			tagged, have, klp = line[1:], true, true
		default:
			if len(hashes) == 0 && !have {
				return nil, fmt.Errorf("ner: kmou line %d: morpheme line outside a sentence block: %q", n, line)
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("ner: reading kmou line %d: %w", n+1, err)
	}
	if err := flush(); err != nil {
		return nil, err
	}
	return out, nil
}

// parseInline strips <surface:TYPE> markup from a KMOU tagged sentence and
// returns the plain text with spans labelled by the raw KMOU type. A '<'
// that does not open well-formed markup with a known type is literal text
// (the corpus quotes titles as <…>).
func parseInline(s string) (Sentence, error) {
	var (
		b     strings.Builder
		spans []Span
	)
	for i := 0; i < len(s); {
		if s[i] == '<' {
			if j := strings.IndexByte(s[i+1:], '>'); j >= 0 {
				inner := s[i+1 : i+1+j]
				k := strings.LastIndexByte(inner, ':')
				if k > 0 && !strings.ContainsRune(inner, '<') {
					if typ, ok := kmouTypes[inner[k+1:]]; ok {
						start := b.Len()
						b.WriteString(inner[:k])
						if typ != "" {
							spans = append(spans, Span{Start: start, End: b.Len(), Label: typ})
						}
						i += j + 2
						continue
					}
				}
			}
		}
		b.WriteByte(s[i])
		i++
	}
	return Sentence{Text: b.String(), Spans: spans}, nil
}
