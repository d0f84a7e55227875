package data

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"
	"time"

	"parley/app"
)

// The default count (clusters over the default statuses, no filter but
// partners and dates, no breakdown) reads the per-month and per-day sums
// of cluster_days that migration 0008 keeps by triggers: a few hundred
// rows a partner, where reading cluster_days costs a row per cluster.

// fastClusterCount tells whether r is the default count, which the sums
// answer.
func fastClusterCount(r app.CountRequest) bool {
	if !useClusterDays {
		return false
	}
	st := slices.Clone(r.Statuses)
	slices.Sort(st)
	want := slices.Clone(defaultCountStatuses)
	slices.Sort(want)
	return r.Unit == app.UnitClusters && slices.Equal(st, want) && len(r.Modes) == 0 &&
		len(r.Levels) == 0 && r.Teasers && r.Breakdown == "" && len(r.Tags) == 0 && len(r.TagCodes) == 0 &&
		isDay(r.From) && isDay(r.To)
}

// useClusterDays switches the fast path; tests turn it off to check it
// against the general query.
var useClusterDays = true

// isDay accepts an open bound or a YYYY-MM-DD date (the month arithmetic
// below needs one; app.CountRequest.Validate asks for it too).
func isDay(d string) bool {
	if d == "" {
		return true
	}
	_, err := time.Parse(time.DateOnly, d)
	return err == nil
}

// monthSplit cuts a date range into the whole months it covers, counted
// from cluster_month_counts, and the days of the months it only cuts into,
// counted from cluster_day_counts. Months are YYYY-MM; "" is open.
type monthSplit struct {
	firstWhole, lastWhole string // the whole months, first and last
	cutLow, cutHigh       bool   // the range starts, ends, inside a month
	afterLastWhole        string // the month after lastWhole, when cutHigh
}

func splitMonths(from, to string) monthSplit {
	var sp monthSplit
	if from != "" {
		f, _ := time.Parse(time.DateOnly, from)
		sp.firstWhole = f.Format("2006-01")
		if f.Day() != 1 {
			sp.cutLow = true
			sp.firstWhole = time.Date(f.Year(), f.Month()+1, 1, 0, 0, 0, 0, time.UTC).Format("2006-01")
		}
	}
	if to != "" {
		t, _ := time.Parse(time.DateOnly, to)
		sp.lastWhole = t.Format("2006-01")
		if t.AddDate(0, 0, 1).Day() != 1 {
			sp.cutHigh = true
			sp.lastWhole = time.Date(t.Year(), t.Month()-1, 1, 0, 0, 0, 0, time.UTC).Format("2006-01")
			sp.afterLastWhole = t.Format("2006-01")
		}
	}
	return sp
}

// countClustersFromSummary answers the default count for one share of the
// partners: the whole months of the range from cluster_month_counts, the
// days of the months it cuts from cluster_day_counts, the clusters with no
// dated report under the unknown month (empty), and the meetings not clustered
// yet one by one; then the first and last day counted, one seek a partner.
func (s *Store) countClustersFromSummary(ctx context.Context, r app.CountRequest, part partnerSet, oldVersions bool) (app.CountResult, error) {
	sp := splitMonths(r.From, r.To)
	pc, pArgs := partnerSQL(r, part, "c.partner")

	months := []string{}
	var mArgs []any
	if sp.firstWhole != "" {
		months = append(months, "c.month >= ?")
		mArgs = append(mArgs, sp.firstWhole)
	}
	if sp.lastWhole != "" {
		months = append(months, "c.month <= ?")
		mArgs = append(mArgs, sp.lastWhole)
	}
	args := slices.Concat(pArgs, mArgs)
	// The unknown month, empty, sorts before every month, so only a lower
	// bound would leave it out.
	query := `SELECT c.partner, nullif(c.month, '') AS day, c.n FROM cluster_month_counts c WHERE ` + pc +
		` AND (c.month = '' OR ` + orTrue(strings.Join(months, " AND ")) + `)`

	dayRange, dArgs := dayRangeSQL(r, "c.day")
	if sp.cutLow || sp.cutHigh {
		var cuts []string
		if sp.cutLow {
			cuts = append(cuts, "c.day < ?")
			dArgs = append(dArgs, sp.firstWhole)
		}
		if sp.cutHigh {
			cuts = append(cuts, "c.day >= ?")
			dArgs = append(dArgs, sp.afterLastWhole)
		}
		query += ` UNION ALL SELECT c.partner, c.day, c.n FROM cluster_day_counts c WHERE ` + pc +
			` AND ` + dayRange + ` AND (` + strings.Join(cuts, " OR ") + `)`
		args = slices.Concat(args, pArgs, dArgs)
	}

	nodates, ndArgs := countFilterNoDates(r, part, oldVersions)
	mDay, mDayArgs := dateRangeSQL(r, "m.date_start")
	unclustered := `SELECT m.partner, m.date_start, 1 FROM meetings m WHERE ` + nodates +
		` AND m.cluster IS NULL AND ` + orTrue(mDay)
	unclusteredArgs := slices.Concat(ndArgs, mDayArgs)
	query = `SELECT partner, coalesce(` + periodSQL(r.By, "day") + `, ''), '', sum(n), NULL, NULL FROM (` +
		query + ` UNION ALL ` + unclustered + `) GROUP BY 1, 2`
	res, err := s.queryCounts(ctx, query, slices.Concat(args, unclusteredArgs))
	if err != nil {
		return res, err
	}

	// The first and last day: min() and max() over one partner's days are
	// each one seek in the primary key.
	dayRange, dArgs = dayRangeSQL(r, "d.day")
	seek := `FROM cluster_day_counts d WHERE d.partner = p.partner AND ` + dayRange
	bounds := `SELECT min(first), max(last) FROM (
		SELECT (SELECT min(d.day) ` + seek + `) AS first, (SELECT max(d.day) ` + seek + `) AS last
		FROM (SELECT DISTINCT c.partner FROM cluster_month_counts c WHERE ` + pc + `) p
		UNION ALL
		SELECT min(date_start), max(date_start) FROM (` + unclustered + `))`
	var first, last sql.NullString
	if err := s.db.QueryRowContext(ctx, bounds, slices.Concat(dArgs, dArgs, pArgs, unclusteredArgs)...).Scan(&first, &last); err != nil {
		return app.CountResult{}, fmt.Errorf("library %s: counting meetings: %w", s.path, err)
	}
	widenRange(&res, first, last)
	return res, nil
}

// dayRangeSQL keeps the known days of col, a cluster_day_counts day, in
// the request's range (the unknown day is empty).
func dayRangeSQL(r app.CountRequest, col string) (string, []any) {
	conds := []string{col + " > ''"}
	var args []any
	if r.From != "" {
		conds = append(conds, col+" >= ?")
		args = append(args, r.From)
	}
	if r.To != "" {
		conds = append(conds, col+" <= ?")
		args = append(args, r.To)
	}
	return strings.Join(conds, " AND "), args
}
