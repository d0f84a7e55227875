// Package app is Parley's domain: the types an analyst works with (articles,
// their teasers and captions, dates with precision) and the use cases that
// combine the importers in app/ingest with a Store. It knows nothing of SQL or
// Fyne; data/ implements Store and ui/ calls the use cases.
package app

import (
	"path"
	"strings"
	"time"
)

// Article is one imported article. Body, Page and every offset into them are
// fixed at import: text is NFC, LF line ends, and offsets are Unicode code
// points [start,end).
type Article struct {
	ID int64
	// Source is the name shown to the analyst: the file name as imported
	// ("000_0ee9b2a42e9ba755.txt") or, for a CSV row, its source column or
	// "file.csv#row".
	Source string
	// SourceKey identifies where the article came from (absolute path, plus
	// the row for CSV). A changed file at the same key becomes a new version.
	SourceKey string
	Version   int
	// Hash is the hex SHA-256 of Page; the same content is never stored twice.
	Hash      string
	Title     string
	Body      string
	Page      string // the whole page as imported and normalised
	Lang      string // "fr", "en", "vi", "es" or "" when unsure
	Published Date
	URL       string
	Format    string            // "text", "html" or "csv"
	Meta      map[string]string // extra CSV columns and the like
	// SearchExtra holds index-only words (glued words split apart) that make
	// the article findable without changing its text.
	SearchExtra string
	ImportedAt  time.Time
	Teasers     []Teaser
	Captions    []Caption
	// Meetings found in the body and the teasers, stored with the article.
	Meetings []Meeting
}

// Teaser is another article's headline and lead shown on this page ("Voir
// plus"). It is kept apart from the body; Start/End are code points into Page.
type Teaser struct {
	Position   int
	Caption    string
	Headline   string
	Lead       string
	Start, End int
}

// Caption is a photo caption, kept as caption text and out of the body.
// Start/End are code points into Page.
type Caption struct {
	Position   int
	Text       string
	Start, End int
}

// ArticleSummary is a row of the library list.
type ArticleSummary struct {
	ID         int64
	Source     string
	Version    int
	Title      string
	Published  Date
	Lang       string
	Chars      int // code points of the body
	Teasers    int
	ImportedAt time.Time
}

// ArticleName is an article's source file name without its extension
// ("000_0ee9b2a42e9ba755"), as gold files, the CLI and exports name it.
func ArticleName(source string) string {
	return strings.TrimSuffix(source, path.Ext(source))
}
