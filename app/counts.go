package app

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync/atomic"
	"time"
)

// CountUnit is what a count counts.
type CountUnit string

const (
	// UnitClusters counts each real meeting once (its cluster): the default.
	UnitClusters CountUnit = "clusters"
	// UnitDays counts distinct days with at least one meeting.
	UnitDays CountUnit = "days"
	// UnitArticles counts articles reporting at least one meeting.
	UnitArticles CountUnit = "articles"
	// UnitMentions counts every meeting mention (article or teaser).
	UnitMentions CountUnit = "mentions"
)

// Period is the time bucket of a count.
type Period string

const (
	ByYear    Period = "year"
	ByQuarter Period = "quarter"
	ByMonth   Period = "month"
	ByNone    Period = "none" // totals
)

// DefaultPartners are the partners an analyst compares unless told
// otherwise.
var DefaultPartners = []string{"USA", "JPN", "LAO", "CUB"}

// chosenPartners holds the analyst's own default partners (the desktop
// settings), read by NewCountRequest from any goroutine.
var chosenPartners atomic.Pointer[[]string]

// SetPartners makes list the partners a new count request compares; nil
// goes back to DefaultPartners.
func SetPartners(list []string) {
	if list == nil {
		chosenPartners.Store(nil)
		return
	}
	c := slices.Clone(list)
	chosenPartners.Store(&c)
}

// Partners are the partners a new count request compares: the analyst's
// choice (SetPartners), else DefaultPartners.
func Partners() []string {
	if p := chosenPartners.Load(); p != nil {
		return slices.Clone(*p)
	}
	return slices.Clone(DefaultPartners)
}

// DefaultCountStatuses are counted unless told otherwise; planned and
// rejected meetings never are by default.
var DefaultCountStatuses = []MeetingStatus{Suggested, Confirmed}

// CountRequest names what to count. NewCountRequest fills the defaults.
type CountRequest struct {
	Unit CountUnit
	// Partners in the order the analyst gave them; AllPartners counts
	// every partner found instead.
	Partners    []string
	AllPartners bool
	By          Period
	// From and To bound the meeting dates, ISO days, inclusive; "" is open.
	// A meeting counts in the range when its start day is in it.
	From, To string
	Statuses []MeetingStatus
	Modes    []string // "" = every mode
	Levels   []string // a meeting counts when any participant has one of these levels
	// Teasers: meetings found in teaser items count too (they are
	// clustered with the articles that report the same meeting).
	Teasers bool
	// Breakdown splits every count by BreakdownMode or BreakdownLevel; ""
	// for none.
	Breakdown string
	// Tags keeps only meetings whose evidence a passage coded with one of
	// these codes (or their sub-codes) overlaps: the analyst's codes as a
	// filter on the counts. TagCodes holds their ids, filled by Counts.
	Tags     []string
	TagCodes []int64
	// TagCoder and TagSession narrow Tags to one coder's or one session's
	// passages (names; their ids are filled by Counts).
	TagCoder, TagSession     string
	TagCoderID, TagSessionID int64
}

// Breakdowns of a count.
const (
	// BreakdownMode splits by mode: in_person, phone, video, unknown.
	BreakdownMode = "mode"
	// BreakdownLevel splits by the highest level of the meeting's
	// participants, either side.
	BreakdownLevel = "level"
)

// BreakdownGroups are the groups of a breakdown, in display order.
func BreakdownGroups(breakdown string) []string {
	switch breakdown {
	case BreakdownMode:
		return []string{ModeInPerson, ModePhone, ModeVideo, "unknown"}
	case BreakdownLevel:
		return slices.Clone(Levels)
	}
	return nil
}

// Levels of participants, highest first.
var Levels = []string{"head_of_state_or_party", "head_of_government", "minister", "vice_minister", "ambassador", "other"}

// NewCountRequest is the default request: meeting clusters of the four
// default partners by year, suggested and confirmed, teasers included.
func NewCountRequest() CountRequest {
	return CountRequest{
		Unit: UnitClusters, Partners: Partners(), By: ByYear,
		Statuses: slices.Clone(DefaultCountStatuses), Teasers: true,
	}
}

