package dates

import "time"

// relativeExpr reads dates counted from the publication date: "hier",
// "avant-hier", "aujourd'hui", "demain", "après-demain", "ce matin", "cet
// après-midi", "ce soir", "cette nuit", "ce jeudi", "jeudi dernier", "jeudi
// prochain", a bare "jeudi" or "le jeudi", and in English "yesterday",
// "today", "tomorrow", "tonight", "this morning", "last night", "last
// Monday", "next Monday", "this Monday", "on Monday", "Monday".
//
// A bare weekday is taken as relative because agency copy says "a reçu
// lundi" for the Monday of the reported week; weekdays written with a day
// and month are read by dayExpr first.
func (p *parser) relativeExpr(i int) (Mention, int, bool) {
	var m Mention
	j := i
	offset, tod, found := 0, "", true
	switch {
	case p.isKey(j, kHier), p.isKey(j, kYesterday):
		offset, j = -1, j+1
	case p.isKey(j, kAvant) && p.isKey(j+1, pDash) && p.isKey(j+2, kHier):
		offset, j = -2, j+3
	case p.isKey(j, kAujourd) && p.isKey(j+1, pApos) && p.isKey(j+2, kHui):
		j += 3
	case p.isKey(j, kToday):
		j++
	case p.isKey(j, kDemain), p.isKey(j, kTomorrow):
		offset, j = 1, j+1
	case p.isKey(j, kApres) && p.isKey(j+1, pDash) && p.isKey(j+2, kDemain):
		offset, j = 2, j+3
	case p.isKey(j, kTonight):
		tod, j = "night", j+1
	case p.isKey(j, kLast) && p.isKey(j+1, kNight):
		offset, tod, j = -1, "night", j+2
	case p.isKey(j, kCe), p.isKey(j, kThis):
		if k, ok := p.seq(j+1, kApres, pDash, kMidi); ok {
			tod, j = "afternoon", k
		} else if t, ok := todWord(p, j+1); ok {
			tod, j = t, j+2
		} else {
			found = false
		}
	default:
		found = false
	}
	if found {
		if tod == "" && offset <= 0 {
			// "hier soir", "yesterday morning"
			if t, k := p.todSuffix(j); k > j {
				tod, j = t, k
			}
		}
		m = p.mention(i, j)
		m.Relative, m.Offset, m.TimeOfDay = true, offset, tod
		return m, j, true
	}
	return p.relativeWeekday(i)
}

// relativeWeekday reads a weekday without day and month: "ce jeudi", "jeudi
// dernier", "le jeudi", "last Monday", "on Monday".
func (p *parser) relativeWeekday(i int) (Mention, int, bool) {
	j, dir := i, 0
	switch {
	case p.isKey(j, kCe), p.isKey(j, kThis), p.isKey(j, kLe), p.isKey(j, kOn):
		j++
	case p.isKey(j, kLast):
		j, dir = j+1, -1
	case p.isKey(j, kNext):
		j, dir = j+1, 1
	}
	w := p.word(j)
	if w.class != wWeekday {
		return Mention{}, i, false
	}
	j++
	if dir == 0 {
		switch {
		case p.isKey(j, kDernier):
			j, dir = j+1, -1
		case p.isKey(j, kProch):
			j, dir = j+1, 1
		}
	}
	tod := ""
	if t, k := p.todSuffix(j); k > j {
		tod, j = t, k
	}
	m := p.mention(i, j)
	m.Relative, m.HasWeekday, m.Direction = true, true, dir
	m.Weekday = time.Weekday(w.val)
	m.TimeOfDay = tod
	return m, j, true
}
