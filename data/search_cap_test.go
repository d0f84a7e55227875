package data

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"strings"
	"testing"

	"parley/app"
)

const capSeed = 20261127

// capArticle is generated article i with `times` sentences naming a sampan
// (a word the generator never writes) added to its body.
func capArticle(i, times int) app.Article {
	a := genArticle(capSeed, i)
	plant := strings.Repeat(" Un sampan remonte le fleuve.", times)
	a.Body += plant
	a.Page += plant
	sum := sha256.Sum256([]byte(a.Page))
	a.Hash = hex.EncodeToString(sum[:])
	return a
}

// withRankCap sets maxRankedMatches (and a small slice size, so that the
// ranked span is scored in several slices) for one test.
func withRankCap(t *testing.T, k int) {
	t.Helper()
	oldCap, oldSlice := maxRankedMatches, minRowsPerSlice
	t.Cleanup(func() { maxRankedMatches, minRowsPerSlice = oldCap, oldSlice })
	maxRankedMatches, minRowsPerSlice = k, 2
}

func mustSearchResult(t *testing.T, s *Store, q app.SearchQuery) app.SearchResult {
	t.Helper()
	res, err := s.Search(context.Background(), q)
	if err != nil {
		t.Fatalf("Search(%q): %v", q.Text, err)
	}
	return res
}

// plainBM25 ranks the given articles with one plain SQL query, the way
// FTS5 documents bm25(): the reference a capped search must agree with.
func plainBM25(t *testing.T, s *Store, match string, among []int64, limit int) []int64 {
	t.Helper()
	args := []any{match}
	for _, id := range among {
		args = append(args, id)
	}
	rows, err := s.db.Query(`SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?
		AND rowid IN (`+placeholders(len(among))+`)
		ORDER BY bm25(articles_fts, 5.0, 1.0, 1.0), rowid LIMIT `+fmt.Sprint(limit), args...)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			t.Fatal(err)
		}
		out = append(out, id)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

func hitIDs(hits []app.SearchHit) []int64 {
	var out []int64
	for _, h := range hits {
		out = append(out, h.ArticleID)
	}
	return out
}

// capLibrary stores `matching` articles holding the word "sampan", then
// `others` without it. Article 0, the oldest, is the best match by far (the
// word in its title and five times in its body); the others hold it once to
// three times. It returns the results of the save and the ids of the
// matching articles, oldest first.
func capLibrary(t *testing.T, matching, others int) (*Store, []app.SaveResult, []int64) {
	t.Helper()
	s := MustOpenStore(t)
	strong := capArticle(0, 5)
	strong.Title = "Le sampan du delta"
	arts := []app.Article{strong}
	for i := 1; i < matching; i++ {
		arts = append(arts, capArticle(i, 1+i%3))
	}
	for i := matching; i < matching+others; i++ {
		arts = append(arts, capArticle(i, 0))
	}
	saved := mustSave(t, s, arts...)
	var ids []int64
	for i := range matching {
		ids = append(ids, saved[i].ID)
	}
	return s, saved, ids
}

// A word in more articles than the cap: only the newest matches are
// ranked, the best of them as plain bm25 orders them, and an older, better
// match is left out; the result says so.
func TestSearchRanksOnlyTheNewestMatchesBeyondTheCap(t *testing.T) {
	s, saved, matching := capLibrary(t, 30, 5)
	q := app.SearchQuery{Text: "sampan", Limit: 5}

	// Uncapped, the strong old article wins.
	withRankCap(t, 1000)
	whole := mustSearchResult(t, s, q)
	if whole.Partial || whole.Ranked != 30 || len(whole.Hits) != 5 || whole.Hits[0].ArticleID != saved[0].ID {
		t.Fatalf("uncapped: partial %v, ranked %d, hits %v; want 30 ranked, article %d first", whole.Partial, whole.Ranked, hitIDs(whole.Hits), saved[0].ID)
	}

	maxRankedMatches = 10
	capped := mustSearchResult(t, s, q)
	newest := matching[len(matching)-10:]
	if !capped.Partial || capped.Ranked != 10 {
		t.Errorf("capped: partial %v, ranked %d; want partial, 10 ranked", capped.Partial, capped.Ranked)
	}
	for _, h := range capped.Hits {
		if !slices.Contains(newest, h.ArticleID) {
			t.Errorf("capped: hit %d is not among the 10 newest matches %v", h.ArticleID, newest)
		}
	}
	want := plainBM25(t, s, "sampan", newest, 5)
	if got := hitIDs(capped.Hits); !slices.Equal(got, want) {
		t.Errorf("capped: hits %v, plain bm25 over the newest 10 gives %v", got, want)
	}
	// The ranks are bm25's own: the same IDF over the whole library.
	for i := range min(len(capped.Hits), len(whole.Hits)) {
		if capped.Hits[i].Rank >= 0 {
			t.Errorf("capped: hit %d rank %v, want a bm25 score (negative)", i, capped.Hits[i].Rank)
		}
	}
	for _, h := range capped.Hits {
		if !strings.Contains(h.Snippet, "[sampan]") {
			t.Errorf("capped: hit %d snippet %q not highlighted", h.ArticleID, h.Snippet)
		}
	}

	// The cap is never below the limit: the hits shown are always ranked.
	maxRankedMatches = 3
	if res := mustSearchResult(t, s, q); !res.Partial || res.Ranked != 5 || len(res.Hits) != 5 {
		t.Errorf("cap below the limit: partial %v, ranked %d, %d hits; want 5 ranked and shown", res.Partial, res.Ranked, len(res.Hits))
	}
}

