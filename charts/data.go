package charts

import (
	"slices"
	"strings"

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
	// Groups are the breakdown's groups (modes or levels) in the table's
	// order, which is the order of a stack from the bottom up; nil
	// without a breakdown.
	Groups []string
	// Breakdown names what the groups are: "mode", "level", or "group"
	// for a table that does not say and whose groups are neither.
	Breakdown string
	// Lighten is, per group, how far its segments are mixed from the
	// partner's colour towards white (0 for the first group: the
	// partner's own colour).
	Lighten []float64
}

// series is one partner's counts; Values[i] belongs to plotData.Labels[i].
type series struct {
	Partner string
	Values  []int // with a breakdown, the sum of Parts[i]
	// Parts[i][g] is group g's count in Labels[i]; nil without a
	// breakdown.
	Parts [][]int
}

// cell is one count of the table, summed over the rows that name it.
type cell struct{ partner, period, group string }

// seriesOf turns a table into the numbers of a chart kind. Every partner ×
// period (× group, with a breakdown) appears, zeros included, so a line
// never skips a quiet period. Partners, periods or groups present in the
// rows but missing from the table's lists are appended rather than dropped:
// a number in the CSV must be in the chart.
//
// The table has a breakdown when it lists Groups, or when a row names a
// group anyway.
func seriesOf(t app.CountTable, k Kind) plotData {
	partners := slices.Clone(t.Partners)
	periods := slices.Clone(t.Periods)
	broken := t.Groups != nil
	for _, r := range t.Rows {
		broken = broken || r.Group != ""
	}
	var groups []string
	if broken {
		groups = append([]string{}, t.Groups...)
	}
	sum := map[cell]int{}
	var extraPartners, extraPeriods, extraGroups []string
	for _, r := range t.Rows {
		sum[cell{r.Partner, r.Period, r.Group}] += r.Count
		if !slices.Contains(partners, r.Partner) && !slices.Contains(extraPartners, r.Partner) {
			extraPartners = append(extraPartners, r.Partner)
		}
		if !slices.Contains(periods, r.Period) && !slices.Contains(extraPeriods, r.Period) {
			extraPeriods = append(extraPeriods, r.Period)
		}
		if broken && !slices.Contains(groups, r.Group) && !slices.Contains(extraGroups, r.Group) {
			extraGroups = append(extraGroups, r.Group)
		}
	}
	slices.Sort(extraPartners)
	slices.Sort(extraPeriods)
	slices.Sort(extraGroups)
	partners = append(partners, extraPartners...)
	periods = append(periods, extraPeriods...)

	d := plotData{Labels: periods}
	if broken {
		groups = append(groups, extraGroups...)
		d.Groups = groups
		d.Breakdown = breakdownName(t.Request.Breakdown, d.Groups)
		d.Lighten = lightenSteps(d.Breakdown, d.Groups)
	} else {
		// Without a breakdown every count is the one group "".
		groups = []string{""}
	}
	if k == Totals {
		d.Labels = []string{TotalLabel}
	}
	partsOf := func(p string, pers []string) []int {
		parts := make([]int, len(groups))
		for g, grp := range groups {
			for _, per := range pers {
				parts[g] += sum[cell{p, per, grp}]
			}
		}
		return parts
	}
	for _, p := range partners {
		s := series{Partner: p, Values: make([]int, len(d.Labels))}
		if broken {
			s.Parts = make([][]int, len(d.Labels))
		}
		for i, l := range d.Labels {
			pers := []string{l}
			if k == Totals {
				pers = periods
			}
			parts := partsOf(p, pers)
			for _, v := range parts {
				s.Values[i] += v
			}
			if broken {
				s.Parts[i] = parts
			}
		}
		d.Series = append(d.Series, s)
	}
	return d
}

// GroupSep joins a category and a group in the keys Values gives for a
// table with a breakdown: "2024|in_person", "total|phone".
const GroupSep = "|"

// Values gives the numbers a chart of kind k draws, partner → category →
// count; the category is the period, or TotalLabel for Totals. Callers can
// compare it with the CSV of the same request.
//
// With a breakdown the chart draws one segment per partner × category ×
// group, and the keys are category + GroupSep + group, with the group as
// the table names it ("2024|in_person"), zeros included: each value is
// t.CountIn(partner, period, group), or its sum over the periods for
// Totals. Lines take no breakdown (Render refuses them), so Values gives
// nil for Lines then.
func Values(t app.CountTable, k Kind) map[string]map[string]int {
	d := seriesOf(t, k)
	if d.Groups != nil && k == Lines {
		return nil
	}
	out := make(map[string]map[string]int, len(d.Series))
	for _, s := range d.Series {
		m := make(map[string]int, len(d.Labels)*max(1, len(d.Groups)))
		for i, l := range d.Labels {
			if d.Groups == nil {
				m[l] = s.Values[i]
				continue
			}
			for g, grp := range d.Groups {
				m[l+GroupSep+grp] = s.Parts[i][g]
			}
		}
		out[s.Partner] = m
	}
	return out
}

// height is how high partner s's bar in category i stands: its count, or
// with a breakdown the sum of the segments drawn (negative counts, which
// the store cannot give, are not drawn).
func (s series) height(i int) int {
	if s.Parts == nil {
		return s.Values[i]
	}
	h := 0
	for _, v := range s.Parts[i] {
		h += max(v, 0)
	}
	return h
}

// peak is the largest value the value axis must reach: a stack's height for
// Stacked, a single count otherwise (with a breakdown, a partner's count in
// a category is its stack).
func (d plotData) peak(k Kind) int {
	m := 0
	for i := range d.Labels {
		stack := 0
		for _, s := range d.Series {
			v := s.height(i)
			stack += v
			m = max(m, v)
		}
		// With a breakdown each partner has its own stack: its height
		// is the partner's count.
		if k == Stacked && d.Groups == nil {
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
// stays short enough to read. With a breakdown the table has one unknown
// row per partner × group: they are summed per partner.
func unknownByPartner(t app.CountTable) string {
	var partners []string
	per := map[string]int{}
	for _, r := range t.Unknown {
		if r.Count <= 0 {
			continue
		}
		if _, seen := per[r.Partner]; !seen {
			partners = append(partners, r.Partner)
		}
		per[r.Partner] += r.Count
	}
	if len(partners) < 2 || len(partners) > 8 {
		return ""
	}
	parts := make([]string, len(partners))
	for i, p := range partners {
		parts[i] = p + " " + itoa(per[p])
	}
	return " (" + strings.Join(parts, ", ") + ")"
}
