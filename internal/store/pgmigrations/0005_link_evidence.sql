-- Version 5: auditable linking (see the SQLite migration 0006): an
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

-- Pronouns are mentions, never aliases; a person's alias that is a word of
-- the full name links across articles (as the SQLite migration 0006).
DELETE FROM entity_aliases WHERE alias IN ('그', '그녀', '그들', '그녀들', '이들', '저들', '자신', '본인', '당사', '동사', '이곳', '그곳');
UPDATE entity_aliases SET linkable = 1
WHERE linkable = 0 AND length(alias) >= 2 AND EXISTS (
    SELECT 1 FROM entities e WHERE e.eid = entity_aliases.eid AND e.type = 'PERSON'
    AND strpos(e.name, ' ') > 0 AND strpos(' ' || e.name || ' ', ' ' || entity_aliases.alias || ' ') > 0);
