package data

import (
	"context"
	"fmt"

	"parley/app"
)

// frequencyGroups: the column a breakdown groups by, and what names it.
var frequencyGroups = map[app.FrequencyBy]struct{ key, name, join string }{
	app.ByCode:    {"p.code_id", "''", ""},
	app.ByArticle: {"p.article_id", "a.source", "JOIN articles a ON a.id = p.article_id"},
	app.ByCoder:   {"p.coder_id", "k.name", "JOIN coders k ON k.id = p.coder_id"},
	app.BySession: {"p.session_id", "coalesce(s.name, '')", "LEFT JOIN sessions s ON s.id = p.session_id"},
}

// CodeFrequencies counts in SQL, so that a large library's passages are
// never loaded to be counted.
func (s *Store) CodeFrequencies(ctx context.Context, by app.FrequencyBy) ([]app.CodeFrequency, error) {
	g, ok := frequencyGroups[by]
	if !ok {
		return nil, fmt.Errorf("code frequencies by %q: article, coder or session", by)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT p.code_id, `+g.name+`, count(*), count(DISTINCT p.article_id)
		FROM passages p `+g.join+` GROUP BY p.code_id, `+g.key+` ORDER BY p.code_id, count(*) DESC, 2`)
	if err != nil {
		return nil, fmt.Errorf("library %s: code frequencies: %w", s.path, err)
	}
	defer rows.Close()
	var out []app.CodeFrequency
	for rows.Next() {
		var f app.CodeFrequency
		if err := rows.Scan(&f.CodeID, &f.Group, &f.Passages, &f.Articles); err != nil {
			return nil, fmt.Errorf("library %s: code frequencies: %w", s.path, err)
		}
		out = append(out, f)
	}
	return out, rows.Err()
}

// CodeCooccurrence joins the passages with themselves on the article: two
// spans [s1,e1) and [s2,e2) share a character when s1 < e2 and s2 < e1
// (touching spans do not). q.code_id > p.code_id counts each pair of codes
// once and leaves out a code with itself. The UNIQUE index, which leads
// with article_id, finds the other passages of an article.
func (s *Store) CodeCooccurrence(ctx context.Context) ([]app.CodePair, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT p.code_id, q.code_id, count(*), count(DISTINCT p.article_id)
		FROM passages p JOIN passages q ON q.article_id = p.article_id AND q.code_id > p.code_id
			AND p.start < q."end" AND q.start < p."end"
		GROUP BY p.code_id, q.code_id ORDER BY count(*) DESC, p.code_id, q.code_id`)
	if err != nil {
		return nil, fmt.Errorf("library %s: code co-occurrence: %w", s.path, err)
	}
	defer rows.Close()
	var out []app.CodePair
	for rows.Next() {
		var c app.CodePair
		if err := rows.Scan(&c.A, &c.B, &c.Overlaps, &c.Articles); err != nil {
			return nil, fmt.Errorf("library %s: code co-occurrence: %w", s.path, err)
		}
		out = append(out, c)
	}
	return out, rows.Err()
}