// At or under the cap, the ranking is exact: every match is ranked, as
// without a cap.
func TestSearchUnderTheCapRanksEveryMatch(t *testing.T) {
	s, _, matching := capLibrary(t, 12, 8)
	q := app.SearchQuery{Text: "sampan", Limit: 20}
	for _, k := range []int{12, 13, 1000} {
		withRankCap(t, k)
		res := mustSearchResult(t, s, q)
		want := plainBM25(t, s, "sampan", matching, 20)
		if res.Partial || res.Ranked != 12 || !slices.Equal(hitIDs(res.Hits), want) {
			t.Errorf("cap %d: partial %v, ranked %d, hits %v; want all 12 ranked as %v", k, res.Partial, res.Ranked, hitIDs(res.Hits), want)
		}
	}
	// A word nowhere: nothing ranked, nothing partial.
	if res := mustSearchResult(t, s, app.SearchQuery{Text: "pirogue"}); res.Partial || res.Ranked != 0 || len(res.Hits) != 0 {
		t.Errorf("no match: %+v", res)
	}
}

// Old versions are not matches: they neither count toward the cap nor
// appear, and the span of the newest matches reaches past them.
func TestSearchCapSkipsOldVersions(t *testing.T) {
	s := MustOpenStore(t)
	var arts []app.Article
	for i := range 6 {
		arts = append(arts, capArticle(i, 1))
	}
	saved := mustSave(t, s, arts...)
	// A new version of the newest article, still naming the word: its old
	// version (saved[5]) is now between the new one and saved[4].
	next := capArticle(5, 2)
	next.Body += " Corrigé."
	next.Page += " Corrigé."
	next.Hash += "-v2"
	v2 := mustSave(t, s, next)[0].ID
	withRankCap(t, 3)
	res := mustSearchResult(t, s, app.SearchQuery{Text: "sampan", Limit: 3})
	got := hitIDs(res.Hits)
	slices.Sort(got)
	want := []int64{saved[3].ID, saved[4].ID, v2}
	if !res.Partial || res.Ranked != 3 || !slices.Equal(got, want) {
		t.Errorf("partial %v, ranked %d, hits %v; want the latest three %v (old version %d left out)", res.Partial, res.Ranked, got, want, saved[5].ID)
	}
}

// Column filters and teasers behave as before under a cap: a filter on an
// article column caps like a word; one on a teaser column ranks the
// teasers; teasers still fill the room the articles leave.
func TestSearchCapWithColumnFiltersAndTeasers(t *testing.T) {
	s := MustOpenStore(t)
	var arts []app.Article
	for i := range 12 {
		a := capArticle(i, 1)
		a.Title = "Un sampan"
		arts = append(arts, a)
	}
	page := article("page.txt", "Page avec teasers", "Le corps de cette page parle d'agriculture.")
	page.Teasers = []app.Teaser{{Position: 0, Caption: "Voir plus", Headline: "Une jonque à Haiphong", Lead: "La jonque et le sampan.", Start: 0, End: 10}}
	arts = append(arts, page)
	mustSave(t, s, arts...)
	withRankCap(t, 5)

	res := mustSearchResult(t, s, app.SearchQuery{Text: "title: sampan", Limit: 5})
	if !res.Partial || res.Ranked != 5 || len(res.Hits) != 5 {
		t.Errorf("title: filter: partial %v, ranked %d, %d hits", res.Partial, res.Ranked, len(res.Hits))
	}
	for _, h := range res.Hits {
		if h.InTeaser {
			t.Errorf("title: filter: teaser hit %+v while the articles fill the limit", h)
		}
	}
	// headline: is no article column: only the teaser is ranked.
	res = mustSearchResult(t, s, app.SearchQuery{Text: "headline: jonque"})
	if res.Partial || res.Ranked != 0 || len(res.Hits) != 1 || !res.Hits[0].InTeaser {
		t.Errorf("headline: filter: %+v", res)
	}
	// A word in no article but in a teaser: the teaser hit.
	res = mustSearchResult(t, s, app.SearchQuery{Text: "haiphong"})
	if res.Partial || len(res.Hits) != 1 || !res.Hits[0].InTeaser || !strings.Contains(res.Hits[0].Snippet, "[Haiphong]") {
		t.Errorf("teaser word: %+v", res)
	}
	// Articles under the cap and a teaser: all 12 articles, then the teaser.
	maxRankedMatches = 1000
	res = mustSearchResult(t, s, app.SearchQuery{Text: "sampan"})
	if res.Partial || res.Ranked != 12 || len(res.Hits) != 13 || !res.Hits[12].InTeaser {
		t.Errorf("sampan uncapped: partial %v, ranked %d, hits %s", res.Partial, res.Ranked, ids(res.Hits))
	}
	// A malformed query is still the analyst's error, not the library's.
	if _, err := s.Search(context.Background(), app.SearchQuery{Text: `"sampan`}); err == nil || !strings.Contains(err.Error(), "quotation") {
		t.Errorf("malformed: %v", err)
	}
}
