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

// The change log (migration 0006) makes every change to codes, passages and
// memos undoable. A store method that changes them opens a step with
// startChange in its own transaction and makes each row change through the
// step (insert, update, remove), which records the row's image before and
// after as a JSON object of its columns. Undo writes the before images back
// in reverse order and redo the after images in order: each row change of
// a step was valid in the state it was made in, so replaying them backwards
// or forwards passes every constraint (a merged code comes back before the
// passages that move back to it). The images are the whole row, not a
// diff, so a step can be replayed without knowing what operation made it.

// loggedTable is a table whose changes are logged: its columns, id first.
type loggedTable struct {
	name string
	cols []string
	// SQL built once from cols.
	image, upsert string
}

func newLoggedTable(name string, cols ...string) *loggedTable {
	t := &loggedTable{name: name, cols: append([]string{"id"}, cols...)}
	var pairs, quoted, values, sets []string
	for _, c := range t.cols {
		q := `"` + c + `"`
		pairs = append(pairs, "'"+c+"', "+q)
		quoted = append(quoted, q)
		values = append(values, "j ->> '$."+c+"'")
		if c != "id" {
			sets = append(sets, q+" = excluded."+q)
		}
	}
	t.image = "SELECT json_object(" + strings.Join(pairs, ", ") + ") FROM " + name + " WHERE id = ?"
	// "WHERE true" keeps SQLite from reading ON CONFLICT as a join clause
	// of the SELECT (see the UPSERT documentation).
	t.upsert = "INSERT INTO " + name + " (" + strings.Join(quoted, ", ") + ") SELECT " + strings.Join(values, ", ") +
		" FROM (SELECT ? AS j) WHERE true ON CONFLICT (id) DO UPDATE SET " + strings.Join(sets, ", ")
	return t
}

var (
	codesTable    = newLoggedTable("codes", "parent_id", "name", "description", "color", "position")
	passagesTable = newLoggedTable("passages", "article_id", "start", "end", "whole", "quote", "code_id",
		"coder_id", "session_id", "memo", "created_at", "context")
	memosTable   = newLoggedTable("memos", "target_kind", "target_id", "title", "text", "created_at")
	loggedTables = map[string]*loggedTable{"codes": codesTable, "passages": passagesTable, "memos": memosTable}
)

// change is one step being recorded inside the caller's transaction.
type change struct {
	tx  *sql.Tx
	id  int64
	seq int
}

