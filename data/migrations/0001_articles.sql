-- 0001: the library's first shape: articles with their teasers and captions,
-- a key/value table for library settings, and full-text search over both
-- article text and teaser text.

-- Library settings (focal country, UI choices...). WITHOUT ROWID because the
-- key is the only access path.
CREATE TABLE meta (
	key   TEXT PRIMARY KEY,
	value TEXT NOT NULL
) WITHOUT ROWID;

-- Column order matters: SQLite reads a row's columns in order and a large
-- value spills into overflow pages, so the small columns the library list
-- reads (title, dates, chars, latest) come before the big texts. Listing
-- 10 000 articles then never walks a body.
CREATE TABLE articles (
	id                  INTEGER PRIMARY KEY,
	source_key          TEXT    NOT NULL CHECK (source_key <> ''),
	version             INTEGER NOT NULL CHECK (version >= 1),
	-- 1 for the newest version of a source_key; older versions stay for the
	-- codings made on them.
	latest              INTEGER NOT NULL DEFAULT 1 CHECK (latest IN (0, 1)),
	hash                TEXT    NOT NULL UNIQUE CHECK (hash <> ''),
	source              TEXT    NOT NULL,
	title               TEXT    NOT NULL DEFAULT '',
	lang                TEXT    NOT NULL DEFAULT '',
	-- ISO 8601 at its precision ('2023', '2023-07', '2023-07-01'); both NULL
	-- when unknown, never padded into a false day.
	published           TEXT,
	published_precision TEXT CHECK (published_precision IN ('day', 'month', 'year')),
	url                 TEXT    NOT NULL DEFAULT '',
	format              TEXT    NOT NULL DEFAULT '',
	-- Code points of body, computed at import so the list needs no body.
	chars               INTEGER NOT NULL DEFAULT 0,
	-- RFC 3339, UTC, fixed width so that text order is time order.
	imported_at         TEXT    NOT NULL,
	-- JSON object of extra columns (CSV) and the like.
	meta                TEXT    NOT NULL DEFAULT '{}' CHECK (json_valid(meta)),
	-- Index-only words (glued words split apart); never shown.
	search_extra        TEXT    NOT NULL DEFAULT '',
	body                TEXT    NOT NULL DEFAULT '',
	page                TEXT    NOT NULL DEFAULT '',
	UNIQUE (source_key, version),
	CHECK ((published IS NULL) = (published_precision IS NULL))
);

-- UNIQUE (source_key, version) already indexes source_key.
CREATE INDEX articles_source ON articles (source, latest);

-- Teasers: other articles' headlines and leads listed on a page ("Voir
-- plus"). The same teaser appears on many pages (every page of a week lists
-- the week's headlines), so its text is stored and indexed once, in
-- teaser_texts, and each page's occurrence is a teasers row. Search then
-- ranks each distinct teaser once instead of once per page that shows it.
CREATE TABLE teaser_texts (
	id       INTEGER PRIMARY KEY,
	headline TEXT NOT NULL DEFAULT '',
	lead     TEXT NOT NULL DEFAULT '',
	UNIQUE (headline, lead)
);

-- Offsets are code points into the page, [start, end).
CREATE TABLE teasers (
	id         INTEGER PRIMARY KEY,
	article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	text_id    INTEGER NOT NULL REFERENCES teaser_texts (id),
	position   INTEGER NOT NULL,
	caption    TEXT    NOT NULL DEFAULT '',
	start      INTEGER NOT NULL,
	"end"      INTEGER NOT NULL,
	CHECK (0 <= start AND start <= "end")
);
-- Serves loading a page's teasers in order, counting them for the list and
-- the cascade on delete.
CREATE INDEX teasers_article ON teasers (article_id, position);
-- Serves finding the pages that show a teaser text.
CREATE INDEX teasers_text ON teasers (text_id, article_id);

-- A teaser text no page shows any more goes too (and leaves the index).
CREATE TRIGGER teasers_ad AFTER DELETE ON teasers
WHEN NOT EXISTS (SELECT 1 FROM teasers WHERE text_id = old.text_id) BEGIN
	DELETE FROM teaser_texts WHERE id = old.text_id;
END;

CREATE TABLE captions (
	id         INTEGER PRIMARY KEY,
	article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	position   INTEGER NOT NULL,
	text       TEXT    NOT NULL DEFAULT '',
	start      INTEGER NOT NULL,
	"end"      INTEGER NOT NULL,
	CHECK (0 <= start AND start <= "end")
);
CREATE INDEX captions_article ON captions (article_id, position);

-- Full-text search. External content: the text lives once, in articles and
-- teasers; the FTS tables hold only the index. remove_diacritics 2 folds
-- accents so that "Etats-Unis" finds "États-Unis" and "nguyen" finds "Nguyên".
CREATE VIRTUAL TABLE articles_fts USING fts5 (
	title, body, search_extra,
	content = 'articles', content_rowid = 'id',
	tokenize = "unicode61 remove_diacritics 2"
);
CREATE VIRTUAL TABLE teasers_fts USING fts5 (
	headline, lead,
	content = 'teaser_texts', content_rowid = 'id',
	tokenize = "unicode61 remove_diacritics 2"
);

-- Triggers keep the indexes in step with the content tables, as the FTS5
-- documentation describes for external-content tables.
CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
	INSERT INTO articles_fts (rowid, title, body, search_extra)
	VALUES (new.id, new.title, new.body, new.search_extra);
END;
CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
	INSERT INTO articles_fts (articles_fts, rowid, title, body, search_extra)
	VALUES ('delete', old.id, old.title, old.body, old.search_extra);
END;
CREATE TRIGGER articles_au AFTER UPDATE ON articles BEGIN
	INSERT INTO articles_fts (articles_fts, rowid, title, body, search_extra)
	VALUES ('delete', old.id, old.title, old.body, old.search_extra);
	INSERT INTO articles_fts (rowid, title, body, search_extra)
	VALUES (new.id, new.title, new.body, new.search_extra);
END;

CREATE TRIGGER teaser_texts_ai AFTER INSERT ON teaser_texts BEGIN
	INSERT INTO teasers_fts (rowid, headline, lead) VALUES (new.id, new.headline, new.lead);
END;
CREATE TRIGGER teaser_texts_ad AFTER DELETE ON teaser_texts BEGIN
	INSERT INTO teasers_fts (teasers_fts, rowid, headline, lead)
	VALUES ('delete', old.id, old.headline, old.lead);
END;
CREATE TRIGGER teaser_texts_au AFTER UPDATE ON teaser_texts BEGIN
	INSERT INTO teasers_fts (teasers_fts, rowid, headline, lead)
	VALUES ('delete', old.id, old.headline, old.lead);
	INSERT INTO teasers_fts (rowid, headline, lead) VALUES (new.id, new.headline, new.lead);
END;
