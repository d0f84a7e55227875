package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"parley/app"

	"modernc.org/sqlite"
)

// sqliteConstraintUnique is SQLITE_CONSTRAINT_UNIQUE, the extended result
// code of a UNIQUE violation.
const sqliteConstraintUnique = 2067

func isUnique(err error) bool {
	var se *sqlite.Error
	return errors.As(err, &se) && se.Code() == sqliteConstraintUnique
}

// Codes lists the codebook, parents first (a recursive walk from the top),
// siblings by position, each with its own passage count.
func (s *Store) Codes(ctx context.Context, counts bool) ([]app.Code, error) {
	count := "0"
	if counts {
		count = "(SELECT count(*) FROM passages p WHERE p.code_id = c.id)"
	}
	rows, err := s.db.QueryContext(ctx, `WITH RECURSIVE tree (id, depth, sort) AS (
			SELECT id, 0, printf('%08d', position) FROM codes WHERE parent_id IS NULL
			UNION ALL
			SELECT c.id, t.depth + 1, t.sort || '/' || printf('%08d', c.position)
			FROM codes c JOIN tree t ON c.parent_id = t.id
		)
		SELECT c.id, coalesce(c.parent_id, 0), c.name, c.description, c.color, c.position, `+count+`
		FROM tree t JOIN codes c ON c.id = t.id ORDER BY t.sort, c.id`)
	if err != nil {
		return nil, fmt.Errorf("library %s: codes: %w", s.path, err)
	}
	defer rows.Close()
	var out []app.Code
	for rows.Next() {
		var c app.Code
		if err := rows.Scan(&c.ID, &c.ParentID, &c.Name, &c.Description, &c.Color, &c.Position, &c.Passages); err != nil {
			return nil, fmt.Errorf("library %s: codes: %w", s.path, err)
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

func (s *Store) code(ctx context.Context, q querier, id int64) (app.Code, error) {
	var c app.Code
	err := q.QueryRowContext(ctx, `SELECT id, coalesce(parent_id, 0), name, description, color, position,
		(SELECT count(*) FROM passages p WHERE p.code_id = codes.id) FROM codes WHERE id = ?`, id).
		Scan(&c.ID, &c.ParentID, &c.Name, &c.Description, &c.Color, &c.Position, &c.Passages)
	if errors.Is(err, sql.ErrNoRows) {
		return c, fmt.Errorf("code %d: %w", id, app.ErrNotFound)
	}
	return c, err
}

type querier interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

func nullID(id int64) any {
	if id == 0 {
		return nil
	}
	return id
}

// siblingClash words a UNIQUE violation of codes_sibling_name.
func siblingClash(name string, parent int64) error {
	where := "at the top level"
	if parent != 0 {
		where = "under the same parent"
	}
	return fmt.Errorf("a code named %q already exists %s: %w", name, where, app.ErrDuplicate)
}

// AddCode adds a code after its siblings, as one undo step.
func (s *Store) AddCode(ctx context.Context, c app.Code) (app.Code, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return app.Code{}, fmt.Errorf("library %s: %w", s.path, err)
	}
	defer tx.Rollback()
	if c.ParentID != 0 {
		if _, err := s.code(ctx, tx, c.ParentID); err != nil {
			return app.Code{}, fmt.Errorf("library %s: parent: %w", s.path, err)
		}
	}
	ch, err := startChange(ctx, tx, fmt.Sprintf("add code %q", c.Name))
	if err != nil {
		return app.Code{}, fmt.Errorf("library %s: %w", s.path, err)
	}
	id, err := ch.insert(ctx, codesTable, `INSERT INTO codes (parent_id, name, description, color, position)
		VALUES (?, ?, ?, ?, (SELECT coalesce(max(position) + 1, 0) FROM codes WHERE parent_id IS ?))`,
		nullID(c.ParentID), c.Name, c.Description, c.Color, nullID(c.ParentID))
	if isUnique(err) {
		return app.Code{}, siblingClash(c.Name, c.ParentID)
	}
	if err != nil {
		return app.Code{}, fmt.Errorf("library %s: adding code %q: %w", s.path, c.Name, err)
	}
	if c, err = s.code(ctx, tx, id); err != nil {
		return app.Code{}, err
	}
	return c, tx.Commit()
}

// ChangeCode renames, moves, recolours or redescribes a code as one step.
func (s *Store) ChangeCode(ctx context.Context, id int64, ch app.CodeChange) (app.Code, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return app.Code{}, fmt.Errorf("library %s: %w", s.path, err)
	}
	defer tx.Rollback()
	c, err := s.code(ctx, tx, id)
	if err != nil {
		return app.Code{}, err
	}
	label := fmt.Sprintf("change code %q", c.Name)
	next := c
	if ch.Name != nil {
		next.Name = *ch.Name
		label = fmt.Sprintf("rename code %q to %q", c.Name, next.Name)
	}
	if ch.Description != nil {
		next.Description = *ch.Description
	}
	if ch.Color != nil {
		next.Color = *ch.Color
	}
	position := c.Position
	if ch.ParentID != nil && *ch.ParentID != c.ParentID {
		next.ParentID = *ch.ParentID
		to := "the top level"
		if next.ParentID != 0 {
			p, err := s.code(ctx, tx, next.ParentID)
			if err != nil {
				return app.Code{}, fmt.Errorf("library %s: new parent: %w", s.path, err)
			}
			if inside, err := inSubtree(ctx, tx, id, next.ParentID); err != nil {
				return app.Code{}, fmt.Errorf("library %s: %w", s.path, err)
			} else if inside {
				return app.Code{}, fmt.Errorf("code %q cannot move under %q, which is itself or one of its sub-codes", c.Name, p.Name)
			}
			to = fmt.Sprintf("%q", p.Name)
		}
		label = fmt.Sprintf("move code %q under %s", c.Name, to)
		if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(position) + 1, 0) FROM codes WHERE parent_id IS ?`,
			nullID(next.ParentID)).Scan(&position); err != nil {
			return app.Code{}, fmt.Errorf("library %s: %w", s.path, err)
		}
	}
	log, err := startChange(ctx, tx, label)
	if err != nil {
		return app.Code{}, fmt.Errorf("library %s: %w", s.path, err)
	}
	err = log.update(ctx, codesTable, id, `UPDATE codes SET parent_id = ?, name = ?, description = ?, color = ?, position = ?
		WHERE id = ?`, nullID(next.ParentID), next.Name, next.Description, next.Color, position, id)
	if isUnique(err) {
		return app.Code{}, siblingClash(next.Name, next.ParentID)
	}
	if err != nil {
		return app.Code{}, fmt.Errorf("library %s: code %q: %w", s.path, c.Name, err)
	}
	if c, err = s.code(ctx, tx, id); err != nil {
		return app.Code{}, err
	}
	return c, tx.Commit()
}

// inSubtree reports whether code is root or below it.
func inSubtree(ctx context.Context, tx *sql.Tx, root, code int64) (bool, error) {
	var n int
	err := tx.QueryRowContext(ctx, `WITH RECURSIVE sub (id) AS (
			SELECT ? UNION SELECT c.id FROM codes c JOIN sub ON c.parent_id = sub.id)
		SELECT count(*) FROM sub WHERE id = ?`, root, code).Scan(&n)
	return n > 0, err
}

// idList runs a query of one integer column.
func idList(ctx context.Context, tx *sql.Tx, query string, args ...any) ([]int64, error) {
	rows, err := tx.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		out = append(out, id)
	}
	return out, rows.Err()
}

// MergeCodes moves from's passages, sub-codes and memos to into and deletes
// from, all as one step.
func (s *Store) MergeCodes(ctx context.Context, from, into int64) (app.MergeResult, error) {
	var r app.MergeResult
	if from == into {
		return r, fmt.Errorf("a code cannot be merged into itself")
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return r, fmt.Errorf("library %s: %w", s.path, err)
	}
	defer tx.Rollback()
	f, err := s.code(ctx, tx, from)
	if err != nil {
		return r, err
	}
	t, err := s.code(ctx, tx, into)
	if err != nil {
		return r, err
	}
	if inside, err := inSubtree(ctx, tx, from, into); err != nil {
		return r, fmt.Errorf("library %s: %w", s.path, err)
	} else if inside {
		return r, fmt.Errorf("code %q cannot be merged into its own sub-code %q; move %q out first", f.Name, t.Name, t.Name)
	}
	log, err := startChange(ctx, tx, fmt.Sprintf("merge code %q into %q", f.Name, t.Name))
	if err != nil {
		return r, fmt.Errorf("library %s: %w", s.path, err)
	}
	fail := func(err error) (app.MergeResult, error) {
		return app.MergeResult{}, fmt.Errorf("library %s: merging %q into %q: %w", s.path, f.Name, t.Name, err)
	}
	if err := s.mergePassages(ctx, tx, log, from, into, &r); err != nil {
		return fail(err)
	}
	kids, err := idList(ctx, tx, `SELECT id FROM codes WHERE parent_id = ? ORDER BY position, id`, from)
	if err != nil {
		return fail(err)
	}
	for _, k := range kids {
		err := log.update(ctx, codesTable, k, `UPDATE codes SET parent_id = ?,
			position = (SELECT coalesce(max(position) + 1, 0) FROM codes WHERE parent_id = ?) WHERE id = ?`, into, into, k)
		if isUnique(err) {
			c, _ := s.code(ctx, tx, k)
			return fail(fmt.Errorf("both codes have a sub-code named %q; rename one first", c.Name))
		}
		if err != nil {
			return fail(err)
		}
		r.Codes++
	}
	if err := retargetMemos(ctx, tx, log, app.MemoCode, from, into); err != nil {
		return fail(err)
	}
	if err := log.remove(ctx, codesTable, from); err != nil {
		return fail(err)
	}
	return r, tx.Commit()
}

// mergePassages recodes from's passages with into; one that into already
// has for the same coder and span is dropped, its memos moving to the one
// kept.
func (s *Store) mergePassages(ctx context.Context, tx *sql.Tx, log *change, from, into int64, r *app.MergeResult) error {
	rows, err := tx.QueryContext(ctx, `SELECT p.id, coalesce((SELECT q.id FROM passages q WHERE q.article_id = p.article_id
			AND q.start = p.start AND q."end" = p."end" AND q.code_id = ? AND q.coder_id = p.coder_id), 0)
		FROM passages p WHERE p.code_id = ? ORDER BY p.id`, into, from)
	if err != nil {
		return err
	}
	type pair struct{ id, twin int64 }
	var ps []pair
	for rows.Next() {
		var p pair
		if err := rows.Scan(&p.id, &p.twin); err != nil {
			rows.Close()
			return err
		}
		ps = append(ps, p)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, p := range ps {
		if p.twin != 0 {
			if err := retargetMemos(ctx, tx, log, app.MemoPassage, p.id, p.twin); err != nil {
				return err
			}
			if err := log.remove(ctx, passagesTable, p.id); err != nil {
				return err
			}
			r.Dropped++
			continue
		}
		if err := log.update(ctx, passagesTable, p.id, `UPDATE passages SET code_id = ? WHERE id = ?`, into, p.id); err != nil {
			return err
		}
		r.Moved++
	}
	return nil
}

func retargetMemos(ctx context.Context, tx *sql.Tx, log *change, kind app.MemoKind, from, to int64) error {
	memos, err := idList(ctx, tx, `SELECT id FROM memos WHERE target_kind = ? AND target_id = ? ORDER BY id`, string(kind), from)
	if err != nil {
		return err
	}
	for _, m := range memos {
		if err := log.update(ctx, memosTable, m, `UPDATE memos SET target_id = ? WHERE id = ?`, to, m); err != nil {
			return err
		}
	}
	return nil
}

// deleteMemos removes the memos on one target.
func deleteMemos(ctx context.Context, tx *sql.Tx, log *change, kind app.MemoKind, target int64) (int, error) {
	memos, err := idList(ctx, tx, `SELECT id FROM memos WHERE target_kind = ? AND target_id = ? ORDER BY id`, string(kind), target)
	if err != nil {
		return 0, err
	}
	for _, m := range memos {
		if err := log.remove(ctx, memosTable, m); err != nil {
			return 0, err
		}
	}
	return len(memos), nil
}

// DeleteCode deletes a code with its sub-codes, their passages and the
// memos on all of them, as one step. Codes go deepest first, so no row
// ever points to a deleted one; undo brings them back parents first.
func (s *Store) DeleteCode(ctx context.Context, id int64) (app.DeleteResult, error) {
	var r app.DeleteResult
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return r, fmt.Errorf("library %s: %w", s.path, err)
	}
	defer tx.Rollback()
	c, err := s.code(ctx, tx, id)
	if err != nil {
		return r, err
	}
	log, err := startChange(ctx, tx, fmt.Sprintf("delete code %q", c.Name))
	if err != nil {
		return r, fmt.Errorf("library %s: %w", s.path, err)
	}
	fail := func(err error) (app.DeleteResult, error) {
		return app.DeleteResult{}, fmt.Errorf("library %s: deleting code %q: %w", s.path, c.Name, err)
	}
	codes, err := idList(ctx, tx, `WITH RECURSIVE sub (id, depth) AS (
			SELECT ?, 0 UNION SELECT c.id, sub.depth + 1 FROM codes c JOIN sub ON c.parent_id = sub.id)
		SELECT id FROM sub ORDER BY depth DESC, id`, id)
	if err != nil {
		return fail(err)
	}
	for _, code := range codes {
		passages, err := idList(ctx, tx, `SELECT id FROM passages WHERE code_id = ? ORDER BY id`, code)
		if err != nil {
			return fail(err)
		}
		for _, p := range passages {
			n, err := deleteMemos(ctx, tx, log, app.MemoPassage, p)
			if err != nil {
				return fail(err)
			}
			r.Memos += n
			if err := log.remove(ctx, passagesTable, p); err != nil {
				return fail(err)
			}
			r.Passages++
		}
		n, err := deleteMemos(ctx, tx, log, app.MemoCode, code)
		if err != nil {
			return fail(err)
		}
		r.Memos += n
		if err := log.remove(ctx, codesTable, code); err != nil {
			return fail(err)
		}
		r.Codes++
	}
	if r.Codes > 1 || r.Passages > 0 {
		if err := log.relabel(ctx, fmt.Sprintf("delete code %q (%d codes, %d passages)", c.Name, r.Codes, r.Passages)); err != nil {
			return fail(err)
		}
	}
	return r, tx.Commit()
}