// startChange opens a step. A new change after an undo drops the undone
// steps: they can no longer be redone on top of a different state.
func startChange(ctx context.Context, tx *sql.Tx, label string) (*change, error) {
	if _, err := tx.ExecContext(ctx, `DELETE FROM changes WHERE undone = 1`); err != nil {
		return nil, err
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO changes (label, created_at) VALUES (?, ?)`,
		label, formatTime(time.Now()))
	if err != nil {
		return nil, err
	}
	id, err := res.LastInsertId()
	return &change{tx: tx, id: id}, err
}

func (c *change) relabel(ctx context.Context, label string) error {
	_, err := c.tx.ExecContext(ctx, `UPDATE changes SET label = ? WHERE id = ?`, label, c.id)
	return err
}

func (c *change) image(ctx context.Context, t *loggedTable, id int64) (sql.NullString, error) {
	var img sql.NullString
	err := c.tx.QueryRowContext(ctx, t.image, id).Scan(&img)
	if errors.Is(err, sql.ErrNoRows) {
		return sql.NullString{}, nil
	}
	return img, err
}

func (c *change) record(ctx context.Context, t *loggedTable, id int64, before, after sql.NullString) error {
	c.seq++
	_, err := c.tx.ExecContext(ctx, `INSERT INTO change_rows (change_id, seq, table_name, row_id, before, after)
		VALUES (?, ?, ?, ?, ?, ?)`, c.id, c.seq, t.name, id, before, after)
	return err
}

// insert runs an INSERT of one row of t and logs it; it returns the new id.
func (c *change) insert(ctx context.Context, t *loggedTable, query string, args ...any) (int64, error) {
	res, err := c.tx.ExecContext(ctx, query, args...)
	if err != nil {
		return 0, err
	}
	id, err := res.LastInsertId()
	if err != nil {
		return 0, err
	}
	after, err := c.image(ctx, t, id)
	if err != nil {
		return 0, err
	}
	return id, c.record(ctx, t, id, sql.NullString{}, after)
}

// insertNew is insert for an INSERT ... ON CONFLICT DO NOTHING: when the
// row was already there it logs nothing and reports added false.
func (c *change) insertNew(ctx context.Context, t *loggedTable, query string, args ...any) (id int64, added bool, err error) {
	res, err := c.tx.ExecContext(ctx, query, args...)
	if err != nil {
		return 0, false, err
	}
	if n, err := res.RowsAffected(); err != nil || n == 0 {
		return 0, false, err
	}
	if id, err = res.LastInsertId(); err != nil {
		return 0, false, err
	}
	after, err := c.image(ctx, t, id)
	if err != nil {
		return 0, false, err
	}
	return id, true, c.record(ctx, t, id, sql.NullString{}, after)
}

// update runs an UPDATE of row id of t and logs it.
func (c *change) update(ctx context.Context, t *loggedTable, id int64, query string, args ...any) error {
	before, err := c.image(ctx, t, id)
	if err != nil {
		return err
	}
	if !before.Valid {
		return fmt.Errorf("%s %d: %w", strings.TrimSuffix(t.name, "s"), id, app.ErrNotFound)
	}
	if _, err := c.tx.ExecContext(ctx, query, args...); err != nil {
		return err
	}
	after, err := c.image(ctx, t, id)
	if err != nil {
		return err
	}
	return c.record(ctx, t, id, before, after)
}

// remove deletes row id of t and logs it.
func (c *change) remove(ctx context.Context, t *loggedTable, id int64) error {
	before, err := c.image(ctx, t, id)
	if err != nil {
		return err
	}
	if !before.Valid {
		return fmt.Errorf("%s %d: %w", strings.TrimSuffix(t.name, "s"), id, app.ErrNotFound)
	}
	if _, err := c.tx.ExecContext(ctx, "DELETE FROM "+t.name+" WHERE id = ?", id); err != nil {
		return err
	}
	return c.record(ctx, t, id, before, sql.NullString{})
}

// Undo reverts the newest step that is not undone.
func (s *Store) Undo(ctx context.Context) (app.Change, error) {
	return s.replay(ctx, true)
}

// Redo applies the oldest undone step again.
func (s *Store) Redo(ctx context.Context) (app.Change, error) {
	return s.replay(ctx, false)
}

type rowImage struct {
	table string
	id    int64
	image sql.NullString
}

// replay undoes or redoes one step in one transaction.
func (s *Store) replay(ctx context.Context, undo bool) (app.Change, error) {
	what, pick, order, img, nothing := "undo", `undone = 0 ORDER BY id DESC`, "DESC", "before", app.ErrNothingToUndo
	if !undo {
		what, pick, order, img, nothing = "redo", `undone = 1 ORDER BY id`, "ASC", "after", app.ErrNothingToRedo
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return app.Change{}, fmt.Errorf("library %s: %s: %w", s.path, what, err)
	}
	defer tx.Rollback()
	var ch app.Change
	var created string
	err = tx.QueryRowContext(ctx, `SELECT id, label, created_at FROM changes WHERE `+pick+` LIMIT 1`).
		Scan(&ch.ID, &ch.Label, &created)
	if errors.Is(err, sql.ErrNoRows) {
		return app.Change{}, nothing
	}
	if err != nil {
		return app.Change{}, fmt.Errorf("library %s: %s: %w", s.path, what, err)
	}
	ch.CreatedAt, _ = parseTime(created)
	rows, err := tx.QueryContext(ctx, `SELECT table_name, row_id, `+img+` FROM change_rows
		WHERE change_id = ? ORDER BY seq `+order, ch.ID)
	if err != nil {
		return app.Change{}, fmt.Errorf("library %s: %s: %w", s.path, what, err)
	}
	var images []rowImage
	for rows.Next() {
		var r rowImage
		if err := rows.Scan(&r.table, &r.id, &r.image); err != nil {
			rows.Close()
			return app.Change{}, fmt.Errorf("library %s: %s: %w", s.path, what, err)
		}
		images = append(images, r)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return app.Change{}, fmt.Errorf("library %s: %s: %w", s.path, what, err)
	}
	for _, r := range images {
		if err := writeImage(ctx, tx, r); err != nil {
			return app.Change{}, fmt.Errorf("library %s: %s step %d (%s): %s %d: %w", s.path, what, ch.ID, ch.Label, r.table, r.id, err)
		}
	}
	ch.Undone, ch.Rows = undo, len(images)
	if _, err := tx.ExecContext(ctx, `UPDATE changes SET undone = ? WHERE id = ?`, boolInt(undo), ch.ID); err != nil {
		return app.Change{}, fmt.Errorf("library %s: %s: %w", s.path, what, err)
	}
	if err := tx.Commit(); err != nil {
		return app.Change{}, fmt.Errorf("library %s: %s: %w", s.path, what, err)
	}
	return ch, nil
}

// writeImage makes a row what its image says: absent when NULL, else
// inserted or overwritten column by column.
func writeImage(ctx context.Context, tx *sql.Tx, r rowImage) error {
	t, ok := loggedTables[r.table]
	if !ok {
		return fmt.Errorf("the change log names an unknown table %q", r.table)
	}
	if !r.image.Valid {
		_, err := tx.ExecContext(ctx, "DELETE FROM "+t.name+" WHERE id = ?", r.id)
		return err
	}
	_, err := tx.ExecContext(ctx, t.upsert, r.image.String)
	return err
}

// History lists the newest steps first.
func (s *Store) History(ctx context.Context, limit int) ([]app.Change, error) {
	if limit <= 0 {
		limit = -1 // SQLite: no limit
	}
	rows, err := s.db.QueryContext(ctx, `SELECT c.id, c.label, c.created_at, c.undone,
		(SELECT count(*) FROM change_rows r WHERE r.change_id = c.id)
		FROM changes c ORDER BY c.id DESC LIMIT ?`, limit)
	if err != nil {
		return nil, fmt.Errorf("library %s: history: %w", s.path, err)
	}
	defer rows.Close()
	var out []app.Change
	for rows.Next() {
		var ch app.Change
		var created string
		if err := rows.Scan(&ch.ID, &ch.Label, &created, &ch.Undone, &ch.Rows); err != nil {
			return nil, fmt.Errorf("library %s: history: %w", s.path, err)
		}
		if ch.CreatedAt, err = parseTime(created); err != nil {
			return nil, fmt.Errorf("library %s: history: %w", s.path, err)
		}
		out = append(out, ch)
	}
	return out, rows.Err()
}
