package ingest

import (
	"fmt"
	"path/filepath"
	"strings"
)

// reader is a format's name and its parser.
type reader struct {
	format string
	read   func([]byte) ([]Document, error)
}

// readers maps a lower-case file extension to the reader of its format.
var readers = map[string]reader{
	".txt":   {"text", one(ParseText)},
	".text":  {"text", one(ParseText)},
	".html":  {"html", one(ParseHTML)},
	".htm":   {"html", one(ParseHTML)},
	".xhtml": {"html", one(ParseHTML)},
	".csv":   {"csv", ParseCSV},
}

func one(parse func([]byte) (Document, error)) func([]byte) ([]Document, error) {
	return func(data []byte) ([]Document, error) {
		d, err := parse(data)
		if err != nil {
			return nil, err
		}
		return []Document{d}, nil
	}
}

// Supported reports whether Parse has a reader for the file name's
// extension (case-insensitive).
func Supported(name string) bool {
	_, ok := readers[strings.ToLower(filepath.Ext(name))]
	return ok
}

// Parse reads one file by its extension: .txt/.text as an agency text page,
// .html/.htm/.xhtml as a saved page, .csv as one article a row. Other
// extensions give an error wrapping ErrUnsupported; each document's Format
// names the reader ("text", "html", "csv"); files above MaxFileSize
// are refused before any parsing. Errors do not repeat the file name: the
// caller, which knows it, adds it.
func Parse(name string, data []byte) ([]Document, error) {
	ext := strings.ToLower(filepath.Ext(name))
	r, ok := readers[ext]
	if !ok {
		if ext == "" {
			return nil, fmt.Errorf("%w (no file extension)", ErrUnsupported)
		}
		return nil, fmt.Errorf("%w %q", ErrUnsupported, ext)
	}
	if len(data) > MaxFileSize {
		return nil, fmt.Errorf("file too large: %d bytes (limit %d MiB)", len(data), MaxFileSize>>20)
	}
	docs, err := r.read(data)
	for i := range docs {
		docs[i].Format = r.format
	}
	return docs, err
}
