package dates

import "time"

// The pieces of a day-level date: a day, a month, a year, a weekday, and a
// point that combines them. dayExpr (grammar_day.go) joins points into
// single dates and ranges.

// point is one end of a day-level date as written: "mercredi 1er juillet",
// "30 mars 2023", "July 1, 2020", or a bare day ("du 17 …") that a range
// completes.
type point struct {
	d     Date
	wd    time.Weekday
	hasWd bool
	md    bool // written month first ("July 1"): a range may then omit the second month
	end   int  // token after the point
}

// day reads a day of the month at token i: 1 to 31 in one or two digits,
// with a glued ordinal suffix ("1er", "1ᵉʳ", "2e", "1st"). A number glued to
// a word ("G20"), part of a decimal, a time or a numeric date, or glued to a
// unit ("20h", "3km") is not a day.
func (p *parser) day(i int) (d, next int, ok bool) {
	if i >= p.n {
		return 0, i, false
	}
	t := p.t[i]
	if t.kind != tNum || t.ndig > 2 || t.val < 1 || t.val > 31 {
		return 0, i, false
	}
	if t.glued && i > 0 {
		prev := p.t[i-1]
		switch prev.kind {
		case tNum:
			return 0, i, false
		case tWord:
			// "le30 mars" is glue; "G20" is a name.
			if prev.w.class != wKey {
				return 0, i, false
			}
		case tPunct:
			if (prev.r == '/' || prev.r == '.' || prev.r == ',' || prev.r == ':') && i > 1 && p.t[i-1].glued && p.t[i-2].kind == tNum {
				return 0, i, false
			}
		}
	}
	j := i + 1
	if j < p.n && p.t[j].glued && p.t[j].kind == tWord {
		if _, ok := p.anyKey(j, kOrdFR, kOrdEN); ok {
			j++
		}
	}
	if j < p.n && p.t[j].glued {
		switch nt := p.t[j]; nt.kind {
		case tWord:
			if c := p.word(j).class; c != wMonth && c != wMonthAbbr {
				return 0, i, false // "20h", "3km", "14eme" of something else
			}
		case tPunct:
			if (nt.r == '/' || nt.r == '.' || nt.r == ',' || nt.r == ':') && p.gluedNum(j+1) {
				return 0, i, false // "1,5", "10:30", "30/03…" (numeric dates are read elsewhere)
			}
		}
	}
	return t.val, j, true
}

// year reads a year written with a day or month: four digits, 1900-2100.
// A following digit group of three or more digits means a phone number or
// an amount, not a year.
func (p *parser) year(i int) (y, next int, ok bool) {
	if i >= p.n {
		return 0, i, false
	}
	t := p.t[i]
	if t.kind != tNum || t.ndig != 4 || t.val < 1900 || t.val > 2100 {
		return 0, i, false
	}
	if r, ok := p.punct(i + 1); ok && p.t[i+1].glued && (r == '.' || r == ',' || r == '/' || r == ':') && p.gluedNum(i+2) {
		return 0, i, false
	}
	if i+1 < p.n && p.t[i+1].kind == tNum && p.t[i+1].ndig >= 3 {
		return 0, i, false
	}
	if i+1 < p.n && p.t[i+1].glued && p.t[i+1].kind == tWord {
		// "2023e", "2020s" are no years; "2023Le" is copy-paste glue.
		if _, ok := p.anyKey(i+1, kOrdFR, kOrdEN); ok || p.t[i+1].end-p.t[i+1].start < 2 {
			return 0, i, false
		}
	}
	return t.val, i + 1, true
}

// month reads a month name at token i; abbreviations ("janv.", "Sept",
// "Dec.") only where abbr allows it, that is next to a day number.
func (p *parser) month(i int, abbr bool) (m, next int, ok bool) {
	w := p.word(i)
	switch {
	case w.class == wMonth:
		return int(w.val), i + 1, true
	case w.class == wMonthAbbr && abbr:
		j := i + 1
		if r, ok := p.punct(j); ok && r == '.' && p.t[j].glued {
			j++
		}
		return int(w.val), j, true
	}
	return 0, i, false
}

// weekday reads a weekday name and an optional comma ("Wednesday, July 1").
func (p *parser) weekday(i int) (wd time.Weekday, next int, ok bool) {
	w := p.word(i)
	if w.class != wWeekday {
		return 0, i, false
	}
	j := i + 1
	if p.isKey(j, pComma) {
		j++
	}
	return time.Weekday(w.val), j, true
}

// point reads one end of a day-level date. bare allows a day without month
// (the first end of "du 17 au 19 novembre" or the second of "July 1-3").
func (p *parser) point(i int, bare bool) (point, bool) {
	var pt point
	j := i
	if wd, k, ok := p.weekday(j); ok {
		pt.wd, pt.hasWd, j = wd, true, k
		// "on Tuesday (July 1)", "mardi (1er juillet)": the date in
		// brackets belongs to the weekday.
		// No weekday inside, so that "lundi (lundi (…" cannot recurse.
		if r, ok := p.punct(j); ok && r == '(' && p.word(j+1).class != wWeekday {
			if in, ok := p.point(j+1, false); ok && !in.hasWd {
				if r, ok := p.punct(in.end); ok && r == ')' {
					in.wd, in.hasWd, in.end = wd, true, in.end+1
					return in, true
				}
			}
		}
	}
	// Day first: "1er juillet", "30mars", "the 1st of July", "1 July 2020".
	k := j
	if p.isKey(k, kThe) {
		k++
	}
	if d, k2, ok := p.day(k); ok {
		k3 := k2
		if p.isKey(k3, kOf) {
			k3++
		}
		if m, k4, ok := p.month(k3, true); ok {
			pt.d = Date{Month: m, Day: d}
			pt.end = k4
			if y, k5, ok := p.year(k4); ok {
				pt.d.Year, pt.end = y, k5
			}
			return pt, pt.d.valid()
		}
		if bare && k == j {
			pt.d = Date{Day: d}
			pt.end = k2
			return pt, true
		}
	}
	// Month first: "July 1", "July 1, 2020", "March 30 2023". English only:
	// in French a number after a month is a count ("en mars 2 délégations").
	if m, k2, ok := p.month(j, true); ok && p.word(j).lang&en != 0 {
		if d, k3, ok := p.day(k2); ok {
			pt.d = Date{Month: m, Day: d}
			pt.md = true
			pt.end = k3
			y, k4, ok := p.year(k3)
			if !ok && p.isKey(k3, pComma) {
				y, k4, ok = p.year(k3 + 1)
			}
			if ok {
				pt.d.Year, pt.end = y, k4
			}
			return pt, pt.d.valid()
		}
	}
	return point{}, false
}
