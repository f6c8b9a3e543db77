-- Version 11 (14 on SQLite): an article's story is the rid of the story's
-- original, NULL when the article is its own story (nearly all: 109 of
-- 30,000 remixed articles are near-duplicates). The original's id as text
-- took 17 bytes of every row and an index of every row; the index now
-- holds only the near-duplicates. Articles are never deleted, so every
-- story id names a stored article.
ALTER TABLE articles ADD COLUMN story BIGINT;
UPDATE articles a SET story = o.rid FROM articles o
WHERE o.id = a.story_id AND a.story_id <> a.id;
DROP INDEX articles_story;
ALTER TABLE articles DROP COLUMN story_id;
CREATE INDEX articles_story ON articles(story) WHERE story IS NOT NULL;
