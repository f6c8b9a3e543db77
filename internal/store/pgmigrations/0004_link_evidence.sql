-- Version 4: auditable linking (see the SQLite migration 0006): an
-- entity's country and every link decision with its signals.
ALTER TABLE entities ADD COLUMN country TEXT NOT NULL DEFAULT '';

CREATE TABLE entity_links (
    rid     BIGINT           NOT NULL REFERENCES articles(rid) ON DELETE CASCADE,
    n       INTEGER          NOT NULL,
    eid     BIGINT           NOT NULL REFERENCES entities(eid) ON DELETE CASCADE,
    name    TEXT             NOT NULL,
    linked  INTEGER          NOT NULL,
    score   DOUBLE PRECISION NOT NULL,
    signals TEXT             NOT NULL,
    others  TEXT             NOT NULL,
    PRIMARY KEY (rid, n)
);
CREATE INDEX entity_links_eid ON entity_links(eid, rid);
