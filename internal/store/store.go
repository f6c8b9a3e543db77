// Package store keeps a corpus of extracted articles and answers questions
// about it: Korean full-text search, entity profiles, relation graphs,
// timelines and trends.
//
// Callers see only the Store interface and the plain types of this file;
// SQL and its dialect stay inside the backend. SQLite (modernc.org/sqlite,
// pure Go) is the embedded default; PostgreSQL (pgx) serves a corpus
// shared by many writers and readers. Both run the same reads, writes,
// entity linking and search evaluator; they differ in their full-text
// index and their transactions (see docs/postgres.md).
//
// Conventions shared by every method:
//   - Dates are strings: "YYYY-MM-DD" for days; filters (From/To/Since) also
//     accept "YYYY-MM" and "YYYY", and an inclusive To covers the whole period.
//   - Entity references ("ref") are either the decimal Entity.ID or a name;
//     a name that fits several entities gives an *AmbiguousError listing them.
//   - Byte offsets are UTF-8 byte offsets, end exclusive, like the extractor's.
//   - Every method is safe for concurrent use. Writes are serialised inside
//     (SQLite), or between writers that link the same names (PostgreSQL).
//   - Stored strings are valid UTF-8 without NUL bytes (PostgreSQL text
//     holds nothing else); Put fails a document that has any other.
package store

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/sosik-news/sosik/internal/extract"
)

// Store is a corpus of extracted articles.
type Store interface {
	// Put stores a batch of documents in one transaction. It is idempotent
	// by Document.ID: a document already stored comes back as Duplicate and
	// changes nothing. Results are in the order of docs. A document that
	// cannot be stored (no ID, no text …) gets Status Failed with Err set and
	// the rest of the batch goes on; the error return is for failures of the
	// whole batch (database locked, read-only, disk full), in which case
	// nothing of the batch was stored.
	Put(ctx context.Context, docs []*extract.Document) ([]PutResult, error)
	// Has reports which of ids are already stored, so an ingest can skip
	// extraction of what it has seen. Every id is a key of the result.
	Has(ctx context.Context, ids []string) (map[string]bool, error)

	// Article returns the stored document, or an error wrapping ErrNotFound.
	Article(ctx context.Context, id string) (*extract.Document, error)
	// Search runs a query in the search syntax (see SearchQuery) with filters.
	// An empty Text with filters lists matching articles, newest first.
	// Syntax errors come back as *QueryError.
	Search(ctx context.Context, q SearchQuery) (*SearchResult, error)
	// Warm loads the lookups of the n commonest words and bigrams into
	// memory for the first searches (SQLite; a no-op on PostgreSQL, see
	// core.Warm). It stops when ctx is cancelled or the memory budget is
	// used; searches may run meanwhile.
	Warm(ctx context.Context, n int) (WarmStats, error)

	// FindEntities lists entities whose name or an alias starts with prefix
	// (spaces and case ignored), most-mentioned first; use it to disambiguate.
	FindEntities(ctx context.Context, prefix string, limit int) ([]Entity, error)
	// Entity returns the profile of one entity by ref (ID or name).
	Entity(ctx context.Context, ref string, opt ProfileOptions) (*EntityProfile, error)
	// Graph returns the co-mention and event graph, around q.Entity when set,
	// else among the most-mentioned entities.
	Graph(ctx context.Context, q GraphQuery) (*Graph, error)
	// Timeline returns the dated events and articles of one entity, oldest first.
	Timeline(ctx context.Context, ref string, limit int) (*Timeline, error)
	// Events lists the events of the whole corpus that match q, newest
	// first, with their actors, certainty and article.
	Events(ctx context.Context, q EventQuery) (*EventList, error)
	// Trends counts matching articles per period for each term; each term is
	// a query in the search syntax.
	Trends(ctx context.Context, q TrendsQuery) (*Trends, error)

	// Export calls fn for every stored document in ingest order, streaming
	// (memory does not grow with the corpus). An error from fn stops it and
	// is returned.
	Export(ctx context.Context, q ExportQuery, fn func(*extract.Document) error) error
	// Stats counts what the store holds.
	Stats(ctx context.Context) (*Stats, error)
	// Close releases the database; the Store must not be used afterwards.
	Close() error
}

// PutStatus says what Put did with one document.
type PutStatus string

