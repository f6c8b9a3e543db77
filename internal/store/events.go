package store

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/sosik-news/sosik/internal/extract"
)

// EventCertainties lists every certainty level an event may have, in the
// order lists show them.
var EventCertainties = []extract.Certainty{extract.Asserted, extract.Reported, extract.Speculated,
	extract.Planned, extract.Denied, extract.Conditional}

// EventQuery asks for the events of the whole corpus. Every list filter
// keeps an event that matches one of its values; the filters are ANDed.
type EventQuery struct {
	Types     []string `json:"types,omitempty"`     // event types, e.g. MEET (extract.EventTypes)
	Entity    string   `json:"entity,omitempty"`    // ref: an actor is this entity
	With      string   `json:"with,omitempty"`      // ref: another actor is this entity
	Certainty []string `json:"certainty,omitempty"` // levels of EventCertainties
	// From and To bound the event's date (the article's publication date
	// when the event has none); an event dated only by month or year is
	// kept when its period overlaps [From, To].
	From   string `json:"from,omitempty"`
	To     string `json:"to,omitempty"`
	Limit  int    `json:"limit,omitempty"` // 0 means 50, at most 1000
	Offset int    `json:"offset,omitempty"`
}

// EventList is one page of events, newest first, and how many match.
type EventList struct {
	Total  int        `json:"total"`
	Events []EventRef `json:"events"`
}

// Events lists the events matching q across the corpus, newest first (by
// the event's date, else the article's; on one date, newest article first
// and an article's events in their order). Unknown types or certainty levels
// and bad dates come back as *QueryError; an entity name that fits several
// entities as *AmbiguousError.
func (s *core) Events(ctx context.Context, q EventQuery) (*EventList, error) {
	where, args, err := s.eventFilter(ctx, q)
	if err != nil {
		return nil, err
	}
	if q.Limit <= 0 {
		q.Limit = 50
	}
	if q.Limit > 1000 || q.Offset < 0 || q.Offset > 100000 {
		return nil, &QueryError{Pos: -1, Msg: "limit must be at most 1000 and offset between 0 and 100000"}
	}
	out := &EventList{}
	if err := s.db.queryRow(ctx, `SELECT count(*) FROM events ev JOIN articles a ON a.rid = ev.rid `+where, args...).Scan(&out.Total); err != nil {
		return nil, fmt.Errorf("store: counting events: %w", classify(err))
	}
	n := len(args)
	tail := fmt.Sprintf("%s ORDER BY %s DESC, ev.rid DESC, ev.evid LIMIT ?%d OFFSET ?%d", where, eventDateKey, n+1, n+2)
	out.Events, err = s.events(ctx, tail, append(args, q.Limit, q.Offset)...)
	if err != nil {
		return nil, fmt.Errorf("store: listing events: %w", classify(err))
	}
	return out, nil
}

// eventDateKey is the day, month or year an event sorts and filters by:
// the start of its date (an interval's too), else the article's.
const eventDateKey = `coalesce(substr(nullif(ev.date, ''), 1, 10), a.published, '')`

// eventFilter validates q and turns it into a WHERE clause over events ev
// joined to articles a, with its arguments numbered ?1, ?2 ….
func (s *core) eventFilter(ctx context.Context, q EventQuery) (string, []any, error) {
	types, err := checkEventTypes(q.Types)
	if err != nil {
		return "", nil, err
	}
	certs, err := checkCertainties(q.Certainty)
	if err != nil {
		return "", nil, err
	}
	from, to, err := dateRange(q.From, q.To)
	if err != nil {
		return "", nil, err
	}
	var conds []string
	var args []any
	arg := func(v any) string {
		args = append(args, v)
		return "?" + strconv.Itoa(len(args))
	}
	if len(types) > 0 {
		conds = append(conds, s.inList("ev.type", len(args)+1))
		args = append(args, s.list(types))
	}
	if len(certs) > 0 {
		conds = append(conds, s.inList("ev.certainty", len(args)+1))
		args = append(args, s.list(certs))
	}
	if from.Valid {
		// A month or year key ends after from when key-99 does.
		conds = append(conds, eventDateKey+` || '-99' >= `+arg(from.String))
	}
	if to.Valid {
		conds = append(conds, eventDateKey+` <> '' AND `+eventDateKey+` <= `+arg(to.String))
	}
	for _, ref := range []string{q.Entity, q.With} {
		if strings.TrimSpace(ref) == "" {
			continue
		}
		e, err := s.resolve(ctx, ref)
		if err != nil {
			return "", nil, err
		}
		conds = append(conds, `ev.evid IN (SELECT evid FROM event_actors WHERE eid = `+arg(e.ID)+`)`)
	}
	if len(conds) == 0 {
		return "", args, nil
	}
	return "WHERE " + strings.Join(conds, " AND "), args, nil
}

// checkEventTypes upper-cases types and refuses any not in extract.EventTypes.
func checkEventTypes(types []string) ([]string, error) {
	out := make([]string, 0, len(types))
	for _, t := range types {
		u := extract.EventType(strings.ToUpper(strings.TrimSpace(t)))
		if !u.Valid() {
			return nil, &QueryError{Query: t, Pos: -1, Msg: fmt.Sprintf("unknown event type %q", t)}
		}
		out = append(out, string(u))
	}
	return out, nil
}

// checkCertainties lower-cases levels and refuses any not in EventCertainties.
func checkCertainties(levels []string) ([]string, error) {
	out := make([]string, 0, len(levels))
	for _, c := range levels {
		l := extract.Certainty(strings.ToLower(strings.TrimSpace(c)))
		if !slices.Contains(EventCertainties, l) {
			return nil, &QueryError{Query: c, Pos: -1, Msg: fmt.Sprintf("unknown certainty %q", c)}
		}
		out = append(out, string(l))
	}
	return out, nil
}
