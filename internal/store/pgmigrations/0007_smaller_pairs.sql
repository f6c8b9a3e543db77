-- Smaller pair counts and documents (issue 18); the documents are stored
-- again by Go after this SQL (repackDocs: deflated with a dictionary).
-- pair_months keeps each co-mention pair
-- once (a < b) instead of in both directions, under a month number
-- (year*12 + month - 1, 0 when the date is unknown); an entity's neighbours
-- in a period are read from its range as a plus point ranges as b found
-- through pair_totals, which keeps both directions. pair_totals loses its
-- (a, n DESC, b) index: an entity's neighbours are one primary-key range,
-- sorted when read.
CREATE TABLE pair_months_once (
    a     BIGINT  NOT NULL,
    b     BIGINT  NOT NULL,
    month INTEGER NOT NULL,
    n     INTEGER NOT NULL,
    PRIMARY KEY (a, b, month)
);

INSERT INTO pair_months_once(a, b, month, n)
SELECT a, b, CASE WHEN month = '' THEN 0
    ELSE CAST(substr(month, 1, 4) AS INTEGER) * 12 + CAST(substr(month, 6, 2) AS INTEGER) - 1 END, n
FROM pair_months WHERE a < b;

DROP TABLE pair_months;
ALTER TABLE pair_months_once RENAME TO pair_months;
DROP INDEX pair_totals_top;
