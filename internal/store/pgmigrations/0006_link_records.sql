-- Version 6: compact link decisions (as the SQLite migration 0009): the
-- decision in a few bytes, contested candidates only, no row when nothing
-- was weighed (entities.started_rid, started_n), read through mentions. The Go side
-- (convertLinkRecords) converts the rows of version 5 and replaces the
-- table.
ALTER TABLE entities ADD COLUMN started_rid BIGINT;
ALTER TABLE entities ADD COLUMN started_n INTEGER;
UPDATE entities SET (started_rid, started_n) = (SELECT l.rid, l.n FROM entity_links l
    WHERE l.eid = entities.eid AND l.linked = 0 ORDER BY l.rid, l.n LIMIT 1);

CREATE TABLE entity_links_v9 (
    rid  BIGINT  NOT NULL REFERENCES articles(rid) ON DELETE CASCADE,
    n    INTEGER NOT NULL,
    eid  BIGINT  NOT NULL REFERENCES entities(eid) ON DELETE CASCADE,
    name TEXT,
    d    BYTEA   NOT NULL,
    PRIMARY KEY (rid, n)
);
