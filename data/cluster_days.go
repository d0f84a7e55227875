package data

import (
	"context"
	"database/sql"
	"slices"

	"parley/app"
)

// cluster_days (migration 0005) holds each cluster's earliest dated report
// among the counted meetings, so that the default count reads one row per
// real meeting. Every write that changes a cluster's members, their
// statuses or dates, or which article version is the latest, refreshes the
// clusters it touches inside its own transaction. Triggers (migration 0008)
// keep its sums per month and per day, which the default count reads, in
// step with it.

// clusterDaysSQL fills cluster_days from the meetings; the statements below
// append a condition on m.cluster to refresh some clusters only.
const clusterDaysSQL = `INSERT INTO cluster_days (partner, cluster, day)
	SELECT m.partner, m.cluster, min(m.date_start) FROM meetings m JOIN articles a ON a.id = m.article_id
	WHERE m.cluster IS NOT NULL AND a.latest = 1 AND m.status IN ('suggested', 'confirmed')`

const (
	deleteClusterDaySQL = `DELETE FROM cluster_days WHERE cluster = ?`
	insertClusterDaySQL = clusterDaysSQL + ` AND m.cluster = ? GROUP BY m.partner, m.cluster`
	// clustersOfKeySQL lists the clusters of the latest version of a
	// source, which a new version takes out of the counts.
	clustersOfKeySQL = `SELECT DISTINCT m.cluster FROM meetings m JOIN articles a ON a.id = m.article_id
		WHERE a.source_key = ? AND a.latest = 1 AND m.cluster IS NOT NULL`
	clustersOfArticleSQL = `SELECT DISTINCT cluster FROM meetings WHERE article_id = ? AND cluster IS NOT NULL`
)

// defaultCountStatuses are the statuses cluster_days covers.
var defaultCountStatuses = []app.MeetingStatus{app.Suggested, app.Confirmed}

// refreshClusterDays recomputes the rows of the given clusters.
func (st *saveStmts) refreshClusterDays(ctx context.Context, clusters []int64) error {
	slices.Sort(clusters)
	for _, c := range slices.Compact(clusters) {
		if _, err := st.deleteClusterDay.ExecContext(ctx, c); err != nil {
			return err
		}
		if _, err := st.insertClusterDay.ExecContext(ctx, c); err != nil {
			return err
		}
	}
	return nil
}

// clusterIDs reads a one-column list of cluster ids.
func clusterIDs(ctx context.Context, stmt *sql.Stmt, arg any) ([]int64, error) {
	rows, err := stmt.QueryContext(ctx, arg)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var c int64
		if err := rows.Scan(&c); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// rebuildClusterDays recomputes the whole table, after a reclustering.
func rebuildClusterDays(ctx context.Context, tx *sql.Tx) error {
	return rewriteClusterDays(ctx, tx, "")
}

// rebuildPartnerDays is the number of moved meetings above which
// UpdateClusters rebuilds a partner's cluster days at once rather than
// cluster by cluster.
const rebuildPartnerDays = 500

// rebuildPartnerClusterDays recomputes one partner's rows.
func rebuildPartnerClusterDays(ctx context.Context, tx *sql.Tx, partner string) error {
	return rewriteClusterDays(ctx, tx, partner)
}

// rewriteClusterDays recomputes the rows of one partner, or of all for "",
// and their sums in cluster_month_counts and cluster_day_counts.
//
// The triggers of migration 0008 keep the sums row by row, a few
// microseconds a row: rewriting every cluster of a large library through
// them cost more than the rewrite itself, and a table with a DELETE
// trigger is emptied row by row. So they are set aside for the rewrite,
// inside the caller's transaction (no other writer can run meanwhile, and
// a rollback brings them back), and the sums are counted again in one
// statement each; the triggers are then created again from their own SQL
// as sqlite_schema holds it.
func rewriteClusterDays(ctx context.Context, tx *sql.Tx, partner string) error {
	triggers, err := clusterDaysTriggers(ctx, tx)
	if err != nil {
		return err
	}
	for _, t := range triggers {
		if _, err := tx.ExecContext(ctx, `DROP TRIGGER "`+t.name+`"`); err != nil {
			return err
		}
	}
	where, fill, args := "", clusterDaysSQL, []any{}
	if partner != "" {
		where, fill, args = ` WHERE partner = ?`, clusterDaysSQL+` AND m.partner = ?`, []any{partner}
	}
	for _, q := range []string{
		`DELETE FROM cluster_days` + where,
		fill + ` GROUP BY m.partner, m.cluster`,
		`DELETE FROM cluster_month_counts` + where,
		clusterMonthCountsSQL + where + ` GROUP BY 1, 2`,
		`DELETE FROM cluster_day_counts` + where,
		clusterDayCountsSQL + where + ` GROUP BY 1, 2`,
	} {
		if _, err := tx.ExecContext(ctx, q, args...); err != nil {
			return err
		}
	}
	for _, t := range triggers {
		if _, err := tx.ExecContext(ctx, t.sql); err != nil {
			return err
		}
	}
	return nil
}

// The sums of cluster_days, as migration 0008 first fills them.
const (
	clusterMonthCountsSQL = `INSERT INTO cluster_month_counts (partner, month, n)
	SELECT partner, coalesce(substr(day, 1, 7), ''), count(*) FROM cluster_days`
	clusterDayCountsSQL = `INSERT INTO cluster_day_counts (partner, day, n)
	SELECT partner, coalesce(day, ''), count(*) FROM cluster_days`
)

type trigger struct{ name, sql string }

// clusterDaysTriggers reads the triggers on cluster_days.
func clusterDaysTriggers(ctx context.Context, tx *sql.Tx) ([]trigger, error) {
	rows, err := tx.QueryContext(ctx, `SELECT name, sql FROM sqlite_schema
		WHERE type = 'trigger' AND tbl_name = 'cluster_days' ORDER BY name`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []trigger
	for rows.Next() {
		var t trigger
		if err := rows.Scan(&t.name, &t.sql); err != nil {
			return nil, err
		}
		out = append(out, t)
	}
	return out, rows.Err()
}
