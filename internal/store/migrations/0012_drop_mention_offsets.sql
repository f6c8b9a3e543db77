-- Mention offsets once (issue 18): mentions kept every span of an entity in
-- an article as decimal text ("start-end,…"), which nothing read; the
-- stored document keeps each extracted entity's mentions with their
-- offsets and entity_links ties each extracted entity to its eid, so the
-- spans of an entity in an article are those of the entities linked to it.
ALTER TABLE mentions DROP COLUMN offsets;
