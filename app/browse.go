package app

import "context"

// ArticleSort is the order of the library list.
type ArticleSort string

const (
	NewestFirst ArticleSort = "newest" // publication date, newest first, unknown dates last
	OldestFirst ArticleSort = "oldest" // publication date, oldest first, unknown dates last
	ByTitle     ArticleSort = "title"  // title, ignoring case
	ByRelevance ArticleSort = "relevance"
)

// ArticleSorts lists the orders the library offers, default first.
var ArticleSorts = []ArticleSort{NewestFirst, OldestFirst, ByTitle, ByRelevance}

// ArticleQuery selects and orders the library list. Empty fields select
// everything. The list is built in two steps so that it stays cheap at
// 100,000 articles: BrowseArticles gives every matching id in order (a few
// bytes each), and ArticleRows loads only the rows on screen.
type ArticleQuery struct {
	// Text is a full-text query (SearchQuery.Text syntax); it matches the
	// articles' title, body and index-only words.
	Text string
	// Partner keeps articles reporting a meeting (not rejected) with this
	// ISO 3166-1 alpha-3 country.
	Partner string
	// From and To keep articles published in [From, To], ISO days; an
	// article with an unknown date is kept only when both are empty.
	From, To string
	// CodeID keeps articles with a passage coded with this code.
	CodeID int64
	// SessionID keeps articles with a passage coded in this session.
	SessionID int64
	// Sort orders the list; "" is NewestFirst, and ByRelevance without
	// Text is NewestFirst too.
	Sort ArticleSort
}

// ArticleRow is one line of the library list.
type ArticleRow struct {
	ArticleSummary
	Meetings int    // meetings found or added, rejected ones aside
	Codes    int    // distinct codes on its passages
	Snippet  string // the matching passage, when the query has Text
}

// BrowseStore is the part of the Store the library list reads.
type BrowseStore interface {
	// BrowseArticles lists the ids of the latest articles q selects, in
	// q's order; a Text the index refuses is a *QueryError.
	BrowseArticles(ctx context.Context, q ArticleQuery) ([]int64, error)
	// ArticleRows loads the list rows of ids, in the order given, with a
	// snippet of text's match when text is not "".
	ArticleRows(ctx context.Context, ids []int64, text string) ([]ArticleRow, error)
}
