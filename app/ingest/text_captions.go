package ingest

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// photoMarkerRE finds the "ảnh N" ("photo N" in Vietnamese) that the agency's
// image widget leaves in a copied page: "<alt text> ảnh 1<caption>".
var photoMarkerRE = regexp.MustCompile(`(?i)(?:^|\s)ảnh ?(\d{1,2})`)

// photoCreditRE matches a line ending in a photo credit, as captions on these
// pages do: "... Photo : VNA", "... Photo: ministère des Affaires étrangères",
// "(Photo: VNA)". The credit is short and holds no sentence end.
var photoCreditRE = regexp.MustCompile(`(?i)(?:^|[\s(.,;–-])(?:photos?|fotos?|ảnh|crédit photo|credit)\s*:\s*[^.!?:\n]{1,80}[.)]?$`)

// markerCaption recognises a line holding the "ảnh N" marker and returns the
// caption after it (possibly empty). The text before the marker is the image
// alt, a repeat of the title, and is dropped.
//
// To leave Vietnamese prose that happens to say "ảnh 1" alone, the marker
// counts only when the caption is glued to the number (as the widget copies
// it), or the line ends there, or the text before it is the title.
func markerCaption(l line, title string) (line, bool) {
	if !strings.Contains(l.text, "ảnh") && !strings.Contains(l.text, "Ảnh") && !strings.Contains(l.text, "ẢNH") {
		return line{}, false // cheap test first: most lines have no marker
	}
	m := photoMarkerRE.FindStringSubmatchIndex(l.text)
	if m == nil {
		return line{}, false
	}
	before := strings.TrimSpace(l.text[:m[0]])
	after := l.text[m[1]:]
	r, _ := utf8.DecodeRuneInString(after)
	glued := after != "" && !unicode.IsSpace(r) && !unicode.IsDigit(r)
	if !glued && strings.TrimSpace(after) != "" && !sameText(before, title) {
		return line{}, false
	}
	return l.sub(m[1]).trimmed(), true
}

// hasPhotoCredit reports whether a line is a caption ending in a credit.
//
// The credit's colon is the line's last one (no colon may follow it), and
// its keyword stands just before it, so the regular expression only runs on
// the end of the line from the word boundary before that keyword: every
// line of every page is tested, and a full-line match costs far more.
func hasPhotoCredit(s string) bool {
	s = strings.TrimRightFunc(s, isBlank)
	colon := strings.LastIndexByte(s, ':')
	if colon < 0 || len(s)-colon > creditWindow {
		return false
	}
	if from := colon - creditKeyword; from > 0 {
		i := strings.LastIndexFunc(s[:from], unicode.IsSpace)
		if i < 0 {
			i = 0
		}
		s = s[i:]
	}
	return photoCreditRE.MatchString(s)
}

// creditWindow bounds the bytes after the colon: 80 characters of up to 4
// bytes each, with room to spare. creditKeyword covers the longest keyword
// ("crédit photo") and the spaces before the colon.
const (
	creditWindow  = 512
	creditKeyword = 24
)

// sameText compares two short texts ignoring case, spacing and a final
// period, which is how a repeated caption or alt text differs from a title.
func sameText(a, b string) bool {
	norm := func(s string) string {
		s = strings.Join(strings.FieldsFunc(s, isBlank), " ")
		return strings.ToLower(strings.TrimRight(s, ". "))
	}
	na := norm(a)
	return na != "" && na == norm(b)
}
