-- 0008: the default count, summed per month and per day.
--
-- cluster_days holds one row per real meeting, so the default count (each
-- cluster once, on its day) still read and grouped a row per cluster:
-- about a microsecond each, 100 ms for a library of 100,000 articles. The
-- two tables below hold how many clusters each partner has in each month
-- and on each day. A count sums the months its date range covers whole
-- (120 rows a partner for ten years, whatever the size of the library),
-- the days of the months it cuts, and finds its first and last day with
-- one index seek a partner.
--
-- A cluster with no dated report is counted under the month and the day ''
-- (not NULL: two NULLs are never equal, so they would not meet in one row
-- of a primary key).
--
-- The triggers keep both in step with cluster_days in the writer's own
-- transaction, whichever statement writes cluster_days. n is never 0: the
-- row of a month or day whose last cluster leaves is deleted.
CREATE TABLE cluster_month_counts (
	partner TEXT    NOT NULL,
	month   TEXT    NOT NULL, -- YYYY-MM, or ''
	n       INTEGER NOT NULL CHECK (n > 0),
	PRIMARY KEY (partner, month)
) WITHOUT ROWID;

CREATE TABLE cluster_day_counts (
	partner TEXT    NOT NULL,
	day     TEXT    NOT NULL, -- YYYY-MM-DD, or ''
	n       INTEGER NOT NULL CHECK (n > 0),
	PRIMARY KEY (partner, day)
) WITHOUT ROWID;

INSERT INTO cluster_month_counts (partner, month, n)
	SELECT partner, coalesce(substr(day, 1, 7), ''), count(*) FROM cluster_days GROUP BY 1, 2;
INSERT INTO cluster_day_counts (partner, day, n)
	SELECT partner, coalesce(day, ''), count(*) FROM cluster_days GROUP BY 1, 2;

CREATE TRIGGER cluster_days_ai AFTER INSERT ON cluster_days BEGIN
	INSERT INTO cluster_month_counts (partner, month, n) VALUES (new.partner, coalesce(substr(new.day, 1, 7), ''), 1)
	ON CONFLICT (partner, month) DO UPDATE SET n = n + 1;
	INSERT INTO cluster_day_counts (partner, day, n) VALUES (new.partner, coalesce(new.day, ''), 1)
	ON CONFLICT (partner, day) DO UPDATE SET n = n + 1;
END;

-- A row whose last cluster leaves is deleted; any other loses one.
CREATE TRIGGER cluster_days_ad AFTER DELETE ON cluster_days BEGIN
	DELETE FROM cluster_month_counts WHERE partner = old.partner AND month = coalesce(substr(old.day, 1, 7), '') AND n = 1;
	UPDATE cluster_month_counts SET n = n - 1 WHERE partner = old.partner AND month = coalesce(substr(old.day, 1, 7), '');
	DELETE FROM cluster_day_counts WHERE partner = old.partner AND day = coalesce(old.day, '') AND n = 1;
	UPDATE cluster_day_counts SET n = n - 1 WHERE partner = old.partner AND day = coalesce(old.day, '');
END;

-- No writer updates cluster_days today (they delete and insert), but one
-- that does stays counted.
CREATE TRIGGER cluster_days_au AFTER UPDATE OF partner, day ON cluster_days
WHEN old.partner IS NOT new.partner OR old.day IS NOT new.day BEGIN
	DELETE FROM cluster_month_counts WHERE partner = old.partner AND month = coalesce(substr(old.day, 1, 7), '') AND n = 1;
	UPDATE cluster_month_counts SET n = n - 1 WHERE partner = old.partner AND month = coalesce(substr(old.day, 1, 7), '');
	DELETE FROM cluster_day_counts WHERE partner = old.partner AND day = coalesce(old.day, '') AND n = 1;
	UPDATE cluster_day_counts SET n = n - 1 WHERE partner = old.partner AND day = coalesce(old.day, '');
	INSERT INTO cluster_month_counts (partner, month, n) VALUES (new.partner, coalesce(substr(new.day, 1, 7), ''), 1)
	ON CONFLICT (partner, month) DO UPDATE SET n = n + 1;
	INSERT INTO cluster_day_counts (partner, day, n) VALUES (new.partner, coalesce(new.day, ''), 1)
	ON CONFLICT (partner, day) DO UPDATE SET n = n + 1;
END;
