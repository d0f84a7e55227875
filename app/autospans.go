package app

import (
	"fmt"
	"regexp"
	"sort"
	"unicode"
)

// Finding the spans auto-coding codes, all in code points of the body.

// CodingUnit is how much of the text around a match auto-coding codes.
type CodingUnit string

const (
	UnitMatch     CodingUnit = "match"     // the matched text only
	UnitSentence  CodingUnit = "sentence"  // its sentence, by Sentence's rules
	UnitParagraph CodingUnit = "paragraph" // its paragraph: blank lines separate them
)

// ParseCodingUnit reads --unit; "" is a match.
func ParseCodingUnit(s string) (CodingUnit, error) {
	switch u := CodingUnit(s); u {
	case "":
		return UnitMatch, nil
	case UnitMatch, UnitSentence, UnitParagraph:
		return u, nil
	}
	return "", fmt.Errorf("unit %q: match, sentence or paragraph", s)
}

// span is [start, end) in code points.
type span struct{ start, end int }

// regexSpans returns the non-empty matches of re in text. Go's regexp
// reports byte offsets; the matches come in order and do not overlap, so one
// walk through the text turns them into code points.
func regexSpans(text string, re *regexp.Regexp) []span {
	var out []span
	b, cp := 0, 0 // a byte offset and its code point
	toCP := func(to int) int {
		for b < to {
			for b++; b < len(text) && !utf8RuneStart(text[b]); b++ {
			}
			cp++
		}
		return cp
	}
	for _, m := range re.FindAllStringIndex(text, -1) {
		if m[0] == m[1] {
			continue // "a*" matches nothing between every two letters
		}
		s := toCP(m[0])
		out = append(out, span{s, toCP(m[1])})
	}
	return out
}

func utf8RuneStart(b byte) bool { return b&0xC0 != 0x80 }

// widen grows each span of t to its unit, and drops repeats: several
// matches in one sentence code that sentence once. The result is sorted.
func widen(t []rune, spans []span, unit CodingUnit) []span {
	out := make([]span, 0, len(spans))
	for _, s := range spans {
		switch unit {
		case UnitSentence:
			s.start, s.end = sentenceSpan(t, s.start, s.end)
		case UnitParagraph:
			s.start, s.end = paragraphSpan(t, s.start, s.end)
		}
		if s.start < s.end {
			out = append(out, s)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].start != out[j].start {
			return out[i].start < out[j].start
		}
		return out[i].end < out[j].end
	})
	uniq := out[:0]
	for i, s := range out {
		if i == 0 || s != out[i-1] {
			uniq = append(uniq, s)
		}
	}
	return uniq
}

// paragraphSpan is the paragraph (or paragraphs) of t holding [start, end),
// trimmed of white space. Paragraphs are separated by a blank line (one
// holding only white space), as the stored bodies are.
func paragraphSpan(t []rune, start, end int) (lo, hi int) {
	lo, hi = max(0, min(start, len(t))), max(0, min(end, len(t)))
	for lo > 0 && !blankLineBefore(t, lo) {
		lo--
	}
	for hi < len(t) && !blankLineAt(t, hi) {
		hi++
	}
	return trimSpan(t, lo, hi)
}

// blankLineBefore reports whether the line ending just before i, at a
// newline, is preceded by a blank line.
func blankLineBefore(t []rune, i int) bool {
	if t[i-1] != '\n' {
		return false
	}
	for j := i - 2; j >= 0; j-- {
		switch {
		case t[j] == '\n':
			return true
		case !unicode.IsSpace(t[j]):
			return false
		}
	}
	return true
}

// blankLineAt reports whether the newline at i is followed by a blank line.
func blankLineAt(t []rune, i int) bool {
	if t[i] != '\n' {
		return false
	}
	for j := i + 1; j < len(t); j++ {
		switch {
		case t[j] == '\n':
			return true
		case !unicode.IsSpace(t[j]):
			return false
		}
	}
	return true
}
