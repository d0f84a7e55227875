package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"parley/app"
)

// Coders lists the coders by name.
func (s *Store) Coders(ctx context.Context) ([]app.Coder, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, name FROM coders ORDER BY name`)
	if err != nil {
		return nil, fmt.Errorf("library %s: coders: %w", s.path, err)
	}
	defer rows.Close()
	var out []app.Coder
	for rows.Next() {
		var c app.Coder
		if err := rows.Scan(&c.ID, &c.Name); err != nil {
			return nil, fmt.Errorf("library %s: coders: %w", s.path, err)
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// coderID finds or creates a coder inside the caller's transaction.
// Coders are not in the change log: undoing a first coding leaves the
// coder, who then simply has no passages.
func coderID(ctx context.Context, tx *sql.Tx, name string) (int64, error) {
	if strings.TrimSpace(name) == "" {
		return 0, errors.New("a coder needs a name")
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO coders (name) VALUES (?) ON CONFLICT (name) DO NOTHING`, name); err != nil {
		return 0, err
	}
	var id int64
	err := tx.QueryRowContext(ctx, `SELECT id FROM coders WHERE name = ?`, name).Scan(&id)
	return id, err
}

// AddPassage stores a coding as one undo step.
func (s *Store) AddPassage(ctx context.Context, p app.Passage) (app.Passage, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return app.Passage{}, fmt.Errorf("library %s: %w", s.path, err)
	}
	defer tx.Rollback()
	code, err := s.code(ctx, tx, p.CodeID)
	if err != nil {
		return app.Passage{}, err
	}
	var source string
	err = tx.QueryRowContext(ctx, `SELECT source FROM articles WHERE id = ?`, p.ArticleID).Scan(&source)
	if errors.Is(err, sql.ErrNoRows) {
		return app.Passage{}, fmt.Errorf("article %d: %w", p.ArticleID, app.ErrNotFound)
	}
	if err != nil {
		return app.Passage{}, fmt.Errorf("library %s: %w", s.path, err)
	}
	coder, err := coderID(ctx, tx, p.Coder)
	if err != nil {
		return app.Passage{}, fmt.Errorf("library %s: coder %q: %w", s.path, p.Coder, err)
	}
	span := fmt.Sprintf("[%d,%d)", p.Start, p.End)
	if p.Whole {
		span = "(whole)"
	}
	log, err := startChange(ctx, tx, fmt.Sprintf("code %s %s as %q by %s", source, span, code.Name, p.Coder))
	if err != nil {
		return app.Passage{}, fmt.Errorf("library %s: %w", s.path, err)
	}
	if p.CreatedAt.IsZero() {
		p.CreatedAt = time.Now()
	}
	id, err := log.insert(ctx, passagesTable, `INSERT INTO passages (article_id, start, "end", whole, quote,
		code_id, coder_id, session_id, memo, created_at, context) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		p.ArticleID, p.Start, p.End, boolInt(p.Whole), p.Quote, p.CodeID, coder, nullID(p.SessionID), p.Memo,
		formatTime(p.CreatedAt), p.Context)
	if isUnique(err) {
		var twin int64
		_ = tx.QueryRowContext(ctx, `SELECT id FROM passages WHERE article_id = ? AND start = ? AND "end" = ?
			AND code_id = ? AND coder_id = ?`, p.ArticleID, p.Start, p.End, p.CodeID, coder).Scan(&twin)
		return app.Passage{}, fmt.Errorf("%s %s is already coded %q by %s (passage %d): %w",
			source, span, code.Name, p.Coder, twin, app.ErrDuplicate)
	}
	if err != nil {
		return app.Passage{}, fmt.Errorf("library %s: coding %s %s: %w", s.path, source, span, err)
	}
	if err := tx.Commit(); err != nil {
		return app.Passage{}, fmt.Errorf("library %s: coding %s %s: %w", s.path, source, span, err)
	}
	return s.Passage(ctx, id)
}

// DeletePassage removes a coding and the memos on it, as one step.
func (s *Store) DeletePassage(ctx context.Context, id int64) (app.Passage, error) {
	p, err := s.Passage(ctx, id)
	if err != nil {
		return app.Passage{}, err
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return app.Passage{}, fmt.Errorf("library %s: %w", s.path, err)
	}
	defer tx.Rollback()
	log, err := startChange(ctx, tx, fmt.Sprintf("uncode passage %d (%s [%d,%d) %q by %s)", id, p.Source, p.Start, p.End, p.Code, p.Coder))
	if err != nil {
		return app.Passage{}, fmt.Errorf("library %s: %w", s.path, err)
	}
	if _, err := deleteMemos(ctx, tx, log, app.MemoPassage, id); err != nil {
		return app.Passage{}, fmt.Errorf("library %s: passage %d: %w", s.path, id, err)
	}
	if err := log.remove(ctx, passagesTable, id); err != nil {
		return app.Passage{}, fmt.Errorf("library %s: passage %d: %w", s.path, id, err)
	}
	return p, tx.Commit()
}

const selectPassageSQL = `SELECT p.id, p.article_id, a.source, p.start, p."end", p.whole, p.quote, p.code_id,
	c.name, k.name, coalesce(p.session_id, 0), coalesce(s.name, ''), p.memo, p.created_at, p.context
	FROM passages p JOIN articles a ON a.id = p.article_id JOIN codes c ON c.id = p.code_id
	JOIN coders k ON k.id = p.coder_id LEFT JOIN sessions s ON s.id = p.session_id`

// Passage loads one coding.
func (s *Store) Passage(ctx context.Context, id int64) (app.Passage, error) {
	ps, err := s.queryPassages(ctx, selectPassageSQL+" WHERE p.id = ?", id)
	if err != nil {
		return app.Passage{}, err
	}
	if len(ps) == 0 {
		return app.Passage{}, fmt.Errorf("passage %d: %w ('passages' lists them)", id, app.ErrNotFound)
	}
	return ps[0], nil
}

// Passages lists the codings f selects, each with the sentence around it
// that was cut when it was coded.
func (s *Store) Passages(ctx context.Context, f app.PassageFilter) ([]app.Passage, error) {
	var args []any
	var where []string
	if len(f.CodeIDs) > 0 {
		where = append(where, "p.code_id IN ("+placeholders(len(f.CodeIDs))+")")
		for _, id := range f.CodeIDs {
			args = append(args, id)
		}
	}
	for _, c := range []struct {
		col string
		id  int64
	}{{"p.article_id", f.ArticleID}, {"p.coder_id", f.CoderID}, {"p.session_id", f.SessionID}} {
		if c.id != 0 {
			where = append(where, c.col+" = ?")
			args = append(args, c.id)
		}
	}
	query := selectPassageSQL
	if len(where) > 0 {
		query += " WHERE " + strings.Join(where, " AND ")
	}
	query += ` ORDER BY p.article_id, p.start, p."end", p.id`
	return s.queryPassages(ctx, query, args...)
}

func (s *Store) queryPassages(ctx context.Context, query string, args ...any) ([]app.Passage, error) {
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("library %s: passages: %w", s.path, err)
	}
	defer rows.Close()
	var out []app.Passage
	for rows.Next() {
		var p app.Passage
		var created string
		if err := rows.Scan(&p.ID, &p.ArticleID, &p.Source, &p.Start, &p.End, &p.Whole, &p.Quote, &p.CodeID,
			&p.Code, &p.Coder, &p.SessionID, &p.Session, &p.Memo, &created, &p.Context); err != nil {
			return nil, fmt.Errorf("library %s: passages: %w", s.path, err)
		}
		if p.CreatedAt, err = parseTime(created); err != nil {
			return nil, fmt.Errorf("library %s: passage %d: %w", s.path, p.ID, err)
		}
		out = append(out, p)
	}
	return out, rows.Err()
}
