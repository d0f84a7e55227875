// Package data is Parley's library file: app.Store implemented on one SQLite
// database through modernc.org/sqlite (pure Go, so CGO_ENABLED=0 builds).
//
// The schema comes from numbered SQL migrations embedded in the binary. Full
// text search uses FTS5 external-content tables over articles and teasers
// with accent- and case-folding (unicode61 remove_diacritics 2). Every write
// that belongs together is one transaction.
package data
