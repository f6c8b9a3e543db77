package store

import (
	"context"
	"database/sql"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strings"
	"time"
)

// This file is the stored form of a link decision (entity_links.d since
// SQLite migration 9, PostgreSQL 6): a few bytes where the JSON of
// migration 7 took hundreds. What the explanation can rebuild is not
// stored: the score and the veto (sums of the signals), a candidate's name
// (its entity's), the "name" and "full name" details (the names compared)
// and the article's date in a time signal. Candidates not chosen are kept
// when they were contested: scoring within linkKeepMargin of the chosen one,
// all of them when none was chosen, and a vetoed one with its veto only;
// the others are counted. A new entity no candidate was weighed for has no
// row: entities.started_rid and started_n name the article that started it
// and the entity's index in it.

// linkKeepMargin is how far below the chosen candidate's score a candidate
// not chosen is still kept with its signals (one strong signal: an
// affiliation seen or not).
const linkKeepMargin = 1.0

// signalKinds numbers the signal kinds in the stored form; never reorder.
var signalKinds = []string{signalName, signalAlias, signalAff, signalTitle, signalCo, signalTime, signalCountry, signalRename, signalFullName}

// Detail forms of a stored signal (bits 4–5 of its first byte).
const (
	detailNone    = 0 // no detail
	detailString  = 1 // the detail follows as a string
	detailDerived = 2 // the candidate's name, or "name ≠ candidate's name"
	detailSpan    = 3 // time: "date, seen first … last" as two day offsets from date
	kindOther     = 15
	zeroWeight    = 0x40 // no weight follows: it is 0
	rawWeight     = 0x80 // the weight follows as a float64, not in quarters
	linkedFlag    = 1    // in a record's head: a candidate was chosen
	othersFlag    = 2    // in a record's head: candidates not chosen follow
)

// recordContext is what a stored decision is rebuilt with: the name the
// article gives, its publication date and the names of candidates.
type recordContext struct {
	name   string // as the article gives it
	date   string // the article's publication date, "" unknown
	nameOf func(eid int64) string
}

// encodeDecision is the stored form of a decision with the entity that
// resulted; ok is false when nothing was weighed (no row).
func encodeDecision(dec *linkDecision, rc recordContext) (blob []byte, ok bool) {
	if len(dec.all) == 0 {
		return nil, false
	}
	var kept []CandidateScore
	dropped := 0
	for _, c := range dec.all {
		switch {
		case dec.chosen != nil && c.EntityID == dec.chosen.EntityID:
		case c.Vetoed:
			c.Signals = vetoes(c.Signals)
			kept = append(kept, c)
		case dec.chosen == nil || dec.chosen.Score-c.Score <= linkKeepMargin:
			kept = append(kept, c)
		default:
			dropped++
		}
	}
	// The head is the chosen candidate's signal count, whether one was
	// chosen and whether candidates not chosen follow.
	var sigs []Signal
	head := uint64(0)
	if dec.chosen != nil {
		sigs, head = dec.chosen.Signals, linkedFlag
	}
	if len(kept)+dropped > 0 {
		head |= othersFlag
	}
	b := binary.AppendUvarint(nil, uint64(len(sigs))<<2|head)
	for _, s := range sigs {
		b = appendSignal(b, s, rc, dec.chosen.Name)
	}
	if head&othersFlag == 0 {
		return b, true
	}
	b = binary.AppendUvarint(b, uint64(len(kept)))
	for _, c := range kept {
		b = binary.AppendUvarint(b, uint64(c.EntityID))
		b = appendSignals(b, c.Signals, rc, c.Name)
	}
	return binary.AppendUvarint(b, uint64(dropped)), true
}

// vetoes keeps the signals that rule a candidate out.
func vetoes(sigs []Signal) []Signal {
	var out []Signal
	for _, s := range sigs {
		if s.Weight <= vetoWeight {
			out = append(out, s)
		}
	}
	return out
}

func appendSignals(b []byte, sigs []Signal, rc recordContext, cand string) []byte {
	b = binary.AppendUvarint(b, uint64(len(sigs)))
	for _, s := range sigs {
		b = appendSignal(b, s, rc, cand)
	}
	return b
}

