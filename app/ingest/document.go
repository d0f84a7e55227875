package ingest

import "errors"

// Document is one article draft read from a file.
type Document struct {
	Title string
	// Body is the article prose only: no teasers of other articles, no photo
	// captions, no "Voir plus" chrome. Paragraphs are separated by "\n\n".
	Body string
	// Page is the whole file text, normalised (see Normalize). Teaser and
	// caption offsets are code points into Page. For HTML it is the
	// extracted title and text, for CSV the row's text cell.
	Page string
	// Published is a canonical ISO date: "YYYY", "YYYY-MM", "YYYY-MM-DD",
	// or "" when unknown. The precision is kept, never padded.
	Published string
	URL       string
	// Lang is "fr", "en", "vi", "es" or "" when unsure. A CSV lang cell may
	// name another ISO 639 language; it is then kept as given (lower case).
	Lang string
	// Meta holds extra CSV columns (keyed by header name as written) and, for
	// HTML, "byline" and "site_name" when the page has them. Nil when empty.
	Meta map[string]string
	// Source is the CSV row's `source` column value, else "".
	Source string
	// Row is the 1-based CSV data row number (header not counted); 0 for
	// other formats.
	Row      int
	Teasers  []Teaser
	Captions []Caption
	// SearchExtra holds index-only words (glued words split apart, space
	// separated) so that search finds words the copy-paste glued together.
	// The stored text itself is never changed.
	SearchExtra string
	// Format is the reader that made the document: "text", "html" or
	// "csv" (set by Parse).
	Format string
}

// Teaser is another article's item listed on the page (after "Voir plus").
// Start and End are code points [start, end) of the whole item in Page.
type Teaser struct {
	Caption, Headline, Lead string
	Start, End              int
}

// Caption is a photo caption of the article (the text after the "ảnh N"
// marker, or a line ending in a photo credit). Start and End are code points
// [start, end) of Text in Page.
type Caption struct {
	Text       string
	Start, End int
}

// MaxFileSize is the largest single file accepted, in bytes.
//
// 32 MiB holds a CSV export of several thousand articles or a "complete"
// saved HTML page with inlined images, the largest honest inputs we know of.
// Parsing holds the text several times over (NFC copy, code point slices, a
// readability DOM several times the HTML size), so a much larger file is
// almost surely not an article file (a video, a database dump) and would
// only freeze the import.
const MaxFileSize = 32 << 20

// ErrUnsupported is returned (wrapped, with the extension) by Parse for a
// file type it has no reader for. Test it with errors.Is.
var ErrUnsupported = errors.New("unsupported file type")
