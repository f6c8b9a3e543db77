-- The (agency, published) index of articles served no query (issue 18):
-- search filters and counts agencies from the in-memory columns (see
-- columns.go), which read articles by rid; nothing else selects articles
-- by agency.
DROP INDEX IF EXISTS articles_agency;
