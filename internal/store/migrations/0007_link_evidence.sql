-- Version 7: auditable linking. An entity carries the country of a
-- same-name organisation (민주당 of US, KR or JP; "" unknown), and every
-- link decision is kept with its signals: which stored entity an article's
-- entity joined or started, the chosen candidate's score and signals, and
-- the candidates weighed and not chosen (JSON). Articles stored before
-- this version have no decisions.
ALTER TABLE entities ADD COLUMN country TEXT NOT NULL DEFAULT '';

CREATE TABLE entity_links (
    rid     INTEGER NOT NULL REFERENCES articles(rid) ON DELETE CASCADE,
    n       INTEGER NOT NULL, -- the entity's index in the article
    eid     INTEGER NOT NULL REFERENCES entities(eid) ON DELETE CASCADE,
    name    TEXT    NOT NULL, -- as the article gives it
    linked  INTEGER NOT NULL, -- 1: joined a stored entity, 0: started it
    score   REAL    NOT NULL,
    signals TEXT    NOT NULL, -- JSON [{kind, detail, weight}]
    others  TEXT    NOT NULL, -- JSON [{entity_id, name, score, signals, vetoed}]
    PRIMARY KEY (rid, n)
) WITHOUT ROWID;
CREATE INDEX entity_links_eid ON entity_links(eid, rid);

-- Pronouns are mentions, never aliases (lexicon/pronouns.txt as of this
-- version); a person's alias that is a word of the full name links across
-- articles (트럼프 of 도널드 트럼프).
DELETE FROM entity_aliases WHERE alias IN ('그', '그녀', '그들', '그녀들', '이들', '저들', '자신', '본인', '당사', '동사', '이곳', '그곳');
UPDATE entity_aliases SET linkable = 1
WHERE linkable = 0 AND length(alias) >= 2 AND EXISTS (
    SELECT 1 FROM entities e WHERE e.eid = entity_aliases.eid AND e.type = 'PERSON'
    AND instr(e.name, ' ') > 0 AND instr(' ' || e.name || ' ', ' ' || entity_aliases.alias || ' ') > 0);