// Put outcomes.
const (
	// Inserted: a new article, not close to any stored one.
	Inserted PutStatus = "inserted"
	// Duplicate: an article with the same ID was already stored; nothing changed.
	Duplicate PutStatus = "duplicate"
	// NearDuplicate: stored, and grouped into the story of a stored article
	// whose text differs only slightly (SimHash Hamming distance ≤ 3).
	NearDuplicate PutStatus = "near-duplicate"
	// Failed: not stored; Err says why.
	Failed PutStatus = "failed"
)

// PutResult is the outcome of storing one document.
type PutResult struct {
	ID     string    `json:"id"`
	Status PutStatus `json:"status"`
	// StoryID is the ID of the story's original: the earliest-published
	// article among its near-duplicates (the article's own ID when alone).
	StoryID string `json:"story_id,omitempty"`
	// Err is set when Status is Failed.
	Err error `json:"-"`
}

// SearchQuery is a full-text query with filters.
//
// Text syntax: words are ANDed; "double quotes" make a phrase; OR between two
// items makes either enough (OR binds tighter than the implicit AND); a
// leading - excludes an item; parentheses group. Words are analysed into
// morphemes like the indexed text, so 삼성전자 finds 삼성전자가, with a
// character-bigram fallback for short words and unknown compounds.
type SearchQuery struct {
	Text      string `json:"q"`
	From      string `json:"from,omitempty"`       // published on or after
	To        string `json:"to,omitempty"`         // published on or before (inclusive)
	Agency    string `json:"agency,omitempty"`     // exact agency name, e.g. 뉴시스
	Entity    string `json:"entity,omitempty"`     // ref: mentions this entity
	EventType string `json:"event_type,omitempty"` // has an event of this type, e.g. MEET
	Limit     int    `json:"limit,omitempty"`      // hits per page; 0 means 10, at most 1000
	Offset    int    `json:"offset,omitempty"`
	// Exhaustive checks every candidate a search has in doubt, so that
	// Total is always exact, and evaluates the query without a plan (the
	// reference a plan's answers are checked against).
	Exhaustive bool `json:"exhaustive,omitempty"`
}

// SearchResult is one page of hits, best first, and the facets of all matches.
type SearchResult struct {
	// Total counts the articles matching the query and filters. It is
	// exact unless TotalAtLeast is set: then more articles were left to
	// check against their text (words found inside longer ones, see
	// SearchBudget) than one search checks, and Total counts the matches
	// known, a lower bound: "at least N results". The page is exact either
	// way: every match ranked before its last hit is checked.
	Total        int    `json:"total"`
	TotalAtLeast bool   `json:"total_at_least,omitempty"`
	Hits         []Hit  `json:"hits"`
	Facets       Facets `json:"facets"`
}

// Hit is one matching article.
type Hit struct {
	ID        string  `json:"id"`
	Headline  string  `json:"headline"`
	Agency    string  `json:"agency"`
	Published string  `json:"published"`
	URL       string  `json:"url,omitempty"`
	StoryID   string  `json:"story_id"`
	Score     float64 `json:"score"` // higher is better (negated BM25); 0 without Text
	// Snippet is a plain-text excerpt of the article (not HTML-escaped)
	// around the best cluster of matches; Highlights are the byte spans of
	// Snippet that matched. query.HighlightHTML turns them into <mark>.
	Snippet    string `json:"snippet"`
	Highlights []Span `json:"highlights"`
}

// Span is a byte range [Start, End) of a string.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Facets summarise the matching articles.
type Facets struct {
	Agencies []FacetCount `json:"agencies"` // articles per agency, most first
	Months   []FacetCount `json:"months"`   // articles per "YYYY-MM", in order
	// EntityTypes counts entities per type and Entities lists the 20 most
	// mentioned ones; both over the best-ranked matches only, at most
	// 1,000, because entity facets over millions of matches cost more than
	// they tell. EntitiesCounted is how many matches they count: all of
	// them when it equals Total, else the best EntitiesCounted ("in the
	// top 1,000").
	EntityTypes     []FacetCount  `json:"entity_types"`
	Entities        []EntityCount `json:"entities"`
	EntitiesCounted int           `json:"entities_counted"`
	// Counted is the number of matches Agencies and Months count: Total.
	// Partial is set with TotalAtLeast: the facets count the matches known.
	Counted int  `json:"counted"`
	Partial bool `json:"partial,omitempty"`
}

// FacetCount is one facet value and how many matching articles have it.
type FacetCount struct {
	Value string `json:"value"`
	Count int    `json:"count"`
}

