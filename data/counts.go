package data

import (
	"context"
	"database/sql"
	"fmt"
	"runtime"
	"strings"
	"sync"

	"parley/app"
)

// periodSQL is the SQL expression of a period label over a date column,
// matching app.PeriodOf.
func periodSQL(by app.Period, col string) string {
	switch by {
	case app.ByYear:
		return "substr(" + col + ", 1, 4)"
	case app.ByQuarter:
		return "substr(" + col + ", 1, 4) || '-Q' || ((CAST(substr(" + col + ", 6, 2) AS INTEGER) + 2) / 3)"
	case app.ByMonth:
		return "substr(" + col + ", 1, 7)"
	}
	// Totals: still NULL for an unknown date, which has its own bucket.
	return "CASE WHEN " + col + " IS NULL THEN NULL ELSE 'all' END"
}

// CountMeetings counts in SQL, grouped by partner and period, over the
// meetings of latest article versions that the request selects. Meetings
// with an unknown date come back with Period "". A cluster counts once, in
// the period of its earliest dated report.
//
// The partners are counted in shares, each on its own connection at the
// same time: a count reads every selected meeting's index entry (about a
// microsecond each), and partners never share a row of the result.
func (s *Store) CountMeetings(ctx context.Context, r app.CountRequest) (app.CountResult, error) {
	// Most libraries hold no old version; then no meeting needs the test.
	var oldVersions bool
	if err := s.db.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM articles WHERE latest = 0)`).Scan(&oldVersions); err != nil {
		return app.CountResult{}, fmt.Errorf("library %s: counting meetings: %w", s.path, err)
	}
	shares := partnerShares(r, min(runtime.NumCPU(), maxCountShares))
	results := make([]app.CountResult, len(shares))
	errs := make([]error, len(shares))
	var wg sync.WaitGroup
	for i, part := range shares {
		wg.Go(func() { results[i], errs[i] = s.countShare(ctx, r, part, oldVersions) })
	}
	wg.Wait()
	var res app.CountResult
	for i, part := range results {
		if errs[i] != nil {
			return app.CountResult{}, errs[i]
		}
		res.Rows = append(res.Rows, part.Rows...)
		if part.First != "" && (res.First == "" || part.First < res.First) {
			res.First = part.First
		}
		res.Last = max(res.Last, part.Last)
	}
	return res, nil
}

// maxCountShares bounds the connections one count uses.
const maxCountShares = 4

// partnerSet is the partners of one share of a count: a list, or for
// "all partners" a range of codes [lo, hi) ("" is open).
type partnerSet struct {
	list   []string
	lo, hi string
}

// partnerShares splits the request's partners into at most n shares.
func partnerShares(r app.CountRequest, n int) []partnerSet {
	if r.AllPartners {
		// Alpha-3 codes spread over the alphabet; fixed cut points keep
		// the shares near even without a query to list the partners.
		cuts := map[int][]string{1: {"", ""}, 2: {"", "K", ""}, 3: {"", "G", "P", ""}, 4: {"", "E", "K", "R", ""}}[max(1, min(n, 4))]
		shares := make([]partnerSet, len(cuts)-1)
		for i := range shares {
			shares[i] = partnerSet{lo: cuts[i], hi: cuts[i+1]}
		}
		return shares
	}
	n = max(1, min(n, len(r.Partners)))
	shares := make([]partnerSet, n)
	for i, p := range r.Partners {
		shares[i%n].list = append(shares[i%n].list, p)
	}
	return shares
}

// countShare counts the meetings of one share of the partners.
func (s *Store) countShare(ctx context.Context, r app.CountRequest, part partnerSet, oldVersions bool) (app.CountResult, error) {
	if fastClusterCount(r) {
		return s.countClustersFromSummary(ctx, r, part, oldVersions)
	}
	where, args := countFilter(r, part, oldVersions)
	group := groupSQL(r.Breakdown)
	// Every query returns partner, period, group, count, and the first and
	// last day of the group, from which the selection's range follows
	// without a second pass.
	var query string
	switch r.Unit {
	case app.UnitClusters:
		// A cluster is one real meeting: it counts once, on the day of its
		// earliest dated report, and the date range applies to that day.
		// Meetings not clustered yet count alone.
		nodates, ndArgs := countFilterNoDates(r, part, oldVersions)
		dayCond, dayArgs := dateRangeSQL(r, "day")
		having := ""
		if dayCond != "" {
			having = " HAVING " + dayCond
		}
		// Clusters are grouped in the order of the meetings_counting index
		// (partner, cluster). A cluster's group is its best-known one: a
		// mode over unknown, the highest level of any report.
		query = `SELECT partner, coalesce(` + periodSQL(r.By, "day") + `, ''), grp, count(*), min(day), max(day) FROM (
			SELECT m.partner, min(m.date_start) AS day, ` + clusterGroupSQL(r.Breakdown) + ` AS grp FROM meetings m
			WHERE ` + nodates + ` AND m.cluster IS NOT NULL GROUP BY m.partner, m.cluster` + having + `
			UNION ALL
			SELECT m.partner, m.date_start, ` + group + ` FROM meetings m WHERE ` + where + ` AND m.cluster IS NULL)
			GROUP BY 1, 2, 3`
		args = append(append(append([]any{}, ndArgs...), dayArgs...), args...)
	case app.UnitDays:
		query = `SELECT m.partner, coalesce(` + periodSQL(r.By, "m.date_start") + `, ''), ` + group + `,
			count(DISTINCT m.date_start) + sum(m.date_start IS NULL), min(m.date_start), max(m.date_start)
			FROM meetings m WHERE ` + where + ` GROUP BY 1, 2, 3`
	case app.UnitArticles:
		query = `SELECT m.partner, coalesce(` + periodSQL(r.By, "m.date_start") + `, ''), ` + group + `,
			count(DISTINCT m.article_id), min(m.date_start), max(m.date_start)
			FROM meetings m WHERE ` + where + ` GROUP BY 1, 2, 3`
	case app.UnitMentions:
		query = `SELECT m.partner, coalesce(` + periodSQL(r.By, "m.date_start") + `, ''), ` + group + `,
			count(*), min(m.date_start), max(m.date_start)
			FROM meetings m WHERE ` + where + ` GROUP BY 1, 2, 3`
	default:
		return app.CountResult{}, fmt.Errorf("unit %q: want clusters, days, articles or mentions", r.Unit)
	}
	return s.queryCounts(ctx, query, args)
}

// queryCounts runs a count query (partner, period, group, count, first and
// last day) and gathers its rows.
func (s *Store) queryCounts(ctx context.Context, query string, args []any) (app.CountResult, error) {
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return app.CountResult{}, fmt.Errorf("library %s: counting meetings: %w", s.path, err)
	}
	defer rows.Close()
	var res app.CountResult
	for rows.Next() {
		var row app.CountRow
		var first, last sql.NullString
		if err := rows.Scan(&row.Partner, &row.Period, &row.Group, &row.Count, &first, &last); err != nil {
			return app.CountResult{}, fmt.Errorf("library %s: counting meetings: %w", s.path, err)
		}
		res.Rows = append(res.Rows, row)
		widenRange(&res, first, last)
	}
	if err := rows.Err(); err != nil {
		return app.CountResult{}, fmt.Errorf("library %s: counting meetings: %w", s.path, err)
	}
	return res, nil
}

// widenRange stretches res's first and last day to cover first and last.
func widenRange(res *app.CountResult, first, last sql.NullString) {
	if first.Valid && (res.First == "" || first.String < res.First) {
		res.First = first.String
	}
	if last.Valid && last.String > res.Last {
		res.Last = last.String
	}
}

// levelRankSQL ranks a meeting by its highest participant level, 1 for a
// head of state or party down to 6 for other (and for no participant).
const levelRankSQL = `(SELECT coalesce(min(CASE p.level WHEN 'head_of_state_or_party' THEN 1
	WHEN 'head_of_government' THEN 2 WHEN 'minister' THEN 3 WHEN 'vice_minister' THEN 4
	WHEN 'ambassador' THEN 5 ELSE 6 END), 6) FROM participants p WHERE p.meeting_id = m.id)`

// levelNameSQL turns a rank back into the level's name.
func levelNameSQL(rank string) string {
	return `CASE ` + rank + ` WHEN 1 THEN 'head_of_state_or_party' WHEN 2 THEN 'head_of_government'
		WHEN 3 THEN 'minister' WHEN 4 THEN 'vice_minister' WHEN 5 THEN 'ambassador' ELSE 'other' END`
}

// groupSQL is a meeting's group in a breakdown (” without one).
func groupSQL(breakdown string) string {
	switch breakdown {
	case app.BreakdownMode:
		return "CASE WHEN m.mode = '' THEN 'unknown' ELSE m.mode END"
	case app.BreakdownLevel:
		return levelNameSQL(levelRankSQL)
	}
	return "''"
}

// clusterGroupSQL is a cluster's group: the known mode of its reports (a
// cluster never mixes two known modes; ” sorts lowest), or the highest
// level any report names.
func clusterGroupSQL(breakdown string) string {
	switch breakdown {
	case app.BreakdownMode:
		return "coalesce(nullif(max(m.mode), ''), 'unknown')"
	case app.BreakdownLevel:
		return levelNameSQL("min(" + levelRankSQL + ")")
	}
	return "''"
}

// partnerSQL selects a share's partners on col.
func partnerSQL(r app.CountRequest, part partnerSet, col string) (string, []any) {
	if !r.AllPartners {
		args := make([]any, len(part.list))
		for i, p := range part.list {
			args[i] = p
		}
		return col + " IN (" + placeholders(len(part.list)) + ")", args
	}
	var conds []string
	var args []any
	if part.lo != "" {
		conds = append(conds, col+" >= ?")
		args = append(args, part.lo)
	}
	if part.hi != "" {
		conds = append(conds, col+" < ?")
		args = append(args, part.hi)
	}
	return orTrue(strings.Join(conds, " AND ")), args
}

func orTrue(cond string) string {
	if cond == "" {
		return "1"
	}
	return cond
}

// countFilter is the WHERE clause of a count over meetings m.
func countFilter(r app.CountRequest, part partnerSet, oldVersions bool) (string, []any) {
	where, args := countFilterNoDates(r, part, oldVersions)
	cond, dateArgs := dateRangeSQL(r, "m.date_start")
	if cond != "" {
		where += " AND " + cond
	}
	return where, append(args, dateArgs...)
}

// dateRangeSQL keeps the dates of col in the request's range; unknown
// dates are kept, as they make the "date unknown" bucket.
func dateRangeSQL(r app.CountRequest, col string) (string, []any) {
	var conds []string
	var args []any
	if r.From != "" {
		conds = append(conds, "("+col+" IS NULL OR "+col+" >= ?)")
		args = append(args, r.From)
	}
	if r.To != "" {
		conds = append(conds, "("+col+" IS NULL OR "+col+" <= ?)")
		args = append(args, r.To)
	}
	return strings.Join(conds, " AND "), args
}

// countFilterNoDates is the WHERE clause of a count over meetings m without
// the date range.
func countFilterNoDates(r app.CountRequest, part partnerSet, oldVersions bool) (string, []any) {
	// Old versions of an article are few: excluded by a small set, as in
	// search, rather than a join per meeting.
	where := []string{"1"}
	if oldVersions {
		where[0] = "m.article_id NOT IN (SELECT id FROM articles WHERE latest = 0)"
	}
	var args []any
	in := func(col string, values []string) {
		where = append(where, col+" IN ("+placeholders(len(values))+")")
		for _, v := range values {
			args = append(args, v)
		}
	}
	statuses := make([]string, len(r.Statuses))
	for i, s := range r.Statuses {
		statuses[i] = string(s)
	}
	in("m.status", statuses)
	switch {
	case !r.AllPartners:
		in("m.partner", part.list)
	default:
		if part.lo != "" {
			where = append(where, "m.partner >= ?")
			args = append(args, part.lo)
		}
		if part.hi != "" {
			where = append(where, "m.partner < ?")
			args = append(args, part.hi)
		}
	}
	if len(r.Modes) > 0 {
		in("m.mode", r.Modes)
	}
	if !r.Teasers {
		where = append(where, "m.teaser_position IS NULL")
	}
	if len(r.Tags) > 0 && len(r.TagCodes) == 0 {
		where = append(where, "0") // tags named but none known: nothing matches
	}
	if len(r.TagCodes) > 0 {
		// A tag applies to a body meeting whose evidence a passage with
		// one of the codes (by the coder, in the session, when named)
		// overlaps; teaser meetings have no body span.
		tag := "t.article_id = m.article_id AND t.code_id IN (" + placeholders(len(r.TagCodes)) +
			") AND t.start < m.evidence_end AND m.evidence_start < t.\"end\""
		for _, id := range r.TagCodes {
			args = append(args, id)
		}
		if r.TagCoderID != 0 {
			tag += " AND t.coder_id = ?"
			args = append(args, r.TagCoderID)
		}
		if r.TagSessionID != 0 {
			tag += " AND t.session_id = ?"
			args = append(args, r.TagSessionID)
		}
		where = append(where, "m.teaser_position IS NULL AND EXISTS (SELECT 1 FROM passages t WHERE "+tag+")")
	}
	if len(r.Levels) > 0 {
		where = append(where, "EXISTS (SELECT 1 FROM participants p WHERE p.meeting_id = m.id AND p.level IN ("+
			placeholders(len(r.Levels))+"))")
		for _, l := range r.Levels {
			args = append(args, l)
		}
	}
	return strings.Join(where, " AND "), args
}
