-- Version 9: compact link decisions (see linkrecord.go). A decision is kept
-- as a few bytes (entity_links.d): the chosen candidate's signals as kind
-- codes and weights with the details that cannot be rebuilt, the
-- candidates not chosen only when they were contested (within 1.00 of the
-- chosen score, every one when none was chosen, a vetoed one with its veto
-- only) and the count of the others. The name is NULL when it is the
-- entity's. A new entity no candidate was weighed for has no row: the
-- article that started an entity and the entity's index in it are
-- entities.started_rid and started_n. Decisions are
-- read through mentions (mentions_eid), so entity_links has no index of
-- its own. The rows of version 7 are converted by the Go side of this
-- migration (convertLinkRecords), which then replaces the table.
ALTER TABLE entities ADD COLUMN started_rid INTEGER;
ALTER TABLE entities ADD COLUMN started_n INTEGER;
UPDATE entities SET (started_rid, started_n) = (SELECT l.rid, l.n FROM entity_links l
    WHERE l.eid = entities.eid AND l.linked = 0 ORDER BY l.rid, l.n LIMIT 1);

CREATE TABLE entity_links_v9 (
    rid  INTEGER NOT NULL REFERENCES articles(rid) ON DELETE CASCADE,
    n    INTEGER NOT NULL, -- the entity's index in the article
    eid  INTEGER NOT NULL REFERENCES entities(eid) ON DELETE CASCADE,
    name TEXT,             -- as the article gives it; NULL: the entity's name
    d    BLOB    NOT NULL, -- the decision (linkrecord.go)
    PRIMARY KEY (rid, n)
) WITHOUT ROWID;
