package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"parley/app"
)

// summarySQL lists latest versions without touching the big text columns:
// every column read here sits before meta/search_extra/body/page in the row
// (see 0001), and the teaser count comes from the teasers_article index.
// NULL published dates sort last in a descending order.
const summarySQL = `SELECT a.id, a.source, a.version, a.title, a.published, a.lang, a.chars,
	(SELECT count(*) FROM teasers t WHERE t.article_id = a.id), a.imported_at
	FROM articles a WHERE a.latest = 1 %s
	ORDER BY a.published DESC, a.id DESC`

// Articles lists the latest version of every article, newest publication
// first, unknown dates last, and the newest import first among equals.
func (s *Store) Articles(ctx context.Context) ([]app.ArticleSummary, error) {
	list, err := s.summaries(ctx, fmt.Sprintf(summarySQL, ""))
	if err != nil {
		return nil, fmt.Errorf("library %s: listing articles: %w", s.path, err)
	}
	return list, nil
}

// FindArticles returns the latest versions whose Source is name.
func (s *Store) FindArticles(ctx context.Context, name string) ([]app.ArticleSummary, error) {
	list, err := s.summaries(ctx, fmt.Sprintf(summarySQL, "AND a.source = ?"), name)
	if err != nil {
		return nil, fmt.Errorf("library %s: finding %q: %w", s.path, name, err)
	}
	return list, nil
}

func (s *Store) summaries(ctx context.Context, query string, args ...any) ([]app.ArticleSummary, error) {
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var list []app.ArticleSummary
	for rows.Next() {
		var a app.ArticleSummary
		var published sql.NullString
		var imported string
		if err := rows.Scan(&a.ID, &a.Source, &a.Version, &a.Title, &published, &a.Lang,
			&a.Chars, &a.Teasers, &imported); err != nil {
			return nil, err
		}
		if a.Published, err = scanDate(published); err != nil {
			return nil, fmt.Errorf("article %d: %w", a.ID, err)
		}
		if a.ImportedAt, err = parseTime(imported); err != nil {
			return nil, fmt.Errorf("article %d: %w", a.ID, err)
		}
		list = append(list, a)
	}
	return list, rows.Err()
}

// Article loads one article, any version, with its teasers and captions in
// page order. The three reads share one read transaction so they see the
// same snapshot. A missing id wraps app.ErrNotFound.
func (s *Store) Article(ctx context.Context, id int64) (app.Article, error) {
	a, err := s.article(ctx, id)
	if err != nil {
		return app.Article{}, fmt.Errorf("library %s: article %d: %w", s.path, id, err)
	}
	return a, nil
}

func (s *Store) article(ctx context.Context, id int64) (app.Article, error) {
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return app.Article{}, err
	}
	defer tx.Rollback()

	var a app.Article
	var published sql.NullString
	var imported, meta string
	err = tx.QueryRowContext(ctx, `SELECT id, source, source_key, version, hash, title, body,
		page, lang, published, url, format, meta, search_extra, imported_at
		FROM articles WHERE id = ?`, id).Scan(&a.ID, &a.Source, &a.SourceKey, &a.Version,
		&a.Hash, &a.Title, &a.Body, &a.Page, &a.Lang, &published, &a.URL, &a.Format, &meta,
		&a.SearchExtra, &imported)
	if errors.Is(err, sql.ErrNoRows) {
		return app.Article{}, app.ErrNotFound
	}
	if err != nil {
		return app.Article{}, err
	}
	if a.Published, err = scanDate(published); err != nil {
		return app.Article{}, err
	}
	if a.ImportedAt, err = parseTime(imported); err != nil {
		return app.Article{}, err
	}
	if a.Meta, err = decodeMeta(meta); err != nil {
		return app.Article{}, err
	}

	rows, err := tx.QueryContext(ctx, `SELECT t.position, t.caption, x.headline, x.lead, t.start, t."end"
		FROM teasers t JOIN teaser_texts x ON x.id = t.text_id
		WHERE t.article_id = ? ORDER BY t.position, t.id`, id)
	if err != nil {
		return app.Article{}, err
	}
	defer rows.Close()
	for rows.Next() {
		var t app.Teaser
		if err := rows.Scan(&t.Position, &t.Caption, &t.Headline, &t.Lead, &t.Start, &t.End); err != nil {
			return app.Article{}, err
		}
		a.Teasers = append(a.Teasers, t)
	}
	if err := rows.Err(); err != nil {
		return app.Article{}, err
	}

	rows, err = tx.QueryContext(ctx, `SELECT position, text, start, "end"
		FROM captions WHERE article_id = ? ORDER BY position, id`, id)
	if err != nil {
		return app.Article{}, err
	}
	defer rows.Close()
	for rows.Next() {
		var c app.Caption
		if err := rows.Scan(&c.Position, &c.Text, &c.Start, &c.End); err != nil {
			return app.Article{}, err
		}
		a.Captions = append(a.Captions, c)
	}
	return a, rows.Err()
}

// TeaserPages lists the teaser items of every latest article in one query:
// each article with its ID, Source and Teasers only (no text), in id order.
func (s *Store) TeaserPages(ctx context.Context) ([]app.Article, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT a.id, a.source, t.position, t.caption, x.headline, x.lead, t.start, t."end"
		FROM teasers t JOIN teaser_texts x ON x.id = t.text_id JOIN articles a ON a.id = t.article_id
		WHERE a.latest = 1 ORDER BY a.id, t.position, t.id`)
	if err != nil {
		return nil, fmt.Errorf("library %s: teasers: %w", s.path, err)
	}
	defer rows.Close()
	var out []app.Article
	for rows.Next() {
		var id int64
		var source string
		var t app.Teaser
		if err := rows.Scan(&id, &source, &t.Position, &t.Caption, &t.Headline, &t.Lead, &t.Start, &t.End); err != nil {
			return nil, fmt.Errorf("library %s: teasers: %w", s.path, err)
		}
		if len(out) == 0 || out[len(out)-1].ID != id {
			out = append(out, app.Article{ID: id, Source: source})
		}
		out[len(out)-1].Teasers = append(out[len(out)-1].Teasers, t)
	}
	return out, rows.Err()
}
