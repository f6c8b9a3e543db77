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
