package ingest

import (
	"strings"
	"unicode/utf8"
)

// teaserMarkers open the list of other articles at the end of a page, in the
// agency's languages (compared trimmed, in lower case).
var teaserMarkers = map[string]bool{
	"voir plus": true,
	"see more":  true,
	"xem thêm":  true,
	"ver más":   true,
}

// splitAtTeaserMarker cuts the lines at the first teaser marker line; the
// marker itself belongs to neither part.
func splitAtTeaserMarker(lines []line) (article, teasers []line) {
	for i, l := range lines {
		s := strings.ToLower(strings.TrimFunc(l.text, isBlank))
		s = strings.TrimRight(s, " :.…»>")
		if teaserMarkers[s] {
			return lines[:i], lines[i+1:]
		}
	}
	return lines, nil
}

// maxHeadline is the longest headline, in code points. In the seeds
// headlines run 41-106 code points, captions 41-351 and leads 261-518, and
// all leads end with a period: length and final period tell them apart.
const maxHeadline = 160

// groupTeasers groups the non-blank lines after the marker into items. The
// pages list caption, headline, lead, but a caption may be missing or lack
// its credit, so each line is classified rather than counted in threes:
//   - a caption ends in a photo credit or repeats the next line (strong), or
//     is a long or sentence-like line followed by a headline-like one (weak,
//     used only at the start of an item);
//   - a headline is short and does not end a sentence;
//   - a lead is the sentence-like line after a headline.
func groupTeasers(lines []line) []Teaser {
	var ls []line
	for _, l := range lines {
		if t := l.trimmed(); t.text != "" {
			ls = append(ls, t)
		}
	}
	n := len(ls)
	strongCaption := func(i int) bool {
		return hasPhotoCredit(ls[i].text) || i+1 < n && sameText(ls[i].text, ls[i+1].text)
	}
	var out []Teaser
	for i := 0; i < n; {
		start := i
		var t Teaser
		if strongCaption(i) || i+1 < n && !headlineLike(ls[i].text) && headlineLike(ls[i+1].text) {
			if i+1 < n { // a last lone caption-like line is better kept as a headline
				t.Caption = ls[i].text
				i++
			}
		}
		t.Headline = ls[i].text
		i++
		if i < n && !strongCaption(i) && !headlineLike(ls[i].text) {
			t.Lead = ls[i].text
			i++
		}
		t.Start, t.End = ls[start].start, ls[i-1].end
		out = append(out, t)
	}
	return out
}

// headlineLike reports a short line that does not end a sentence.
func headlineLike(s string) bool {
	if utf8.RuneCountInString(s) > maxHeadline {
		return false
	}
	s = strings.TrimRight(s, " \"»”’)")
	return !strings.HasSuffix(s, ".") && !strings.HasSuffix(s, "…")
}
