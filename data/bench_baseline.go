package data

import (
	"context"
	"fmt"
	"iter"
	"unicode/utf8"

	"parley/app"
)

// BareInsert is the floor an import is measured against (parley-cli
// bench): the articles and their teasers written with plain prepared
// INSERTs in one transaction, into the same schema, FTS triggers included,
// teaser texts stored once as SaveFile stores them. No hashing lookups, no
// versions, no meetings. It returns how many articles it stored; it is for
// benchmarks on a fresh library, not for importing.
func (s *Store) BareInsert(ctx context.Context, articles iter.Seq[app.Article]) (int, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("library %s: %w", s.path, err)
	}
	defer tx.Rollback()
	ins, err := tx.PrepareContext(ctx, `INSERT INTO articles (source_key, version, hash, source, title, lang,
		published, published_precision, format, chars, imported_at, body, page)
		VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return 0, err
	}
	text, err := tx.PrepareContext(ctx, `INSERT INTO teaser_texts (headline, lead) VALUES (?, ?)
		ON CONFLICT DO NOTHING`)
	if err != nil {
		return 0, err
	}
	tea, err := tx.PrepareContext(ctx, `INSERT INTO teasers (article_id, text_id, position, caption, start, "end")
		VALUES (?, (SELECT id FROM teaser_texts WHERE headline = ? AND lead = ?), ?, ?, ?, ?)`)
	if err != nil {
		return 0, err
	}
	n := 0
	for a := range articles {
		published, precision := dateColumns(a.Published)
		res, err := ins.ExecContext(ctx, a.SourceKey, a.Hash, a.Source, a.Title, a.Lang, published, precision, a.Format, utf8.RuneCountInString(a.Body), formatTime(a.ImportedAt), a.Body, a.Page)
		if err != nil {
			return n, fmt.Errorf("library %s: article %s: %w", s.path, a.Source, err)
		}
		id, err := res.LastInsertId()
		if err != nil {
			return n, err
		}
		for _, t := range a.Teasers {
			if _, err := text.ExecContext(ctx, t.Headline, t.Lead); err != nil {
				return n, err
			}
			if _, err := tea.ExecContext(ctx, id, t.Headline, t.Lead, t.Position, t.Caption, t.Start, t.End); err != nil {
				return n, err
			}
		}
		n++
	}
	return n, tx.Commit()
}
