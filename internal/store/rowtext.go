package store

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/sosik-news/sosik/internal/extract"
)

// The cut column of events and quotes says which of the row's texts were
// left out because they are slices of the article text (migration 11 on
// SQLite, 8 on PostgreSQL); a row with cut 0 holds its texts as before.
const (
	cutEvidence = 1 << iota // events.evidence is text[start:end]
	cutMarker               // events.marker is text[marker_start:marker_end]
	cutMentions             // events.mentions is "start,end,…" cut from the text
)

// cutQuote: quotes.text is text[start:end].
const cutQuote = 1

// eventTexts is how one event's texts are stored.
type eventTexts struct {
	evidence, marker, mentions string
	cut                        int
}

// storedEventTexts is the stored form of ev's evidence, marker and
// mentions beside the article text.
func storedEventTexts(text string, ev *extract.Event) (eventTexts, error) {
	t := eventTexts{evidence: ev.Evidence}
	if ev.Evidence != "" && inText(text, ev.Start, ev.End, ev.Evidence) {
		t.evidence, t.cut = "", t.cut|cutEvidence
	}
	if ev.Marker != nil {
		t.marker = ev.Marker.Text
		if t.marker != "" && inText(text, ev.Marker.Start, ev.Marker.End, t.marker) {
			t.marker, t.cut = "", t.cut|cutMarker
		}
	}
	if spans, ok := spansOfText(text, ev.Mentions); ok {
		t.mentions, t.cut = spans, t.cut|cutMentions
		return t, nil
	}
	mentions := ev.Mentions
	if mentions == nil {
		mentions = []extract.Span{}
	}
	js, err := json.Marshal(mentions)
	if err != nil {
		return t, fmt.Errorf("encoding event mentions: %w", err)
	}
	t.mentions = string(js)
	return t, nil
}

// spansOfText writes the offsets of ms as "start,end,…" when every one's
// text is its slice of text.
func spansOfText(text string, ms []extract.Span) (string, bool) {
	var b strings.Builder
	for i, m := range ms {
		if !inText(text, m.Start, m.End, m.Text) {
			return "", false
		}
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(strconv.Itoa(m.Start))
		b.WriteByte(',')
		b.WriteString(strconv.Itoa(m.End))
	}
	return b.String(), true
}

// parseSpans reads what spansOfText wrote, the texts left empty.
func parseSpans(s string) ([]extract.Span, error) {
	if s == "" {
		return nil, nil
	}
	parts := strings.Split(s, ",")
	if len(parts)%2 != 0 {
		return nil, fmt.Errorf("odd number of offsets in %q", s)
	}
	out := make([]extract.Span, 0, len(parts)/2)
	for i := 0; i < len(parts); i += 2 {
		start, err1 := strconv.Atoi(parts[i])
		end, err2 := strconv.Atoi(parts[i+1])
		if err1 != nil || err2 != nil {
			return nil, fmt.Errorf("bad offsets in %q", s)
		}
		out = append(out, extract.Span{Start: start, End: end})
	}
	return out, nil
}

// storedQuoteText is the stored form of a quote's text and its cut flag.
func storedQuoteText(text string, q *extract.Quote) (string, int) {
	if q.Text != "" && inText(text, q.Start, q.End, q.Text) {
		return "", cutQuote
	}
	return q.Text, 0
}

// slice is text[start:end], or "" when the offsets do not fit.
func slice(text string, start, end int) string {
	if start >= 0 && end <= len(text) && start <= end {
		return text[start:end]
	}
	return ""
}

// articleTexts reads and inflates the texts of the articles c lists, each
// once and only as far as its last span needs.
func (s *core) articleTexts(ctx context.Context, c *cutRows) (map[int64]string, error) {
	out := make(map[int64]string, len(c.rids))
	if len(c.rids) == 0 {
		return out, nil
	}
	rows, err := s.db.query(ctx, `SELECT rid, text, text_z FROM articles WHERE `+s.inList("rid", 1), s.list(c.rids))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var rid int64
		var text string
		var z []byte
		if err := rows.Scan(&rid, &text, &z); err != nil {
			return nil, err
		}
		if z == nil {
			out[rid] = text
			continue
		}
		var b []byte
		if n := c.ends[rid]; n < 0 {
			b, err = inflate(z)
		} else {
			b, err = inflatePrefix(z, n)
		}
		if err != nil {
			return nil, fmt.Errorf("store: inflating stored text: %w", err)
		}
		out[rid] = string(b)
	}
	return out, rows.Err()
}

