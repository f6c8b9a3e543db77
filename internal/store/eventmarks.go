package store

import (
	"context"
	"encoding/json"
	"fmt"
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
		rids, blobs, err := articlesWithEvents(ctx, tx, last, page)
		if err != nil {
			return err
		}
		for i, rid := range rids {
			if err := backfillArticleEvents(ctx, tx, rid, blobs[i]); err != nil {
				return fmt.Errorf("article %d: %w", rid, err)
			}
			last = rid
		}
		if len(rids) < page {
			return nil
		}
	}
}

// articlesWithEvents reads a page of the stored documents that have events.
func articlesWithEvents(ctx context.Context, tx dbtx, after int64, limit int) ([]int64, [][]byte, error) {
	rows, err := tx.query(ctx, `SELECT a.rid, a.doc FROM articles a
		WHERE a.rid > ? AND EXISTS (SELECT 1 FROM events ev WHERE ev.rid = a.rid) ORDER BY a.rid LIMIT ?`, after, limit)
	if err != nil {
		return nil, nil, err
	}
	defer rows.Close()
	var rids []int64
	var blobs [][]byte
	for rows.Next() {
		var rid int64
		var blob []byte
		if err := rows.Scan(&rid, &blob); err != nil {
			return nil, nil, err
		}
		rids, blobs = append(rids, rid), append(blobs, blob)
	}
	return rids, blobs, rows.Err()
}

// backfillArticleEvents copies one article's event markers and mentions
// from its stored document to its event rows.
func backfillArticleEvents(ctx context.Context, tx dbtx, rid int64, blob []byte) error {
	js, err := inflate(blob)
	if err != nil {
		return fmt.Errorf("inflating stored document: %w", err)
	}
	var sd storedDoc
	if err := json.Unmarshal(js, &sd); err != nil {
		return fmt.Errorf("decoding stored document: %w", err)
	}
	evids, err := eventIDs(ctx, tx, rid)
	if err != nil {
		return err
	}
	n := 0
	for _, ev := range sd.Events {
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
