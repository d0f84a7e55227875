-- 0002: make the library list and version changes cheap.

-- The list shows latest versions, newest publication first (unknown dates
-- last, which is where SQLite puts NULLs in a descending order). A backward
-- scan of this index yields exactly that order, and it covers every column
-- the list shows, so listing never reads the articles table itself: its rows
-- hold whole pages and spread over many pages of the file (measured: 10 000
-- articles listed in ~100 ms through the table, a few ms through the index).
CREATE INDEX articles_list ON articles (latest, published, id,
	source, version, title, lang, chars, imported_at);

-- "Last import" for Info, and a newest-imports view later.
CREATE INDEX articles_imported ON articles (imported_at);

-- The update triggers of 0001 re-indexed an article on ANY update, so
-- marking an old version latest = 0 during an import read its whole body
-- and rewrote its index entries for nothing. Re-index only when an indexed
-- column changes.
DROP TRIGGER articles_au;
CREATE TRIGGER articles_au AFTER UPDATE OF title, body, search_extra ON articles BEGIN
	INSERT INTO articles_fts (articles_fts, rowid, title, body, search_extra)
	VALUES ('delete', old.id, old.title, old.body, old.search_extra);
	INSERT INTO articles_fts (rowid, title, body, search_extra)
	VALUES (new.id, new.title, new.body, new.search_extra);
END;

DROP TRIGGER teaser_texts_au;
CREATE TRIGGER teaser_texts_au AFTER UPDATE OF headline, lead ON teaser_texts BEGIN
	INSERT INTO teasers_fts (teasers_fts, rowid, headline, lead)
	VALUES ('delete', old.id, old.headline, old.lead);
	INSERT INTO teasers_fts (rowid, headline, lead) VALUES (new.id, new.headline, new.lead);
END;
