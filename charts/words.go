package charts

import (
	"strconv"

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
