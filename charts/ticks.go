package charts

import (
	"strconv"
	"strings"
)

// valueScale is the value axis: it always starts at zero (go-chart starts a
// bar chart's axis at the smallest value, which turns a 7 among 6s into a
// sliver) and steps by whole numbers, since counts have no halves.
type valueScale struct {
	Step, Top int
}

// newValueScale picks the smallest step of 1, 2 or 5 × 10^k that reaches
// max in at most maxTicks steps.
func newValueScale(max, maxTicks int) valueScale {
	if max < 1 {
		max = 1
	}
	if maxTicks < 1 {
		maxTicks = 1
	}
	step := 1
	for mag := 1; ; mag *= 10 {
		found := false
		for _, m := range []int{1, 2, 5} {
			if (max+m*mag-1)/(m*mag) <= maxTicks {
				step, found = m*mag, true
				break
			}
		}
		if found {
			break
		}
	}
	top := (max + step - 1) / step * step
	return valueScale{Step: step, Top: top}
}

// ticks lists the tick values from 0 to Top.
func (v valueScale) ticks() []int {
	var out []int
	for t := 0; t <= v.Top; t += v.Step {
		out = append(out, t)
	}
	return out
}

// labelPlan says how the category labels are drawn so that none overlaps
// another: flat, or turned 45° when that shows every label, and otherwise
// flat but only every Every-th one.
type labelPlan struct {
	Rotated bool
	Every   int
	Show    []bool
	Band    int // height the labels take below the axis
}

// planLabels decides the plan for labels in slots of slot pixels each.
func planLabels(m *measurer, labels []string, slot float64) labelPlan {
	widest := 0
	for _, l := range labels {
		widest = max(widest, m.width(l, sizeLabel))
	}
	asc := m.ascent(sizeLabel)
	flat := float64(widest + 10)
	p := labelPlan{Every: 1, Band: asc + 10}
	switch {
	case slot >= flat:
	case slot >= float64(asc+9)*1.42 && widest > 0:
		// Rotated labels stand apart by slot·sin 45°, measured across them.
		p.Rotated = true
		p.Band = int(float64(widest+asc)*0.71) + 12
	default:
		p.Every = thinning(labels, slot, flat)
	}
	p.Show = shown(labels, p.Every)
	return p
}

// thinning is the smallest step between shown labels that leaves room for
// them, chosen so that shown months and quarters fall at the same place in
// every year (January, April, ...), which the eye reads as a calendar.
func thinning(labels []string, slot, need float64) int {
	steps := []int{1, 2, 5, 10, 20, 50, 100, 200, 500, 1000}
	switch shape(labels) {
	case "month":
		steps = []int{1, 2, 3, 4, 6, 12, 24, 36, 60, 120, 240, 600}
	case "quarter":
		steps = []int{1, 2, 4, 8, 12, 20, 40, 80, 200}
	}
	for _, s := range steps {
		if float64(s)*slot >= need {
			return s
		}
	}
	return int(need/slot) + 1
}

// shown marks the labels drawn when only every k-th one fits. Calendar
// labels are aligned on the calendar; others on their position.
func shown(labels []string, k int) []bool {
	out := make([]bool, len(labels))
	sh := shape(labels)
	for i, l := range labels {
		switch {
		case k == 1:
			out[i] = true
		case sh == "month" && 12%k == 0:
			out[i] = (atoi(l[5:7])-1)%k == 0
		case sh == "month" && k%12 == 0:
			out[i] = l[5:7] == "01" && atoi(l[:4])%(k/12) == 0
		case sh == "quarter" && 4%k == 0:
			out[i] = (atoi(l[6:7])-1)%k == 0
		case sh == "quarter" && k%4 == 0:
			out[i] = l[6:7] == "1" && atoi(l[:4])%(k/4) == 0
		case sh == "year":
			out[i] = atoi(l)%k == 0
		default:
			out[i] = i%k == 0
		}
	}
	return out
}

// shape recognises the period labels of app.PeriodOf: "2024", "2024-Q1",
// "2024-03". Alignment needs every label in the same shape; one odd label
// and position is used instead, which cannot overlap.
func shape(labels []string) string {
	kind := ""
	for _, l := range labels {
		k := ""
		switch {
		case len(l) == 4 && digits(l):
			k = "year"
		case len(l) == 7 && digits(l[:4]) && l[4:6] == "-Q" && l[6] >= '1' && l[6] <= '4':
			k = "quarter"
		case len(l) == 7 && digits(l[:4]) && l[4] == '-' && digits(l[5:]) && atoi(l[5:]) >= 1 && atoi(l[5:]) <= 12:
			k = "month"
		default:
			return ""
		}
		if kind != "" && k != kind {
			return ""
		}
		kind = k
	}
	return kind
}

func digits(s string) bool {
	return s != "" && strings.Trim(s, "0123456789") == ""
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}
