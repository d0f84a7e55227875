package charts

import (
	"slices"

	"parley/app"
)

// TotalLabel is the only category of a Totals chart.
const TotalLabel = "total"

// plotData is exactly the numbers a chart draws, nothing else: the renderer
// reads only this, so a test that compares it with the CountTable proves
// that the chart and the CSV of the same request hold the same numbers.
type plotData struct {
	Labels []string // category axis: the periods, or [TotalLabel] for Totals
	Series []series // one per partner, in the table's order
}

// series is one partner's counts; Values[i] belongs to plotData.Labels[i].
type series struct {
	Partner string
	Values  []int
}

// seriesOf turns a table into the numbers of a chart kind. Every partner ×
// period appears, zeros included, so a line never skips a quiet period.
// Partners or periods present in the rows but missing from the table's lists
// are appended rather than dropped: a number in the CSV must be in the chart.
func seriesOf(t app.CountTable, k Kind) plotData {
	partners := slices.Clone(t.Partners)
	periods := slices.Clone(t.Periods)
	sum := map[[2]string]int{}
	var extraPartners, extraPeriods []string
	for _, r := range t.Rows {
		sum[[2]string{r.Partner, r.Period}] += r.Count
		if !slices.Contains(partners, r.Partner) && !slices.Contains(extraPartners, r.Partner) {
			extraPartners = append(extraPartners, r.Partner)
		}
		if !slices.Contains(periods, r.Period) && !slices.Contains(extraPeriods, r.Period) {
			extraPeriods = append(extraPeriods, r.Period)
		}
	}
	slices.Sort(extraPartners)
	slices.Sort(extraPeriods)
	partners = append(partners, extraPartners...)
	periods = append(periods, extraPeriods...)

	d := plotData{Labels: periods}
	if k == Totals {
		d.Labels = []string{TotalLabel}
	}
	for _, p := range partners {
		s := series{Partner: p}
		if k == Totals {
			n := 0
			for _, per := range periods {
				n += sum[[2]string{p, per}]
			}
			s.Values = []int{n}
		} else {
			s.Values = make([]int, len(periods))
			for i, per := range periods {
				s.Values[i] = sum[[2]string{p, per}]
			}
		}
		d.Series = append(d.Series, s)
	}
	return d
}

// Values gives the numbers a chart of kind k draws, partner → category →
// count; the category is the period, or TotalLabel for Totals. Callers can
// compare it with the CSV of the same request.
func Values(t app.CountTable, k Kind) map[string]map[string]int {
	d := seriesOf(t, k)
	out := make(map[string]map[string]int, len(d.Series))
	for _, s := range d.Series {
		m := make(map[string]int, len(d.Labels))
		for i, l := range d.Labels {
			m[l] = s.Values[i]
		}
		out[s.Partner] = m
	}
	return out
}

// peak is the largest value the value axis must reach: a stack's height for
// Stacked, a single count otherwise.
func (d plotData) peak(k Kind) int {
	m := 0
	for i := range d.Labels {
		stack := 0
		for _, s := range d.Series {
			v := s.Values[i]
			stack += v
			m = max(m, v)
		}
		if k == Stacked {
			m = max(m, stack)
		}
	}
	return m
}

// empty is true when nothing would be drawn: no partner, no period, or only
// zeros. Negative counts cannot come from the store; they are treated as
// nothing to draw rather than drawn below the axis.
func (d plotData) empty() bool {
	return len(d.Labels) == 0 || d.peak(Bars) <= 0
}

// unknownNote is the footnote for meetings whose date is unknown: they are
// in no period, so the chart must say they exist rather than hide them.
func unknownNote(t app.CountTable) string {
	n := 0
	for _, r := range t.Unknown {
		n += r.Count
	}
	if n <= 0 {
		return ""
	}
	return "+ " + itoa(n) + " " + unitNoun(t.Request.Unit, n) + " with unknown date, not shown" + unknownByPartner(t)
}

// unknownByPartner details the unknown-date count per partner when that
// stays short enough to read.
func unknownByPartner(t app.CountTable) string {
	var parts []string
	for _, r := range t.Unknown {
		if r.Count > 0 {
			parts = append(parts, r.Partner+" "+itoa(r.Count))
		}
	}
	if len(parts) < 2 || len(parts) > 8 {
		return ""
	}
	out := " ("
	for i, p := range parts {
		if i > 0 {
			out += ", "
		}
		out += p
	}
	return out + ")"
}