// EntityCount is an entity with a count (articles, or co-mentions).
type EntityCount struct {
	Entity
	Count int `json:"count"`
}

// Entity is one real-world thing linked across articles.
type Entity struct {
	ID   int64  `json:"id"`
	Type string `json:"type"` // PERSON, ORG, PLACE, PROJECT, PRODUCT, EVENT
	Name string `json:"name"`
	// Title and Affiliation are the latest seen (e.g. 회장, 삼성전자).
	Title       string `json:"title,omitempty"`
	Affiliation string `json:"affiliation,omitempty"`
	// Country sets apart same-name organisations of different countries
	// (민주당 of US, KR or JP): ISO 3166 alpha-2, "" when unknown.
	Country   string `json:"country,omitempty"`
	Articles  int    `json:"articles"` // articles mentioning it
	Mentions  int    `json:"mentions"` // mentions over all articles
	FirstSeen string `json:"first_seen,omitempty"`
	LastSeen  string `json:"last_seen,omitempty"`
	// Aliases are the entity's other names; filled where entities must be
	// told apart (the candidates of an AmbiguousError), else empty.
	Aliases []string `json:"aliases,omitempty"`
}

// ProfileOptions bounds the lists of an EntityProfile.
type ProfileOptions struct {
	Limit int `json:"limit,omitempty"` // per list; 0 means 20
	// Explain fills EntityProfile.Links: why each article's mention was
	// joined to this entity (or started it), with the signals.
	Explain bool `json:"explain,omitempty"`
}

// EntityProfile is everything the corpus says about one entity.
type EntityProfile struct {
	Entity          Entity        `json:"entity"`
	Aliases         []string      `json:"aliases"`
	Titles          []TitleSpan   `json:"titles"`            // oldest first
	MentionsByMonth []FacetCount  `json:"mentions_by_month"` // articles per "YYYY-MM", in order
	CoMentioned     []EntityCount `json:"co_mentioned"`      // Count: shared articles
	Events          []EventRef    `json:"events"`            // newest first
	Quotes          []QuoteRef    `json:"quotes"`            // newest first
	Articles        []ArticleRef  `json:"articles"`          // newest first
	// Renames are the entity's dated renames (renamed_to, renamed_from).
	Renames []Rename `json:"renames,omitempty"`
	// Links are the link decisions of its articles, newest first; only
	// with ProfileOptions.Explain.
	Links []LinkDecision `json:"links,omitempty"`
}

// Rename relations.
const (
	RenamedTo   = "renamed_to"
	RenamedFrom = "renamed_from"
)

// Rename is a dated rename of an organisation: never an alias for all
// time, so an article before Date keeps the old name's entity.
type Rename struct {
	Relation string `json:"relation"` // RenamedTo or RenamedFrom
	Name     string `json:"name"`     // the other name
	Date     string `json:"date"`     // first day of the new name
	EntityID int64  `json:"entity_id,omitempty"`
}

// LinkDecision is why an article's entity was joined to a stored entity
// (Linked) or started a new one: the chosen candidate's score and signals,
// and the other candidates weighed that were contested: scoring within
// 1.00 of the chosen one (all when none was chosen), or vetoed (then with
// their vetoing signals only). OthersNotKept counts the candidates weighed
// and not kept (scoring lower). A new entity no candidate was weighed for
// has no signals.
type LinkDecision struct {
	Article       ArticleRef       `json:"article"`
	Index         int              `json:"index"` // of the entity in the article
	Name          string           `json:"name"`  // as the article gives it
	Linked        bool             `json:"linked"`
	Score         float64          `json:"score"`
	Signals       []Signal         `json:"signals"`
	Others        []CandidateScore `json:"others,omitempty"`
	OthersNotKept int              `json:"others_not_kept,omitempty"`
}

// TitleSpan is a title/affiliation/role held over a period, as seen in the
// articles' publication dates.
type TitleSpan struct {
	Title       string `json:"title,omitempty"`
	Affiliation string `json:"affiliation,omitempty"`
	Role        string `json:"role,omitempty"`
	FirstSeen   string `json:"first_seen"`
	LastSeen    string `json:"last_seen"`
	Articles    int    `json:"articles"`
}

// ArticleRef is a short reference to a stored article.
type ArticleRef struct {
	ID        string `json:"id"`
	Headline  string `json:"headline"`
	Agency    string `json:"agency"`
	Published string `json:"published"`
	URL       string `json:"url,omitempty"`
}

