package data

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"parley/app"
)

// AddMemo stores a memo as one undo step.
func (s *Store) AddMemo(ctx context.Context, m app.Memo) (app.Memo, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return app.Memo{}, fmt.Errorf("library %s: %w", s.path, err)
	}
	defer tx.Rollback()
	label := "memo on the library"
	if m.Kind != app.MemoLibrary {
		label = fmt.Sprintf("memo on %s %d", m.Kind, m.TargetID)
	}
	if m.Title != "" {
		label += fmt.Sprintf(": %q", m.Title)
	}
	log, err := startChange(ctx, tx, label)
	if err != nil {
		return app.Memo{}, fmt.Errorf("library %s: %w", s.path, err)
	}
	if m.CreatedAt.IsZero() {
		m.CreatedAt = time.Now()
	}
	var target any
	if m.Kind != app.MemoLibrary {
		target = m.TargetID
	}
	m.ID, err = log.insert(ctx, memosTable, `INSERT INTO memos (target_kind, target_id, title, text, created_at)
		VALUES (?, ?, ?, ?, ?)`, string(m.Kind), target, m.Title, m.Text, formatTime(m.CreatedAt))
	if err != nil {
		return app.Memo{}, fmt.Errorf("library %s: memo: %w", s.path, err)
	}
	return m, tx.Commit()
}

// Memos lists memos, oldest first.
func (s *Store) Memos(ctx context.Context, f app.MemoFilter) ([]app.Memo, error) {
	var where []string
	var args []any
	if f.ID != 0 {
		where = append(where, "id = ?")
		args = append(args, f.ID)
	}
	if f.Kind != "" {
		where = append(where, "target_kind = ?")
		args = append(args, string(f.Kind))
	}
	if f.TargetID != 0 {
		where = append(where, "target_id = ?")
		args = append(args, f.TargetID)
	}
	query := `SELECT id, target_kind, coalesce(target_id, 0), title, text, created_at FROM memos`
	if len(where) > 0 {
		query += " WHERE " + strings.Join(where, " AND ")
	}
	rows, err := s.db.QueryContext(ctx, query+" ORDER BY created_at, id", args...)
	if err != nil {
		return nil, fmt.Errorf("library %s: memos: %w", s.path, err)
	}
	defer rows.Close()
	var out []app.Memo
	for rows.Next() {
		var m app.Memo
		var kind string
		var created sql.NullString
		if err := rows.Scan(&m.ID, &kind, &m.TargetID, &m.Title, &m.Text, &created); err != nil {
			return nil, fmt.Errorf("library %s: memos: %w", s.path, err)
		}
		m.Kind = app.MemoKind(kind)
		if m.CreatedAt, err = parseTime(created.String); err != nil {
			return nil, err
		}
		out = append(out, m)
	}
	return out, rows.Err()
}

// EditMemo changes a memo's title and text as one undo step.
func (s *Store) EditMemo(ctx context.Context, id int64, title, text string) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("library %s: %w", s.path, err)
	}
	defer tx.Rollback()
	log, err := startChange(ctx, tx, fmt.Sprintf("edit memo %d", id))
	if err != nil {
		return fmt.Errorf("library %s: %w", s.path, err)
	}
	if err := log.update(ctx, memosTable, id, `UPDATE memos SET title = ?, text = ? WHERE id = ?`, title, text, id); err != nil {
		return fmt.Errorf("library %s: %w", s.path, err)
	}
	return tx.Commit()
}

// DeleteMemo deletes a memo as one undo step.
func (s *Store) DeleteMemo(ctx context.Context, id int64) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("library %s: %w", s.path, err)
	}
	defer tx.Rollback()
	log, err := startChange(ctx, tx, fmt.Sprintf("delete memo %d", id))
	if err != nil {
		return fmt.Errorf("library %s: %w", s.path, err)
	}
	if err := log.remove(ctx, memosTable, id); err != nil {
		return fmt.Errorf("library %s: %w", s.path, err)
	}
	return tx.Commit()
}
