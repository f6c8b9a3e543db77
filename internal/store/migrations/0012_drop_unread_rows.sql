-- Rows nothing read (issue 18). mentions kept every span of an entity in
-- an article as decimal text ("start-end,…"): the stored document keeps
-- each extracted entity's mentions with their offsets, and entity_links
-- ties each extracted entity to its eid, so the spans of an entity in an
-- article are those of the entities linked to it. topics and photos
-- repeated the document's topics and photos one row each (the full-text
-- index has the topics too).
ALTER TABLE mentions DROP COLUMN offsets;
DROP TABLE topics;
DROP TABLE photos;

-- entity_months keeps its months as numbers, as pair_months does
-- (year*12 + month - 1, 0 when the date is unknown).
CREATE TABLE entity_months_num (
    eid   INTEGER NOT NULL,
    month INTEGER NOT NULL,
    n     INTEGER NOT NULL,
    PRIMARY KEY (eid, month)
) WITHOUT ROWID;
INSERT INTO entity_months_num(eid, month, n)
SELECT eid, CASE WHEN month = '' THEN 0
    ELSE CAST(substr(month, 1, 4) AS INTEGER) * 12 + CAST(substr(month, 6, 2) AS INTEGER) - 1 END, sum(n)
FROM entity_months GROUP BY 1, 2 ORDER BY 1, 2;
DROP TABLE entity_months;
ALTER TABLE entity_months_num RENAME TO entity_months;
CREATE INDEX entity_months_month ON entity_months(month, eid, n);

-- The time an article was stored, as Unix seconds where it was RFC 3339
-- text (0 for a value that is not a time).
ALTER TABLE articles ADD COLUMN ingested INTEGER NOT NULL DEFAULT 0;
UPDATE articles SET ingested = coalesce(unixepoch(ingested_at), 0);
ALTER TABLE articles DROP COLUMN ingested_at;
