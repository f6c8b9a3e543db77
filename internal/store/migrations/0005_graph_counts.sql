-- Graph counts: co-mention and event-actor counts kept as articles are
-- stored, so graph and profile queries read a few index ranges instead of
-- joining mentions with mentions (cost bounded by the graph's size, not the
-- corpus's). A month is the first seven characters of the article's
-- publication date ('' when unknown). Pairs are kept in both directions
-- (a, b) and (b, a), so an entity's neighbourhood is one index range.
-- An article adds co-mention pairs among its 24 most-mentioned entities
-- (ties by entity id): a bound on what one long list-like article can add.
CREATE TABLE entity_months (
    eid   INTEGER NOT NULL,
    month TEXT    NOT NULL,
    n     INTEGER NOT NULL,
    PRIMARY KEY (eid, month)
) WITHOUT ROWID;
CREATE INDEX entity_months_month ON entity_months(month, eid, n);

CREATE TABLE pair_months (
    a     INTEGER NOT NULL,
    b     INTEGER NOT NULL,
    month TEXT    NOT NULL,
    n     INTEGER NOT NULL,
    PRIMARY KEY (a, b, month)
) WITHOUT ROWID;

CREATE TABLE pair_totals (
    a INTEGER NOT NULL,
    b INTEGER NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (a, b)
) WITHOUT ROWID;
CREATE INDEX pair_totals_top ON pair_totals(a, n DESC, b);

CREATE TABLE event_pairs (
    a         INTEGER NOT NULL,
    b         INTEGER NOT NULL,
    month     TEXT    NOT NULL,
    type      TEXT    NOT NULL,
    certainty TEXT    NOT NULL,
    n         INTEGER NOT NULL,
    PRIMARY KEY (a, b, month, type, certainty)
) WITHOUT ROWID;

-- Backfill from what is stored.
INSERT INTO entity_months(eid, month, n)
SELECT m.eid, coalesce(substr(a.published, 1, 7), ''), count(*)
FROM mentions m JOIN articles a ON a.rid = m.rid
GROUP BY m.eid, coalesce(substr(a.published, 1, 7), '');

INSERT INTO pair_months(a, b, month, n)
SELECT x.eid, y.eid, x.month, count(*)
FROM (SELECT m.rid, m.eid, coalesce(substr(a.published, 1, 7), '') AS month,
             row_number() OVER (PARTITION BY m.rid ORDER BY m.n DESC, m.eid) AS r
      FROM mentions m JOIN articles a ON a.rid = m.rid) x
JOIN (SELECT m.rid, m.eid, row_number() OVER (PARTITION BY m.rid ORDER BY m.n DESC, m.eid) AS r
      FROM mentions m) y ON y.rid = x.rid AND y.eid <> x.eid
WHERE x.r <= 24 AND y.r <= 24
GROUP BY x.eid, y.eid, x.month;

INSERT INTO pair_totals(a, b, n)
SELECT a, b, sum(n) FROM pair_months GROUP BY a, b;

INSERT INTO event_pairs(a, b, month, type, certainty, n)
SELECT x.eid, y.eid, coalesce(substr(ar.published, 1, 7), ''), ev.type, ev.certainty, count(DISTINCT ev.evid)
FROM events ev JOIN articles ar ON ar.rid = ev.rid
JOIN event_actors x ON x.evid = ev.evid
JOIN event_actors y ON y.evid = ev.evid AND y.eid <> x.eid
WHERE x.eid IS NOT NULL AND y.eid IS NOT NULL
GROUP BY x.eid, y.eid, coalesce(substr(ar.published, 1, 7), ''), ev.type, ev.certainty;
