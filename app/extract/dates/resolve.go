package dates

import "time"

// Basis says which rule gave a resolved date its year.
type Basis string

const (
	BasisNone        Basis = ""            // not resolved: the Interval is Unknown
	BasisText        Basis = "text"        // the mention writes its year
	BasisPublication Basis = "publication" // the year puts the date at or shortly before publication
	BasisWeekday     Basis = "weekday"     // the weekday fits that year, near a year the text names
	BasisRelative    Basis = "relative"    // counted from a publication day ("hier", "lundi dernier")
)

// announceGrace is how far after publication a date may still be placed
// when the publication date picks its year: agencies report meetings after
// they happen, but also announce visits a few weeks ahead.
const announceGrace = 60

// Resolve turns a mention into an interval. The year comes from, in order:
//
//  1. the mention itself ("30 mars 2023", or the other end of a range);
//  2. the publication date: of the years around it, the latest that puts
//     the date no more than announceGrace days after the end of the
//     publication period (a publication day, or the last day of a
//     publication month). A publication date known only to the year gives
//     that year. When the mention has a weekday, a year around the
//     publication that fits it is preferred; when none fits, the publication
//     still decides (a wrong weekday is likelier a typo than a wrong date);
//  3. the weekday ("mercredi 1er juillet"): the years in which that day and
//     month fall on that weekday, nearest to a year the text names (within
//     ±3 years; ties go to the year named first). Without named years the
//     weekday decides only when a single year of 2000-2035 fits, which
//     never happens for a real weekday: the year is then left unknown;
//  4. otherwise the date is Unknown: an analyst sees a missing year, never
//     a guessed one.
//
// Relative mentions ("hier", "lundi dernier") need a publication day; with a
// month or year of publication they are Unknown.
//
// Precision is Day for a day or a range of days, Month for a month, a range
// of months or a part of a month, and Year for a year or a part of a year.
// A part is the third of the month it names (early = 1-10, mid = 11-20,
// late = 21-end) with precision Month: "fin juin 2023" →
// 2023-06-21/2023-06-30, month; of a year, the third of the year (early =
// January-April, mid = May-August, late = September-December) with
// precision Year: "fin 2023" → 2023-09-01/2023-12-31, year. A range
// keeps both ends; an end earlier in the year than the start is in the next
// year ("du 28 décembre au 2 janvier").
func Resolve(m Mention, c Context) Interval {
	iv, _ := ResolveBasis(m, c)
	return iv
}

// ResolveBasis is Resolve that also says which rule decided the year, so
// that a user interface can show "year from the weekday".
func ResolveBasis(m Mention, c Context) (Interval, Basis) {
	if m.Relative {
		return resolveRelative(m, c)
	}
	from, to := m.From, m.To
	if to == (Date{}) {
		to = from
	}
	from, to = fillRange(from, to)
	if from.Month == 0 && from.Year == 0 || !from.valid() || !to.valid() {
		return Interval{}, BasisNone
	}
	if (from.Month == 0) != (to.Month == 0) || from.Year == 0 && from.Month == 0 {
		return Interval{}, BasisNone
	}
	basis := BasisText
	if from.Year == 0 {
		y, b := pickYear(from, m, c)
		if b == BasisNone {
			return Interval{}, BasisNone
		}
		from.Year, basis = y, b
		to.Year = y
		if monthDay(to) < monthDay(from) {
			to.Year++
		}
	}
	if !from.valid() || !to.valid() {
		return Interval{}, BasisNone // 29 February of a common year
	}
	a, _ := span(from, m.Part)
	_, b := span(to, m.Part)
	if dayNumber(a.Year, a.Month, a.Day) > dayNumber(b.Year, b.Month, b.Day) {
		return Interval{}, BasisNone
	}
	p := Day
	switch {
	case from.Month == 0 || to.Month == 0:
		p = Year
	case from.Day == 0 || to.Day == 0:
		p = Month
	}
	return Interval{Start: iso(a), End: iso(b), Precision: p}, basis
}

// pickYear finds the year of a date written without one (rules 2 and 3).
func pickYear(d Date, m Mention, c Context) (int, Basis) {
	if y, ok := yearFromPublication(d, m, c); ok {
		return y, BasisPublication
	}
	if y, ok := yearFromWeekday(d, m, c.Years); ok {
		return y, BasisWeekday
	}
	return 0, BasisNone
}

