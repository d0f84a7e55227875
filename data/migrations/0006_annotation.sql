-- 0006: annotation: coders, a codebook, coded passages, annotation
-- sessions, memos, and the change log that makes every change to codes,
-- passages and memos undoable across restarts.

CREATE TABLE coders (
	id   INTEGER PRIMARY KEY,
	name TEXT NOT NULL UNIQUE CHECK (trim(name) <> '')
);

-- The codebook is a tree of any depth: parent_id NULL is a top-level code.
-- No ON DELETE action: the store deletes a subtree row by row so that the
-- change log holds every row it has to bring back on undo.
CREATE TABLE codes (
	id          INTEGER PRIMARY KEY,
	parent_id   INTEGER REFERENCES codes (id),
	name        TEXT    NOT NULL CHECK (trim(name) <> ''),
	description TEXT    NOT NULL DEFAULT '',
	color       TEXT    NOT NULL DEFAULT '#808080' CHECK (length(color) = 7 AND color GLOB '#[0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f]'),
	-- Order among siblings, for display.
	position    INTEGER NOT NULL DEFAULT 0,
	CHECK (parent_id IS NULL OR parent_id <> id)
);
-- Names are unique among siblings. UNIQUE (parent_id, name) would let two
-- top-level codes share a name, since NULLs are distinct in a UNIQUE index.
CREATE UNIQUE INDEX codes_sibling_name ON codes (coalesce(parent_id, 0), name);
CREATE INDEX codes_parent ON codes (parent_id);

CREATE TABLE sessions (
	id         INTEGER PRIMARY KEY,
	name       TEXT    NOT NULL UNIQUE CHECK (trim(name) <> ''),
	coder_id   INTEGER NOT NULL REFERENCES coders (id),
	-- RFC 3339, UTC, fixed width (see codec.go).
	started_at TEXT    NOT NULL,
	ended_at   TEXT,
	-- What the session sets out to code: a saved search, free text.
	scope      TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX sessions_coder ON sessions (coder_id, ended_at);

-- A coded passage is [start, end) in code points of its article's body,
-- with the quoted text kept so the span can be re-anchored if a text must
-- ever change (DESIGN §3). A whole-article coding has whole = 1, start = 0,
-- end = the body's length in code points and quote '' (the text is the
-- article's): anything that reads spans (agreement, co-occurrence) sees it
-- cover every character without a special case, and it is the same coding
-- as a span over the whole body, so the UNIQUE constraint refuses both.
CREATE TABLE passages (
	id         INTEGER PRIMARY KEY,
	article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	start      INTEGER NOT NULL,
	"end"      INTEGER NOT NULL,
	whole      INTEGER NOT NULL DEFAULT 0 CHECK (whole IN (0, 1)),
	quote      TEXT    NOT NULL DEFAULT '',
	code_id    INTEGER NOT NULL REFERENCES codes (id),
	coder_id   INTEGER NOT NULL REFERENCES coders (id),
	session_id INTEGER REFERENCES sessions (id),
	memo       TEXT    NOT NULL DEFAULT '',
	created_at TEXT    NOT NULL,
	-- The sentence around the passage, cut at coding time: the article's
	-- text never changes, and listing a code's segments in context then
	-- reads no article bodies.
	context    TEXT    NOT NULL DEFAULT '',
	CHECK (0 <= start AND start <= "end"),
	UNIQUE (article_id, start, "end", code_id, coder_id)
);
-- A code's segments (with sub-codes: one probe per code of the subtree).
CREATE INDEX passages_code ON passages (code_id, article_id, start);
CREATE INDEX passages_coder ON passages (coder_id, code_id);
CREATE INDEX passages_session ON passages (session_id);
-- UNIQUE (article_id, ...) already serves an article's passages.

-- Memos on the library (target_id NULL), an article, a code or a passage.
-- No foreign key, since the target table depends on the kind; deleting a
-- code deletes its memos and its passages' memos through the store.
CREATE TABLE memos (
	id          INTEGER PRIMARY KEY,
	target_kind TEXT    NOT NULL CHECK (target_kind IN ('library', 'article', 'code', 'passage')),
	target_id   INTEGER,
	title       TEXT    NOT NULL DEFAULT '',
	text        TEXT    NOT NULL DEFAULT '',
	created_at  TEXT    NOT NULL,
	CHECK ((target_kind = 'library') = (target_id IS NULL))
);
CREATE INDEX memos_target ON memos (target_kind, target_id);

-- The change log. One changes row is one undo step; its id is the step
-- number, increasing with time. change_rows holds, in the order they were
-- made, the row images the step changed: before NULL for an inserted row,
-- after NULL for a deleted one, JSON objects of every column otherwise.
-- Undo writes the before images back in reverse order, redo the after
-- images in order. Undone steps always form the newest end of the log (a
-- new change deletes them), so undo takes the newest step not undone and
-- redo the oldest undone one.
CREATE TABLE changes (
	id         INTEGER PRIMARY KEY,
	label      TEXT    NOT NULL,
	created_at TEXT    NOT NULL,
	undone     INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1))
);
CREATE INDEX changes_undone ON changes (undone, id);

CREATE TABLE change_rows (
	change_id  INTEGER NOT NULL REFERENCES changes (id) ON DELETE CASCADE,
	seq        INTEGER NOT NULL,
	table_name TEXT    NOT NULL CHECK (table_name IN ('codes', 'passages', 'memos')),
	row_id     INTEGER NOT NULL,
	before     TEXT CHECK (before IS NULL OR json_valid(before)),
	after      TEXT CHECK (after IS NULL OR json_valid(after)),
	PRIMARY KEY (change_id, seq)
) WITHOUT ROWID;
