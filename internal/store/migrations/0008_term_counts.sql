-- Version 8: per-term document counts of the full-text indexes, read
-- through FTS5's vocabulary tables (views over the indexes: nothing is
-- stored, nothing to fill). A search plans an AND from its rarest word with
-- them and knows, before reading a word's articles, how many there are.
CREATE VIRTUAL TABLE articles_vocab USING fts5vocab(articles_fts, row);
CREATE VIRTUAL TABLE grams_vocab USING fts5vocab(grams_fts, row);
