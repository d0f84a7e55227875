package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
	"unicode/utf8"

	"parley/app"
)

// SaveFile stores the articles of one imported file in a single transaction:
// all of them land or none does, FTS index included. Per article: a known
// Hash is AlreadyPresent (nothing written), a known SourceKey with new
// content becomes the next version and the only latest one, anything else is
// Added as version 1.
func (s *Store) SaveFile(ctx context.Context, articles []app.Article) (_ []app.SaveResult, err error) {
	if len(articles) == 0 {
		return nil, nil
	}
	// A full or read-only disk is said in words (see writeFault).
	defer func() { err = writeFault(s.path, "nothing of this file was stored", err) }()
	tx, err := s.db.BeginTx(ctx, nil) // BEGIN IMMEDIATE: waits for another writer
	if err != nil {
		return nil, fmt.Errorf("library %s: starting the import: %w", s.path, err)
	}
	defer tx.Rollback() // no-op after Commit

	st := s.save.in(ctx, tx)
	defer st.close()

	now := time.Now().UTC()
	results := make([]app.SaveResult, 0, len(articles))
	for i := range articles {
		r, err := st.save(ctx, &articles[i], now)
		if err != nil {
			return nil, fmt.Errorf("library %s: saving article %d of %d (%s): %w",
				s.path, i+1, len(articles), articles[i].Source, err)
		}
		results = append(results, r)
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("library %s: committing the import: %w", s.path, err)
	}
	return results, nil
}

// SaveFiles stores several files in one transaction, each file all or
// nothing: a file that fails is left out (its Err says why) and the others
// still land; if the commit fails, none does and the error is returned.
// Committing once for a few files instead of once per file saves the
// commit's writes of the index pages, about a third of the time of storing
// a text file.
//
// The files are first written with no savepoint between them, because
// FTS5 flushes its pending index to disk at every savepoint and release:
// a savepoint per file wrote a small index segment per file and merged
// them again, a quarter of the time of storing. Only when a file fails is
// the transaction rolled back and the batch written again with a savepoint
// around each file, so that the failing one is undone alone.
func (s *Store) SaveFiles(ctx context.Context, files [][]app.Article) (_ []app.FileSaved, err error) {
	// A full or read-only disk is said in words (see writeFault).
	defer func() {
		done := fmt.Sprintf("nothing of these %d files was stored", len(files))
		if len(files) == 1 {
			done = "nothing of this file was stored"
		}
		err = writeFault(s.path, done, err)
	}()
	out, failed, err := s.saveFiles(ctx, files, false)
	if err == nil && failed {
		out, _, err = s.saveFiles(ctx, files, true)
	}
	return out, err
}