// Actor is an event participant: EntityID is 0 when it was not linked.
type Actor struct {
	Name     string `json:"name"`
	EntityID int64  `json:"entity_id,omitempty"`
}

// EventRef is an event as stored, with its article.
type EventRef struct {
	Article   ArticleRef        `json:"article"`
	Type      string            `json:"type"`
	Actors    []Actor           `json:"actors"`
	Object    string            `json:"object,omitempty"`
	Place     string            `json:"place,omitempty"`
	Date      string            `json:"date,omitempty"` // the event's date, else ""
	Certainty extract.Certainty `json:"certainty"`
	Evidence  string            `json:"evidence,omitempty"`
	// Start and End locate Evidence in the article text (byte offsets).
	Start int `json:"start"`
	End   int `json:"end"`
	// Marker is the words that set Certainty, with offsets into the
	// article text; absent for a plain assertion.
	Marker *extract.Span `json:"marker,omitempty"`
	// Mentions are every sentence of the article that tells the event.
	Mentions []extract.Span `json:"mentions,omitempty"`
}

// QuoteRef is a quote as stored, with its article.
type QuoteRef struct {
	Article  ArticleRef `json:"article"`
	Speaker  string     `json:"speaker"`
	EntityID int64      `json:"entity_id,omitempty"`
	Text     string     `json:"text"`
}

// GraphQuery selects a relation graph.
type GraphQuery struct {
	Entity string `json:"entity,omitempty"` // ref; empty: the whole corpus
	// Since and Until bound the period by the articles' publication
	// months, both inclusive (YYYY, YYYY-MM or YYYY-MM-DD; a day counts its
	// whole month). Without either, undated articles count too.
	Since string `json:"since,omitempty"`
	Until string `json:"until,omitempty"`
	// Certainty keeps the event links of these levels (EventCertainties);
	// empty keeps all.
	Certainty []string `json:"certainty,omitempty"`
	Limit     int      `json:"limit,omitempty"` // max nodes; 0 means 50
}

// Graph is entities (nodes) and their relations (edges).
type Graph struct {
	Nodes []Node `json:"nodes"`
	Edges []Edge `json:"edges"`
}

// Node is one entity of a graph; Weight is its article count in scope.
type Node struct {
	ID     int64  `json:"id"`
	Label  string `json:"label"`
	Type   string `json:"type"`
	Weight int    `json:"weight"`
}

// Edge kinds.
const (
	EdgeCoMention = "co-mention" // Weight: articles mentioning both
	EdgeEvent     = "event"      // Weight: events with both as actors
)

// Edge joins two nodes; Source < Target, one edge per pair and kind.
type Edge struct {
	Source int64  `json:"source"`
	Target int64  `json:"target"`
	Kind   string `json:"kind"`
	Weight int    `json:"weight"`
	// EventTypes lists the event types behind an event edge, e.g. MEET.
	EventTypes []string `json:"event_types,omitempty"`
	// Certainties counts an event edge's events per certainty level.
	Certainties map[string]int `json:"certainties,omitempty"`
}

// Timeline is an entity's dated record, oldest first.
type Timeline struct {
	Entity Entity         `json:"entity"`
	Items  []TimelineItem `json:"items"`
}

// Timeline item kinds.
const (
	ItemEvent   = "event"
	ItemArticle = "article"
)

// TimelineItem is one event (dated by the event, else its article) or one
// article mentioning the entity.
type TimelineItem struct {
	Date    string     `json:"date"`
	Kind    string     `json:"kind"`
	Article ArticleRef `json:"article"`
	Event   *EventRef  `json:"event,omitempty"`
}

// Trend periods.
const (
	ByDay   = "day"   // bucket "2025-04-01"
	ByWeek  = "week"  // bucket: the Monday starting the ISO week, "2025-03-31"
	ByMonth = "month" // bucket "2025-04"
)

// TrendsQuery asks how often terms appear over time.
type TrendsQuery struct {
	Terms []string `json:"terms"`
	By    string   `json:"by"` // ByDay, ByWeek or ByMonth; "" means month
	From  string   `json:"from,omitempty"`
	To    string   `json:"to,omitempty"`
}

// Trends are article counts per bucket; Series[i].Counts[j] counts
// Buckets[j]. Buckets are contiguous from the first to the last non-empty one.
type Trends struct {
	By      string        `json:"by"`
	Buckets []string      `json:"buckets"`
	Series  []TrendSeries `json:"series"`
}

