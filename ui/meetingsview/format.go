package meetingsview

import (
	"strings"

	"fyne.io/fyne/v2/lang"

	"parley/app"
	"parley/ui/uikit"
)

// dateText is a meeting's date as far as it is known: a day or days, a
// month, a year, or "date unknown".
func dateText(m app.Meeting) string {
	switch m.DatePrecision {
	case app.PrecisionDay:
		if m.DateEnd != "" && m.DateEnd != m.DateStart {
			return m.DateStart + " – " + m.DateEnd
		}
		return m.DateStart
	case app.PrecisionMonth:
		return lang.L("{{.Month}} (month)", map[string]any{"Month": cut(m.DateStart, 7)})
	case app.PrecisionYear:
		return lang.L("{{.Year}} (year)", map[string]any{"Year": cut(m.DateStart, 4)})
	}
	return lang.L("date unknown")
}

func cut(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

// originText says where a meeting came from: the article's body, one of its
// teaser items, or the analyst.
func originText(m app.Meeting) string {
	switch {
	case m.Origin == app.OriginManual:
		return lang.L("added by hand")
	case m.Teaser:
		return lang.L("teaser")
	}
	return lang.L("body")
}

// meetingLine is a meeting's line in the queue.
func meetingLine(m app.Meeting) string {
	return strings.Join([]string{uikit.CountryName(m.Partner), dateText(m), uikit.ModeText(m.Mode), uikit.StatusText(m.Status),
		originText(m), app.ArticleName(m.Source)}, " · ")
}

// peopleText lists one side's participants, one a line.
func peopleText(ps []app.Participant) string {
	if len(ps) == 0 {
		return "—"
	}
	lines := make([]string, len(ps))
	for i, p := range ps {
		parts := []string{p.Name}
		if p.Title != "" {
			parts = append(parts, p.Title)
		}
		if p.Level != "" && p.Level != "other" {
			parts = append(parts, levelText(p.Level))
		}
		lines[i] = strings.Join(parts, ", ")
	}
	return strings.Join(lines, "\n")
}

// levelText names a participant's level in words.
func levelText(level string) string {
	switch level {
	case "head_of_state_or_party":
		return lang.L("head of state or party")
	case "head_of_government":
		return lang.L("head of government")
	case "minister":
		return lang.L("minister")
	case "vice_minister":
		return lang.L("vice-minister")
	case "ambassador":
		return lang.L("ambassador")
	}
	return lang.L("other level")
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}
