package dates

// Day-level dates and ranges of days: "le 30 mars", "mercredi 1er juillet",
// "dans la soirée du 18 novembre", "du 28 juin au 2 juillet", "les 2 et 3
// décembre", "July 1-3", "between May 3 and 5".

// connector reads what joins the two ends of a range: a dash, "au",
// "jusqu'au", "to", "et", "and" (the last two with an optional "le"/"the").
// rangeEnd decides whether the ends it joins make a range.
func (p *parser) connector(i int) (k key, next int, ok bool) {
	switch {
	case p.isKey(i, pDash):
		return pDash, i + 1, true
	case p.isKey(i, kAu):
		return kAu, i + 1, true
	case p.isKey(i, kJusqu):
		if j, ok := p.seq(i+1, pApos, kAu); ok {
			return kAu, j, true
		}
	case p.isKey(i, kTo):
		return kTo, i + 1, true
	case p.isKey(i, kEt), p.isKey(i, kAnd):
		j := i + 1
		if _, ok := p.anyKey(j, kLe, kThe); ok {
			j++
		}
		return kEt, j, true
	}
	return kNone, i, false
}

// Longest spans a range may cover, in days: a dash between two full dates is
// often a span of years ("2 décembre 1960 – 2 décembre 2025"), not a visit.
const (
	maxDashRange = 92
	maxRange     = 366
)

// dayExpr reads a day-level date or range with what introduces it and the
// time of day after it.
func (p *parser) dayExpr(i int) (Mention, int, bool) {
	j := i
	tod, k, hasTod := p.todPrefix(j)
	intro := kNone
	if hasTod {
		j = k
	} else if k, ok := p.anyKey(j, kLe, kDu, kLes, kEntre, kOn, kFrom, kBetween); ok {
		intro = k
		j++
		if _, ok := p.anyKey(j, kLe, kThe); ok && (k == kEntre || k == kOn || k == kFrom || k == kBetween) {
			j++
		}
	}
	p1, ok := p.point(j, true)
	if !ok {
		return Mention{}, i, false
	}
	from, to := p1.d, p1.d
	end := p1.end
	ranged := false
	if k, j2, ok := p.connector(end); ok {
		if f, t, e, ok := p.rangeEnd(intro, k, p1, j2); ok {
			from, to, end, ranged = f, t, e, true
		}
	} else if intro == kLes && p1.d.Month == 0 {
		// "les 1er, 2 et 3 décembre": a list of days ends like a range.
		if f, t, e, ok := p.dayList(p1, end); ok {
			from, to, end, ranged = f, t, e, true
		}
	}
	if !ranged {
		if p1.d.Month == 0 {
			return Mention{}, i, false
		}
		switch intro {
		case kDu, kLes, kEntre, kFrom, kBetween:
			// These introduce ranges; a single date after them ("la visite
			// du 28 juin") is read without the introducer.
			return Mention{}, i, false
		}
	}
	if !ranged && from.Year == 0 && (p.isKey(end, kDernier) || p.isKey(end, kProch)) {
		// "le 30 mars dernier": the publication date places it anyway.
		end++
	}
	if !hasTod {
		if t, k := p.todSuffix(end); k > end {
			tod, end = t, k
		}
	}
	m := p.mention(i, end)
	m.From, m.To = from, to
	m.Weekday, m.HasWeekday = p1.wd, p1.hasWd
	m.TimeOfDay = tod
	return m, end, true
}

// dayList reads ", 2 et 3 décembre" after the first bare day of "les 1er".
func (p *parser) dayList(p1 point, i int) (from, to Date, end int, ok bool) {
	j := i
	for p.isKey(j, pComma) {
		_, k, ok := p.day(j + 1)
		if !ok {
			return from, to, i, false
		}
		j = k
	}
	k, j2, ok := p.connector(j)
	if !ok || k != kEt || j == i {
		return from, to, i, false
	}
	return p.rangeEnd(kLes, k, p1, j2)
}

// rangeEnd reads the second end of a range after connector k and checks that
// the two ends make a plausible range.
func (p *parser) rangeEnd(intro, k key, p1 point, i int) (from, to Date, end int, ok bool) {
	p2, ok := p.point(i, p1.md && p1.d.Month != 0)
	if !ok {
		return from, to, i, false
	}
	if p2.d.Month == 0 && !p1.md {
		return from, to, i, false
	}
	if p1.d.Month == 0 && p2.d.Month == 0 {
		return from, to, i, false
	}
	// "July 1 and 2 million people": "and" ends a range only after
	// "between"/"entre"/"les" or between two days of one month ("2 et 3 mai").
	if k == kEt && p1.d.Month != 0 && intro != kBetween && intro != kEntre && intro != kLes {
		return from, to, i, false
	}
	if k == kTo && p2.d.Month == 0 && intro != kFrom {
		return from, to, i, false
	}
	if p2.d.Month == 0 && p2.d.Year == 0 {
		// "December 1-3, 2025": the year follows the bare second day.
		y, k, ok := p.year(p2.end)
		if !ok && p.isKey(p2.end, pComma) {
			y, k, ok = p.year(p2.end + 1)
		}
		if ok {
			p2.d.Year, p2.end = y, k
		}
	}
	from, to = fillRange(p1.d, p2.d)
	if !from.valid() || !to.valid() {
		return from, to, i, false
	}
	n := rangeDays(from, to)
	limit := maxRange
	if k == pDash {
		limit = maxDashRange
	}
	if from.Year == 0 && monthDay(to) < monthDay(from) {
		// Across a year end ("du 28 décembre au 2 janvier"): only from
		// one month to an earlier one, and not for long.
		if to.Month == from.Month {
			return from, to, i, false
		}
		limit = maxDashRange
	}
	if n < 1 || n > limit {
		return from, to, i, false
	}
	return from, to, p2.end, true
}

// fillRange gives each end of a range the parts written only with the other:
// the month of "du 17 au 19 novembre", the year of "du 28 décembre au 2
// janvier 2025" (2024 for the first end).
func fillRange(a, b Date) (Date, Date) {
	if a.Month == 0 && a.Day != 0 {
		a.Month = b.Month
	}
	if b.Month == 0 && b.Day != 0 {
		b.Month = a.Month
	}
	switch {
	case a.Year == 0 && b.Year != 0:
		a.Year = b.Year
		if monthDay(a) > monthDay(b) {
			a.Year--
		}
	case b.Year == 0 && a.Year != 0:
		b.Year = a.Year
		if monthDay(b) < monthDay(a) {
			b.Year++
		}
	}
	return a, b
}

// rangeDays counts the days a range covers, both ends included (0 or less
// when it runs backwards). Without a year it is counted in a common year and
// a second end earlier in the year than the first is taken as the next year.
func rangeDays(a, b Date) int {
	ya, yb := a.Year, b.Year
	if ya == 0 && yb == 0 {
		ya, yb = 2001, 2001
		if monthDay(b) < monthDay(a) {
			yb = 2002
		}
	}
	da, db := a.Day, b.Day
	if da == 0 {
		da = 1
	}
	if db == 0 {
		db = daysIn(yb, b.Month)
	}
	if a.Month == 0 || b.Month == 0 {
		return 0
	}
	return dayNumber(yb, b.Month, db) - dayNumber(ya, a.Month, da) + 1
}
