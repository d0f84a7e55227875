package dates

import (
	"fmt"
	"time"
)

// daysIn returns the days of month m in year y; year 0 (not known) allows
// 29 February, which resolution then checks against the chosen year.
func daysIn(y, m int) int {
	switch m {
	case 1, 3, 5, 7, 8, 10, 12:
		return 31
	case 4, 6, 9, 11:
		return 30
	case 2:
		if y == 0 || y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	}
	return 0
}

// valid reports whether the known parts of d can exist together.
func (d Date) valid() bool {
	if d.Year < 0 || d.Year > 9999 || d.Month < 0 || d.Month > 12 || d.Day < 0 {
		return false
	}
	if d.Day > 0 && (d.Month == 0 || d.Day > daysIn(d.Year, d.Month)) {
		return false
	}
	return true
}

// monthDay orders two dates within a year, ignoring the year.
func monthDay(d Date) int { return d.Month*100 + d.Day }

// dayNumber counts days since 1970-01-01 for a full date.
func dayNumber(y, m, d int) int {
	return int(time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).Unix() / 86400)
}

// fromDayNumber is the inverse of dayNumber.
func fromDayNumber(n int) Date {
	t := time.Unix(int64(n)*86400, 0).UTC()
	return Date{t.Year(), int(t.Month()), t.Day()}
}

func weekdayOf(y, m, d int) time.Weekday {
	return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).Weekday()
}

func iso(d Date) string { return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day) }

// partDays is the third of a month that Part names: early = 1-10, mid =
// 11-20, late = 21 to the month's end.
func partDays(part string, y, m int) (first, last int) {
	switch part {
	case "early":
		return 1, 10
	case "mid":
		return 11, 20
	case "late":
		return 21, daysIn(y, m)
	}
	return 1, daysIn(y, m)
}

// partMonths is the third of a year that Part names: early = January to
// April, mid = May to August, late = September to December.
func partMonths(part string) (first, last int) {
	switch part {
	case "early":
		return 1, 4
	case "mid":
		return 5, 8
	case "late":
		return 9, 12
	}
	return 1, 12
}

// span returns the first and last day that d covers once its year is known:
// a day is itself, a month its days (or the third Part names), a year its
// days (or the third Part names).
func span(d Date, part string) (first, last Date) {
	switch {
	case d.Day > 0:
		return d, d
	case d.Month > 0:
		a, b := partDays(part, d.Year, d.Month)
		return Date{d.Year, d.Month, a}, Date{d.Year, d.Month, b}
	}
	a, b := partMonths(part)
	return Date{d.Year, a, 1}, Date{d.Year, b, daysIn(d.Year, b)}
}