// cutRows lists the distinct articles of rows whose texts were cut and how
// far into each text the rows' spans reach.
type cutRows struct {
	rids []int64
	ends map[int64]int
}

// add notes a row of article rid with flags cut whose spans end by end
// (-1: anywhere in the text).
func (c *cutRows) add(rid int64, cut, end int) {
	if cut == 0 {
		return
	}
	if c.ends == nil {
		c.ends = map[int64]int{}
	}
	e, seen := c.ends[rid]
	switch {
	case !seen:
		c.rids = append(c.rids, rid)
	case e < 0 || end >= 0 && e >= end:
		return
	}
	c.ends[rid] = end
}

// cutTextRange leaves out of the stored events and quotes of the articles
// lo < rid <= hi the texts that are slices of their article's text
// (migration 11 on SQLite, 8 on PostgreSQL). A batch of a migration on
// either backend.
func cutTextRange(ctx context.Context, tx dbtx, lo, hi int64) error {
	texts, err := rangeTexts(ctx, tx, lo, hi)
	if err != nil || len(texts) == 0 {
		return err
	}
	if err := cutEventRows(ctx, tx, texts, lo, hi); err != nil {
		return err
	}
	return cutQuoteRows(ctx, tx, texts, lo, hi)
}

// rangeTexts reads the texts of the articles lo < rid <= hi.
func rangeTexts(ctx context.Context, tx dbtx, lo, hi int64) (map[int64]string, error) {
	rows, err := tx.query(ctx, `SELECT rid, text, text_z FROM articles WHERE rid > ? AND rid <= ?`, lo, hi)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	texts := map[int64]string{}
	for rows.Next() {
		var rid int64
		var text string
		var z []byte
		if err := rows.Scan(&rid, &text, &z); err != nil {
			return nil, err
		}
		if texts[rid], err = unpackText(text, z); err != nil {
			return nil, err
		}
	}
	return texts, rows.Err()
}

// cutEventRows stores again the events of articles lo < rid <= hi whose
// texts can be cut from texts.
func cutEventRows(ctx context.Context, tx dbtx, texts map[int64]string, lo, hi int64) error {
	type row struct {
		evid int64
		t    eventTexts
	}
	rows, err := tx.query(ctx, `SELECT evid, rid, evidence, start, "end", marker, marker_start, marker_end, mentions
		FROM events WHERE rid > ? AND rid <= ? AND cut = 0`, lo, hi)
	if err != nil {
		return err
	}
	var todo []row
	for rows.Next() {
		var r row
		var rid int64
		var ev extract.Event
		var m extract.Span
		var mentions string
		if err := rows.Scan(&r.evid, &rid, &ev.Evidence, &ev.Start, &ev.End, &m.Text, &m.Start, &m.End, &mentions); err != nil {
			rows.Close()
			return err
		}
		if m.Text != "" {
			ev.Marker = &m
		}
		if err := json.Unmarshal([]byte(mentions), &ev.Mentions); err != nil {
			rows.Close()
			return fmt.Errorf("decoding mentions of event %d: %w", r.evid, err)
		}
		if r.t, err = storedEventTexts(texts[rid], &ev); err != nil {
			rows.Close()
			return err
		}
		if r.t.cut != 0 {
			todo = append(todo, r)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, r := range todo {
		if err := tx.exec(ctx, `UPDATE events SET evidence = ?, marker = ?, mentions = ?, cut = ? WHERE evid = ?`,
			r.t.evidence, r.t.marker, r.t.mentions, r.t.cut, r.evid); err != nil {
			return err
		}
	}
	return nil
}

// cutQuoteRows stores again the quotes of articles lo < rid <= hi whose
// text can be cut from texts.
func cutQuoteRows(ctx context.Context, tx dbtx, texts map[int64]string, lo, hi int64) error {
	rows, err := tx.query(ctx, `SELECT qid, rid, text, start, "end" FROM quotes WHERE rid > ? AND rid <= ? AND cut = 0`, lo, hi)
	if err != nil {
		return err
	}
	var qids []int64
	for rows.Next() {
		var qid, rid int64
		var q extract.Quote
		if err := rows.Scan(&qid, &rid, &q.Text, &q.Start, &q.End); err != nil {
			rows.Close()
			return err
		}
		if _, cut := storedQuoteText(texts[rid], &q); cut != 0 {
			qids = append(qids, qid)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, qid := range qids {
		if err := tx.exec(ctx, `UPDATE quotes SET text = '', cut = ? WHERE qid = ?`, cutQuote, qid); err != nil {
			return err
		}
	}
	return nil
}
