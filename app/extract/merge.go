package extract

import "parley/app/extract/dates"

// merge joins the drafts of one article that tell the same encounter: the
// lead repeated in the dateline paragraph, "a reçu … Au cours de
// l'entretien …", a visit and the talks held during it. Two drafts join
// when partner and means agree, their dates overlap (or one is unknown),
// their places do not differ, and each side names the same people or one
// leaves them unnamed. An unnamed group ("des représentants américains")
// joins only a telling of the same group, or is absorbed when it is told
// again ("Rencontrant des responsables américains, …"). The first telling
// is kept, completed by the later ones.
func (a *analysis) merge(ds []draft) []draft {
	var out []draft
	for _, d := range ds {
		j := -1
		for i := range out {
			if a.sameEncounter(&out[i], &d) {
				j = i
				break
			}
		}
		if j < 0 {
			out = append(out, d)
			continue
		}
		k := &out[j]
		if !d.anaph && (k.date.Precision == "" || finer(d.date, k.date) && overlaps(d.date, k.date)) {
			k.date, k.sameDay = d.date, d.sameDay
		}
		if k.loc == "" {
			k.loc, k.locText = d.loc, d.locText
		}
		if !hasNamed(k.focal) && hasNamed(d.focal) {
			k.focal = d.focal
		}
		if !hasNamed(k.partnerSide) && hasNamed(d.partnerSide) {
			k.partnerSide, k.group = d.partnerSide, false
			k.sent, k.cueTok = d.sent, d.cueTok // better evidence: it names the partner
			// The first telling that names whom they met dates the
			// meeting better than the visit it merges into ("a été reçu
			// en audience le 16 janvier" in a visit of 15-17 January).
			if iv := a.ownDate(&d, k.date); iv.Precision != "" && (k.date.Precision == "" || overlaps(iv, k.date)) {
				k.date, k.pending = iv, -1
			}
		}
		k.planned = k.planned && d.planned
	}
	return out
}

func (a *analysis) sameEncounter(k, d *draft) bool {
	if k.partner != d.partner || k.planned != d.planned {
		return false
	}
	if k.mode != d.mode && k.mode != "" && d.mode != "" {
		return false
	}
	if k.loc != "" && d.loc != "" && k.loc != d.loc {
		return false
	}
	if !d.anaph && k.date.Precision != "" && d.date.Precision != "" && !overlaps(k.date, d.date) {
		return false
	}
	if k.group && !d.group && a.isHeadline(k.sent) && !a.isHeadline(d.sent) {
		// "X rend visite à des anciens dirigeants du Laos" over a lead
		// that names them: the headline tells the lead's first meeting.
		return sameSide(k.focal, d.focal)
	}
	if d.group || k.group {
		if d.anaph && d.group {
			return true
		}
		return k.group && d.group
	}
	if d.anaph && !hasNamed(d.partnerSide) && sameSide(k.focal, d.focal) {
		return true
	}
	return sameSide(k.focal, d.focal) && sameSide(k.partnerSide, d.partnerSide)
}

// sameSide: both name people and share one, or one names nobody.
func sameSide(x, y []person) bool {
	if !hasNamed(x) || !hasNamed(y) {
		return true
	}
	for _, p := range x {
		for _, q := range y {
			if p.name != "" && q.name != "" && sameName(p.name, q.name) {
				return true
			}
		}
	}
	return false
}

// sameName compares names folded; a name equals a longer form of it
// ("Miguel Díaz-Canel" / "Miguel Díaz-Canel Bermúdez") and a lone surname
// equals the full name ending with it.
func sameName(x, y string) bool {
	a, b := splitName(x), splitName(y)
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) == 0 {
		return false
	}
	if len(a) == 1 {
		return a[0] == b[len(b)-1]
	}
	for i := range a {
		if a[i] != b[i] && !gluedTo(a[i], b[i]) && !gluedTo(b[i], a[i]) {
			return false
		}
	}
	return true
}

// gluedTo: word x is y with a short word glued on ("Sonet" = "Son" + "et").
func gluedTo(x, y string) bool {
	for _, tail := range glueTails {
		if x == y+tail {
			return true
		}
	}
	return false
}

func splitName(s string) []string {
	var out []string
	w := []rune{}
	for _, r := range nameKey(s) {
		if r == ' ' {
			if len(w) > 0 {
				out = append(out, string(w))
			}
			w = w[:0]
			continue
		}
		w = append(w, r)
	}
	if len(w) > 0 {
		out = append(out, string(w))
	}
	return out
}

// overlaps tells whether two ISO intervals share a day; a month or year
// covers all its days.
func overlaps(x, y dates.Interval) bool {
	xs, xe := bounds(x)
	ys, ye := bounds(y)
	return xs <= ye && ys <= xe
}

// bounds returns the first and last day of an interval as "YYYY-MM-DD"
// strings, which compare in time order.
func bounds(iv dates.Interval) (string, string) {
	return lowDay(iv.Start), highDay(iv.End)
}

func lowDay(s string) string {
	switch len(s) {
	case 4:
		return s + "-01-01"
	case 7:
		return s + "-01"
	}
	return s
}

func highDay(s string) string {
	switch len(s) {
	case 4:
		return s + "-12-31"
	case 7:
		return s + "-31"
	}
	return s
}

func finer(x, y dates.Interval) bool {
	rank := map[dates.Precision]int{"day": 3, "month": 2, "year": 1}
	return rank[x.Precision] > rank[y.Precision]
}

// ownDate is the date draft d's sentence gives: resolved, or written
// without its year and put in the year of ref.
func (a *analysis) ownDate(d *draft, ref dates.Interval) dates.Interval {
	if d.date.Precision != "" {
		return d.date
	}
	if d.pending >= 0 && ref.Precision != "" {
		return a.resolveInYear(a.dates[d.pending], yearOf(ref.Start))
	}
	return dates.Interval{}
}

// isHeadline tells whether sentence si is a headline: the whole first
// paragraph, without a closing stop, with more text after it (a teaser's
// headline over its lead, an article's title over its body).
func (a *analysis) isHeadline(si int) bool {
	s := a.sents[si]
	if s.para != 0 || si+1 >= len(a.sents) || a.sents[si+1].para == 0 {
		return false
	}
	if si > 0 && a.sents[si-1].para == 0 {
		return false
	}
	return !isStop(a.toks[s.to-1].f)
}
