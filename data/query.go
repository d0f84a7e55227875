package data

import (
	"errors"
	"strings"
	"unicode"

	"parley/app"

	"modernc.org/sqlite"
)

// ftsQuery prepares what the analyst typed for FTS5 MATCH. FTS5 syntax is
// kept (words, "phrases", prefix*, AND/OR/NOT, NEAR, column:), with two
// forgiving rewrites for how French is written:
//
//   - a word with inner hyphens, apostrophes, dots or slashes (États-Unis,
//     d'État, aujourd’hui, U.S.A) becomes a quoted phrase. Unquoted, FTS5
//     reads '-' as an operator and rejects "'" as a syntax error, yet the
//     tokenizer splits such words anyway, so the phrase is what was meant.
//   - every kind of space (no-break U+00A0, narrow no-break U+202F before
//     French punctuation...) becomes a plain space, so it separates words.
//
// An empty query is a *app.QueryError.
func ftsQuery(text string) (string, error) {
	rs := []rune(strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return ' '
		}
		return r
	}, text))
	if strings.TrimSpace(string(rs)) == "" {
		return "", &app.QueryError{Query: text, Err: errors.New("the query is empty: type one or more words")}
	}
	var b strings.Builder
	inQuote := false
	for i := 0; i < len(rs); {
		r := rs[i]
		if r == '"' {
			inQuote = !inQuote
		}
		if inQuote || !isWordRune(r) {
			b.WriteRune(r)
			i++
			continue
		}
		j, joined := i+1, false
		for j < len(rs) {
			if isWordRune(rs[j]) {
				j++
			} else if isJoiner(rs[j]) && j+1 < len(rs) && isWordRune(rs[j+1]) {
				j, joined = j+2, true
			} else {
				break
			}
		}
		if joined {
			b.WriteByte('"')
			b.WriteString(string(rs[i:j]))
			b.WriteByte('"')
		} else {
			b.WriteString(string(rs[i:j]))
		}
		i = j
	}
	return b.String(), nil
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || r == '_'
}

// isJoiner: punctuation that joins two parts of one written word.
func isJoiner(r rune) bool {
	switch r {
	case '-', '\'', '’', '.', '/', '‑': // ‑ is U+2011, the non-breaking hyphen
		return true
	}
	return false
}

// asQueryError turns SQLite's complaint about a MATCH expression into a
// *app.QueryError the analyst can read. Our SQL is fixed and tested, so a
// plain SQLITE_ERROR while matching comes from the query text; other codes
// (busy, I/O, interrupted) are real failures and pass through.
func asQueryError(query string, err error) error {
	var se *sqlite.Error
	if !errors.As(err, &se) || se.Code() != 1 { // 1 = SQLITE_ERROR
		return err
	}
	msg := se.Error()
	// "SQL logic error: fts5: syntax error near "AND" (1)"
	if _, rest, ok := strings.Cut(msg, "fts5: "); ok {
		msg = rest
	} else if _, rest, ok := strings.Cut(msg, "SQL logic error: "); ok {
		msg = rest
	}
	msg = strings.TrimSuffix(msg, " (1)")
	switch {
	case msg == `syntax error near ""`:
		msg = "the query ends too early: an operator, bracket or NEAR( is missing what follows it"
	case strings.HasPrefix(msg, "syntax error near"):
		msg += ": check the quotes, brackets and AND/OR/NOT (which need a word on each side)"
	case strings.HasPrefix(msg, "unterminated string"):
		msg = `a quotation mark (") is not closed`
	case strings.HasPrefix(msg, "unknown special query"):
		msg = "'*' must end a word, as in diplom*"
	case strings.HasPrefix(msg, "no such column"):
		msg += ": a word followed by ':' names a column (title, body, search_extra, headline, lead)"
	}
	return &app.QueryError{Query: query, Err: errors.New(msg)}
}
