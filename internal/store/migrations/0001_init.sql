-- sosik corpus schema, version 1.
-- Articles are keyed by an integer rid (compact foreign keys, FTS rowid);
-- id is the extractor's content hash. The text is stored once, in
-- articles.text; doc holds the rest of the Document as deflated JSON and the
-- full-text index is contentless, so the corpus text is not stored thrice.

CREATE TABLE articles (
    rid         INTEGER PRIMARY KEY,
    id          TEXT    NOT NULL UNIQUE,
    source      TEXT    NOT NULL DEFAULT '',
    url         TEXT    NOT NULL DEFAULT '',
    headline    TEXT    NOT NULL DEFAULT '',
    agency      TEXT    NOT NULL DEFAULT '',
    published   TEXT,               -- YYYY-MM-DD, NULL when unknown
    text        TEXT    NOT NULL,
    doc         BLOB    NOT NULL,   -- deflate(JSON(Document without text))
    story_id    TEXT    NOT NULL,   -- id of the story's earliest-published article
    simhash     INTEGER,            -- 64-bit SimHash as signed int, NULL when too short
    ingested_at TEXT    NOT NULL
);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_agency ON articles(agency, published);
CREATE INDEX articles_story ON articles(story_id);

-- Four 16-bit bands of each SimHash, tagged with the band number: articles
-- within Hamming distance 3 share at least one key.
CREATE TABLE simhash_bands (
    key INTEGER NOT NULL,
    rid INTEGER NOT NULL REFERENCES articles(rid) ON DELETE CASCADE,
    PRIMARY KEY (key, rid)
) WITHOUT ROWID;

CREATE TABLE photos (
    rid          INTEGER NOT NULL REFERENCES articles(rid) ON DELETE CASCADE,
    n            INTEGER NOT NULL,
    url          TEXT NOT NULL DEFAULT '',
    caption      TEXT NOT NULL DEFAULT '',
    photographer TEXT NOT NULL DEFAULT '',
    source       TEXT NOT NULL DEFAULT '',
    date         TEXT NOT NULL DEFAULT '',
    restrictions TEXT NOT NULL DEFAULT '', -- joined with newlines
    PRIMARY KEY (rid, n)
) WITHOUT ROWID;

-- Entities linked across articles. norm is the folded name (Norm).
CREATE TABLE entities (
    eid         INTEGER PRIMARY KEY,
    type        TEXT    NOT NULL,
    name        TEXT    NOT NULL,
    norm        TEXT    NOT NULL,
    title       TEXT    NOT NULL DEFAULT '', -- latest seen
    affiliation TEXT    NOT NULL DEFAULT '', -- latest seen
    articles    INTEGER NOT NULL DEFAULT 0,
    mentions    INTEGER NOT NULL DEFAULT 0,
    first_seen  TEXT,
    last_seen   TEXT
);
CREATE INDEX entities_norm ON entities(norm, type);
CREATE INDEX entities_articles ON entities(articles DESC);

-- Surface forms met for an entity; linkable ones may link a new article's
-- entity to this one (never pronoun-like references such as 이 회장).
CREATE TABLE entity_aliases (
    eid      INTEGER NOT NULL REFERENCES entities(eid) ON DELETE CASCADE,
    norm     TEXT    NOT NULL,
    alias    TEXT    NOT NULL,
    linkable INTEGER NOT NULL,
    n        INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (eid, norm)
) WITHOUT ROWID;
CREATE INDEX entity_aliases_norm ON entity_aliases(norm);

-- Title / affiliation / role over time (publication dates of the articles).
CREATE TABLE entity_titles (
    eid         INTEGER NOT NULL REFERENCES entities(eid) ON DELETE CASCADE,
    title       TEXT    NOT NULL,
    affiliation TEXT    NOT NULL,
    role        TEXT    NOT NULL,
    aff_norm    TEXT    NOT NULL,
    first_seen  TEXT,
    last_seen   TEXT,
    articles    INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (eid, title, affiliation, role)
) WITHOUT ROWID;

-- One row per (article, entity); offsets "start-end,start-end…".
CREATE TABLE mentions (
    rid     INTEGER NOT NULL REFERENCES articles(rid) ON DELETE CASCADE,
    eid     INTEGER NOT NULL REFERENCES entities(eid) ON DELETE CASCADE,
    n       INTEGER NOT NULL,
    offsets TEXT    NOT NULL,
    PRIMARY KEY (rid, eid)
) WITHOUT ROWID;
CREATE INDEX mentions_eid ON mentions(eid, rid);

CREATE TABLE quotes (
    qid     INTEGER PRIMARY KEY,
    rid     INTEGER NOT NULL REFERENCES articles(rid) ON DELETE CASCADE,
    eid     INTEGER REFERENCES entities(eid) ON DELETE SET NULL,
    speaker TEXT    NOT NULL,
    named   INTEGER NOT NULL,
    text    TEXT    NOT NULL,
    start   INTEGER NOT NULL,
    "end"   INTEGER NOT NULL
);
CREATE INDEX quotes_rid ON quotes(rid);
CREATE INDEX quotes_eid ON quotes(eid) WHERE eid IS NOT NULL;

CREATE TABLE events (
    evid      INTEGER PRIMARY KEY,
    rid       INTEGER NOT NULL REFERENCES articles(rid) ON DELETE CASCADE,
    type      TEXT    NOT NULL,
    object    TEXT    NOT NULL DEFAULT '',
    place     TEXT    NOT NULL DEFAULT '',
    date      TEXT    NOT NULL DEFAULT '',
    certainty TEXT    NOT NULL,
    evidence  TEXT    NOT NULL DEFAULT '',
    start     INTEGER NOT NULL,
    "end"     INTEGER NOT NULL
);
CREATE INDEX events_rid ON events(rid);
CREATE INDEX events_type ON events(type, rid);

CREATE TABLE event_actors (
    evid INTEGER NOT NULL REFERENCES events(evid) ON DELETE CASCADE,
    n    INTEGER NOT NULL,
    name TEXT    NOT NULL,
    eid  INTEGER REFERENCES entities(eid) ON DELETE SET NULL,
    PRIMARY KEY (evid, n)
) WITHOUT ROWID;
CREATE INDEX event_actors_eid ON event_actors(eid) WHERE eid IS NOT NULL;

CREATE TABLE topics (
    rid   INTEGER NOT NULL REFERENCES articles(rid) ON DELETE CASCADE,
    topic TEXT    NOT NULL,
    PRIMARY KEY (rid, topic)
) WITHOUT ROWID;
CREATE INDEX topics_topic ON topics(topic);

-- Contentless full-text index, rowid = articles.rid. head and body hold the
-- content morphemes of the headline and the text, gram the character
-- bigrams (textsearch.Morphemes, textsearch.Grams), space separated.
CREATE VIRTUAL TABLE articles_fts USING fts5(
    head, body, gram,
    content = '',
    contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 0'
);