// appendSignal stores one signal: kind and detail form, weight, detail.
func appendSignal(b []byte, s Signal, rc recordContext, cand string) []byte {
	kind := kindOther
	for i, k := range signalKinds {
		if k == s.Kind {
			kind = i
		}
	}
	form, first, last := detailForm(s, rc, cand)
	q := s.Weight * 4
	h := byte(kind) | byte(form)<<4
	switch {
	case s.Weight == 0:
		h |= zeroWeight
	case q != math.Trunc(q) || math.Abs(q) > 1<<20:
		h |= rawWeight
	}
	b = append(b, h)
	if kind == kindOther {
		b = appendString(b, s.Kind)
	}
	switch {
	case h&zeroWeight != 0:
	case h&rawWeight != 0:
		b = binary.LittleEndian.AppendUint64(b, math.Float64bits(s.Weight))
	default:
		b = binary.AppendVarint(b, int64(q))
	}
	switch form {
	case detailString:
		b = appendString(b, s.Detail)
	case detailSpan:
		b = binary.AppendVarint(b, first)
		b = binary.AppendVarint(b, last)
	}
	return b
}

// detailForm is how a signal's detail is stored: not at all when it can be
// rebuilt exactly, as day offsets for a time span, else as a string.
func detailForm(s Signal, rc recordContext, cand string) (form int, first, last int64) {
	switch {
	case s.Detail == "":
		return detailNone, 0, 0
	case s.Kind == signalName && s.Detail == cand,
		s.Kind == signalFullName && s.Detail == rc.name+" ≠ "+cand:
		return detailDerived, 0, 0
	case s.Kind == signalTime:
		if f, l, ok := spanOffsets(s.Detail, rc.date); ok {
			return detailSpan, f, l
		}
	}
	return detailString, 0, 0
}

// spanOffsets reads "date, seen first … last" as the days from date to
// first and to last, when it prints back the same.
func spanOffsets(detail, date string) (int64, int64, bool) {
	d, err := time.Parse(time.DateOnly, date)
	rest, found := strings.CutPrefix(detail, date+", seen ")
	f, l, two := strings.Cut(rest, " … ")
	if err != nil || !found || !two {
		return 0, 0, false
	}
	tf, err1 := time.Parse(time.DateOnly, f)
	tl, err2 := time.Parse(time.DateOnly, l)
	if err1 != nil || err2 != nil {
		return 0, 0, false
	}
	of, ol := days(tf.Sub(d)), days(tl.Sub(d))
	if spanDetail(date, d, of, ol) != detail {
		return 0, 0, false
	}
	return of, ol, true
}

func days(d time.Duration) int64 { return int64(math.Round(d.Hours() / 24)) }

func spanDetail(date string, d time.Time, first, last int64) string {
	return fmt.Sprintf("%s, seen %s … %s", date, d.AddDate(0, 0, int(first)).Format(time.DateOnly), d.AddDate(0, 0, int(last)).Format(time.DateOnly))
}

func appendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

// storedDecision is a decision read back: linked, the chosen candidate's
// signals, the candidates kept and how many were not.
type storedDecision struct {
	linked  bool
	signals []Signal
	others  []CandidateScore
	dropped int
}

// errRecord is a stored decision that does not decode.
var errRecord = errors.New("store: malformed link record")

// recordReader reads a stored decision.
type recordReader struct {
	b   []byte
	err error
}

