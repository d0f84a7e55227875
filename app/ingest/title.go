package ingest

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxTitle is the length, in code points, of a title made from body text.
const maxTitle = 120

// datelineRE matches the agency dateline that opens the first paragraph:
// "Washington (VNA) – ", "Hanoi (VNA) - ".
var datelineRE = regexp.MustCompile(`^\p{Lu}[\p{L}\p{M} .'’-]{0,40}?\s*\(\p{Lu}{2,8}\)\s*[-–—:]\s*`)

// titleFromText makes a title for a text that has none: its first sentence,
// without the dateline (it names the place, not the subject), cut at a word
// boundary to about maxTitle code points with an ellipsis. An analyst reading
// the library list recognises an article by its first sentence; a fixed
// placeholder would make such articles indistinguishable.
func titleFromText(text string) string {
	text = strings.TrimSpace(text)
	if i := strings.IndexByte(text, '\n'); i >= 0 {
		text = strings.TrimSpace(text[:i])
	}
	if loc := datelineRE.FindStringIndex(text); loc != nil && loc[1] < len(text) {
		text = text[loc[1]:]
	}
	s := firstSentence(text)
	if utf8.RuneCountInString(s) <= maxTitle {
		return s
	}
	r := []rune(s)[:maxTitle]
	cut := len(r)
	for j := len(r) - 1; j > maxTitle/2; j-- {
		if unicode.IsSpace(r[j]) {
			cut = j
			break
		}
	}
	return strings.TrimRight(string(r[:cut]), " ,;:–-") + "…"
}

// firstSentence returns text up to the first sentence end: ". ", "! ", "? "
// or "… " followed by an upper-case letter. A period after a single letter or
// an all-caps abbreviation ("David F. Helvey", "D.C.") does not end it.
func firstSentence(text string) string {
	r := []rune(text)
	for i := 0; i+2 < len(r); i++ {
		if !strings.ContainsRune(".!?…", r[i]) || !unicode.IsSpace(r[i+1]) {
			continue
		}
		j := i + 1
		for j < len(r) && unicode.IsSpace(r[j]) {
			j++
		}
		if j == len(r) || !unicode.IsUpper(r[j]) {
			continue
		}
		if r[i] == '.' && abbreviationBefore(r, i) {
			continue
		}
		return string(r[:i+1])
	}
	return text
}

// abbreviationBefore reports whether the word ending at r[i-1] looks like an
// initial or abbreviation: one letter, or letters and dots only ("D.C").
func abbreviationBefore(r []rune, i int) bool {
	k := i
	for k > 0 && (unicode.IsLetter(r[k-1]) || r[k-1] == '.') {
		k--
	}
	word := string(r[k:i])
	return utf8.RuneCountInString(word) == 1 || strings.Contains(word, ".")
}