// Validate checks a request and says what is wrong with it.
func (r CountRequest) Validate() error {
	switch r.Unit {
	case UnitClusters, UnitDays, UnitArticles, UnitMentions:
	default:
		return fmt.Errorf("unit %q: want clusters, days, articles or mentions", r.Unit)
	}
	switch r.By {
	case ByYear, ByQuarter, ByMonth, ByNone:
	default:
		return fmt.Errorf("period %q: want year, quarter, month or none", r.By)
	}
	for _, p := range r.Partners {
		if len(p) != 3 || strings.ToUpper(p) != p {
			return fmt.Errorf("partner %q: want an upper-case alpha-3 code", p)
		}
	}
	if !r.AllPartners && len(r.Partners) == 0 {
		return fmt.Errorf("no partner to count")
	}
	for _, d := range []string{r.From, r.To} {
		if d == "" {
			continue
		}
		if _, err := time.Parse("2006-01-02", d); err != nil {
			return fmt.Errorf("date %q: want YYYY-MM-DD", d)
		}
	}
	if r.From != "" && r.To != "" && r.To < r.From {
		return fmt.Errorf("date range %s to %s ends before it starts", r.From, r.To)
	}
	if len(r.Statuses) == 0 {
		return fmt.Errorf("no status to count")
	}
	for _, l := range r.Levels {
		if !slices.Contains(Levels, l) {
			return fmt.Errorf("level %q: want one of %s", l, strings.Join(Levels, ", "))
		}
	}
	for _, m := range r.Modes {
		if !slices.Contains([]string{ModeInPerson, ModePhone, ModeVideo}, m) {
			return fmt.Errorf("mode %q: want in_person, phone or video", m)
		}
	}
	switch r.Breakdown {
	case "", BreakdownMode, BreakdownLevel:
	default:
		return fmt.Errorf("breakdown %q: want mode or level", r.Breakdown)
	}
	return nil
}

// Describe states the request in words, for a chart's title or a CSV's
// reader: "Meeting clusters by year, 2019-01-01 to 2024-12-31, suggested +
// confirmed, teasers included".
func (r CountRequest) Describe() string {
	unit := map[CountUnit]string{UnitClusters: "Meetings (clusters)", UnitDays: "Meeting days",
		UnitArticles: "Articles reporting meetings", UnitMentions: "Meeting mentions"}[r.Unit]
	parts := []string{unit}
	if r.By != ByNone {
		parts[0] += " by " + string(r.By)
	}
	switch {
	case r.From != "" && r.To != "":
		parts = append(parts, r.From+" to "+r.To)
	case r.From != "":
		parts = append(parts, "from "+r.From)
	case r.To != "":
		parts = append(parts, "until "+r.To)
	}
	st := make([]string, len(r.Statuses))
	for i, s := range r.Statuses {
		st[i] = string(s)
	}
	parts = append(parts, strings.Join(st, " + "))
	if len(r.Modes) > 0 {
		parts = append(parts, "modes "+strings.Join(r.Modes, ", "))
	}
	if len(r.Levels) > 0 {
		parts = append(parts, "levels "+strings.Join(r.Levels, ", "))
	}
	if !r.Teasers {
		parts = append(parts, "articles' own text only")
	}
	if len(r.Tags) > 0 {
		tagged := "tagged " + strings.Join(r.Tags, " or ")
		if r.TagCoder != "" {
			tagged += " by " + r.TagCoder
		}
		if r.TagSession != "" {
			tagged += " in session " + r.TagSession
		}
		parts = append(parts, tagged)
	}
	if r.Breakdown != "" {
		parts = append(parts, "by "+r.Breakdown)
	}
	return strings.Join(parts, ", ")
}

// CountRow is one count: a partner in a period ("" for the unknown-date
// bucket).
type CountRow struct {
	Partner string `json:"partner"`
	Period  string `json:"period"`
	// Group is the mode or level of a breakdown, "" without one.
	Group string `json:"group,omitempty"`
	Count int    `json:"count"`
}

// CountTable is the answer to a CountRequest: every partner × every period
// of the range, zeros included, plus the meetings whose date is unknown,
// which are reported, never dropped or guessed into a period.
type CountTable struct {
	Request  CountRequest
	Partners []string // in the request's order (or by total, for all)
	Periods  []string // in time order; ["all"] when By is none
	// Groups of the breakdown in display order; nil without one. With a
	// breakdown, Rows hold every partner × period × group.
	Groups  []string
	Rows    []CountRow
	Unknown []CountRow // Period "", one row per partner (and group) with a count > 0
}

// Count returns the count of a partner in a period (0 when absent), all
// groups of a breakdown together.
func (t CountTable) Count(partner, period string) int {
	n := 0
	for _, r := range t.Rows {
		if r.Partner == partner && r.Period == period {
			n += r.Count
		}
	}
	return n
}

// CountIn returns the count of one group of a breakdown.
func (t CountTable) CountIn(partner, period, group string) int {
	for _, r := range t.Rows {
		if r.Partner == partner && r.Period == period && r.Group == group {
			return r.Count
		}
	}
	return 0
}

// Total is a partner's count over every period (unknown dates apart).
func (t CountTable) Total(partner string) int {
	n := 0
	for _, r := range t.Rows {
		if r.Partner == partner {
			n += r.Count
		}
	}
	return n
}

// PeriodOf gives the period label of an ISO day: "2024", "2024-Q1",
// "2024-03", or "all".
func PeriodOf(by Period, day string) string {
	if len(day) < 7 {
		return "all"
	}
	switch by {
	case ByYear:
		return day[:4]
	case ByQuarter:
		m := (int(day[5]-'0')*10 + int(day[6]-'0') - 1) / 3
		return fmt.Sprintf("%s-Q%d", day[:4], m+1)
	case ByMonth:
		return day[:7]
	}
	return "all"
}

