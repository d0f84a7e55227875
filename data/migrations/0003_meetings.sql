-- 0003: meetings found in articles (or added by the analyst), their
-- participants, and the people the library has learned.

-- One row a meeting. Body meetings have teaser_position NULL and evidence
-- offsets into the article's body; teaser meetings name the teaser item and
-- have offsets into its headline + "\n" + lead. Offsets are code points.
CREATE TABLE meetings (
	id              INTEGER PRIMARY KEY,
	article_id      INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	teaser_position INTEGER,
	partner         TEXT    NOT NULL CHECK (length(partner) = 3),
	mode            TEXT    NOT NULL DEFAULT '' CHECK (mode IN ('', 'in_person', 'phone', 'video')),
	setting         TEXT    NOT NULL DEFAULT '' CHECK (setting IN ('', 'visit_abroad', 'hosting', 'third_place')),
	cameo           TEXT    NOT NULL CHECK (cameo IN ('040', '041', '042', '043', '044')),
	-- ISO days; a month is its first and last day with precision 'month'.
	-- All three NULL when the date is unknown.
	date_start      TEXT,
	date_end        TEXT,
	date_precision  TEXT CHECK (date_precision IN ('day', 'month', 'year')),
	location        TEXT    NOT NULL DEFAULT '',
	status          TEXT    NOT NULL CHECK (status IN ('suggested', 'confirmed', 'rejected', 'planned')),
	origin          TEXT    NOT NULL CHECK (origin IN ('extracted', 'manual')),
	-- Set once the analyst has touched the meeting: re-running the
	-- extractor leaves it alone.
	reviewed        INTEGER NOT NULL DEFAULT 0 CHECK (reviewed IN (0, 1)),
	-- Meetings of one cluster are reports of the same real meeting.
	cluster         INTEGER,
	evidence_start  INTEGER NOT NULL,
	evidence_end    INTEGER NOT NULL,
	evidence        TEXT    NOT NULL DEFAULT '',
	CHECK (0 <= evidence_start AND evidence_start <= evidence_end),
	CHECK ((date_start IS NULL) = (date_precision IS NULL) AND (date_start IS NULL) = (date_end IS NULL))
);
CREATE INDEX meetings_article ON meetings (article_id, teaser_position);
-- Counting meetings per partner and period (a later issue) reads only this
-- index.
CREATE INDEX meetings_count ON meetings (partner, status, date_start, cluster);
CREATE INDEX meetings_cluster ON meetings (cluster);

CREATE TABLE participants (
	meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
	side       TEXT    NOT NULL CHECK (side IN ('focal', 'partner')),
	position   INTEGER NOT NULL,
	name       TEXT    NOT NULL DEFAULT '',
	title      TEXT    NOT NULL DEFAULT '',
	level      TEXT    NOT NULL DEFAULT 'other' CHECK (level IN ('head_of_state_or_party',
		'head_of_government', 'minister', 'vice_minister', 'ambassador', 'other')),
	country    TEXT    NOT NULL DEFAULT '',
	PRIMARY KEY (meeting_id, side, position)
) WITHOUT ROWID;

-- People learned from titled mentions ("le secrétaire d'État américain
-- Antony Blinken"), keyed by the folded name, so that one article teaches
-- the next.
CREATE TABLE people (
	key     TEXT PRIMARY KEY,
	name    TEXT NOT NULL,
	title   TEXT NOT NULL DEFAULT '',
	country TEXT NOT NULL DEFAULT '',
	level   TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;
