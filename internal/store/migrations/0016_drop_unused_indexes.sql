-- Indexes no query reads (issue 18), checked with EXPLAIN QUERY PLAN on a
-- million-article database; together 76 MB there (1.9% of the file).
-- articles(agency, published): search filters and counts agencies from the
-- in-memory columns (see columns.go), which read articles by rid; nothing
-- selects articles by agency.
DROP INDEX IF EXISTS articles_agency;
-- articles(published): an entity's articles, quotes and months are found
-- through mentions_eid and quotes_eid and sorted (the planner never takes
-- this index, no statistics being gathered); exports read articles by rid.
DROP INDEX IF EXISTS articles_published;
-- quotes(rid): quotes are read by entity (quotes_eid); an article's quotes
-- come with its stored document, and articles are never deleted, so the
-- foreign key's cascade needs no index either. Migration 11 read quotes by
-- rid range before this one drops it.
DROP INDEX IF EXISTS quotes_rid;
