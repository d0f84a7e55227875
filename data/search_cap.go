package data

import (
	"context"
	"database/sql"
)

// maxRankedMatches caps how many article matches a search scores with
// bm25: beyond it only the most recently imported matches are ranked, and
// the result says so (app.SearchResult.Partial). bm25 costs two to three
// microseconds a matching row (mostly the row's length lookup), so a word
// in every article of a 100,000-article library took 240 ms and more; the
// target is a p95 of 30 ms on two busy cores. Measured there (the
// BenchmarkSearchCap variants taking turns, load average about 5 on 2
// cores), "Vietnam" took p50/p95 18/33 ms ranking 2,000, 24/44 ranking
// 3,000, 33/44 ranking 5,000 (one statement) and 387/515 ranking all:
// about 9 ms of a search does not shrink with the cap (bm25's IDF walks
// every match of the word once per statement, ~6 ms at 100,000 articles;
// finding the span; the snippets). Hence 2,000. It is a variable so that
// tests can cap a small library; it is never below the search limit (the
// hits shown are always ranked), and it must stay at or above
// maxSearchLimit so that a partial ranking always fills the limit with
// articles (teasers are only listed when the articles leave room).
var maxRankedMatches = 2000

// matchSpan is where the article matches to rank lie: rowids lo..hi
// (inclusive), holding `ranked` matches. partial: older matches exist below
// lo and are not ranked.
type matchSpan struct {
	lo, hi  int64
	ranked  int
	partial bool
}

// newestMatchesSQL walks the matches of the latest articles newest first,
// which FTS5 does natively (a doclist read backwards, no bm25, no row
// length), and stops after the limit: it costs a fraction of a microsecond
// a match. count and min tell whether more matches exist than the cap and
// where the ranked ones start; max is the newest match, the top of the
// range to slice.
const newestMatchesSQL = `SELECT count(*), coalesce(min(rowid), 0), coalesce(max(rowid), 0) FROM (
	SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?
	AND rowid NOT IN (SELECT id FROM articles WHERE latest = 0)
	ORDER BY rowid DESC LIMIT ?)`

// newestMatches finds the span of the `limit` newest article matches:
// every match when there are no more than that. It reads limit+1 matches
// so that it can tell "exactly limit" from "more".
func newestMatches(ctx context.Context, db *sql.DB, match string, limit int) (matchSpan, error) {
	var n int
	var lo, hi int64
	if err := db.QueryRowContext(ctx, newestMatchesSQL, match, limit+1).Scan(&n, &lo, &hi); err != nil {
		return matchSpan{}, err
	}
	if n <= limit {
		return matchSpan{lo: lo, hi: hi, ranked: n}, nil
	}
	// lo is the (limit+1)-th newest match: the ranked ones are above it.
	return matchSpan{lo: lo + 1, hi: hi, ranked: limit, partial: true}, nil
}
