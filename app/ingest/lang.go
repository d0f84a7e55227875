package ingest

import (
	"strings"
	"unicode"
)

// Evidence thresholds of DetectLanguage: the best language needs at least
// minLangEvidence hits and langMargin times the hits of the runner-up.
const (
	minLangEvidence = 3
	langMargin      = 2
)

// DetectLanguage guesses whether text is French, English, Vietnamese or
// Spanish from its frequent function words, plus, for Vietnamese, the words
// that carry letters no other of these languages uses (ơ ư đ ă and the
// stacked tone marks). It returns "" when the evidence is thin or mixed:
// a wrong language is worse than none, the analyst can set it.
//
// Vietnamese names in French articles ("Lê Hoài Trung") add a few
// Vietnamese hits, which the margin absorbs.
func DetectLanguage(text string) string {
	score := map[string]int{}
	for _, w := range strings.FieldsFunc(text, notWordRune) {
		w = strings.ToLower(w)
		if lang, ok := langWords[w]; ok {
			score[lang]++
		}
		if hasVietnameseLetter(w) {
			score["vi"]++
		}
	}
	best, bestN, secondN := "", 0, 0
	for _, lang := range []string{"fr", "en", "vi", "es"} { // fixed order: ties resolve the same way every time
		n := score[lang]
		switch {
		case n > bestN:
			best, bestN, secondN = lang, n, bestN
		case n > secondN:
			secondN = n
		}
	}
	if bestN < minLangEvidence || bestN < langMargin*secondN {
		return ""
	}
	return best
}

// notWordRune splits text into words; apostrophes split too, so French
// elisions ("l’ambassadeur") give the article "l" as a word.
func notWordRune(r rune) bool {
	return !unicode.IsLetter(r) && !unicode.IsMark(r)
}

// hasVietnameseLetter reports letters found in Vietnamese but not in French,
// English or Spanish: đ, ơ, ư, ă, ĩ, ũ and the Latin Extended Additional
// block with its stacked diacritics (ả, ệ, ự ...).
func hasVietnameseLetter(w string) bool {
	for _, r := range w {
		switch {
		case r == 'đ', r == 'ơ', r == 'ư', r == 'ă', r == 'ĩ', r == 'ũ':
			return true
		case r >= 0x1EA0 && r <= 0x1EF9:
			return true
		}
	}
	return false
}
