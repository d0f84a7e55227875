package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"strconv"
	"strings"

	"parley/app"
	"parley/app/export"
)

func init() {
	var (
		format  *outputFormat
		request func() (app.CountRequest, error)
	)
	register(&command{
		name: "counts",
		summary: `Count meetings by partner and period, as charts show them: each real meeting
once (clusters) by default. Periods without meetings show as zeros; meetings
with an unknown date are counted apart, never dropped.`,
		flags: func(fs *flag.FlagSet) {
			format = formatFlag(fs)
			request = countFlags(fs)
		},
		execute: func(e *env, fs *flag.FlagSet, args []string) int {
			if len(args) > 0 {
				return usageError(e, fs, "unexpected argument %q", args[0])
			}
			r, err := request()
			if err != nil {
				return usageError(e, fs, "%v", err)
			}
			t, err := e.lib.Counts(e.ctx, r)
			if err != nil {
				return fail(e, err)
			}
			if err := writeCounts(e, t, *format); err != nil {
				return fail(e, err)
			}
			return exitOK
		},
	})
}

// countFlags declares the options of a count request (counts, chart, export
// counts) and returns the function that reads them after parsing.
func countFlags(fs *flag.FlagSet) func() (app.CountRequest, error) {
	def := app.NewCountRequest()
	unit := fs.String("unit", string(def.Unit), "what to count: clusters (each real meeting once), days, articles or mentions")
	partners := fs.String("partners", strings.Join(def.Partners, ","), "alpha-3 codes, comma-separated, or all")
	by := fs.String("by", string(def.By), "period: year, quarter, month or none (totals)")
	from := fs.String("from", "", "first day counted, YYYY-MM-DD")
	to := fs.String("to", "", "last day counted, YYYY-MM-DD")
	statuses := fs.String("status", "suggested,confirmed", "statuses counted, comma-separated: suggested, confirmed, rejected, planned")
	modes := fs.String("mode", "", "only these modes, comma-separated: in_person, phone, video")
	levels := fs.String("level", "", "only meetings with a participant of these levels, comma-separated:\nhead_of_state_or_party, head_of_government, minister, vice_minister, ambassador, other")
	teasers := fs.Bool("teasers", true, "count meetings found in teaser items too (they are clustered)")
	breakdown := fs.String("breakdown", "", "split every count by mode or by level (the highest participant's)")
	tags := fs.String("tag", "", "only meetings whose evidence a passage with one of these codes overlaps, comma-separated")
	tagCoder := fs.String("tag-coder", "", "with --tag: only this coder's passages")
	tagSession := fs.String("tag-session", "", "with --tag: only this session's passages")
	return func() (app.CountRequest, error) {
		r := app.NewCountRequest()
		r.Unit, r.By, r.From, r.To, r.Teasers = app.CountUnit(*unit), app.Period(*by), *from, *to, *teasers
		r.Breakdown = *breakdown
		r.Tags = splitList(*tags)
		r.TagCoder, r.TagSession = *tagCoder, *tagSession
		if strings.EqualFold(strings.TrimSpace(*partners), "all") {
			r.AllPartners, r.Partners = true, nil
		} else {
			r.Partners = nil
			for _, p := range splitList(*partners) {
				r.Partners = append(r.Partners, strings.ToUpper(p))
			}
		}
		r.Statuses = nil
		for _, s := range splitList(*statuses) {
			st, err := app.ParseMeetingStatus(s)
			if err != nil {
				return r, fmt.Errorf("--status: %w", err)
			}
			r.Statuses = append(r.Statuses, st)
		}
		r.Modes, r.Levels = splitList(*modes), splitList(*levels)
		return r, r.Validate()
	}
}

// countsJSON is `counts --format json`.
type countsJSON struct {
	Request     requestJSON    `json:"request"`
	Rows        []app.CountRow `json:"rows"`
	UnknownDate []unknownJSON  `json:"unknown_date"`
}

type requestJSON struct {
	Unit        string   `json:"unit"`
	Partners    []string `json:"partners"`
	By          string   `json:"by"`
	From        *string  `json:"from"`
	To          *string  `json:"to"`
	Statuses    []string `json:"statuses"`
	Modes       []string `json:"modes"`
	Levels      []string `json:"levels"`
	Teasers     bool     `json:"teasers"`
	Breakdown   *string  `json:"breakdown"`
	Groups      []string `json:"groups,omitempty"`
	Description string   `json:"description"`
}

type unknownJSON struct {
	Partner string `json:"partner"`
	Group   string `json:"group,omitempty"`
	Count   int    `json:"count"`
}

func writeCounts(e *env, t app.CountTable, format outputFormat) error {
	switch format {
	case "json":
		r := t.Request
		j := countsJSON{Rows: t.Rows, UnknownDate: []unknownJSON{}, Request: requestJSON{
			Unit: string(r.Unit), Partners: t.Partners, By: string(r.By), From: nullable(r.From), To: nullable(r.To),
			Modes: nonNilStrings(r.Modes), Levels: nonNilStrings(r.Levels), Teasers: r.Teasers,
			Breakdown: nullable(r.Breakdown), Groups: t.Groups, Description: r.Describe(),
		}}
		for _, s := range r.Statuses {
			j.Request.Statuses = append(j.Request.Statuses, string(s))
		}
		if j.Rows == nil {
			j.Rows = []app.CountRow{}
		}
		for _, u := range t.Unknown {
			j.UnknownDate = append(j.UnknownDate, unknownJSON{Partner: u.Partner, Group: u.Group, Count: u.Count})
		}
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(j)
	case "csv":
		return export.Counts(e.stdout, export.CSVOptions{}, t)
	}
	// A table: partners (and groups) down, periods across, then totals and
	// unknown dates.
	groups := t.Groups
	first := []string{"partner"}
	if groups == nil {
		groups = []string{""}
	} else {
		first = append(first, t.Request.Breakdown)
	}
	tab := table{header: append(append(first, t.Periods...), "total", "date unknown")}
	unknown := map[string]int{}
	for _, u := range t.Unknown {
		unknown[u.Partner+"\x00"+u.Group] += u.Count
	}
	for _, p := range t.Partners {
		for _, g := range groups {
			row := []string{p}
			if t.Groups != nil {
				row = append(row, g)
			}
			total := 0
			for _, period := range t.Periods {
				n := t.CountIn(p, period, g)
				total += n
				row = append(row, strconv.Itoa(n))
			}
			tab.rows = append(tab.rows, append(row, strconv.Itoa(total), strconv.Itoa(unknown[p+"\x00"+g])))
		}
	}
	fmt.Fprintln(e.stdout, t.Request.Describe())
	return tab.write(e.stdout, "table")
}

func nonNilStrings(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
