package store

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/sosik-news/sosik/internal/extract"
)

// backfillEventMarks fills the marker and mentions columns of the events
// stored before they existed, from each article's stored document (which
// kept them, when its extractor gave them). Events were stored in the
// document's order, skipping those without a type, so the n-th stored
// event of an article is its n-th typed event. Runs inside the migration's
// transaction on either backend.
func backfillEventMarks(ctx context.Context, tx dbtx) error {
	const page = 200
	for last := int64(0); ; {
		got, err := articlesWithEvents(ctx, tx, last, page)
		if err != nil {
			return err
		}
		rids := got.rids
		for i, rid := range rids {
			if err := backfillArticleEvents(ctx, tx, rid, got.events[i]); err != nil {
				return fmt.Errorf("article %d: %w", rid, err)
			}
			last = rid
		}
		if len(rids) < page {
			return nil
		}
	}
}

// storedEvents is a page of the stored documents that have events: their
// rids and their documents' events.
type storedEvents struct {
	rids   []int64
	events [][]extract.Event
}

// articlesWithEvents reads a page of the stored documents that have events.
func articlesWithEvents(ctx context.Context, tx dbtx, after int64, limit int) (storedEvents, error) {
	var page storedEvents
	rows, err := tx.query(ctx, `SELECT a.rid, a.text, a.text_z, a.doc FROM articles a
		WHERE a.rid > ? AND EXISTS (SELECT 1 FROM events ev WHERE ev.rid = a.rid) ORDER BY a.rid LIMIT ?`, after, limit)
	if err != nil {
		return page, err
	}
	defer rows.Close()
	for rows.Next() {
		var rid int64
		var text string
		var z, blob []byte
		if err := rows.Scan(&rid, &text, &z, &blob); err != nil {
			return page, err
		}
		if text, err = unpackText(text, z); err != nil {
			return page, err
		}
		d, err := decodeDoc(docRow{}, text, blob)
		if err != nil {
			return page, err
		}
		page.rids, page.events = append(page.rids, rid), append(page.events, d.Events)
	}
	return page, rows.Err()
}

// backfillArticleEvents copies one article's event markers and mentions
// from its stored document to its event rows.
func backfillArticleEvents(ctx context.Context, tx dbtx, rid int64, events []extract.Event) error {
	evids, err := eventIDs(ctx, tx, rid)
	if err != nil {
		return err
	}
	n := 0
	for _, ev := range events {
		if ev.Type == "" {
			continue
		}
		if n >= len(evids) {
			break
		}
		evid := evids[n]
		n++
		if ev.Marker == nil && len(ev.Mentions) == 0 {
			continue
		}
		var marker struct {
			text       string
			start, end int
		}
		if ev.Marker != nil {
			marker.text, marker.start, marker.end = ev.Marker.Text, ev.Marker.Start, ev.Marker.End
		}
		ms, err := json.Marshal(ev.Mentions)
		if err != nil {
			return err
		}
		if len(ev.Mentions) == 0 {
			ms = []byte("[]")
		}
		if err := tx.exec(ctx, `UPDATE events SET marker = ?, marker_start = ?, marker_end = ?, mentions = ? WHERE evid = ?`,
			marker.text, marker.start, marker.end, string(ms), evid); err != nil {
			return err
		}
	}
	return nil
}

// eventIDs lists an article's stored events in the order they were stored.
func eventIDs(ctx context.Context, tx dbtx, rid int64) ([]int64, error) {
	rows, err := tx.query(ctx, `SELECT evid FROM events WHERE rid = ? ORDER BY evid`, rid)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var evids []int64
	for rows.Next() {
		var evid int64
		if err := rows.Scan(&evid); err != nil {
			return nil, err
		}
		evids = append(evids, evid)
	}
	return evids, rows.Err()
}
