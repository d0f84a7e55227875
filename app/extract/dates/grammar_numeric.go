package dates

// numericExpr reads dates written in digits: "30/03/2023", "30.03.2023",
// "30-03-2023", "2023-03-30", "2023/03/30" and the ISO month "2023-07" (the
// "date 2023-07" line of agency pages). Day first is the rule in French and
// in Vietnamese usage; month first ("03/30/2023") is read only when the
// first number cannot be a month. Two-digit years and dates without a year
// ("30/03") are not read: they are too often ratios, scores or references.
// A chain that goes on ("1/2/2023/4", "024-3825-2934") is not a date.
func (p *parser) numericExpr(i int) (Mention, int, bool) {
	t := p.t[i]
	if t.glued && i > 0 {
		if k := p.t[i-1].kind; k == tWord || k == tPunct && i > 1 && p.t[i-1].glued && p.t[i-2].kind == tNum {
			return Mention{}, i, false
		}
	}
	sep, ok := p.punct(i + 1)
	if !ok || !p.t[i+1].glued || !p.gluedNum(i+2) || sep != '/' && sep != '.' && sep != '-' {
		return Mention{}, i, false
	}
	a, b := t, p.t[i+2]
	var d Date
	end := i + 3
	third := p.isSep(i+3, sep) && p.gluedNum(i+4)
	switch {
	case a.ndig == 4 && (sep == '-' || sep == '/') && b.ndig <= 2:
		d = Date{Year: a.val, Month: b.val}
		if third {
			c := p.t[i+4]
			if c.ndig > 2 {
				return Mention{}, i, false
			}
			d.Day = c.val
			end = i + 5
		} else if sep != '-' || b.ndig != 2 || b.val == (a.val+1)%100 {
			// "2023-07" is a month; "2019/20" and "2011-12" are spans of
			// years.
			return Mention{}, i, false
		}
	case a.ndig <= 2 && b.ndig <= 2 && third && p.t[i+4].ndig == 4:
		c := p.t[i+4]
		d = Date{Year: c.val, Month: b.val, Day: a.val}
		if b.val > 12 && a.val <= 12 {
			d.Month, d.Day = a.val, b.val
		}
		end = i + 5
	default:
		return Mention{}, i, false
	}
	if d.Year < 1900 || d.Year > 2100 || d.Month < 1 || !d.valid() {
		return Mention{}, i, false
	}
	// The chain must stop here.
	if end < p.n && p.t[end].glued {
		switch p.t[end].kind {
		case tNum, tWord:
			return Mention{}, i, false
		case tPunct:
			if p.gluedNum(end + 1) {
				return Mention{}, i, false
			}
		}
	}
	m := p.mention(i, end)
	m.From, m.To = d, d
	return m, end, true
}

// isSep reports token i as the glued separator r.
func (p *parser) isSep(i int, r rune) bool {
	q, ok := p.punct(i)
	return ok && q == r && p.t[i].glued
}
