-- Version 2: the character bigrams move to their own contentless index
-- without positions (detail=none). Positions of bigrams cost more than the
-- rest of the index and only served phrase matching, which the morpheme
-- columns do; a bigram term now matches when all its bigrams occur.
-- Halves the full-text index. The Go side of this migration re-indexes the
-- articles already stored.
DROP TABLE articles_fts;

CREATE VIRTUAL TABLE articles_fts USING fts5(
    head, body,
    content = '',
    contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 0'
);

CREATE VIRTUAL TABLE grams_fts USING fts5(
    gram,
    content = '',
    contentless_delete = 1,
    detail = none,
    tokenize = 'unicode61 remove_diacritics 0'
);
