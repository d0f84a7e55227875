package dates

import "time"

// Precision says how much of a resolved date is known.
type Precision string

const (
	Unknown Precision = ""
	Year    Precision = "year"
	Month   Precision = "month"
	Day     Precision = "day"
)

// Date is a calendar date with unknown parts left 0 (Year 0 = year not given).
type Date struct{ Year, Month, Day int }

// Mention is a date expression found in a text, as written (not yet resolved).
//
// Find fills in the parts a range shares: in "du 17 au 19 novembre" both ends
// get month 11, in "du 1er au 2 décembre 2025" both get 2025, and in "du 28
// décembre au 2 janvier 2025" From gets 2024. A year that the text never
// gives stays 0 on both ends.
type Mention struct {
	Start, End int // Unicode code points [start,end) into the text given to Find
	Text       string
	// From and To are the two ends; a single date has To == From.
	From, To Date
	// Weekday is the weekday written with From ("mercredi 1er juillet",
	// "Wednesday, July 1", "jeudi dernier"), when HasWeekday.
	Weekday    time.Weekday
	HasWeekday bool
	// Part is "", "early", "mid" or "late" for "début juin", "mi-juin",
	// "fin juin", "early June", "late June", and for a year ("fin 2023",
	// "in early 2024"): a third of the month or of the year.
	Part string
	// Relative marks dates counted from the publication date: "hier",
	// "aujourd'hui", "ce matin", "demain", "lundi dernier", "yesterday",
	// "today", "this morning", "last Monday", a bare "lundi" / "on Monday".
	Relative bool
	// Offset is the number of days from the publication date when Relative
	// (hier = -1, demain = +1). For a relative weekday Offset is 0 and
	// Direction says which occurrence is meant.
	Offset int
	// Direction, for a relative weekday: -1 "lundi dernier" / "last Monday"
	// (the most recent such weekday strictly before publication), 0 "lundi",
	// "ce lundi", "on Monday" (the most recent on or before publication), +1
	// "lundi prochain" / "next Monday" (the first strictly after).
	Direction int
	// TimeOfDay is "", "morning", "noon", "afternoon", "evening" or "night"
	// ("le 2 décembre au matin", "dans la soirée du 18 novembre", "ce matin").
	// Two meetings with one partner on one day may differ only by it.
	TimeOfDay string
}

// Context is what resolution may use besides the mention.
type Context struct {
	// Published is the article's publication date (parts may be 0).
	Published Date
	// PublishedPrecision says which parts of Published are known; when it is
	// Unknown it is read from the non-zero parts of Published.
	PublishedPrecision Precision
	// Years are the years named anywhere in the text (YearsIn), preferred
	// when a weekday has to pick the year.
	Years []int
}

// Interval is a resolved date: Start and End are ISO "YYYY-MM-DD" (a month →
// first and last day of the month; a year → Jan 1 and Dec 31), Precision
// says what is known. Unknown: Start = End = "" and Precision Unknown.
type Interval struct {
	Start, End string
	Precision  Precision
}
