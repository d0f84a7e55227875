// Package ingest turns files into article drafts.
//
// It reads three kinds of input: the text of a news agency page as a browser
// copies it (ParseText), a saved HTML page (ParseHTML) and a CSV export with
// one article a row (ParseCSV). Parse picks the reader from the file name.
//
// The package is a leaf: it imports only the standard library,
// golang.org/x/text and the readability library, never other packages of
// Parley, so the use cases in app can call it without import cycles.
//
// Text is normalised once here (UTF-8, NFC, LF line ends, see Normalize) and
// every offset the package reports is a [start, end) range of Unicode code
// points into Document.Page, the unit that REFI-QDA uses.
package ingest
