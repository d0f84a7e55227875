package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"parley/app"
)

// The analyst's merges and splits of clusters (app.ClusterEditor). Each is
// one transaction that moves the meetings, pins them (migration 0007) so
// that a later reclustering keeps the change, marks them reviewed so that a
// re-run of the extractor keeps them, and refreshes cluster_days so that the
// counts follow at once.

var _ app.ClusterEditor = (*Store)(nil)

// clusterMember is what a merge or split reads of a meeting.
type clusterMember struct {
	id      int64
	partner string
	cluster sql.NullInt64
	pin     sql.NullInt64
}

func readMember(ctx context.Context, tx *sql.Tx, id int64) (clusterMember, error) {
	m := clusterMember{id: id}
	err := tx.QueryRowContext(ctx, `SELECT partner, cluster, cluster_pin FROM meetings WHERE id = ?`, id).
		Scan(&m.partner, &m.cluster, &m.pin)
	if errors.Is(err, sql.ErrNoRows) {
		return m, fmt.Errorf("meeting %d: %w", id, app.ErrNotFound)
	}
	return m, err
}

// clusterOf lists the meetings of m's cluster that reclustering covers
// (rejected meetings keep the number of their last cluster but are in
// none); a meeting not yet clustered is alone.
func clusterOf(ctx context.Context, tx *sql.Tx, m clusterMember) ([]clusterMember, error) {
	if !m.cluster.Valid {
		return []clusterMember{m}, nil
	}
	rows, err := tx.QueryContext(ctx, `SELECT id, partner, cluster, cluster_pin FROM meetings
		WHERE cluster = ? AND (status <> 'rejected' OR id = ?) ORDER BY id`, m.cluster.Int64, m.id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []clusterMember
	for rows.Next() {
		var c clusterMember
		if err := rows.Scan(&c.id, &c.partner, &c.cluster, &c.pin); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// nextNumbers gives n unused numbers of a meetings column (cluster or
// cluster_pin).
func nextNumbers(ctx context.Context, tx *sql.Tx, column string, n int) ([]int64, error) {
	var top int64
	if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(`+column+`), 0) FROM meetings`).Scan(&top); err != nil {
		return nil, err
	}
	out := make([]int64, n)
	for i := range out {
		out[i] = top + int64(i) + 1
	}
	return out, nil
}

// pinOf is the lowest pin among members, if any.
func pinOf(members []clusterMember) (int64, bool) {
	var pin int64
	found := false
	for _, m := range members {
		if m.pin.Valid && (!found || m.pin.Int64 < pin) {
			pin, found = m.pin.Int64, true
		}
	}
	return pin, found
}

// placeMembers moves members to cluster and pin, marks them reviewed and
// refreshes the counts of the clusters they leave and join.
func (s *Store) placeMembers(ctx context.Context, tx *sql.Tx, members []clusterMember, cluster, pin int64) error {
	touched := []int64{cluster}
	for _, m := range members {
		if m.cluster.Valid {
			touched = append(touched, m.cluster.Int64)
		}
		if _, err := tx.ExecContext(ctx, `UPDATE meetings SET cluster = ?, cluster_pin = ?, reviewed = 1
			WHERE id = ?`, cluster, pin, m.id); err != nil {
			return err
		}
	}
	st := s.save.in(ctx, tx)
	defer st.close()
	return st.refreshClusterDays(ctx, touched)
}

// MergeClusters puts the clusters of meetings a and b into one, pinned.
func (s *Store) MergeClusters(ctx context.Context, a, b int64) (int64, error) {
	fail := func(err error) (int64, error) {
		return 0, fmt.Errorf("library %s: merging the clusters of meetings %d and %d: %w", s.path, a, b, err)
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fail(err)
	}
	defer tx.Rollback()
	ma, err := readMember(ctx, tx, a)
	if err != nil {
		return fail(err)
	}
	mb, err := readMember(ctx, tx, b)
	if err != nil {
		return fail(err)
	}
	if ma.partner != mb.partner {
		return fail(fmt.Errorf("meeting %d is with %s and meeting %d with %s: one meeting has one partner (correct the partner first)",
			a, ma.partner, b, mb.partner))
	}
	if a == b || (ma.cluster.Valid && ma.cluster == mb.cluster) {
		return fail(fmt.Errorf("they are already in one cluster"))
	}
	inA, err := clusterOf(ctx, tx, ma)
	if err != nil {
		return fail(err)
	}
	inB, err := clusterOf(ctx, tx, mb)
	if err != nil {
		return fail(err)
	}
	members := append(inA, inB...)
	var cluster int64
	switch {
	case ma.cluster.Valid:
		cluster = ma.cluster.Int64
	case mb.cluster.Valid:
		cluster = mb.cluster.Int64
	default:
		fresh, err := nextNumbers(ctx, tx, "cluster", 1)
		if err != nil {
			return fail(err)
		}
		cluster = fresh[0]
	}
	pin, ok := pinOf(members)
	if !ok {
		fresh, err := nextNumbers(ctx, tx, "cluster_pin", 1)
		if err != nil {
			return fail(err)
		}
		pin = fresh[0]
	}
	if err := s.placeMembers(ctx, tx, members, cluster, pin); err != nil {
		return fail(err)
	}
	if err := tx.Commit(); err != nil {
		return fail(err)
	}
	return cluster, nil
}

// SplitFromCluster takes meeting id out of its cluster, pinned apart.
func (s *Store) SplitFromCluster(ctx context.Context, id int64) (int64, error) {
	fail := func(err error) (int64, error) {
		return 0, fmt.Errorf("library %s: splitting meeting %d from its cluster: %w", s.path, id, err)
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fail(err)
	}
	defer tx.Rollback()
	m, err := readMember(ctx, tx, id)
	if err != nil {
		return fail(err)
	}
	members, err := clusterOf(ctx, tx, m)
	if err != nil {
		return fail(err)
	}
	var rest []clusterMember
	for _, o := range members {
		if o.id != id {
			rest = append(rest, o)
		}
	}
	if len(rest) == 0 {
		return fail(fmt.Errorf("it is alone in its cluster"))
	}
	pins, err := nextNumbers(ctx, tx, "cluster_pin", 2)
	if err != nil {
		return fail(err)
	}
	restPin, ok := pinOf(rest)
	if !ok {
		restPin = pins[1]
	}
	if err := s.placeMembers(ctx, tx, rest, m.cluster.Int64, restPin); err != nil {
		return fail(err)
	}
	fresh, err := nextNumbers(ctx, tx, "cluster", 1)
	if err != nil {
		return fail(err)
	}
	if err := s.placeMembers(ctx, tx, []clusterMember{m}, fresh[0], pins[0]); err != nil {
		return fail(err)
	}
	if err := tx.Commit(); err != nil {
		return fail(err)
	}
	return fresh[0], nil
}

// ClusterPins maps each pinned meeting to its pin.
func (s *Store) ClusterPins(ctx context.Context) (map[int64]int64, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, cluster_pin FROM meetings WHERE cluster_pin IS NOT NULL`)
	if err != nil {
		return nil, fmt.Errorf("library %s: cluster pins: %w", s.path, err)
	}
	defer rows.Close()
	pins := map[int64]int64{}
	for rows.Next() {
		var id, pin int64
		if err := rows.Scan(&id, &pin); err != nil {
			return nil, fmt.Errorf("library %s: cluster pins: %w", s.path, err)
		}
		pins[id] = pin
	}
	return pins, rows.Err()
}
