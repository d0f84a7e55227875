package ingest

import (
	"strings"
	"unicode/utf8"
)

// line is one line of Page with its position in code points, so that the
// text reader can report offsets without converting the page to runes.
type line struct {
	text  string // the line without its LF
	start int    // code point offset of the first character in Page
	end   int    // code point offset just past the last character
}

// splitLines cuts page at LF and records code point offsets.
func splitLines(page string) []line {
	var out []line
	pos := 0
	for {
		i := strings.IndexByte(page, '\n')
		seg := page
		if i >= 0 {
			seg = page[:i]
		}
		n := utf8.RuneCountInString(seg)
		out = append(out, line{text: seg, start: pos, end: pos + n})
		if i < 0 {
			return out
		}
		pos += n + 1
		page = page[i+1:]
	}
}

// trimmed returns the line without surrounding blanks, with offsets moved
// past the blanks. A blank line comes back with empty text.
func (l line) trimmed() line {
	left := strings.TrimLeftFunc(l.text, isBlank)
	start := l.start + utf8.RuneCountInString(l.text[:len(l.text)-len(left)])
	t := strings.TrimRightFunc(left, isBlank)
	return line{text: t, start: start, end: start + utf8.RuneCountInString(t)}
}

// sub returns the part of the line from byte index i on, with its offsets.
func (l line) sub(i int) line {
	start := l.start + utf8.RuneCountInString(l.text[:i])
	return line{text: l.text[i:], start: start, end: l.end}
}

// blank reports whether the line holds no visible character.
func (l line) blank() bool {
	return strings.TrimFunc(l.text, isBlank) == ""
}
