package app

import (
	"cmp"
	"context"
	"slices"
	"strconv"
)

// AnyPeriod, as a Bar's Period, stands for every dated period of the
// request's range: the meetings behind a total.
const AnyPeriod = "*"

// Bar names one count of a CountTable: what a bar, a segment or a point of
// its chart stands for.
type Bar struct {
	Partner string
	// Period is a period label of the table ("2024", "2024-Q1",
	// "2024-03", "all"), "" for the meetings with an unknown date, or
	// AnyPeriod.
	Period string
	// Group is a breakdown group (a mode or level); "" for every group.
	Group string
}

// CountedItem is one thing a count counts — a meeting cluster, a day, an
// article or a mention, as the request's unit says — with the meetings
// that make it, earliest first.
type CountedItem struct {
	Day      string // the day it counts on; "" when unknown
	Period   string // its period label; "" when the day is unknown
	Group    string // its breakdown group; "" without a breakdown
	Meetings []Meeting
}

// MeetingsBehind lists what a count counts for one bar: as many items as
// the bar's count, each with its meetings, by the same rules as Counts (a
// cluster once, in the period of its earliest dated report; a day or an
// article once per period and group; every mention). The analyst clicks a
// bar and reads the meetings behind it.
//
// It reads the partner's meetings of the counted statuses and applies the
// request's other filters here: a bar is one partner's, a few hundred
// meetings at most, where Counts reads every partner's in SQL.
func (l *Library) MeetingsBehind(ctx context.Context, r CountRequest, b Bar) ([]CountedItem, error) {
	// Counts validates the request and resolves its tag names to ids; one
	// partner's count is cheap.
	r.Partners, r.AllPartners = []string{b.Partner}, false
	t, err := l.Counts(ctx, r)
	if err != nil {
		return nil, err
	}
	r = t.Request
	ms, err := l.countedMeetings(ctx, r, b.Partner)
	if err != nil {
		return nil, err
	}
	var items []CountedItem
	for _, it := range countedItems(r, ms) {
		if it.Group != b.Group && b.Group != "" {
			continue
		}
		if it.Period == b.Period || (b.Period == AnyPeriod && it.Period != "") {
			items = append(items, it)
		}
	}
	slices.SortStableFunc(items, func(a, b CountedItem) int {
		return cmp.Or(unknownLast(a.Day, b.Day), cmp.Compare(a.Meetings[0].ID, b.Meetings[0].ID))
	})
	return items, nil
}

// countedMeetings are the partner's meetings that the request's filters
// other than dates select, in latest article versions.
func (l *Library) countedMeetings(ctx context.Context, r CountRequest, partner string) ([]Meeting, error) {
	f := MeetingFilter{Partners: []string{partner}, Statuses: r.Statuses}
	if !r.Teasers {
		body := false
		f.Teasers = &body
	}
	ms, err := l.Store.Meetings(ctx, f)
	if err != nil {
		return nil, err
	}
	ids, err := l.Store.ArticleIDs(ctx)
	if err != nil {
		return nil, err
	}
	latest := make(map[int64]bool, len(ids))
	for _, id := range ids {
		latest[id] = true
	}
	tagged, err := l.taggedSpans(ctx, r)
	if err != nil {
		return nil, err
	}
	out := ms[:0]
	for _, m := range ms {
		if !latest[m.ArticleID] || (len(r.Modes) > 0 && !slices.Contains(r.Modes, m.Mode)) {
			continue
		}
		if len(r.Levels) > 0 && !slices.ContainsFunc(everyone(m), func(p Participant) bool { return slices.Contains(r.Levels, p.Level) }) {
			continue
		}
		if len(r.Tags) > 0 && (m.Teaser || !slices.ContainsFunc(tagged[m.ArticleID], func(p Passage) bool {
			return p.Start < m.EvidenceEnd && m.EvidenceStart < p.End
		})) {
			continue
		}
		out = append(out, m)
	}
	return out, nil
}

// taggedSpans are the passages of the request's tag codes (by its coder,
// in its session, when named), by article; nil without tags.
func (l *Library) taggedSpans(ctx context.Context, r CountRequest) (map[int64][]Passage, error) {
	if len(r.Tags) == 0 || len(r.TagCodes) == 0 {
		return nil, nil
	}
	ps, err := l.Store.Passages(ctx, PassageFilter{CodeIDs: r.TagCodes, CoderID: r.TagCoderID, SessionID: r.TagSessionID})
	if err != nil {
		return nil, err
	}
	by := map[int64][]Passage{}
	for _, p := range ps {
		by[p.ArticleID] = append(by[p.ArticleID], p)
	}
	return by, nil
}

