package app

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Offsets into an article are Unicode code points (DESIGN §3): "é" (NFC),
// a no-break space and "🇻🇳"'s two regional indicators count 1, 1 and 2,
// whatever their length in bytes or in UTF-16 units.

// CheckSpan validates [start, end) against a text of n code points.
func CheckSpan(start, end, n int) error {
	switch {
	case start < 0 || end < 0:
		return fmt.Errorf("offsets %d-%d: offsets count code points from 0", start, end)
	case start >= end:
		return fmt.Errorf("offsets %d-%d: the end must come after the start", start, end)
	case end > n:
		return fmt.Errorf("offsets %d-%d: the text has %d code points", start, end, n)
	}
	return nil
}

// Slice returns the code points [start, end) of text; the span must be valid.
func Slice(text string, start, end int) string {
	b0 := byteOffset(text, start)
	return text[b0 : b0+byteOffset(text[b0:], end-start)]
}

// byteOffset is the byte index of code point n of s (len(s) past the end).
func byteOffset(s string, n int) int {
	for i := range s {
		if n == 0 {
			return i
		}
		n--
	}
	return len(s)
}

// FindQuote returns the code point span of the nth (1-based) occurrence of
// quote in text. Article text is NFC, so the quote is made NFC too (text
// pasted on macOS often arrives decomposed). Any white space in the quote
// matches any white space of the text, one for one, and the typewriter
// apostrophe matches the typographic one: the agency's pages put no-break
// spaces before ":" and "’" in "d’État", which nobody types. Occurrences
// may overlap.
func FindQuote(text, quote string, nth int) (start, end int, err error) {
	if nth < 1 {
		return 0, 0, fmt.Errorf("occurrence %d: count from 1", nth)
	}
	q := []rune(norm.NFC.String(quote))
	if strings.TrimSpace(string(q)) == "" {
		return 0, 0, fmt.Errorf("an empty quote")
	}
	t := []rune(text)
	found := 0
	for i := 0; i+len(q) <= len(t); i++ {
		if !sameRunes(t[i:i+len(q)], q) {
			continue
		}
		if found++; found == nth {
			return i, i + len(q), nil
		}
	}
	if found == 0 {
		return 0, 0, fmt.Errorf("quote %q is not in the text", quote)
	}
	return 0, 0, fmt.Errorf("quote %q occurs %d time(s) in the text, not %d", quote, found, nth)
}

func sameRunes(a, b []rune) bool {
	for i := range a {
		if a[i] != b[i] && fold(a[i]) != fold(b[i]) {
			return false
		}
	}
	return true
}

// fold maps the characters FindQuote treats as one.
func fold(r rune) rune {
	switch {
	case unicode.IsSpace(r):
		return ' '
	case r == '’' || r == 'ʼ' || r == '‘':
		return '\''
	}
	return r
}

// Sentence returns the sentence (or sentences) of text that hold the span
// [start, end), all in code points. A sentence ends after '.', '!', '?' or
// '…' followed by white space, or at a line end; an abbreviation such as
// "M. Nguyen" can cut one short, which shows a little less context, never
// a wrong one.
func Sentence(text string, start, end int) string {
	t := []rune(text)
	lo, hi := sentenceSpan(t, start, end)
	return string(t[lo:hi])
}

// sentenceSpan is Sentence as code point offsets into t, white space
// trimmed at both ends: auto-coding widens a match to it.
func sentenceSpan(t []rune, start, end int) (lo, hi int) {
	start, end = max(0, min(start, len(t))), max(0, min(end, len(t)))
	lo = start
	for lo > 0 && !sentenceBreak(t, lo) {
		lo--
	}
	hi = end
	for hi < len(t) && !sentenceBreak(t, hi) {
		hi++
	}
	return trimSpan(t, lo, hi)
}

// trimSpan narrows [lo, hi) of t past white space at both ends, as
// strings.TrimSpace would (both use unicode.IsSpace).
func trimSpan(t []rune, lo, hi int) (int, int) {
	for lo < hi && unicode.IsSpace(t[lo]) {
		lo++
	}
	for hi > lo && unicode.IsSpace(t[hi-1]) {
		hi--
	}
	return lo, hi
}

// sentenceBreak reports whether a sentence starts at code point i of t.
func sentenceBreak(t []rune, i int) bool {
	if i <= 0 || i >= len(t) {
		return true
	}
	prev := t[i-1]
	if prev == '\n' {
		return true
	}
	if !unicode.IsSpace(prev) || i < 2 {
		return false
	}
	// Step back over the spaces (and closing quotes) to the punctuation.
	j := i - 1
	for j > 0 && unicode.IsSpace(t[j]) {
		j--
	}
	for j > 0 && strings.ContainsRune("»\"’)", t[j]) {
		j--
	}
	return strings.ContainsRune(".!?…", t[j])
}

// RuneCount is a text's length in code points.
func RuneCount(s string) int { return utf8.RuneCountInString(s) }
