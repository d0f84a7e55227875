package extract

import (
	"strconv"
	"strings"
	"time"

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
//
// others are the other cue groups of the sentence: a date nearer one of
// them is theirs ("held phone talks on February 2 to review the
// agreements of the 46th meeting" dates the phone talks, not the meeting).
func (a *analysis) pickDate(s span, first, last int, others ...cueGroup) (iv dates.Interval, sameDay, ok bool, pending int) {
	pending = -1
	start, end := a.toks[s.from].start, a.toks[s.to-1].end
	best, bestScore := -1, 0
	for i, m := range a.dates {
		if m.Start < start || m.End > end || a.sinceBefore(s, m) {
			continue
		}
		score := a.dateDistance(m, first, last)
		nearer := false
		for _, o := range others {
			if a.dateDistance(m, o.first, o.last) < score {
				nearer = true
			}
		}
		if nearer {
			continue
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
		// "le 19 juin …, dans le cadre de sa visite du 18 au 20 juin
		// 2024": a year written in the same sentence is the year.
		if y := a.sentenceYear(start, end); y > 0 {
			iv = a.resolveInYear(m, y)
		}
	}
	if iv.Precision == "" {
		pending = best
	}
	return iv, false, iv.Precision != "", pending
}

// sentenceYear is the year written in a date mention of a day or a month
// between code points start and end, 0 if none ("en 2023" may date
// something else: "le dialogue établi en 2023").
func (a *analysis) sentenceYear(start, end int) int {
	for _, m := range a.dates {
		if m.Start >= start && m.End <= end && !m.Relative && !yearOnly(m) {
			if y := max(m.From.Year, m.To.Year); y > 0 {
				return y
			}
		}
	}
	return 0
}

// resolveInYear resolves a mention written without its year in year y.
func (a *analysis) resolveInYear(m dates.Mention, y int) dates.Interval {
	ctx := a.dctx
	ctx.Published, ctx.PublishedPrecision = dates.Date{Year: y}, "year"
	return dates.Resolve(m, ctx)
}

// textYear is the year a careful reader takes for a day written without
// one when nothing else dates it: the one year the text names, leaving out
// targets ("d'ici 2030", "by 2030", "à l'horizon 2030", "Vision 2045").
// When the text names several years it is 0: a guess between them would
// often be wrong (an anniversary "en 2025", a partnership "since 2023").
func (a *analysis) textYear() int {
	year := 0
	for k, t := range a.toks {
		if !t.word || len(t.f) != 4 || !isDigits(t.f) {
			continue
		}
		y := 0
		for _, r := range t.f {
			y = y*10 + int(r-'0')
		}
		if y < 1945 || y > 2100 || y == year {
			continue
		}
		target := false
		for j, n := k-1, 0; j >= 0 && n < 2; j-- {
			if !a.toks[j].word {
				continue
			}
			n++
			if targetWords[a.toks[j].f] {
				target = true
			}
		}
		if target {
			continue
		}
		if year != 0 {
			return 0
		}
		year = y
	}
	return year
}

var targetWords = wordSet(`ici horizon vision by until jusqu jusqu'en strategie strategy plan
	objectif objectifs target targets goal goals through 2030 2045 2050`)

// sameDayMark is relativeDay's answer for "le même jour", "the same day".
const sameDayMark = 100

// thisYearMark is relativeDay's answer for "cette année", "this year".
const thisYearMark = 101

// articleYear is the year the article is written in: from its publication
// date, else its lead's first full date, else the latest year it names.
func (a *analysis) articleYear() int {
	if a.dctx.Published.Year > 0 {
		return a.dctx.Published.Year
	}
	for _, m := range a.dates {
		if k := a.tokenAt(m.Start); k < 0 || a.sents[a.sentenceOf(k)].para > 1 {
			break
		}
		if !m.Relative && m.From.Year > 0 {
			return m.From.Year
		}
	}
	return a.textYear()
}

// relativeDay reads "le lendemain", "la veille", "the next day", "the
// following day", "the day before", "the previous day" in sentence s: the
// number of days after the meeting told before (0 if none).
func (a *analysis) relativeDay(s span) int {
	for k := s.from; k < s.to; k++ {
		switch a.toks[k].f {
		case "annee", "year":
			p := prevWord(a.toks, s, k, 1)
			if p == "cette" || p == "this" {
				return thisYearMark
			}
		case "jour":
			if prevWord(a.toks, s, k, 1) == "meme" {
				return sameDayMark
			}
		case "lendemain":
			return 1
		case "veille":
			return -1
		case "day":
			p, n := prevWord(a.toks, s, k, 1), nextWord(a.toks, s, k, 1)
			if p == "same" {
				return sameDayMark
			}
			if p == "next" || p == "following" {
				return 1
			}
			if p == "previous" || n == "before" && prevWord(a.toks, s, k, 2) == "the" {
				return -1
			}
		}
	}
	return 0
}

// dateDistance is how far date mention m is from the cue words [first,
// last], in code points; a date before the cue counts half as much again.
func (a *analysis) dateDistance(m dates.Mention, first, last int) int {
	cs, ce := a.toks[first].start, a.toks[last].end
	if m.Start >= ce {
		return m.Start - ce
	}
	return max((cs-m.End)*3/2, 0)
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
	visit, visitDone := dates.Interval{}, false
	for i := range ds {
		d := &ds[i]
		if d.relDay != 0 && d.relDay != sameDayMark && i > 0 && d.date.Precision != "day" && ds[i-1].date.Precision == "day" &&
			ds[i-1].date.Start == ds[i-1].date.End {
			d.date = shiftDay(ds[i-1].date, d.relDay)
			continue
		}
		if d.date.Precision != "" || d.earlier {
			continue
		}
		if d.relDay == thisYearMark {
			if y := a.articleYear(); y > 0 {
				ys := strconv.Itoa(y)
				d.date = dates.Interval{Start: ys + "-01-01", End: ys + "-12-31", Precision: "year"}
				continue
			}
		}
		if (d.sameDay || d.relDay == sameDayMark) && i > 0 && ds[i-1].date.Precision != "" {
			d.date = ds[i-1].date
			continue
		}
		if iv, ok := a.paraDate(d.sent); ok {
			d.date = iv
			continue
		}
		if d.pending < 0 {
			// A meeting whose day is not given is dated by the visit it
			// belongs to ("During the visit, X was also received by …").
			if !visitDone {
				visit, visitDone = a.visitRange(), true
			}
			if visit.Precision != "" {
				d.date = visit
				continue
			}
		}
		var first *dates.Interval
		for j := range ds {
			if ds[j].date.Precision != "" {
				first = &ds[j].date
				break
			}
		}
		if first != nil {
			d.date = *first
			if d.pending >= 0 {
				// The sentence gives day and month; the article's
				// meetings give the year.
				if iv := a.resolveInYear(a.dates[d.pending], yearOf(first.Start)); iv.Precision != "" {
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
					if d.pending >= 0 {
						// "le 4 avril" in an article dated "jeudi 17
						// avril" (2025): the year of the article's date, the
						// year before if that puts the day after it.
						y := yearOf(iv.Start)
						p := a.resolveInYear(a.dates[d.pending], y)
						if p.Precision != "" && lowDay(p.Start) > highDay(iv.End) {
							p = a.resolveInYear(a.dates[d.pending], y-1)
						}
						if p.Precision != "" {
							d.date = p
						}
					}
					break
				}
			}
		}
		if d.date.Precision == "" && d.pending >= 0 {
			if y := a.textYear(); y > 0 {
				d.date = a.resolveInYear(a.dates[d.pending], y)
			}
		}
	}
}

// visitWords name a visit or a stay.
var visitWords = wordSet(`visite visites sejour tournee visit visits trip stay tour`)

// visitRange is the span of days of the visit the article reports: the
// first range of days ("du 15 au 17 janvier 2025", "from 3 to 5 May") in a
// sentence about a visit, its year from the sentence or the text.
func (a *analysis) visitRange() dates.Interval {
	for _, m := range a.dates {
		if m.Relative || m.From.Day == 0 || m.To.Day == 0 || m.From == m.To {
			continue
		}
		k := a.tokenAt(m.Start)
		if k < 0 {
			continue
		}
		s := a.sents[a.sentenceOf(k)]
		if !a.hasWord(s, visitWords) {
			continue
		}
		return a.resolveYearly(m, s)
	}
	return dates.Interval{}
}

// resolveYearly resolves a mention of sentence s: by itself, else with the
// year its sentence writes, else with the year the text names.
func (a *analysis) resolveYearly(m dates.Mention, s span) dates.Interval {
	if iv := dates.Resolve(m, a.dctx); iv.Precision != "" {
		return iv
	}
	if y := a.sentenceYear(a.toks[s.from].start, a.toks[s.to-1].end); y > 0 {
		if iv := a.resolveInYear(m, y); iv.Precision != "" {
			return iv
		}
	}
	if y := a.textYear(); y > 0 {
		return a.resolveInYear(m, y)
	}
	return dates.Interval{}
}

// shiftDay moves a one-day interval by n days.
func shiftDay(iv dates.Interval, n int) dates.Interval {
	t, err := time.Parse("2006-01-02", iv.Start)
	if err != nil {
		return iv
	}
	d := t.AddDate(0, 0, n).Format("2006-01-02")
	return dates.Interval{Start: d, End: d, Precision: iv.Precision}
}
