package data

import (
	"context"
	"fmt"

	"parley/app"
)

// MatchArticles lists the latest articles a full-text query matches, in id
// order. Unlike Search it neither ranks nor cuts: auto-coding needs every
// one.
func (s *Store) MatchArticles(ctx context.Context, text string) ([]int64, error) {
	match, err := ftsQuery(text)
	if err != nil {
		return nil, err
	}
	rows, err := s.db.QueryContext(ctx, `SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?
		AND rowid NOT IN (SELECT id FROM articles WHERE latest = 0) ORDER BY rowid`, match)
	if err != nil {
		return nil, wrapSearchErr(s.path, text, asQueryError(text, err))
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, wrapSearchErr(s.path, text, asQueryError(text, err))
		}
		ids = append(ids, id)
	}
	if err := rows.Err(); err != nil {
		return nil, wrapSearchErr(s.path, text, asQueryError(text, err))
	}
	return ids, nil
}

// AddPassages stores many codings as one undo step: auto-coding a hundred
// matches is undone by one undo. A coding the coder already has (same
// article, span and code) is skipped rather than failing the rest; if all
// are, the transaction is dropped so that no empty step is left to undo.
func (s *Store) AddPassages(ctx context.Context, label string, ps []app.Passage) (int, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("library %s: %w", s.path, err)
	}
	defer tx.Rollback()
	log, err := startChange(ctx, tx, label)
	if err != nil {
		return 0, fmt.Errorf("library %s: %w", s.path, err)
	}
	coders := map[string]int64{}
	checked := map[int64]bool{}
	added := 0
	for _, p := range ps {
		if !checked[p.CodeID] {
			if _, err := s.code(ctx, tx, p.CodeID); err != nil {
				return 0, err
			}
			checked[p.CodeID] = true
		}
		coder, ok := coders[p.Coder]
		if !ok {
			if coder, err = coderID(ctx, tx, p.Coder); err != nil {
				return 0, fmt.Errorf("library %s: coder %q: %w", s.path, p.Coder, err)
			}
			coders[p.Coder] = coder
		}
		_, ok, err := log.insertNew(ctx, passagesTable, `INSERT INTO passages (article_id, start, "end", whole, quote,
			code_id, coder_id, session_id, memo, created_at, context) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT DO NOTHING`,
			p.ArticleID, p.Start, p.End, boolInt(p.Whole), p.Quote, p.CodeID, coder, nullID(p.SessionID), p.Memo,
			formatTime(p.CreatedAt), p.Context)
		if err != nil {
			return 0, fmt.Errorf("library %s: coding article %d [%d,%d): %w", s.path, p.ArticleID, p.Start, p.End, err)
		}
		if ok {
			added++
		}
	}
	if added == 0 {
		return 0, nil
	}
	if err := log.relabel(ctx, fmt.Sprintf("%s: %d passage(s)", label, added)); err != nil {
		return 0, fmt.Errorf("library %s: %w", s.path, err)
	}
	if err := tx.Commit(); err != nil {
		return 0, fmt.Errorf("library %s: %w", s.path, err)
	}
	return added, nil
}