// publication returns the known part of the publication date and its
// precision, reading the precision from the parts when it is not given and
// never trusting a precision finer than the parts.
func publication(c Context) (Date, Precision) {
	d := c.Published
	if d.Year < 1 || !d.valid() {
		return Date{}, Unknown
	}
	have := Year
	switch {
	case d.Month > 0 && d.Day > 0:
		have = Day
	case d.Month > 0:
		have = Month
	}
	p := c.PublishedPrecision
	if p == Unknown || rank(p) > rank(have) {
		p = have
	}
	switch p {
	case Year:
		d.Month, d.Day = 0, 0
	case Month:
		d.Day = 0
	}
	return d, p
}

func rank(p Precision) int {
	switch p {
	case Year:
		return 1
	case Month:
		return 2
	case Day:
		return 3
	}
	return 0
}

// yearFromPublication is rule 2 of Resolve.
func yearFromPublication(d Date, m Mention, c Context) (int, bool) {
	pub, p := publication(c)
	if p == Unknown {
		return 0, false
	}
	if p == Year {
		return pub.Year, true
	}
	_, last := span(pub, "")
	limit := dayNumber(last.Year, last.Month, last.Day) + announceGrace
	best, bestWd := 0, 0
	for y := pub.Year + 1; y >= pub.Year-1 && y >= 1; y-- {
		e := d
		e.Year = y
		if !e.valid() {
			continue
		}
		first, _ := span(e, m.Part)
		if dayNumber(first.Year, first.Month, first.Day) > limit {
			continue
		}
		if best == 0 {
			best = y
		}
		if bestWd == 0 && m.HasWeekday && d.Day > 0 && weekdayOf(y, d.Month, d.Day) == m.Weekday {
			bestWd = y
		}
	}
	if bestWd != 0 {
		return bestWd, true
	}
	return best, best != 0
}

// Weekday rule window: the years a weekday may pick when the text names
// none near them.
const (
	weekdayMinYear = 2000
	weekdayMaxYear = 2035
	namedYearReach = 3 // how far from a named year a weekday may pick
)

// yearFromWeekday is rule 3 of Resolve.
func yearFromWeekday(d Date, m Mention, years []int) (int, bool) {
	if !m.HasWeekday || d.Day == 0 || d.Month == 0 {
		return 0, false
	}
	var named []int
	lo, hi := weekdayMinYear, weekdayMaxYear
	for _, y := range years {
		if y >= minYear && y <= maxYear {
			named = append(named, y)
			lo, hi = min(lo, y-namedYearReach), max(hi, y+namedYearReach)
		}
	}
	var fits []int
	for y := lo; y <= hi; y++ {
		if (Date{y, d.Month, d.Day}).valid() && weekdayOf(y, d.Month, d.Day) == m.Weekday {
			fits = append(fits, y)
		}
	}
	if len(named) == 0 {
		if len(fits) == 1 {
			return fits[0], true
		}
		return 0, false
	}
	best, bestDist, bestIdx, tie := 0, namedYearReach+1, len(named), false
	for _, y := range fits {
		dist, idx := namedYearReach+1, len(named)
		for i, n := range named {
			if a := abs(y - n); a < dist {
				dist, idx = a, i
			}
		}
		switch {
		case dist > namedYearReach:
		case dist < bestDist || dist == bestDist && idx < bestIdx:
			best, bestDist, bestIdx, tie = y, dist, idx, false
		case dist == bestDist && idx == bestIdx:
			tie = true
		}
	}
	if best == 0 || tie {
		return 0, false
	}
	return best, true
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// resolveRelative counts a relative mention from a publication day.
func resolveRelative(m Mention, c Context) (Interval, Basis) {
	pub, p := publication(c)
	if p != Day {
		return Interval{}, BasisNone
	}
	base := dayNumber(pub.Year, pub.Month, pub.Day)
	n := base + m.Offset
	if m.HasWeekday {
		if m.Weekday < time.Sunday || m.Weekday > time.Saturday {
			return Interval{}, BasisNone
		}
		pw := int(weekdayOf(pub.Year, pub.Month, pub.Day))
		w := int(m.Weekday)
		switch {
		case m.Direction > 0:
			delta := (w - pw + 7) % 7
			if delta == 0 {
				delta = 7
			}
			n = base + delta
		default:
			delta := (pw - w + 7) % 7
			if delta == 0 && m.Direction < 0 {
				delta = 7
			}
			n = base - delta
		}
	}
	d := fromDayNumber(n)
	if d.Year < 1 || d.Year > 9999 {
		return Interval{}, BasisNone
	}
	s := iso(d)
	return Interval{Start: s, End: s, Precision: Day}, BasisRelative
}
