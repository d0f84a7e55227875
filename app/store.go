package app

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// Store is the library file. data.Store implements it with SQLite; every
// method owns its transaction.
type Store interface {
	// SaveFile stores the articles that came from one file in a single
	// transaction, with their meetings: either all of them land or none
	// does. For each article it reports whether it was added, was already
	// present (same Hash; then nothing of it is written) or became a new
	// version of an article with the same SourceKey.
	SaveFile(ctx context.Context, articles []Article) ([]SaveResult, error)
	// Articles lists the latest versions, by publication date (newest first,
	// unknown dates last), then newest import first.
	Articles(ctx context.Context) ([]ArticleSummary, error)
	// Article loads one article with its teasers and captions.
	Article(ctx context.Context, id int64) (Article, error)
	// TeaserPages lists the teaser items of every latest article (each
	// article with ID, Source and Teasers only), in one pass.
	TeaserPages(ctx context.Context) ([]Article, error)
	// FindArticles returns the latest version of the articles whose Source is
	// name (several when two folders held files of the same name).
	FindArticles(ctx context.Context, name string) ([]ArticleSummary, error)
	// Search runs a full-text query; see SearchQuery and SearchResult.
	Search(ctx context.Context, q SearchQuery) (SearchResult, error)
	// MatchArticles lists, in id order, the latest articles a full-text
	// query (SearchQuery.Text syntax) matches; a query the index refuses
	// is a *QueryError.
	MatchArticles(ctx context.Context, text string) ([]int64, error)
	// ReplaceMeetings stores a re-run of the extractor on one article in one
	// transaction: its extracted meetings that the analyst has not reviewed
	// are replaced by ms. Reviewed and manual meetings stay.
	ReplaceMeetings(ctx context.Context, articleID int64, ms []Meeting) error
	// Meetings lists meetings, by article then position in the text.
	Meetings(ctx context.Context, f MeetingFilter) ([]Meeting, error)
	// Meeting loads one meeting; ErrNotFound when there is none.
	Meeting(ctx context.Context, id int64) (Meeting, error)
	// ChangeMeeting applies the analyst's correction and marks the meeting
	// reviewed.
	ChangeMeeting(ctx context.Context, id int64, c MeetingChange) (Meeting, error)
	// AddMeeting stores a meeting the analyst added by hand.
	AddMeeting(ctx context.Context, m Meeting) (int64, error)
	// SetClusters records which cluster each meeting belongs to.
	SetClusters(ctx context.Context, clusters map[int64]int64) error
	// ArticleIDs lists every latest article's id, in id order.
	ArticleIDs(ctx context.Context) ([]int64, error)
	// CountMeetings counts meetings in SQL by partner and period.
	CountMeetings(ctx context.Context, r CountRequest) (CountResult, error)
	// People is the memory of people learned from titled mentions.
	People(ctx context.Context) ([]Person, error)
	// SavePeople adds or updates people in the memory.
	SavePeople(ctx context.Context, people []Person) error
	// CountMatches is how many latest articles a full-text query finds.
	CountMatches(ctx context.Context, query string) (int, error)
	// Info describes the library file.
	Info(ctx context.Context) (LibraryInfo, error)
	// Optimize compacts the search index after a bulk import.
	Optimize(ctx context.Context) error
	// The codebook, codings, sessions, memos and undo (annotation.go).
	AnnotationStore
	// The library list, page by page (browse.go).
	BrowseStore
	Close() error
}

// SaveStatus is what happened to one article of an import.
type SaveStatus string

const (
	Added          SaveStatus = "added"
	AlreadyPresent SaveStatus = "already in the library"
	NewVersion     SaveStatus = "new version"
)

// SaveResult reports one stored article.
type SaveResult struct {
	Status  SaveStatus
	ID      int64 // the stored article (the existing one when AlreadyPresent)
	Version int
}

// SearchQuery is a full-text search. Text uses FTS5 query syntax: words,
// "phrases", prefix*, AND/OR/NOT; matching ignores case and accents. Words
// holding a hyphen, apostrophe, dot or slash ("Etats-Unis", "d'État") are
// searched as phrases, so the analyst need not quote them.
type SearchQuery struct {
	Text  string
	Limit int // 0 means DefaultSearchLimit
}

const DefaultSearchLimit = 20

// SearchResult is the best hits of a search and how far the ranking went.
// A word in most articles matches too many of them to score them all in
// the time a search may take, so the store ranks only the most recently
// imported matches; Partial says so, and the analyst is told.
type SearchResult struct {
	Hits []SearchHit
	// Ranked is how many article matches were scored (teaser matches
	// aside): every match, unless Partial.
	Ranked int
	// Partial: more articles match than were ranked, and the Ranked most
	// recently imported matches were ranked; an older article may match
	// better. A narrower query ranks every match.
	Partial bool
}

// SearchHit is one ranked match. A match in a teaser of a page is reported
// with InTeaser set, so the analyst sees it came from another article's lead.
type SearchHit struct {
	ArticleID int64
	Source    string
	Title     string
	Published Date
	InTeaser  bool
	Rank      float64 // bm25: lower is better
	// Snippet is the matching passage with matched terms between
	// HighlightStart and HighlightEnd.
	Snippet string
}

// Markers around matched terms in SearchHit.Snippet.
const (
	HighlightStart = "["
	HighlightEnd   = "]"
)

// LibraryInfo is what `parley-cli info` prints.
type LibraryInfo struct {
	Path          string
	SchemaVersion int
	Articles      int // latest versions
	Versions      int // all stored versions
	Teasers       int
	Captions      int
	LastImport    time.Time
}

// ErrNotFound is returned when an article does not exist.
var ErrNotFound = errors.New("not found")

// QueryError is a malformed search query; its message is meant for the user.
type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string {
	return fmt.Sprintf("search query %q: %v", e.Query, e.Err)
}

func (e *QueryError) Unwrap() error { return e.Err }
