package extract

import (
	"strings"

	"parley/app/extract/dates"
)

// pickDate chooses the date mention of a cue: the nearest in its sentence,
// one after the cue a little preferred ("s'est entretenu, mercredi 1er
// juillet, avec …"), a bare year ("(2013-2023)") only when nothing finer
// is there. sameDay reports "le même jour", which takes the date of the
// meeting told before.
//
// pending is the index of the chosen mention when its year is unknown
// ("le 11 septembre" in an undated article), else -1: fillDates gives it
// the year of the article's meetings.
func (a *analysis) pickDate(s span, first, last int) (iv dates.Interval, sameDay, ok bool, pending int) {
	pending = -1
	start, end := a.toks[s.from].start, a.toks[s.to-1].end
	cs, ce := a.toks[first].start, a.toks[last].end
	best, bestScore := -1, 0
	for i, m := range a.dates {
		if m.Start < start || m.End > end || a.sinceBefore(s, m) {
			continue
		}
		score := 0
		if m.Start >= ce {
			score = m.Start - ce
		} else {
			score = (cs - m.End) * 3 / 2
			if score < 0 {
				score = 0
			}
		}
		if yearOnly(m) {
			score += 10000
		}
		if best < 0 || score < bestScore {
			best, bestScore = i, score
		}
	}
	if best < 0 {
		return dates.Interval{}, false, false, -1
	}
	m := a.dates[best]
	if m.Relative {
		f := fold(m.Text)
		if strings.Contains(f, "meme jour") || strings.Contains(f, "same day") {
			return dates.Interval{}, true, false, -1
		}
	}
	iv = dates.Resolve(m, a.dctx)
	if iv.Precision == "" {
		pending = best
	}
	return iv, false, iv.Precision != "", pending
}

// sinceBefore: a date after "depuis"/"since" dates something else ("la
// première rencontre depuis l'élection de Tô Lâm, en août 2024").
func (a *analysis) sinceBefore(s span, m dates.Mention) bool {
	k := a.tokenAt(m.Start)
	for j, n := k-1, 0; j >= s.from && n < 8; j-- {
		if !a.toks[j].word {
			continue
		}
		n++
		if f := a.toks[j].f; f == "depuis" || f == "since" {
			return true
		}
	}
	return false
}

func yearOf(iso string) int {
	y := 0
	for i := 0; i < 4 && i < len(iso); i++ {
		y = y*10 + int(iso[i]-'0')
	}
	return y
}

func yearOnly(m dates.Mention) bool {
	return !m.Relative && m.From.Month == 0 && m.To.Month == 0
}

// paraDate is the last dated mention (finer than a year) in the sentences
// of paragraph of sentence si that come before it.
func (a *analysis) paraDate(si int) (dates.Interval, bool) {
	para := a.sents[si].para
	start := a.toks[a.sents[si].from].start
	pstart := start
	for j := si - 1; j >= 0 && a.sents[j].para == para; j-- {
		pstart = a.toks[a.sents[j].from].start
	}
	for i := len(a.dates) - 1; i >= 0; i-- {
		m := a.dates[i]
		if m.Start >= pstart && m.End <= start && !yearOnly(m) && !m.Relative {
			if iv := dates.Resolve(m, a.dctx); iv.Precision != "" {
				return iv, true
			}
		}
	}
	return dates.Interval{}, false
}

// fillDates gives a date to the meetings whose sentence has none: "le même
// jour" takes the meeting before; else an earlier sentence of the
// paragraph; else the article's first dated meeting; else the first date
// of the article finer than a year. Unknown stays unknown.
func (a *analysis) fillDates(ds []draft) {
	var first *dates.Interval
	for i := range ds {
		if ds[i].date.Precision != "" {
			first = &ds[i].date
			break
		}
	}
	for i := range ds {
		d := &ds[i]
		if d.date.Precision != "" || d.earlier {
			continue
		}
		if d.sameDay && i > 0 && ds[i-1].date.Precision != "" {
			d.date = ds[i-1].date
			continue
		}
		if iv, ok := a.paraDate(d.sent); ok {
			d.date = iv
			continue
		}
		if first != nil {
			d.date = *first
			if d.pending >= 0 {
				// The sentence gives day and month; the article's
				// meetings give the year.
				ctx := a.dctx
				ctx.Published, ctx.PublishedPrecision = dates.Date{Year: yearOf(first.Start)}, "year"
				if iv := dates.Resolve(a.dates[d.pending], ctx); iv.Precision != "" {
					d.date = iv
				}
			}
			continue
		}
		for _, m := range a.dates {
			if k := a.tokenAt(m.Start); k < 0 || a.sents[a.sentenceOf(k)].para > 1 {
				break // only the lead and the dateline paragraph date the article
			}
			if !yearOnly(m) && !m.Relative {
				if iv := dates.Resolve(m, a.dctx); iv.Precision != "" {
					d.date = iv
					break
				}
			}
		}
	}
}
