package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"parley/app"
)

// Meeting statements, prepared once with the import statements (saveStmts).
const (
	insertMeetingSQL = `INSERT INTO meetings (article_id, teaser_position, partner, mode, setting,
		cameo, date_start, date_end, date_precision, location, status, origin, reviewed, cluster,
		evidence_start, evidence_end, evidence)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	insertParticipantSQL = `INSERT INTO participants (meeting_id, side, position, name, title, level, country)
		VALUES (?, ?, ?, ?, ?, ?, ?)`
)

// insertMeetings stores the meetings of one article inside the caller's
// transaction.
func (st *saveStmts) insertMeetings(ctx context.Context, articleID int64, ms []app.Meeting) error {
	var clustered []int64
	for i := range ms {
		if _, err := st.insertMeeting(ctx, articleID, &ms[i]); err != nil {
			return fmt.Errorf("meeting %d (%s): %w", i+1, ms[i].Partner, err)
		}
		if ms[i].Cluster != 0 {
			clustered = append(clustered, ms[i].Cluster)
		}
	}
	// Meetings arrive unclustered from the extractor; one that comes with
	// its cluster (a copy between libraries, a test) joins its day at once.
	return st.refreshClusterDays(ctx, clustered)
}

func (st *saveStmts) insertMeeting(ctx context.Context, articleID int64, m *app.Meeting) (int64, error) {
	var teaser any
	if m.Teaser {
		teaser = m.TeaserPosition
	}
	status := m.Status
	if status == "" {
		status = app.Suggested
	}
	origin := m.Origin
	if origin == "" {
		origin = app.OriginExtracted
	}
	var cluster any
	if m.Cluster != 0 {
		cluster = m.Cluster
	}
	start, end, precision := meetingDateColumns(m)
	res, err := st.meeting.ExecContext(ctx, articleID, teaser, strings.ToUpper(m.Partner), m.Mode, m.Setting,
		app.CAMEO(m.Mode, m.Setting), start, end, precision, m.Location, string(status), origin,
		boolInt(m.Reviewed), cluster, m.EvidenceStart, m.EvidenceEnd, m.Evidence)
	if err != nil {
		return 0, err
	}
	id, err := res.LastInsertId()
	if err != nil {
		return 0, err
	}
	return id, st.insertParticipants(ctx, id, m)
}

func (st *saveStmts) insertParticipants(ctx context.Context, meetingID int64, m *app.Meeting) error {
	for _, side := range []struct {
		name string
		ps   []app.Participant
	}{{"focal", m.Focal}, {"partner", m.PartnerSide}} {
		for i, p := range side.ps {
			level := p.Level
			if level == "" {
				level = "other"
			}
			if _, err := st.participant.ExecContext(ctx, meetingID, side.name, i, p.Name, p.Title, level, p.Country); err != nil {
				return fmt.Errorf("%s participant %q: %w", side.name, p.Name, err)
			}
		}
	}
	return nil
}

func meetingDateColumns(m *app.Meeting) (start, end, precision any) {
	if m.DatePrecision == app.PrecisionUnknown || m.DateStart == "" {
		return nil, nil, nil
	}
	end = m.DateEnd
	if m.DateEnd == "" {
		end = m.DateStart
	}
	return m.DateStart, end, string(m.DatePrecision)
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// ReplaceMeetings swaps an article's unreviewed extracted meetings for ms in
// one transaction.
func (s *Store) ReplaceMeetings(ctx context.Context, articleID int64, ms []app.Meeting) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("library %s: %w", s.path, err)
	}
	defer tx.Rollback()
	var exists int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM articles WHERE id = ?`, articleID).Scan(&exists); err != nil {
		return fmt.Errorf("library %s: %w", s.path, err)
	}
	if exists == 0 {
		return fmt.Errorf("article %d: %w", articleID, app.ErrNotFound)
	}
	st := s.save.in(ctx, tx)
	defer st.close()
	// The clusters that lose members here are counted again below; the new
	// suggestions join clusters at the next reclustering.
	touched, err := clusterIDs(ctx, st.clustersOfArticle, articleID)
	if err != nil {
		return fmt.Errorf("library %s: article %d: %w", s.path, articleID, err)
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM meetings
		WHERE article_id = ? AND origin = 'extracted' AND reviewed = 0`, articleID); err != nil {
		return fmt.Errorf("library %s: clearing the suggestions of article %d: %w", s.path, articleID, err)
	}
	if err := st.insertMeetings(ctx, articleID, ms); err != nil {
		return fmt.Errorf("library %s: article %d: %w", s.path, articleID, err)
	}
	if err := st.refreshClusterDays(ctx, touched); err != nil {
		return fmt.Errorf("library %s: article %d: %w", s.path, articleID, err)
	}
	return tx.Commit()
}

// AddMeeting stores a meeting the analyst made by hand.
func (s *Store) AddMeeting(ctx context.Context, m app.Meeting) (int64, error) {
	m.Origin, m.Reviewed = app.OriginManual, true
	if m.Status == "" {
		m.Status = app.Confirmed
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("library %s: %w", s.path, err)
	}
	defer tx.Rollback()
	st := s.save.in(ctx, tx)
	defer st.close()
	id, err := st.insertMeeting(ctx, m.ArticleID, &m)
	if err != nil {
		return 0, fmt.Errorf("library %s: adding a meeting: %w", s.path, err)
	}
	return id, tx.Commit()
}

const selectMeetingSQL = `SELECT m.id, m.article_id, a.source, m.teaser_position, m.partner, m.mode,
	m.setting, m.cameo, m.date_start, m.date_end, m.date_precision, m.location, m.status, m.origin,
	m.reviewed, coalesce(m.cluster, 0), m.evidence_start, m.evidence_end, m.evidence
	FROM meetings m JOIN articles a ON a.id = m.article_id`

// Meetings lists the meetings f selects, by article and place in the text.
func (s *Store) Meetings(ctx context.Context, f app.MeetingFilter) ([]app.Meeting, error) {
	var where []string
	var args []any
	if len(f.Partners) > 0 {
		where = append(where, "m.partner IN ("+placeholders(len(f.Partners))+")")
		for _, p := range f.Partners {
			args = append(args, strings.ToUpper(p))
		}
	}
	if f.Statuses == nil {
		where = append(where, "m.status <> 'rejected'")
	} else {
		where = append(where, "m.status IN ("+placeholders(len(f.Statuses))+")")
		for _, st := range f.Statuses {
			args = append(args, string(st))
		}
	}
	if f.Teasers != nil {
		if *f.Teasers {
			where = append(where, "m.teaser_position IS NOT NULL")
		} else {
			where = append(where, "m.teaser_position IS NULL")
		}
	}
	if f.ArticleID != 0 {
		where = append(where, "m.article_id = ?")
		args = append(args, f.ArticleID)
	}
	query := selectMeetingSQL
	if len(where) > 0 {
		query += " WHERE " + strings.Join(where, " AND ")
	}
	query += " ORDER BY m.article_id, m.teaser_position IS NOT NULL, m.teaser_position, m.evidence_start, m.id"
	return s.queryMeetings(ctx, query, args...)
}

// Meeting loads one meeting.
func (s *Store) Meeting(ctx context.Context, id int64) (app.Meeting, error) {
	ms, err := s.queryMeetings(ctx, selectMeetingSQL+" WHERE m.id = ?", id)
	if err != nil {
		return app.Meeting{}, err
	}
	if len(ms) == 0 {
		return app.Meeting{}, fmt.Errorf("meeting %d: %w", id, app.ErrNotFound)
	}
	return ms[0], nil
}

func (s *Store) queryMeetings(ctx context.Context, query string, args ...any) ([]app.Meeting, error) {
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("library %s: meetings: %w", s.path, err)
	}
	defer rows.Close()
	var out []app.Meeting
	index := map[int64]int{}
	for rows.Next() {
		var m app.Meeting
		var teaser sql.NullInt64
		var start, end, precision sql.NullString
		var status string
		if err := rows.Scan(&m.ID, &m.ArticleID, &m.Source, &teaser, &m.Partner, &m.Mode, &m.Setting,
			&m.CAMEO, &start, &end, &precision, &m.Location, &status, &m.Origin, &m.Reviewed, &m.Cluster,
			&m.EvidenceStart, &m.EvidenceEnd, &m.Evidence); err != nil {
			return nil, fmt.Errorf("library %s: meetings: %w", s.path, err)
		}
		m.Teaser, m.TeaserPosition = teaser.Valid, int(teaser.Int64)
		m.DateStart, m.DateEnd, m.DatePrecision = start.String, end.String, app.Precision(precision.String)
		m.Status = app.MeetingStatus(status)
		index[m.ID] = len(out)
		out = append(out, m)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("library %s: meetings: %w", s.path, err)
	}
	return out, s.loadParticipants(ctx, out, index)
}

// loadParticipants fills the participants of ms, a few hundred meetings a
// query.
func (s *Store) loadParticipants(ctx context.Context, ms []app.Meeting, index map[int64]int) error {
	const chunk = 500
	for lo := 0; lo < len(ms); lo += chunk {
		part := ms[lo:min(lo+chunk, len(ms))]
		ids := make([]any, len(part))
		for i, m := range part {
			ids[i] = m.ID
		}
		rows, err := s.db.QueryContext(ctx, `SELECT meeting_id, side, name, title, level, country
			FROM participants WHERE meeting_id IN (`+placeholders(len(ids))+`) ORDER BY meeting_id, side, position`, ids...)
		if err != nil {
			return fmt.Errorf("library %s: participants: %w", s.path, err)
		}
		for rows.Next() {
			var id int64
			var side string
			var p app.Participant
			if err := rows.Scan(&id, &side, &p.Name, &p.Title, &p.Level, &p.Country); err != nil {
				rows.Close()
				return fmt.Errorf("library %s: participants: %w", s.path, err)
			}
			m := &ms[index[id]]
			if side == "focal" {
				m.Focal = append(m.Focal, p)
			} else {
				m.PartnerSide = append(m.PartnerSide, p)
			}
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return fmt.Errorf("library %s: participants: %w", s.path, err)
		}
	}
	return nil
}

// ChangeMeeting applies an analyst's correction in one transaction and marks
// the meeting reviewed.
func (s *Store) ChangeMeeting(ctx context.Context, id int64, c app.MeetingChange) (app.Meeting, error) {
	m, err := s.Meeting(ctx, id)
	if err != nil {
		return app.Meeting{}, err
	}
	set := func(dst *string, v *string) {
		if v != nil {
			*dst = *v
		}
	}
	if c.Status != nil {
		m.Status = *c.Status
	}
	set(&m.Partner, c.Partner)
	set(&m.Mode, c.Mode)
	set(&m.Setting, c.Setting)
	set(&m.DateStart, c.DateStart)
	set(&m.DateEnd, c.DateEnd)
	set(&m.Location, c.Location)
	if c.DatePrecision != nil {
		m.DatePrecision = *c.DatePrecision
	}
	if c.Focal != nil {
		m.Focal = *c.Focal
	}
	if c.PartnerSide != nil {
		m.PartnerSide = *c.PartnerSide
	}
	m.Reviewed = true

	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return app.Meeting{}, fmt.Errorf("library %s: %w", s.path, err)
	}
	defer tx.Rollback()
	start, end, precision := meetingDateColumns(&m)
	if _, err := tx.ExecContext(ctx, `UPDATE meetings SET partner = ?, mode = ?, setting = ?, cameo = ?,
		date_start = ?, date_end = ?, date_precision = ?, location = ?, status = ?, reviewed = 1
		WHERE id = ?`, strings.ToUpper(m.Partner), m.Mode, m.Setting, app.CAMEO(m.Mode, m.Setting),
		start, end, precision, m.Location, string(m.Status), id); err != nil {
		return app.Meeting{}, fmt.Errorf("library %s: meeting %d: %w", s.path, id, err)
	}
	st := s.save.in(ctx, tx)
	defer st.close()
	if c.Focal != nil || c.PartnerSide != nil {
		if _, err := tx.ExecContext(ctx, `DELETE FROM participants WHERE meeting_id = ?`, id); err != nil {
			return app.Meeting{}, fmt.Errorf("library %s: meeting %d: %w", s.path, id, err)
		}
		if err := st.insertParticipants(ctx, id, &m); err != nil {
			return app.Meeting{}, fmt.Errorf("library %s: meeting %d: %w", s.path, id, err)
		}
	}
	// A new status, date or partner changes what its cluster counts.
	if m.Cluster != 0 {
		if err := st.refreshClusterDays(ctx, []int64{m.Cluster}); err != nil {
			return app.Meeting{}, fmt.Errorf("library %s: meeting %d: %w", s.path, id, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return app.Meeting{}, fmt.Errorf("library %s: meeting %d: %w", s.path, id, err)
	}
	return s.Meeting(ctx, id)
}

// SetClusters records cluster membership in one transaction.
func (s *Store) SetClusters(ctx context.Context, clusters map[int64]int64) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("library %s: %w", s.path, err)
	}
	defer tx.Rollback()
	stmt, err := tx.PrepareContext(ctx, `UPDATE meetings SET cluster = ? WHERE id = ?`)
	if err != nil {
		return fmt.Errorf("library %s: %w", s.path, err)
	}
	defer stmt.Close()
	for id, c := range clusters {
		if _, err := stmt.ExecContext(ctx, c, id); err != nil {
			return fmt.Errorf("library %s: meeting %d: %w", s.path, id, err)
		}
	}
	if err := rebuildClusterDays(ctx, tx); err != nil {
		return fmt.Errorf("library %s: cluster days: %w", s.path, err)
	}
	return tx.Commit()
}

// MaxCluster is the highest cluster number in use, 0 when none is.
func (s *Store) MaxCluster(ctx context.Context) (int64, error) {
	var c sql.NullInt64
	if err := s.db.QueryRowContext(ctx, `SELECT max(cluster) FROM meetings`).Scan(&c); err != nil {
		return 0, fmt.Errorf("library %s: %w", s.path, err)
	}
	return c.Int64, nil
}

// UpdateClusters moves some meetings of partner to other clusters in one
// transaction and refreshes the cluster days of the clusters they leave and
// join, where SetClusters rebuilds them all; when many move (a bulk
// import), the partner's cluster days are rebuilt at once instead, which
// is cheaper than two statements per cluster.
func (s *Store) UpdateClusters(ctx context.Context, partner string, moves []app.ClusterMove) error {
	if len(moves) == 0 {
		return nil
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("library %s: %w", s.path, err)
	}
	defer tx.Rollback()
	update, err := tx.PrepareContext(ctx, `UPDATE meetings SET cluster = ? WHERE id = ? AND partner = ?`)
	if err != nil {
		return fmt.Errorf("library %s: %w", s.path, err)
	}
	defer update.Close()
	touched := make([]int64, 0, 2*len(moves))
	for _, m := range moves {
		res, err := update.ExecContext(ctx, m.To, m.Meeting, partner)
		if err != nil {
			return fmt.Errorf("library %s: meeting %d: %w", s.path, m.Meeting, err)
		}
		if n, err := res.RowsAffected(); err != nil || n != 1 {
			return fmt.Errorf("library %s: meeting %d of %s: not found (%v)", s.path, m.Meeting, partner, err)
		}
		touched = append(touched, m.To)
		if m.From != 0 {
			touched = append(touched, m.From)
		}
	}
	if len(moves) > rebuildPartnerDays {
		err = rebuildPartnerClusterDays(ctx, tx, partner)
	} else {
		st := s.save.in(ctx, tx)
		defer st.close()
		err = st.refreshClusterDays(ctx, touched)
	}
	if err != nil {
		return fmt.Errorf("library %s: cluster days: %w", s.path, err)
	}
	return tx.Commit()
}

// ArticleIDs lists the latest articles' ids.
func (s *Store) ArticleIDs(ctx context.Context) ([]int64, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id FROM articles WHERE latest = 1 ORDER BY id`)
	if err != nil {
		return nil, fmt.Errorf("library %s: %w", s.path, err)
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

// People returns the people memory.
func (s *Store) People(ctx context.Context) ([]app.Person, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT name, title, country, level FROM people ORDER BY key`)
	if err != nil {
		return nil, fmt.Errorf("library %s: people: %w", s.path, err)
	}
	defer rows.Close()
	var out []app.Person
	for rows.Next() {
		var p app.Person
		if err := rows.Scan(&p.Name, &p.Title, &p.Country, &p.Level); err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, rows.Err()
}

// SavePeople adds or updates people in the memory, keyed by name.
func (s *Store) SavePeople(ctx context.Context, people []app.Person) error {
	if len(people) == 0 {
		return nil
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("library %s: %w", s.path, err)
	}
	defer tx.Rollback()
	stmt, err := tx.PrepareContext(ctx, `INSERT INTO people (key, name, title, country, level) VALUES (?, ?, ?, ?, ?)
		ON CONFLICT (key) DO UPDATE SET name = excluded.name, title = excluded.title,
		country = excluded.country, level = excluded.level`)
	if err != nil {
		return fmt.Errorf("library %s: %w", s.path, err)
	}
	defer stmt.Close()
	for _, p := range people {
		if strings.TrimSpace(p.Name) == "" {
			return errors.New("a person without a name")
		}
		if _, err := stmt.ExecContext(ctx, strings.ToLower(p.Name), p.Name, p.Title, p.Country, p.Level); err != nil {
			return fmt.Errorf("library %s: person %q: %w", s.path, p.Name, err)
		}
	}
	return tx.Commit()
}

func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?,", n), ",")
}
