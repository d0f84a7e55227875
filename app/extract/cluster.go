package extract

import (
	"sort"

	"parley/app/extract/dates"
)

// ClusterItem is one mention of a meeting (an article's or a teaser's) to
// cluster.
type ClusterItem struct {
	Partner, DateStart, DateEnd, DatePrecision, Mode string
	Participants                                     []string // names, any side
}

// Cluster groups the mentions of one meeting across articles and teasers:
// it returns a cluster number per item, 0..k-1 in order of first item.
//
// Items join when the partner is the same, the means do not differ, the
// dates overlap (an unknown date joins only on a strong match of
// participants: two names or more), and the names agree: the names of the
// item that names fewer people all appear in the other. So a state visit
// told over several days stays one cluster per encounter, and two meetings
// with one partner on one day with different people stay two. An item
// naming nobody joins the best dated cluster but never links two
// clusters: items are placed one at a time, the most informative first,
// and clusters never merge.
func Cluster(items []ClusterItem) []int {
	order := make([]int, len(items))
	for i := range order {
		order[i] = i
	}
	info := func(it ClusterItem) int {
		n := len(it.Participants) * 4
		switch it.DatePrecision {
		case "day":
			n += 3
		case "month":
			n += 2
		case "year":
			n++
		}
		return n
	}
	sort.SliceStable(order, func(x, y int) bool { return info(items[order[x]]) > info(items[order[y]]) })

	// A library holds thousands of meetings: only the clusters of the
	// item's partner are candidates, and a dated item skips at once the
	// clusters whose dated members span no day of its own (it must overlap
	// every member to join).
	var clusters [][]int
	var spans []dateSpan
	byPartner := map[string][]int{}
	label := make([]int, len(items))
	for _, i := range order {
		it := items[i]
		var lo, hi string
		if it.DateStart != "" {
			lo, hi = bounds(interval(it))
		}
		best, bestScore := -1, 0
		for _, c := range byPartner[it.Partner] {
			if lo != "" && spans[c].lo != "" && (hi < spans[c].lo || lo > spans[c].hi) {
				continue
			}
			if sc, ok := fits(items, clusters[c], i); ok && (best < 0 || sc > bestScore) {
				best, bestScore = c, sc
			}
		}
		if best < 0 {
			clusters = append(clusters, nil)
			spans = append(spans, dateSpan{})
			best = len(clusters) - 1
			byPartner[it.Partner] = append(byPartner[it.Partner], best)
		}
		clusters[best] = append(clusters[best], i)
		spans[best].add(lo, hi)
		label[i] = best
	}
	// Renumber in order of first item, so the result does not depend on
	// the processing order.
	renum := map[int]int{}
	out := make([]int, len(items))
	for i, l := range label {
		if _, ok := renum[l]; !ok {
			renum[l] = len(renum)
		}
		out[i] = renum[l]
	}
	return out
}

// dateSpan is the first and last day of a cluster's dated members.
type dateSpan struct{ lo, hi string }

func (s *dateSpan) add(lo, hi string) {
	if lo == "" {
		return
	}
	if s.lo == "" || lo < s.lo {
		s.lo = lo
	}
	if hi > s.hi {
		s.hi = hi
	}
}

// fits tells whether item i may join the cluster members, with a score
// (shared names, then date precision) to choose among clusters.
func fits(items []ClusterItem, members []int, i int) (int, bool) {
	it := items[i]
	score := 0
	for _, m := range members {
		o := items[m]
		if o.Partner != it.Partner {
			return 0, false
		}
		if o.Mode != "" && it.Mode != "" && o.Mode != it.Mode {
			return 0, false
		}
		shared, ok := namesAgree(it.Participants, o.Participants)
		if !ok {
			return 0, false
		}
		known := it.DateStart != "" && o.DateStart != ""
		if known && !overlaps(interval(it), interval(o)) {
			return 0, false
		}
		if !known && shared < 2 {
			return 0, false
		}
		score += shared * 10
		if known {
			score++
		}
	}
	return score, true
}

func interval(it ClusterItem) dates.Interval {
	end := it.DateEnd
	if end == "" {
		end = it.DateStart
	}
	return dates.Interval{Start: it.DateStart, End: end, Precision: dates.Precision(it.DatePrecision)}
}

// namesAgree: every name of the shorter list is in the longer one (an
// empty list agrees with anything); it returns how many are shared.
func namesAgree(x, y []string) (int, bool) {
	if len(x) > len(y) {
		x, y = y, x
	}
	shared := 0
	for _, a := range x {
		found := false
		for _, b := range y {
			if sameName(a, b) {
				found = true
				break
			}
		}
		if !found {
			return shared, false
		}
		shared++
	}
	return shared, true
}
