package ingest

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"

	"golang.org/x/text/language"
)

// csvColumns are the columns ParseCSV understands; any other goes to Meta.
var csvColumns = map[string]bool{"text": true, "title": true, "published": true, "url": true, "lang": true, "source": true}

// csvDelimiters are tried in this order on the header line; spreadsheets set
// to French write ';', others ',', and a tab-separated export is cheap to
// accept too.
var csvDelimiters = []rune{',', ';', '\t'}

// maxCSVRows bounds the articles of one CSV file. A file is imported in one
// piece, all its rows in memory at once; honest exports hold a few thousand
// articles in the 32 MiB limit, while a file of millions of one-word rows
// would take minutes and gigabytes. (A variable for the tests.)
var maxCSVRows = 100_000

// ParseCSV reads a CSV export with a header row and one article a row. The
// header names the columns in any order and case: text (required), title,
// published, url, lang, source; other columns go to Meta under their header
// name. Errors name the data row (1-based, header not counted) and column.
func ParseCSV(data []byte) ([]Document, error) {
	src, err := Normalize(data)
	if err != nil {
		return nil, err
	}
	delim, header, err := detectHeader(src)
	if err != nil {
		return nil, err
	}
	cols := map[string]int{}
	names := make([]string, len(header))
	for i, h := range header {
		name := strings.TrimFunc(h, isBlank)
		if name == "" {
			name = fmt.Sprintf("column %d", i+1)
		}
		key := strings.ToLower(name)
		if !csvColumns[key] {
			key = name // extra columns keep their spelling, as the analyst wrote it
		}
		if _, dup := cols[key]; dup {
			return nil, fmt.Errorf("CSV: column %q appears twice in header", name)
		}
		cols[key] = i
		names[i] = name
	}

	r := csv.NewReader(strings.NewReader(src))
	r.Comma = delim
	r.FieldsPerRecord = len(header)
	r.ReuseRecord = false
	if _, err := r.Read(); err != nil { // the header, already checked
		return nil, fmt.Errorf("CSV header: %v", err)
	}
	var docs []Document
	for row := 1; ; row++ {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, csvRowError(row, err)
		}
		if allBlank(rec) {
			continue // spreadsheets export trailing rows of empty cells
		}
		if len(docs) == maxCSVRows {
			return nil, fmt.Errorf("CSV: more than %d rows; split the file (a file is imported whole, in memory)", maxCSVRows)
		}
		doc, err := csvDocument(rec, cols, names)
		if err != nil {
			return nil, fmt.Errorf("CSV row %d: %v", row, err)
		}
		doc.Row = row
		docs = append(docs, doc)
	}
	if len(docs) == 0 {
		return nil, errors.New("CSV: no data rows after the header")
	}
	return docs, nil
}

// detectHeader reads the first record with each delimiter and keeps the one
// whose header has a "text" column (the most columns if several do).
func detectHeader(src string) (rune, []string, error) {
	var best []string
	var bestDelim rune
	var fallback []string
	for _, d := range csvDelimiters {
		r := csv.NewReader(strings.NewReader(src))
		r.Comma = d
		r.FieldsPerRecord = -1
		rec, err := r.Read()
		if err != nil {
			continue // a quote error here only means a wrong delimiter
		}
		if len(rec) > len(fallback) {
			fallback = rec
		}
		for _, h := range rec {
			if strings.EqualFold(strings.TrimFunc(h, isBlank), "text") && len(rec) > len(best) {
				best, bestDelim = rec, d
			}
		}
	}
	if best == nil {
		shown := make([]string, len(fallback))
		for i, h := range fallback {
			shown[i] = strings.TrimFunc(h, isBlank)
		}
		return 0, nil, fmt.Errorf("CSV: no \"text\" column in header %v", shown)
	}
	return bestDelim, best, nil
}

// csvRowError rewords encoding/csv errors, whose line numbers count file
// lines, with the data row number the analyst sees in a spreadsheet.
func csvRowError(row int, err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return fmt.Errorf("CSV row %d (line %d): %v", row, pe.Line, pe.Err)
	}
	return fmt.Errorf("CSV row %d: %v", row, err)
}

func allBlank(rec []string) bool {
	for _, c := range rec {
		if strings.TrimFunc(c, isBlank) != "" {
			return false
		}
	}
	return true
}

// csvDocument builds one article from a record.
func csvDocument(rec []string, cols map[string]int, names []string) (Document, error) {
	cell := func(name string) string {
		if i, ok := cols[name]; ok {
			return strings.TrimFunc(rec[i], isBlank)
		}
		return ""
	}
	text := cell("text")
	if text == "" {
		return Document{}, errors.New("empty text")
	}
	page, err := Normalize([]byte(text))
	if err != nil {
		return Document{}, fmt.Errorf("column \"text\": %v", err)
	}
	doc := Document{
		Page:   page,
		Body:   page,
		Title:  cell("title"),
		URL:    cell("url"),
		Source: cell("source"),
	}
	if doc.Title == "" {
		doc.Title = titleFromText(page)
	}
	if p := cell("published"); p != "" {
		iso, err := parseDate(p)
		if err != nil {
			return Document{}, fmt.Errorf("column %q: %v", names[cols["published"]], err)
		}
		doc.Published = iso
	}
	if l := cell("lang"); l != "" {
		lang, err := csvLang(l)
		if err != nil {
			return Document{}, fmt.Errorf("column %q: %v", names[cols["lang"]], err)
		}
		doc.Lang = lang
	}
	if doc.Lang == "" {
		doc.Lang = DetectLanguage(doc.Title + "\n" + doc.Body)
	}
	for i, name := range names {
		if !csvColumns[strings.ToLower(name)] {
			if doc.Meta == nil {
				doc.Meta = map[string]string{}
			}
			doc.Meta[name] = strings.TrimFunc(rec[i], isBlank)
		}
	}
	doc.SearchExtra = SearchExtra(doc.Title + "\n" + doc.Body)
	return doc, nil
}

// csvLang reads a lang cell: a language tag ("fr", "FR", "fr-FR", "vie")
// reduced to its ISO 639 base in lower case. A language other than the four
// that DetectLanguage knows is kept: the analyst said so.
// "und" (undetermined) is the same as an empty cell: the text decides.
func csvLang(s string) (string, error) {
	t, err := language.Parse(s)
	if err != nil {
		return "", fmt.Errorf("%q is not a language code (e.g. fr, en, vi, es)", s)
	}
	if t == language.Und {
		return "", nil
	}
	base, conf := t.Base()
	if conf == language.No {
		return "", fmt.Errorf("%q is not a language code (e.g. fr, en, vi, es)", s)
	}
	return base.String(), nil
}
