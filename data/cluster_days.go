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
// clusters it touches inside its own transaction.

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
	if _, err := tx.ExecContext(ctx, `DELETE FROM cluster_days`); err != nil {
		return err
	}
	_, err := tx.ExecContext(ctx, clusterDaysSQL+` GROUP BY m.partner, m.cluster`)
	return err
}

// rebuildPartnerDays is the number of moved meetings above which
// UpdateClusters rebuilds a partner's cluster days at once rather than
// cluster by cluster.
const rebuildPartnerDays = 500

// rebuildPartnerClusterDays recomputes one partner's rows.
func rebuildPartnerClusterDays(ctx context.Context, tx *sql.Tx, partner string) error {
	if _, err := tx.ExecContext(ctx, `DELETE FROM cluster_days WHERE partner = ?`, partner); err != nil {
		return err
	}
	_, err := tx.ExecContext(ctx, clusterDaysSQL+` AND m.partner = ? GROUP BY m.partner, m.cluster`, partner)
	return err
}
