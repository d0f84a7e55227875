package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math"
	"runtime"
	"sort"
	"strings"
	"sync"

	"parley/app"
)

// Search limits.
const (
	// maxSearchLimit bounds the IN (...) list of the snippet step.
	maxSearchLimit = 1000
	// snippetTokens is the length of a snippet around the best match.
	snippetTokens = 14
	// maxSearchSlices bounds the parallel scoring of articles.
	maxSearchSlices = 4
)

// minRowsPerSlice: scoring is split in rowid slices of at least this many
// matches (a variable so that tests can slice a small library). Each slice
// is a statement of its own, and bm25() walks every match of each phrase
// of the query once per statement to find its IDF (about 6 ms for a word in
// all of 100,000 articles): a slice pays that walk again, so splitting
// helps only when there are thousands of matches to score per slice. With
// the cap on ranked matches (maxRankedMatches) below twice this, a search
// runs one statement.
var minRowsPerSlice = 2000

// Private highlight markers: SQLite marks matches with control characters
// that cannot be in imported text, so we can tell a highlighted snippet from
// one whose text merely contains "[" before swapping in app.HighlightStart
// and app.HighlightEnd.
const (
	markOpen  = "\x02"
	markClose = "\x03"
)

// candidate is a ranked match before its snippet is made.
type candidate struct {
	teaser bool
	rowid  int64 // articles.id or teaser_texts.id
	rank   float64
}

// Search runs a full-text query over the latest versions of the articles
// (title, body, search_extra) and over the teasers on their pages (headline,
// lead), and returns the best matches by bm25 with a snippet each. A teaser
// shown on many pages is one hit, reported with the first page showing it.
// When more articles match than maxRankedMatches, only the most recently
// imported ones are ranked and the result is marked partial.
//
// It works in two steps because snippet() re-reads and re-tokenizes a
// row's text: first only rowid and score of the matches, cut to the limit;
// then snippets for just those rows.
func (s *Store) Search(ctx context.Context, q app.SearchQuery) (app.SearchResult, error) {
	match, err := ftsQuery(q.Text)
	if err != nil {
		return app.SearchResult{}, err
	}
	limit := q.Limit
	if limit <= 0 {
		limit = app.DefaultSearchLimit
	}
	limit = min(limit, maxSearchLimit)

	cands, span, err := s.topMatches(ctx, q.Text, match, limit)
	if err != nil {
		return app.SearchResult{}, err
	}
	hits, err := s.snippets(ctx, match, cands)
	if err != nil {
		return app.SearchResult{}, fmt.Errorf("library %s: search %q: %w", s.path, q.Text, err)
	}
	return app.SearchResult{Hits: hits, Ranked: span.ranked, Partial: span.partial}, nil
}

// bm25 weights: a word in the title says more about an article than one in
// the body; search_extra counts like the body it was split from. For
// teasers the headline weighs more than the lead.
const (
	articleBM25 = "bm25(articles_fts, 5.0, 1.0, 1.0)"
	teaserBM25  = "bm25(teasers_fts, 3.0, 1.0)"
)

// Matches of the articles' index, latest versions only. Old versions are
// few, so they are excluded with a small set built once from the
// articles_list index; joining articles instead would read a table page per
// match. bm25() with ORDER BY ... LIMIT lets SQLite keep only the best rows
// while scoring, which measured faster than FTS5's own ORDER BY rank.
//
// The rowid range lets a large library be scored in parallel slices.
// (Teasers are scored after, and only when the articles leave room.)
const topArticlesSQL = `SELECT rowid, ` + articleBM25 + ` AS score FROM articles_fts
	WHERE articles_fts MATCH ? AND rowid >= ? AND rowid < ?
	AND rowid NOT IN (SELECT id FROM articles WHERE latest = 0)
	ORDER BY score LIMIT ?`

// Matches of distinct teaser texts shown on at least one latest page. The
// excluded set (texts that only old versions show) is small in the same way.
const topTeasersSQL = `SELECT rowid, ` + teaserBM25 + ` AS score FROM teasers_fts
	WHERE teasers_fts MATCH ? AND rowid >= ? AND rowid < ?
	AND rowid NOT IN (
		SELECT t.text_id FROM articles a JOIN teasers t ON t.article_id = a.id
		WHERE a.latest = 0 AND NOT EXISTS (
			SELECT 1 FROM teasers t2 JOIN articles a2 ON a2.id = t2.article_id
			WHERE t2.text_id = t.text_id AND a2.latest = 1))
	ORDER BY score LIMIT ?`

