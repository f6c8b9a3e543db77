-- Version 13: stored documents are deflated with the article text after
-- the docV1 dictionary (version byte docV2): the names, titles, places and
-- event objects a document holds are mostly words of its text (at 30,000
-- remixed articles 21.1 MB of documents become 15.6, with the spans' ends
-- written as lengths: docV3). The Go side of this
-- migration (repackDocs) stores every document again; older rows read as
-- before.
SELECT 1;