// TrendSeries is one term's counts, aligned with Trends.Buckets.
type TrendSeries struct {
	Term   string `json:"term"`
	Counts []int  `json:"counts"`
	Total  int    `json:"total"`
}

// ExportQuery filters an export; the zero value exports everything.
type ExportQuery struct {
	From string `json:"from,omitempty"`
	To   string `json:"to,omitempty"`
}

// Stats counts what a store holds.
type Stats struct {
	Articles int   `json:"articles"`
	Stories  int   `json:"stories"` // distinct stories (near-duplicates grouped)
	Entities int   `json:"entities"`
	Mentions int   `json:"mentions"`
	Events   int   `json:"events"`
	Quotes   int   `json:"quotes"`
	TextSize int64 `json:"text_bytes"` // sum of article text lengths
	DBSize   int64 `json:"db_bytes"`   // database size on disk, when known
	Schema   int   `json:"schema_version"`
}

// Errors callers can test for with errors.Is.
var (
	// ErrNotFound: no such article or entity.
	ErrNotFound = errors.New("not found")
	// ErrReadOnly: the database cannot be written (file or directory
	// permissions, a read-only mount, or opened with ReadOnly).
	ErrReadOnly = errors.New("database is read-only")
	// ErrLocked: another process holds the database lock for longer than
	// the busy timeout.
	ErrLocked = errors.New("database is locked by another process")
	// ErrSchema: the database was written by a newer sosik, or is not a
	// sosik database.
	ErrSchema = errors.New("incompatible database schema")
)

// QueryError is a search text or filter that cannot be understood. Pos is
// the byte offset in the query text where the problem starts (-1 for
// filters).
type QueryError struct {
	Query string
	Pos   int
	Msg   string
}

// Error says what is wrong with the query and where.
func (e *QueryError) Error() string {
	if e.Pos < 0 {
		return "search: " + e.Msg
	}
	return fmt.Sprintf("search: %s at position %d of %q", e.Msg, e.Pos, e.Query)
}

// AmbiguousError is a name that fits several entities; pick one by ID.
type AmbiguousError struct {
	Name       string
	Candidates []Entity
}

// Error lists the candidates with their ids.
func (e *AmbiguousError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%q fits %d entities, name one by id:", e.Name, len(e.Candidates))
	for _, c := range e.Candidates {
		fmt.Fprintf(&b, " %d (%s", c.ID, c.Type)
		if c.Affiliation != "" {
			fmt.Fprintf(&b, ", %s", c.Affiliation)
		}
		if c.Title != "" {
			fmt.Fprintf(&b, " %s", c.Title)
		}
		fmt.Fprintf(&b, ", %d articles);", c.Articles)
	}
	return strings.TrimSuffix(b.String(), ";")
}

// Option changes how Open opens a store.
type Option func(*options)

type options struct {
	readOnly    bool
	busyTimeout int // milliseconds
	verify      int
	facetTop    int
}

// ReadOnly opens the database without write access (and without
// migrating it); Put then fails with ErrReadOnly. Use it for queries.
func ReadOnly() Option { return func(o *options) { o.readOnly = true } }

// BusyTimeout sets how long a write waits for another writer's lock before
// failing with ErrLocked; the default is 5 seconds.
func BusyTimeout(ms int) Option { return func(o *options) { o.busyTimeout = ms } }

// DefaultDSN is the database used when none is given.
const DefaultDSN = "sosik.db"

// Open opens (creating and migrating when needed) the store named by dsn: a
// file path or "sqlite:PATH" for SQLite, a "postgres://" or "postgresql://"
// URL for PostgreSQL. An empty dsn means DefaultDSN.
func Open(ctx context.Context, dsn string, opts ...Option) (Store, error) {
	o := options{busyTimeout: 5000}
	for _, f := range opts {
		f(&o)
	}
	if dsn == "" {
		dsn = DefaultDSN
	}
	if scheme, _, ok := strings.Cut(dsn, "://"); ok {
		if scheme != "postgres" && scheme != "postgresql" {
			return nil, fmt.Errorf("store: %s databases are not supported (use a file path, sqlite:PATH or postgres://…)", scheme)
		}
		s, err := openPostgres(ctx, dsn, o)
		if err != nil {
			return nil, err
		}
		return s, nil
	}
	s, err := openSQLite(ctx, strings.TrimPrefix(dsn, "sqlite:"), o)
	if err != nil {
		return nil, err // not a typed nil inside the interface
	}
	return s, nil
}