// countedItems groups the selected meetings into what the unit counts.
func countedItems(r CountRequest, ms []Meeting) []CountedItem {
	inRange := func(day string) bool {
		return day == "" || ((r.From == "" || day >= r.From) && (r.To == "" || day <= r.To))
	}
	var items []CountedItem
	index := map[string]int{} // an item's key -> its place in items
	add := func(key string, it CountedItem, m ...Meeting) {
		if key != "" {
			if i, ok := index[key]; ok {
				items[i].Meetings = append(items[i].Meetings, m...)
				return
			}
			index[key] = len(items)
		}
		it.Meetings = m
		items = append(items, it)
	}
	item := func(day, group string) CountedItem {
		it := CountedItem{Day: day, Group: group}
		if day != "" {
			it.Period = PeriodOf(r.By, day)
		}
		return it
	}
	if r.Unit == UnitClusters {
		// A cluster counts once, on its earliest dated report, in its
		// best-known group; the date range applies to that day.
		clusters := map[int64][]Meeting{}
		var order []int64
		for _, m := range ms {
			if m.Cluster == 0 {
				if inRange(m.DateStart) {
					add("", item(m.DateStart, groupOf(r.Breakdown, m)), m)
				}
				continue
			}
			if clusters[m.Cluster] == nil {
				order = append(order, m.Cluster)
			}
			clusters[m.Cluster] = append(clusters[m.Cluster], m)
		}
		for _, c := range order {
			members := clusters[c]
			day := ""
			for _, m := range members {
				if m.DateStart != "" && (day == "" || m.DateStart < day) {
					day = m.DateStart
				}
			}
			if inRange(day) {
				add("", item(day, clusterGroup(r.Breakdown, members)), members...)
			}
		}
	} else {
		for _, m := range ms {
			if !inRange(m.DateStart) {
				continue
			}
			it := item(m.DateStart, groupOf(r.Breakdown, m))
			key := "" // a mention, or a day that is not known: each alone
			switch {
			case r.Unit == UnitDays && m.DateStart != "":
				key = "d" + it.Period + "\x00" + it.Group + "\x00" + m.DateStart
			case r.Unit == UnitArticles:
				key = "a" + it.Period + "\x00" + it.Group + "\x00" + strconv.FormatInt(m.ArticleID, 10)
			}
			add(key, it, m)
		}
	}
	for i := range items {
		slices.SortStableFunc(items[i].Meetings, func(a, b Meeting) int {
			return cmp.Or(unknownLast(a.DateStart, b.DateStart), cmp.Compare(a.ID, b.ID))
		})
	}
	return items
}

// unknownLast orders ISO days with the unknown ("") after the known.
func unknownLast(a, b string) int {
	if (a == "") != (b == "") {
		return cmp.Compare(b, a)
	}
	return cmp.Compare(a, b)
}

// groupOf is a meeting's breakdown group, as the store counts it: its
// mode ("unknown" when not said), or the highest level of its
// participants, either side ("other" when none is known).
func groupOf(breakdown string, m Meeting) string {
	switch breakdown {
	case BreakdownMode:
		if m.Mode == "" {
			return "unknown"
		}
		return m.Mode
	case BreakdownLevel:
		return Levels[levelRank(m)]
	}
	return ""
}

// clusterGroup is a cluster's best-known group: a known mode over unknown
// (the greatest, should reports disagree), the highest level any report
// names.
func clusterGroup(breakdown string, members []Meeting) string {
	switch breakdown {
	case BreakdownMode:
		mode := ""
		for _, m := range members {
			mode = max(mode, m.Mode)
		}
		return groupOf(breakdown, Meeting{Mode: mode})
	case BreakdownLevel:
		rank := len(Levels) - 1
		for _, m := range members {
			rank = min(rank, levelRank(m))
		}
		return Levels[rank]
	}
	return ""
}

// levelRank is the index in Levels of the highest level of a meeting's
// participants; an unknown level or none at all ranks as "other".
func levelRank(m Meeting) int {
	rank := len(Levels) - 1
	for _, p := range everyone(m) {
		if i := slices.Index(Levels, p.Level); i >= 0 {
			rank = min(rank, i)
		}
	}
	return rank
}

// everyone is a meeting's participants, both sides.
func everyone(m Meeting) []Participant {
	return append(slices.Clip(m.Focal), m.PartnerSide...)
}
