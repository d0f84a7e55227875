package meetingsview

import (
	"strings"

	"parley/app"
)

// contextRunes bounds the text shown on each side of the evidence: its
// paragraph, but no more than this.
const contextRunes = 400

// evidenceInContext cuts the evidence [start, end) of text (code points) out
// with its paragraph around it: before and after are the surrounding text,
// with "…" where the paragraph was cut short.
func evidenceInContext(text string, start, end int) (before, evidence, after string) {
	t := []rune(text)
	start, end = max(0, min(start, len(t))), max(0, min(end, len(t)))
	if end < start {
		start, end = end, start
	}
	lo := start
	for lo > 0 && t[lo-1] != '\n' && start-lo < contextRunes {
		lo--
	}
	hi := end
	for hi < len(t) && t[hi] != '\n' && hi-end < contextRunes {
		hi++
	}
	before, evidence, after = string(t[lo:start]), string(t[start:end]), string(t[end:hi])
	if lo > 0 && t[lo-1] != '\n' {
		before = "…" + before
	}
	if hi < len(t) && t[hi] != '\n' {
		after += "…"
	}
	return strings.TrimLeft(before, " "), evidence, strings.TrimRight(after, " ")
}

// evidenceText is the text a meeting's evidence offsets point into: the
// article's body, or the teaser item's headline and lead, shown on one line
// (a space for the line break keeps the offsets).
func evidenceText(a app.Article, m app.Meeting) (string, bool) {
	if !m.Teaser {
		return a.Body, true
	}
	for _, t := range a.Teasers {
		if t.Position == m.TeaserPosition {
			return t.Headline + " " + t.Lead, true
		}
	}
	return "", false
}