// topMatches returns the best `limit` matches: articles first, by bm25, then
// teasers, by bm25. The two scores come from different collections and do
// not compare (a word in every article has an IDF near zero there and a
// large one among the few teasers naming it), and a teaser is only another
// page's headline: it is listed when the articles leave room.
//
// bm25 costs two to three microseconds per matching row (mostly looking up
// the row's length), and a common word matches nearly every article, so
// only the newest maxRankedMatches article matches are scored (the span
// says which), in rowid slices on several CPUs when there are enough of
// them (see minRowsPerSlice), and the teasers only when the articles leave
// room. Each runs in its own snapshot; a row deleted in between is skipped
// when snippets are made.
func (s *Store) topMatches(ctx context.Context, text, match string, limit int) ([]candidate, matchSpan, error) {
	type job struct {
		query  string
		lo, hi int64
		teaser bool
		out    []candidate
		err    error
	}
	var jobs []*job
	// A column filter naming teaser columns only (headline:) makes the
	// article index report "no such column": the teasers may still match.
	span, spanErr := newestMatches(ctx, s.db, match, max(maxRankedMatches, limit))
	spanErr = asQueryError(text, spanErr)
	if spanErr != nil && !isNoSuchColumn(spanErr) {
		return nil, span, wrapSearchErr(s.path, text, spanErr)
	}
	if span.ranked > 0 {
		slices := int64(1)
		if span.ranked >= minRowsPerSlice*2 {
			slices = int64(min(runtime.NumCPU(), maxSearchSlices, span.ranked/minRowsPerSlice))
		}
		width := span.hi - span.lo + 1
		for i := range slices {
			lo, hi := span.lo+width*i/slices, span.lo+width*(i+1)/slices
			jobs = append(jobs, &job{query: topArticlesSQL, lo: lo, hi: hi})
		}
	}
	run := func(js []*job) {
		var wg sync.WaitGroup
		for _, j := range js {
			wg.Go(func() {
				j.out, j.err = rankQuery(ctx, s.db, j.query, match, j.lo, j.hi, limit, j.teaser)
				j.err = asQueryError(text, j.err)
			})
		}
		wg.Wait()
	}
	run(jobs)
	// Teasers come after every article hit, so they are ranked only when
	// the articles leave room: a common word never pays for them.
	found, failed := 0, false
	for _, j := range jobs {
		found += len(j.out)
		failed = failed || (j.err != nil && !isNoSuchColumn(j.err))
	}
	if found < limit && !failed {
		teasers := &job{query: topTeasersSQL, lo: 0, hi: math.MaxInt64, teaser: true}
		run([]*job{teasers})
		jobs = append(jobs, teasers)
	}

	// A column filter names columns of one index only (title: is not a
	// teaser column, headline: not an article one); that index then
	// reports "no such column" and is left out rather than failing the
	// whole search.
	var all []candidate
	hard, soft := error(nil), spanErr
	scored := spanErr == nil // no article match is a result too
	for _, j := range jobs {
		switch {
		case j.err == nil:
			scored = true
			all = append(all, j.out...)
		case isNoSuchColumn(j.err):
			soft = j.err
		case hard == nil:
			hard = j.err
		}
	}
	if hard != nil {
		return nil, span, wrapSearchErr(s.path, text, hard)
	}
	if !scored {
		return nil, span, soft
	}
	sort.SliceStable(all, func(i, j int) bool {
		if all[i].teaser != all[j].teaser {
			return !all[i].teaser
		}
		return all[i].rank < all[j].rank
	})
	if len(all) > limit {
		all = all[:limit]
	}
	return all, span, nil
}

// wrapSearchErr names the library in a failure, but leaves a QueryError as
// it is: its message is for the analyst, who knows which library is open.
func wrapSearchErr(path, text string, err error) error {
	var qe *app.QueryError
	if errors.As(err, &qe) {
		return err
	}
	return fmt.Errorf("library %s: search %q: %w", path, text, err)
}

func isNoSuchColumn(err error) bool {
	var qe *app.QueryError
	return errors.As(err, &qe) && strings.HasPrefix(qe.Err.Error(), "no such column")
}