func (r *recordReader) uvarint() uint64 {
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.err, r.b = errRecord, nil
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *recordReader) varint() int64 {
	v, n := binary.Varint(r.b)
	if n <= 0 {
		r.err, r.b = errRecord, nil
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *recordReader) bytes(n uint64) []byte {
	if n > uint64(len(r.b)) {
		r.err, r.b = errRecord, nil
		return nil
	}
	out := r.b[:n]
	r.b = r.b[n:]
	return out
}

func (r *recordReader) str() string { return string(r.bytes(r.uvarint())) }

// decodeDecision rebuilds a stored decision; chosen is the name of the
// entity the row is of.
func decodeDecision(blob []byte, rc recordContext, chosen string) (storedDecision, error) {
	r := &recordReader{b: blob}
	var d storedDecision
	head := r.uvarint()
	d.linked = head&linkedFlag != 0
	d.signals = make([]Signal, 0, min(head>>2, 64))
	for n := head >> 2; n > 0 && r.err == nil; n-- {
		d.signals = append(d.signals, r.signal(rc, chosen))
	}
	if head&othersFlag != 0 {
		for k := r.uvarint(); k > 0 && r.err == nil; k-- {
			c := CandidateScore{EntityID: int64(r.uvarint())}
			c.Name = rc.nameOf(c.EntityID)
			c.Signals = r.signals(rc, c.Name)
			c.Score, c.Vetoed = total(c.Signals), vetoed(c.Signals)
			d.others = append(d.others, c)
		}
		d.dropped = int(r.uvarint())
	}
	if r.err == nil && len(r.b) > 0 {
		r.err = errRecord
	}
	return d, r.err
}

func (r *recordReader) signals(rc recordContext, cand string) []Signal {
	n := r.uvarint()
	out := make([]Signal, 0, min(n, 64))
	for ; n > 0 && r.err == nil; n-- {
		out = append(out, r.signal(rc, cand))
	}
	return out
}

func (r *recordReader) signal(rc recordContext, cand string) Signal {
	h := r.bytes(1)
	if len(h) == 0 {
		return Signal{}
	}
	kind, form := int(h[0]&0x0f), int(h[0]>>4&3)
	var s Signal
	if kind < len(signalKinds) {
		s.Kind = signalKinds[kind]
	} else {
		s.Kind = r.str()
	}
	switch {
	case h[0]&zeroWeight != 0:
	case h[0]&rawWeight != 0:
		if w := r.bytes(8); len(w) == 8 {
			s.Weight = math.Float64frombits(binary.LittleEndian.Uint64(w))
		}
	default:
		s.Weight = float64(r.varint()) / 4
	}
	switch form {
	case detailString:
		s.Detail = r.str()
	case detailDerived:
		s.Detail = cand
		if s.Kind == signalFullName {
			s.Detail = rc.name + " ≠ " + cand
		}
	case detailSpan:
		first, last := r.varint(), r.varint()
		d, err := time.Parse(time.DateOnly, rc.date)
		if err != nil {
			r.err = errRecord
			return s
		}
		s.Detail = spanDetail(rc.date, d, first, last)
	}
	return s
}

// convertLinkRange stores the link decisions of the articles lo < rid <=
// hi in their compact form in entity_links_v9 (migration 9 on SQLite, 6
// on PostgreSQL, whose last batch then replaces entity_links with it). A
// batch of a migration on either backend.
func convertLinkRange(ctx context.Context, tx dbtx, lo, hi int64) error {
	rows, err := tx.query(ctx, `SELECT l.rid, l.n, l.eid, l.name, l.linked, l.score, l.signals, l.others, e.name, coalesce(a.published, '')
		FROM entity_links l JOIN entities e ON e.eid = l.eid JOIN articles a ON a.rid = l.rid
		WHERE l.rid > ? AND l.rid <= ? ORDER BY l.rid, l.n`, lo, hi)
	if err != nil {
		return err
	}
	var recs []v7Link
	for rows.Next() {
		var r v7Link
		if err := rows.Scan(&r.rid, &r.n, &r.eid, &r.name, &r.linked, &r.score, &r.signals, &r.others, &r.entity, &r.date); err != nil {
			rows.Close()
			return err
		}
		recs = append(recs, r)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, r := range recs {
		if err := r.convert(ctx, tx); err != nil {
			return fmt.Errorf("converting the link decision of article %d, entity %d: %w", r.rid, r.n, err)
		}
	}
	return nil
}

// v7Link is a link decision as migration 7 (PostgreSQL 5) stored it.
type v7Link struct {
	rid, n, eid        int64
	name, entity, date string
	linked             int
	score              float64
	signals, others    string
}

// convert stores the decision in its compact form.
func (r v7Link) convert(ctx context.Context, tx dbtx) error {
	dec := &linkDecision{}
	if err := json.Unmarshal([]byte(r.others), &dec.all); err != nil {
		return err
	}
	if r.linked == 1 {
		c := CandidateScore{EntityID: r.eid, Name: r.entity, Score: r.score}
		if err := json.Unmarshal([]byte(r.signals), &c.Signals); err != nil {
			return err
		}
		dec.all = append([]CandidateScore{c}, dec.all...)
		dec.chosen = &dec.all[0]
	}
	blob, ok := encodeDecision(dec, recordContext{name: strings.TrimSpace(r.name), date: r.date})
	if !ok {
		return nil
	}
	given := sql.NullString{String: r.name, Valid: r.name != r.entity}
	return tx.exec(ctx, `INSERT INTO entity_links_v9(rid, n, eid, name, d) VALUES (?, ?, ?, ?, ?)`, r.rid, r.n, r.eid, given, blob)
}
