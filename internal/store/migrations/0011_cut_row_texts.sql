-- Event and quote texts as offsets (issue 18): event evidence, markers and
-- mention sentences and quote texts that are slices of the article text
-- are stored as their offsets only; cut says which texts a row left out
-- (rowtext.go). Go fills it for the stored rows after this SQL
-- (cutStoredTexts); a row with cut 0 holds its texts as before.
ALTER TABLE events ADD COLUMN cut INTEGER NOT NULL DEFAULT 0;
ALTER TABLE quotes ADD COLUMN cut INTEGER NOT NULL DEFAULT 0;