func rankQuery(ctx context.Context, db *sql.DB, query, match string, lo, hi int64, limit int, teaser bool) ([]candidate, error) {
	rows, err := db.QueryContext(ctx, query, match, lo, hi, limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []candidate
	for rows.Next() {
		c := candidate{teaser: teaser}
		if err := rows.Scan(&c.rowid, &c.rank); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// Snippets for chosen rows. MATCH is repeated because snippet() needs the
// full-text cursor; rowid IN (...) keeps the work to the shown rows. Column
// numbers: articles_fts 0 title, 1 body (2 search_extra is never shown);
// teasers_fts 0 headline, 1 lead.
const articleSnippetSQL = `SELECT articles_fts.rowid,
	snippet(articles_fts, 1, '` + markOpen + `', '` + markClose + `', '…', %[1]d),
	snippet(articles_fts, 0, '` + markOpen + `', '` + markClose + `', '…', %[1]d),
	a.source, a.title, a.published
	FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
	WHERE articles_fts MATCH ? AND articles_fts.rowid IN (%[2]s)`

// A teaser hit is reported with the first page (earliest published, unknown
// dates last) whose latest version shows it: the closest in time to the
// article it announces.
const teaserSnippetSQL = `SELECT teasers_fts.rowid,
	snippet(teasers_fts, 1, '` + markOpen + `', '` + markClose + `', '…', %[1]d),
	snippet(teasers_fts, 0, '` + markOpen + `', '` + markClose + `', '…', %[1]d),
	a.id, a.source, a.title, a.published
	FROM teasers_fts JOIN articles a ON a.id = (
		SELECT t.article_id FROM teasers t JOIN articles p ON p.id = t.article_id
		WHERE t.text_id = teasers_fts.rowid AND p.latest = 1
		ORDER BY p.published IS NULL, p.published, p.id LIMIT 1)
	WHERE teasers_fts MATCH ? AND teasers_fts.rowid IN (%[2]s)`

type hitKey struct {
	teaser bool
	rowid  int64
}

func (s *Store) snippets(ctx context.Context, match string, cands []candidate) ([]app.SearchHit, error) {
	// One read transaction: the page details of both kinds of hit come from
	// one snapshot.
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	var artIDs, teaserIDs []any
	for _, c := range cands {
		if c.teaser {
			teaserIDs = append(teaserIDs, c.rowid)
		} else {
			artIDs = append(artIDs, c.rowid)
		}
	}
	found := make(map[hitKey]app.SearchHit, len(cands))
	if err := snippetRows(ctx, tx, articleSnippetSQL, match, artIDs, false, found); err != nil {
		return nil, err
	}
	if err := snippetRows(ctx, tx, teaserSnippetSQL, match, teaserIDs, true, found); err != nil {
		return nil, err
	}
	hits := make([]app.SearchHit, 0, len(cands))
	for _, c := range cands {
		h, ok := found[hitKey{c.teaser, c.rowid}]
		if !ok {
			continue // deleted since it was ranked; skip rather than invent
		}
		h.Rank = c.rank
		hits = append(hits, h)
	}
	return hits, nil
}

func snippetRows(ctx context.Context, tx *sql.Tx, tmpl, match string, ids []any, teaser bool, found map[hitKey]app.SearchHit) error {
	if len(ids) == 0 {
		return nil
	}
	query := fmt.Sprintf(tmpl, snippetTokens, placeholders(len(ids)))
	rows, err := tx.QueryContext(ctx, query, append([]any{match}, ids...)...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var rowid int64
		var text, heading string
		var published sql.NullString
		h := app.SearchHit{InTeaser: teaser}
		dest := []any{&rowid, &text, &heading}
		if teaser {
			dest = append(dest, &h.ArticleID)
		}
		dest = append(dest, &h.Source, &h.Title, &published)
		if err := rows.Scan(dest...); err != nil {
			return err
		}
		if !teaser {
			h.ArticleID = rowid
		}
		if h.Published, err = scanDate(published); err != nil {
			return fmt.Errorf("article %d: %w", h.ArticleID, err)
		}
		h.Snippet = chooseSnippet(text, heading)
		found[hitKey{teaser, rowid}] = h
	}
	return rows.Err()
}

// chooseSnippet prefers the passage of the running text (body, or a teaser's
// lead) when it holds a match, then the heading (title or headline). When
// neither does (the match was in search_extra, which is never shown), the
// start of the text stands in, or the heading if the text is empty.
func chooseSnippet(text, heading string) string {
	var s string
	switch {
	case strings.Contains(text, markOpen):
		s = text
	case strings.Contains(heading, markOpen):
		s = heading
	case strings.TrimSpace(text) != "":
		s = text
	default:
		s = heading
	}
	return strings.NewReplacer(markOpen, app.HighlightStart, markClose, app.HighlightEnd).Replace(s)
}

// CountMatches is how many latest articles a full-text query finds in their
// title, body or index-only words (teasers aside): the size of a session's
// scope.
func (s *Store) CountMatches(ctx context.Context, text string) (int, error) {
	match, err := ftsQuery(text)
	if err != nil {
		return 0, err
	}
	var n int
	err = s.db.QueryRowContext(ctx, `SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?
		AND rowid NOT IN (SELECT id FROM articles WHERE latest = 0)`, match).Scan(&n)
	if err != nil {
		return 0, wrapSearchErr(s.path, text, asQueryError(text, err))
	}
	return n, nil
}
