package data

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"

	"parley/app"
)

// BrowseArticles lists the ids of the latest articles q selects, in q's
// order. Only ids travel (8 bytes each), so a list of 100,000 articles
// costs a few milliseconds and under a megabyte; the rows on screen are
// loaded by ArticleRows. Each filter is an id set probed through an index:
// meetings_counting (partner first), passages_code, passages_session.
func (s *Store) BrowseArticles(ctx context.Context, q app.ArticleQuery) ([]int64, error) {
	query, args, err := browseSQL(q)
	if err != nil {
		return nil, err
	}
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		if strings.TrimSpace(q.Text) != "" {
			return nil, wrapSearchErr(s.path, q.Text, asQueryError(q.Text, err))
		}
		return nil, fmt.Errorf("library %s: listing articles: %w", s.path, err)
	}
	defer rows.Close()
	var ids []int64
	var titles []string
	for rows.Next() {
		var id int64
		dest := []any{&id}
		if q.Sort == app.ByTitle {
			titles = append(titles, "")
			dest = append(dest, &titles[len(titles)-1])
		}
		if err := rows.Scan(dest...); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("library %s: listing articles: %w", s.path, err)
	}
	if q.Sort == app.ByTitle {
		sortByTitle(ids, titles)
	}
	return ids, nil
}

// sortByTitle orders ids by their titles as a reader expects: case and
// accents aside (app.FoldText), ties by id. A folded string per title and
// one sort: 100,000 titles in a few tens of milliseconds, where Unicode
// collation keys cost ten times more.
func sortByTitle(ids []int64, titles []string) {
	type keyed struct {
		key string
		id  int64
	}
	ks := make([]keyed, len(ids))
	for i, id := range ids {
		ks[i] = keyed{app.FoldText(titles[i]), id}
	}
	slices.SortFunc(ks, func(a, b keyed) int {
		if c := strings.Compare(a.key, b.key); c != 0 {
			return c
		}
		return cmp.Compare(a.id, b.id)
	})
	for i, k := range ks {
		ids[i] = k.id
	}
}

// rowSQL is one list row: the summary columns of summarySQL plus the
// counts, each probed through an index (meetings_article; the passages
// UNIQUE index starts with article_id).
const rowSQL = `SELECT a.id, a.source, a.version, a.title, a.published, a.lang, a.chars,
	(SELECT count(*) FROM teasers t WHERE t.article_id = a.id), a.imported_at,
	(SELECT count(*) FROM meetings m WHERE m.article_id = a.id AND m.status <> 'rejected'),
	(SELECT count(DISTINCT p.code_id) FROM passages p WHERE p.article_id = a.id)
	FROM articles a WHERE a.id IN (%s)`

// ArticleRows loads the rows of ids in the order given; ids no longer in
// the library are left out. With text, each row carries the snippet of its
// match.
func (s *Store) ArticleRows(ctx context.Context, ids []int64, text string) ([]app.ArticleRow, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	args := make([]any, len(ids))
	for i, id := range ids {
		args[i] = id
	}
	rows, err := s.db.QueryContext(ctx, fmt.Sprintf(rowSQL, placeholders(len(ids))), args...)
	if err != nil {
		return nil, fmt.Errorf("library %s: loading list rows: %w", s.path, err)
	}
	defer rows.Close()
	byID := make(map[int64]app.ArticleRow, len(ids))
	for rows.Next() {
		var r app.ArticleRow
		var published sql.NullString
		var imported string
		if err := rows.Scan(&r.ID, &r.Source, &r.Version, &r.Title, &published, &r.Lang,
			&r.Chars, &r.Teasers, &imported, &r.Meetings, &r.Codes); err != nil {
			return nil, err
		}
		if r.Published, err = scanDate(published); err != nil {
			return nil, fmt.Errorf("article %d: %w", r.ID, err)
		}
		if r.ImportedAt, err = parseTime(imported); err != nil {
			return nil, fmt.Errorf("article %d: %w", r.ID, err)
		}
		byID[r.ID] = r
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("library %s: loading list rows: %w", s.path, err)
	}
	if strings.TrimSpace(text) != "" {
		if err := s.addSnippets(ctx, text, ids, byID); err != nil {
			return nil, err
		}
	}
	out := make([]app.ArticleRow, 0, len(ids))
	for _, id := range ids {
		if r, ok := byID[id]; ok {
			out = append(out, r)
		}
	}
	return out, nil
}

func (s *Store) addSnippets(ctx context.Context, text string, ids []int64, rows map[int64]app.ArticleRow) error {
	match, err := ftsQuery(text)
	if err != nil {
		return err
	}
	cands := make([]candidate, len(ids))
	for i, id := range ids {
		cands[i] = candidate{rowid: id}
	}
	hits, err := s.snippets(ctx, match, cands)
	if err != nil {
		return wrapSearchErr(s.path, text, asQueryError(text, err))
	}
	for _, h := range hits {
		if r, ok := rows[h.ArticleID]; ok {
			r.Snippet = h.Snippet
			rows[h.ArticleID] = r
		}
	}
	return nil
}

func browseSQL(q app.ArticleQuery) (string, []any, error) {
	var b strings.Builder
	var args []any
	text := strings.TrimSpace(q.Text) != ""
	b.WriteString("SELECT a.id")
	if q.Sort == app.ByTitle {
		b.WriteString(", a.title")
	}
	b.WriteString(" FROM articles a")
	if text {
		match, err := ftsQuery(q.Text)
		if err != nil {
			return "", nil, err
		}
		b.WriteString(" JOIN (SELECT rowid, " + articleBM25 + " AS score FROM articles_fts WHERE articles_fts MATCH ?) f ON f.rowid = a.id")
		args = append(args, match)
	}
	b.WriteString(" WHERE a.latest = 1")
	if q.Partner != "" {
		b.WriteString(" AND a.id IN (SELECT article_id FROM meetings WHERE partner = ? AND status <> 'rejected')")
		args = append(args, q.Partner)
	}
	if q.From != "" {
		b.WriteString(" AND a.published >= ?")
		args = append(args, q.From)
	}
	if q.To != "" {
		// A month or year date is stored as its first day, so "<= To"
		// keeps it when it starts in the range.
		b.WriteString(" AND a.published <= ?")
		args = append(args, q.To)
	}
	if q.CodeID != 0 {
		b.WriteString(" AND a.id IN (SELECT article_id FROM passages WHERE code_id = ?)")
		args = append(args, q.CodeID)
	}
	if q.SessionID != 0 {
		b.WriteString(" AND a.id IN (SELECT article_id FROM passages WHERE session_id = ?)")
		args = append(args, q.SessionID)
	}
	switch {
	case q.Sort == app.ByRelevance && text:
		b.WriteString(" ORDER BY f.score, a.id")
	case q.Sort == app.OldestFirst:
		b.WriteString(" ORDER BY a.published IS NULL, a.published, a.id")
	case q.Sort == app.ByTitle:
		// Ordered in Go by sortByTitle: SQLite's NOCASE folds ASCII only
		// and would put "Économie" after "Zèbre". No ORDER BY here, so
		// the titles come from the covering articles_list index rather
		// than from the table's rows, which hold whole pages.
	case q.Sort == "" || q.Sort == app.NewestFirst || q.Sort == app.ByRelevance:
		b.WriteString(" ORDER BY a.published DESC, a.id DESC")
	default:
		return "", nil, fmt.Errorf("unknown sort %q (want one of %v)", q.Sort, app.ArticleSorts)
	}
	return b.String(), args, nil
}
