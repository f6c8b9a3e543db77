-- Version 3: article texts are stored deflated. Korean text deflates to
-- about 40%, and rows that fit a page together waste far less of it; the
-- text column stays for texts too short to gain (and holds '' when text_z
-- holds the text). text_bytes keeps the plain length for statistics. The
-- Go side of this migration compresses the texts already stored.
ALTER TABLE articles ADD COLUMN text_z BLOB;
ALTER TABLE articles ADD COLUMN text_bytes INTEGER NOT NULL DEFAULT 0;
-- Nothing looks articles up by topic yet; the primary key (rid, topic)
-- serves reading an article's topics.
DROP INDEX topics_topic;
