-- Version 14: an article's story is the rid of the story's original, NULL
-- when the article is its own story (nearly all: 109 of 30,000 remixed
-- articles are near-duplicates). The original's id as text took 17 bytes
-- of every row and an index of every row; the index now holds only the
-- near-duplicates (1.2 MB less at 30,000 articles). Articles are never
-- deleted, so every story id names a stored article.
ALTER TABLE articles ADD COLUMN story INTEGER;
UPDATE articles SET story = (SELECT o.rid FROM articles o WHERE o.id = articles.story_id)
WHERE story_id <> id;
DROP INDEX articles_story;
ALTER TABLE articles DROP COLUMN story_id;
CREATE INDEX articles_story ON articles(story) WHERE story IS NOT NULL;
