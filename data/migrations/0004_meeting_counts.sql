-- 0004: count meetings from one index.
--
-- A count reads, per meeting, its partner, cluster, status, date, article
-- (to leave out old versions), mode and whether it came from a teaser.
-- With all of them in one index ordered by partner and cluster, a count
-- never reads the meetings table itself (whose rows carry the evidence
-- text) and groups clusters in index order: 100,000 meetings count in a
-- few milliseconds instead of a table lookup per meeting.
DROP INDEX meetings_count;
CREATE INDEX meetings_counting ON meetings (partner, cluster, status, date_start,
	article_id, mode, teaser_position);