// PeriodsBetween lists every period from the one holding first to the one
// holding last (ISO days), so that periods without meetings show as zeros.
func PeriodsBetween(by Period, first, last string) []string {
	if by == ByNone || first == "" || last == "" {
		return []string{"all"}
	}
	start, err1 := time.Parse("2006-01-02", first)
	end, err2 := time.Parse("2006-01-02", last)
	if err1 != nil || err2 != nil || end.Before(start) {
		return []string{"all"}
	}
	step := map[Period]int{ByYear: 12, ByQuarter: 3, ByMonth: 1}[by]
	// Start at the first month of the first period.
	m := int(start.Month()) - 1
	m -= m % step
	t := time.Date(start.Year(), time.Month(m+1), 1, 0, 0, 0, 0, time.UTC)
	var out []string
	for !t.After(end) {
		out = append(out, PeriodOf(by, t.Format("2006-01-02")))
		t = t.AddDate(0, step, 0)
	}
	return out
}

// CountResult is what the store counts: the non-zero counts (Period "" for
// unknown dates) and the first and last meeting day selected.
type CountResult struct {
	Rows        []CountRow
	First, Last string
}

// Counts answers a count request: the store counts in SQL; this fills the
// zeros of every partner × period of the range and orders the partners.
func (l *Library) Counts(ctx context.Context, r CountRequest) (CountTable, error) {
	if err := r.Validate(); err != nil {
		return CountTable{}, err
	}
	if len(r.Tags) > 0 {
		b, err := l.Codebook(ctx)
		if err != nil {
			return CountTable{}, err
		}
		r.TagCodes = nil
		for _, name := range r.Tags {
			c, err := b.Find(name)
			if err != nil {
				return CountTable{}, fmt.Errorf("--tag: %w", err)
			}
			r.TagCodes = append(r.TagCodes, b.Subtree(c.ID)...)
		}
		if r.TagCoder != "" {
			c, err := l.findCoder(ctx, r.TagCoder)
			if err != nil {
				return CountTable{}, fmt.Errorf("--tag-coder: %w", err)
			}
			r.TagCoderID = c.ID
		}
		if r.TagSession != "" {
			sessions, err := l.Store.Sessions(ctx)
			if err != nil {
				return CountTable{}, err
			}
			s, err := findSession(sessions, r.TagSession)
			if err != nil {
				return CountTable{}, fmt.Errorf("--tag-session: %w", err)
			}
			r.TagSessionID = s.ID
		}
	} else if r.TagCoder != "" || r.TagSession != "" {
		return CountTable{}, fmt.Errorf("--tag-coder and --tag-session narrow --tag: name a code too")
	}
	res, err := l.Store.CountMeetings(ctx, r)
	if err != nil {
		return CountTable{}, err
	}
	return buildCountTable(r, res), nil
}

func buildCountTable(r CountRequest, res CountResult) CountTable {
	from, to := r.From, r.To
	if from == "" {
		from = res.First
	}
	if to == "" {
		to = res.Last
	}
	t := CountTable{Request: r, Periods: PeriodsBetween(r.By, from, to), Groups: BreakdownGroups(r.Breakdown)}
	counts := map[string]map[string]int{} // partner -> period + "\x00" + group -> count
	totals := map[string]int{}
	for _, row := range res.Rows {
		if row.Period == "" {
			t.Unknown = append(t.Unknown, row)
			continue
		}
		if counts[row.Partner] == nil {
			counts[row.Partner] = map[string]int{}
		}
		counts[row.Partner][row.Period+"\x00"+row.Group] += row.Count
		totals[row.Partner] += row.Count
	}
	t.Partners = slices.Clone(r.Partners)
	if r.AllPartners {
		t.Partners = t.Partners[:0]
		for p := range totals {
			t.Partners = append(t.Partners, p)
		}
		for _, u := range t.Unknown {
			if totals[u.Partner] == 0 && !slices.Contains(t.Partners, u.Partner) {
				t.Partners = append(t.Partners, u.Partner)
			}
		}
		slices.SortFunc(t.Partners, func(a, b string) int {
			if totals[a] != totals[b] {
				return totals[b] - totals[a]
			}
			return strings.Compare(a, b)
		})
	}
	groups := t.Groups
	if groups == nil {
		groups = []string{""}
	}
	for _, p := range t.Partners {
		for _, period := range t.Periods {
			for _, g := range groups {
				t.Rows = append(t.Rows, CountRow{Partner: p, Period: period, Group: g, Count: counts[p][period+"\x00"+g]})
			}
		}
	}
	slices.SortFunc(t.Unknown, func(a, b CountRow) int {
		if c := strings.Compare(a.Partner, b.Partner); c != 0 {
			return c
		}
		return slices.Index(groups, a.Group) - slices.Index(groups, b.Group)
	})
	return t
}
