package data

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"parley/app"
)

// StartSession opens a session. Sessions are not in the change log: they
// are the frame of the work, not the work, and a coding that undo brings
// back must find its session still there.
func (s *Store) StartSession(ctx context.Context, sess app.Session) (app.Session, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return app.Session{}, fmt.Errorf("library %s: %w", s.path, err)
	}
	defer tx.Rollback()
	coder, err := coderID(ctx, tx, sess.Coder)
	if err != nil {
		return app.Session{}, fmt.Errorf("library %s: coder %q: %w", s.path, sess.Coder, err)
	}
	if sess.Started.IsZero() {
		sess.Started = time.Now()
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO sessions (name, coder_id, started_at, scope) VALUES (?, ?, ?, ?)`,
		sess.Name, coder, formatTime(sess.Started), sess.Scope)
	if isUnique(err) {
		return app.Session{}, fmt.Errorf("a session named %q: %w", sess.Name, app.ErrDuplicate)
	}
	if err != nil {
		return app.Session{}, fmt.Errorf("library %s: session %q: %w", s.path, sess.Name, err)
	}
	if sess.ID, err = res.LastInsertId(); err != nil {
		return app.Session{}, err
	}
	return sess, tx.Commit()
}

// EndSession closes an open session.
func (s *Store) EndSession(ctx context.Context, id int64, at time.Time) (app.Session, error) {
	res, err := s.db.ExecContext(ctx, `UPDATE sessions SET ended_at = ? WHERE id = ? AND ended_at IS NULL`, formatTime(at), id)
	if err != nil {
		return app.Session{}, fmt.Errorf("library %s: session %d: %w", s.path, id, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return app.Session{}, fmt.Errorf("session %d: %w (or already ended)", id, app.ErrNotFound)
	}
	all, err := s.Sessions(ctx)
	if err != nil {
		return app.Session{}, err
	}
	for _, sess := range all {
		if sess.ID == id {
			return sess, nil
		}
	}
	return app.Session{}, fmt.Errorf("session %d: %w", id, app.ErrNotFound)
}

// Sessions lists the sessions with their progress.
func (s *Store) Sessions(ctx context.Context) ([]app.Session, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT s.id, s.name, k.name, s.started_at, s.ended_at, s.scope,
		(SELECT count(*) FROM passages p WHERE p.session_id = s.id),
		(SELECT count(DISTINCT p.article_id) FROM passages p WHERE p.session_id = s.id)
		FROM sessions s JOIN coders k ON k.id = s.coder_id ORDER BY s.started_at, s.id`)
	if err != nil {
		return nil, fmt.Errorf("library %s: sessions: %w", s.path, err)
	}
	defer rows.Close()
	var out []app.Session
	for rows.Next() {
		var sess app.Session
		var started string
		var ended sql.NullString
		if err := rows.Scan(&sess.ID, &sess.Name, &sess.Coder, &started, &ended, &sess.Scope,
			&sess.Passages, &sess.Articles); err != nil {
			return nil, fmt.Errorf("library %s: sessions: %w", s.path, err)
		}
		if sess.Started, err = parseTime(started); err != nil {
			return nil, err
		}
		if sess.Ended, err = parseTime(ended.String); err != nil {
			return nil, err
		}
		out = append(out, sess)
	}
	return out, rows.Err()
}
