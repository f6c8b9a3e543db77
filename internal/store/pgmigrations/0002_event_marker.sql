-- Version 2: an event keeps the words that set its certainty (marker,
-- with byte offsets into the article text; '' and 0 for a plain
-- assertion) and every sentence that tells it (mentions, a JSON array of
-- spans), so the corpus-wide event list can show them. The Go side of
-- this migration fills them for the events stored before, from the stored
-- documents. The certainty index serves "every denied event".
ALTER TABLE events ADD COLUMN marker TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN marker_start INTEGER NOT NULL DEFAULT 0;
ALTER TABLE events ADD COLUMN marker_end INTEGER NOT NULL DEFAULT 0;
ALTER TABLE events ADD COLUMN mentions TEXT NOT NULL DEFAULT '[]';
CREATE INDEX events_certainty ON events(certainty, rid);
