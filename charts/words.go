package charts

import (
	"slices"
	"strconv"
	"strings"

	"parley/app"
)

func itoa(n int) string { return strconv.Itoa(n) }

// unitNoun names what a count counts, for footnotes: "3 meetings".
func unitNoun(u app.CountUnit, n int) string {
	one, many := "meeting", "meetings"
	switch u {
	case app.UnitDays:
		one, many = "meeting day", "meeting days"
	case app.UnitArticles:
		one, many = "article", "articles"
	case app.UnitMentions:
		one, many = "meeting mention", "meeting mentions"
	}
	if n == 1 {
		return one
	}
	return many
}

// valueTitle labels the value axis with the unit, so a reader never wonders
// whether a bar counts meetings or articles.
func valueTitle(u app.CountUnit) string {
	switch u {
	case app.UnitDays:
		return "Meeting days"
	case app.UnitArticles:
		return "Articles"
	case app.UnitMentions:
		return "Meeting mentions"
	}
	return "Meetings"
}

// periodTitle labels the category axis of the charts over time.
func periodTitle(by app.Period) string {
	switch by {
	case app.ByYear:
		return "Year"
	case app.ByQuarter:
		return "Quarter"
	case app.ByMonth:
		return "Month"
	}
	return "Period"
}

// groupWords are the human words for the groups of a breakdown.
var groupWords = map[string]string{
	"in_person": "in person", "phone": "phone", "video": "video", "unknown": "unknown",
	"head_of_state_or_party": "head of state or party", "head_of_government": "head of government",
	"minister": "minister", "vice_minister": "vice-minister", "ambassador": "ambassador", "other": "other",
}

// groupWord names a group for the legend: its words, or its code with
// spaces for a group this package does not know.
func groupWord(g string) string {
	if w, ok := groupWords[g]; ok {
		return w
	}
	if strings.TrimSpace(g) == "" {
		return "not given"
	}
	return strings.ReplaceAll(g, "_", " ")
}

// breakdownName is what the groups are: the request's breakdown when it
// says, else "mode" or "level" when every group is one, else "group".
func breakdownName(requested string, groups []string) string {
	if b := strings.ToLower(strings.TrimSpace(requested)); b != "" {
		return b
	}
	for _, b := range []string{"mode", "level"} {
		if len(groups) > 0 && allIn(groups, knownGroups(b)) {
			return b
		}
	}
	return "group"
}

// knownGroups lists the groups of a breakdown in their fixed order; nil
// for one this package does not know.
func knownGroups(breakdown string) []string { return app.BreakdownGroups(breakdown) }

func allIn(xs, set []string) bool {
	for _, x := range xs {
		if !slices.Contains(set, x) {
			return false
		}
	}
	return true
}

// byPhrase is "by mode", "by level": what titles and legends say.
func byPhrase(breakdown string) string { return "by " + breakdown }
