-- Version 15: the co-mention counts are one table, pairs, keyed (a, b) in
-- both directions with the pair's total, the months of a pair as a blob in
-- its a < b row only (pairmonths.go: month-number steps and counts as
-- varints), where pair_totals kept the totals and pair_months a row per
-- pair and month (at 30,000 remixed articles 29.4 MB of the two become
-- about 15). A period's months are summed in Go (graphcounts.go). The Go
-- side of this migration (convertPairRange) fills pairs in batches of
-- entities and its last batch drops the two tables.
CREATE TABLE pairs (
    a      INTEGER NOT NULL,
    b      INTEGER NOT NULL,
    n      INTEGER NOT NULL,
    months BLOB, -- a < b only
    PRIMARY KEY (a, b)
) WITHOUT ROWID;
