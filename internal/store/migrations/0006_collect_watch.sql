-- Version 6: the state of sosik collect (URLs seen, HTTP validators,
-- per-source health) and of watches (saved conditions, their hits, webhook
-- deliveries and every delivery attempt), so a restart resumes.
CREATE TABLE collect_urls (
	url TEXT PRIMARY KEY,
	source TEXT NOT NULL,
	status TEXT NOT NULL,
	doc_id TEXT NOT NULL DEFAULT '',
	err TEXT NOT NULL DEFAULT '',
	attempts INTEGER NOT NULL DEFAULT 0,
	updated TEXT NOT NULL
);
CREATE TABLE collect_validators (
	url TEXT PRIMARY KEY,
	etag TEXT NOT NULL,
	last_modified TEXT NOT NULL
);
CREATE TABLE collect_sources (
	name TEXT PRIMARY KEY,
	last_run TEXT NOT NULL DEFAULT '',
	last_success TEXT NOT NULL DEFAULT '',
	last_error TEXT NOT NULL DEFAULT '',
	failures INTEGER NOT NULL DEFAULT 0,
	runs INTEGER NOT NULL DEFAULT 0,
	items INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE watches (
	id INTEGER PRIMARY KEY,
	name TEXT NOT NULL,
	spec TEXT NOT NULL,
	webhook TEXT NOT NULL DEFAULT '',
	secret TEXT NOT NULL DEFAULT '',
	created TEXT NOT NULL
);
CREATE TABLE watch_hits (
	watch_id INTEGER NOT NULL REFERENCES watches(id) ON DELETE CASCADE,
	article_id TEXT NOT NULL,
	headline TEXT NOT NULL,
	published TEXT NOT NULL,
	url TEXT NOT NULL,
	reason TEXT NOT NULL,
	at TEXT NOT NULL,
	PRIMARY KEY (watch_id, article_id)
);
CREATE TABLE watch_deliveries (
	id TEXT PRIMARY KEY,
	watch_id INTEGER NOT NULL REFERENCES watches(id) ON DELETE CASCADE,
	article_id TEXT NOT NULL,
	status TEXT NOT NULL,
	attempts INTEGER NOT NULL DEFAULT 0,
	next_at TEXT NOT NULL,
	last_error TEXT NOT NULL DEFAULT ''
);
CREATE INDEX watch_deliveries_due ON watch_deliveries(status, next_at);
CREATE TABLE watch_delivery_log (
	delivery_id TEXT NOT NULL REFERENCES watch_deliveries(id) ON DELETE CASCADE,
	attempt INTEGER NOT NULL,
	at TEXT NOT NULL,
	status_code INTEGER NOT NULL,
	err TEXT NOT NULL,
	PRIMARY KEY (delivery_id, attempt)
);