// saveFiles is one attempt of SaveFiles. Without savepoints it stops at the
// first file that fails, rolls everything back and reports failed.
func (s *Store) saveFiles(ctx context.Context, files [][]app.Article, savepoints bool) (_ []app.FileSaved, failed bool, _ error) {
	out := make([]app.FileSaved, len(files))
	tx, err := s.db.BeginTx(ctx, nil) // BEGIN IMMEDIATE: waits for another writer
	if err != nil {
		return nil, false, fmt.Errorf("library %s: starting the import: %w", s.path, err)
	}
	defer tx.Rollback() // no-op after Commit

	st := s.save.in(ctx, tx)
	defer st.close()
	now := time.Now().UTC()
	exec := func(stmt string) error {
		if !savepoints {
			return nil
		}
		if _, err := tx.ExecContext(ctx, stmt); err != nil {
			return fmt.Errorf("library %s: %w", s.path, err)
		}
		return nil
	}
	for f, articles := range files {
		if err := exec("SAVEPOINT file"); err != nil {
			return nil, false, err
		}
		results := make([]app.SaveResult, 0, len(articles))
		for i := range articles {
			r, err := st.save(ctx, &articles[i], now)
			if err != nil {
				out[f].Err = fmt.Errorf("library %s: saving article %d of %d (%s): %w",
					s.path, i+1, len(articles), articles[i].Source, err)
				break
			}
			results = append(results, r)
		}
		if out[f].Err != nil {
			if ctx.Err() != nil {
				return nil, false, ctx.Err()
			}
			// SQLite may have rolled the whole transaction back: the
			// savepoint is gone, and no other file can be stored.
			if app.IsWriteFault(writeFault(s.path, "", out[f].Err)) {
				return nil, false, out[f].Err
			}
			if !savepoints {
				return nil, true, nil // the deferred Rollback undoes the batch
			}
			if err := exec("ROLLBACK TO file"); err != nil {
				return nil, false, err
			}
		} else {
			out[f].Results = results
		}
		if err := exec("RELEASE file"); err != nil {
			return nil, false, err
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, false, fmt.Errorf("library %s: committing the import: %w", s.path, err)
	}
	return out, false, nil
}

// saveStmts are the statements of an import. They are prepared once for
// the Store; each SaveFile binds them to its transaction with tx.StmtContext,
// which reuses the compiled statement of that connection. Compiling the SQL
// again for every file measured 15% of the time of importing a text file.
type saveStmts struct {
	byHash, maxVersion, insert, unsetLatest *sql.Stmt
	teaserText, insertText, teaser, caption *sql.Stmt
	meeting, participant                    *sql.Stmt
	deleteClusterDay, insertClusterDay      *sql.Stmt
	clustersOfKey, clustersOfArticle        *sql.Stmt
}

func (st *saveStmts) all() []**sql.Stmt {
	return []**sql.Stmt{&st.byHash, &st.maxVersion, &st.insert, &st.unsetLatest,
		&st.teaserText, &st.insertText, &st.teaser, &st.caption, &st.meeting, &st.participant,
		&st.deleteClusterDay, &st.insertClusterDay, &st.clustersOfKey, &st.clustersOfArticle}
}

func prepareSave(ctx context.Context, db *sql.DB) (*saveStmts, error) {
	st := &saveStmts{}
	for _, p := range []struct {
		dst **sql.Stmt
		sql string
	}{
		{&st.byHash, `SELECT id, version FROM articles WHERE hash = ?`},
		{&st.maxVersion, `SELECT max(version) FROM articles WHERE source_key = ?`},
		{&st.insert, `INSERT INTO articles (source_key, version, latest, hash, source, title,
			lang, published, published_precision, url, format, chars, imported_at, meta,
			search_extra, body, page)
			VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
		{&st.unsetLatest, `UPDATE articles SET latest = 0 WHERE source_key = ? AND latest = 1`},
		{&st.teaserText, `SELECT id FROM teaser_texts WHERE headline = ? AND lead = ?`},
		{&st.insertText, `INSERT INTO teaser_texts (headline, lead) VALUES (?, ?)`},
		{&st.teaser, `INSERT INTO teasers (article_id, text_id, position, caption, start, "end")
			VALUES (?, ?, ?, ?, ?, ?)`},
		{&st.caption, `INSERT INTO captions (article_id, position, text, start, "end")
			VALUES (?, ?, ?, ?, ?)`},
		{&st.meeting, insertMeetingSQL},
		{&st.participant, insertParticipantSQL},
		{&st.deleteClusterDay, deleteClusterDaySQL},
		{&st.insertClusterDay, insertClusterDaySQL},
		{&st.clustersOfKey, clustersOfKeySQL},
		{&st.clustersOfArticle, clustersOfArticleSQL},
	} {
		stmt, err := db.PrepareContext(ctx, p.sql)
		if err != nil {
			st.close()
			return nil, fmt.Errorf("preparing the import statements: %w", err)
		}
		*p.dst = stmt
	}
	return st, nil
}

// in returns the statements bound to tx.
func (st *saveStmts) in(ctx context.Context, tx *sql.Tx) *saveStmts {
	out := &saveStmts{}
	dst := out.all()
	for i, p := range st.all() {
		*dst[i] = tx.StmtContext(ctx, *p)
	}
	return out
}

func (st *saveStmts) close() {
	for _, p := range st.all() {
		if *p != nil {
			(*p).Close()
		}
	}
}

func (st *saveStmts) save(ctx context.Context, a *app.Article, now time.Time) (app.SaveResult, error) {
	if a.Hash == "" {
		return app.SaveResult{}, errors.New("article has no hash")
	}
	if a.SourceKey == "" {
		return app.SaveResult{}, errors.New("article has no source key")
	}

	var id int64
	var version int
	err := st.byHash.QueryRowContext(ctx, a.Hash).Scan(&id, &version)
	if err == nil {
		return app.SaveResult{Status: app.AlreadyPresent, ID: id, Version: version}, nil
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return app.SaveResult{}, err
	}

	var maxVersion sql.NullInt64
	if err := st.maxVersion.QueryRowContext(ctx, a.SourceKey).Scan(&maxVersion); err != nil {
		return app.SaveResult{}, err
	}
	status, version := app.Added, 1
	if maxVersion.Valid {
		status, version = app.NewVersion, int(maxVersion.Int64)+1
		// The old version's meetings leave the counts.
		stale, err := clusterIDs(ctx, st.clustersOfKey, a.SourceKey)
		if err != nil {
			return app.SaveResult{}, err
		}
		// Only the UPDATE OF title/body/search_extra trigger re-indexes, so
		// this flag flip leaves the old version's FTS entries alone.
		if _, err := st.unsetLatest.ExecContext(ctx, a.SourceKey); err != nil {
			return app.SaveResult{}, err
		}
		if err := st.refreshClusterDays(ctx, stale); err != nil {
			return app.SaveResult{}, err
		}
	}

	imported := a.ImportedAt
	if imported.IsZero() {
		imported = now
	}
	meta, err := encodeMeta(a.Meta)
	if err != nil {
		return app.SaveResult{}, err
	}
	published, precision := dateColumns(a.Published)
	res, err := st.insert.ExecContext(ctx,
		a.SourceKey, version, a.Hash, a.Source, a.Title,
		a.Lang, published, precision, a.URL, a.Format,
		utf8.RuneCountInString(a.Body), formatTime(imported), meta,
		a.SearchExtra, a.Body, a.Page)
	if err != nil {
		return app.SaveResult{}, err
	}
	if id, err = res.LastInsertId(); err != nil {
		return app.SaveResult{}, err
	}
	for _, t := range a.Teasers {
		textID, err := st.teaserTextID(ctx, t)
		if err != nil {
			return app.SaveResult{}, fmt.Errorf("teaser %d: %w", t.Position, err)
		}
		if _, err := st.teaser.ExecContext(ctx, id, textID, t.Position, t.Caption, t.Start, t.End); err != nil {
			return app.SaveResult{}, fmt.Errorf("teaser %d: %w", t.Position, err)
		}
	}
	for _, c := range a.Captions {
		if _, err := st.caption.ExecContext(ctx, id, c.Position, c.Text, c.Start, c.End); err != nil {
			return app.SaveResult{}, fmt.Errorf("caption %d: %w", c.Position, err)
		}
	}
	if err := st.insertMeetings(ctx, id, a.Meetings); err != nil {
		return app.SaveResult{}, err
	}
	return app.SaveResult{Status: status, ID: id, Version: version}, nil
}

// teaserTextID finds the stored text of a teaser or stores it (and indexes
// it, through the insert trigger) the first time it is seen.
func (st *saveStmts) teaserTextID(ctx context.Context, t app.Teaser) (int64, error) {
	var id int64
	err := st.teaserText.QueryRowContext(ctx, t.Headline, t.Lead).Scan(&id)
	if err == nil || !errors.Is(err, sql.ErrNoRows) {
		return id, err
	}
	res, err := st.insertText.ExecContext(ctx, t.Headline, t.Lead)
	if err != nil {
		return 0, err
	}
	return res.LastInsertId()
}
