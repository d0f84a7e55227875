package dates

// monthExpr reads a month-level or year-level date: "en novembre 2023",
// "novembre 2023", "fin juin", "début juillet", "mi-juin", "au mois d'août",
// "en 2020", "en 2020-2021", "fin 2023", "in November 2023", "late June",
// "mid-June", "the end of June", "last June", "in early 2024". A bare month
// name is not read: "Mars" and "May" are too often something else.
func (p *parser) monthExpr(i int) (Mention, int, bool) {
	j := i
	intro, part := false, ""
	// A function word glued in front of the month ("enseptembre",
	// "finjuin") counts as written apart.
	if i < p.n && p.t[i].kind == tWord && p.t[i].glue != kNone && p.t[i].w.class == wMonth {
		m := p.t[i].w.val
		switch p.t[i].glue {
		case kFin, kLate:
			part = "late"
		case kDebut, kEarly:
			part = "early"
		case kMi, kMid:
			part = "mid"
		}
		g := p.t[i].glue
		return p.monthTail(i, i+1, int(m), g == kEn || g == kIn || part != "", part)
	}
	switch {
	case p.isKey(j, kEn), p.isKey(j, kIn):
		j++
		intro = true
		if y, k, ok := p.year(j); ok {
			return p.yearTail(i, k, y)
		}
		if pt, k, ok := p.partWord(j); ok {
			part, j = pt, k
		}
	case p.isKey(j, kA) && p.isKey(j+1, kLa):
		// "à la fin de juin"
		pt, k, ok := p.partWord(j + 2)
		if !ok {
			return Mention{}, i, false
		}
		part, j = pt, k
	case p.isKey(j, kLast), p.isKey(j, kNext):
		// "last June": the publication date decides the year anyway.
		j++
		intro = true
	default:
		if _, ok := p.anyKey(j, kAu, kLe); ok && p.isKey(j+1, kMois) {
			j++
		}
		if p.isKey(j, kMois) {
			// "au mois de juin", "au mois d'août"
			switch {
			case p.isKey(j+1, kDe):
				j += 2
			case p.isKey(j+1, kD) && p.isKey(j+2, pApos):
				j += 3
			default:
				return Mention{}, i, false
			}
			intro = true
		} else if pt, k, ok := p.partWord(j); ok {
			part, j = pt, k
		}
	}
	m, k, ok := p.month(j, false)
	if !ok {
		if y, k, ok := p.year(j); ok && part != "" {
			// "fin 2023", "in early 2024": a third of a year.
			mn := p.mention(i, k)
			mn.From, mn.To, mn.Part = Date{Year: y}, Date{Year: y}, part
			return mn, k, true
		}
		return Mention{}, i, false
	}
	return p.monthTail(i, k, m, intro || part != "", part)
}

// partWord reads the word that names a third of a month and what ties it to
// the month: "fin", "fin de", "fin d'", "début", "mi-", "early", "mid-",
// "late", "the end of", "the beginning of".
func (p *parser) partWord(i int) (part string, next int, ok bool) {
	j := i
	if p.isKey(j, kThe) {
		j++
		switch {
		case p.isKey(j, kEnd) && p.isKey(j+1, kOf):
			return "late", j + 2, true
		case p.isKey(j, kBeginning) && p.isKey(j+1, kOf):
			return "early", j + 2, true
		}
		return "", i, false
	}
	k, ok := p.anyKey(j, kFin, kDebut, kMi, kEarly, kMid, kLate, kEnd, kBeginning)
	if !ok {
		return "", i, false
	}
	j++
	switch k {
	case kFin, kLate, kEnd:
		part = "late"
	case kDebut, kEarly, kBeginning:
		part = "early"
	default:
		part = "mid"
	}
	switch {
	case p.isKey(j, pDash):
		j++
	case p.isKey(j, kDe), p.isKey(j, kOf):
		j++
	case p.isKey(j, kD) && p.isKey(j+1, pApos):
		j += 2
	case k == kEnd || k == kBeginning:
		return "", i, false // "end of June" needs its "of"
	}
	return part, j, true
}

// monthTail reads the optional year after a month ("juin 2023", "June,
// 2023", "novembre2023") and "dernier"/"prochain", and makes the mention.
// Without an introducer or a part the year is required.
func (p *parser) monthTail(i, j, m int, introduced bool, part string) (Mention, int, bool) {
	y, k, ok := p.year(j)
	if !ok && p.isKey(j, pComma) && p.word(j-1).lang&en != 0 {
		y, k, ok = p.year(j + 1) // "June, 2023"
	}
	if ok {
		j = k
	} else {
		y = 0
		if !introduced {
			return Mention{}, i, false
		}
		if _, ok := p.anyKey(j, kDernier, kProch); ok {
			j++
		}
	}
	mn := p.mention(i, j)
	mn.From = Date{Year: y, Month: m}
	mn.To = mn.From
	mn.Part = part
	return mn, j, true
}

// yearTail makes a year mention after "en"/"in", with a second year after a
// dash ("en 2020-2021") read as a range of years.
func (p *parser) yearTail(i, j, y int) (Mention, int, bool) {
	y2 := y
	if p.isKey(j, pDash) {
		if z, k, ok := p.year(j + 1); ok && z > y && z-y <= 10 {
			y2, j = z, k
		}
	}
	mn := p.mention(i, j)
	mn.From, mn.To = Date{Year: y}, Date{Year: y2}
	return mn, j, true
}
