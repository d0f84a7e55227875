-- 0005: the day of each real meeting, kept for counting.
--
-- The default count (clusters, suggested + confirmed, no other filter) asks
-- for each cluster's earliest dated report. Reading every report for that
-- costs a microsecond a report; this table holds the answer, one row per
-- cluster and partner, over the meetings of latest article versions with
-- status suggested or confirmed. data/cluster_days.go keeps it in step with
-- every write that can change it; meetings not yet clustered are counted
-- from the meetings table.
CREATE TABLE cluster_days (
	partner TEXT    NOT NULL,
	cluster INTEGER NOT NULL,
	day     TEXT,
	PRIMARY KEY (partner, cluster)
) WITHOUT ROWID;
CREATE INDEX cluster_days_cluster ON cluster_days (cluster);

INSERT INTO cluster_days (partner, cluster, day)
	SELECT m.partner, m.cluster, min(m.date_start) FROM meetings m JOIN articles a ON a.id = m.article_id
	WHERE m.cluster IS NOT NULL AND a.latest = 1 AND m.status IN ('suggested', 'confirmed')
	GROUP BY m.partner, m.cluster;
