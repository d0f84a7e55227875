package charts

import (
	"fmt"

	"parley/app"
)

// smallTable is the fixed table of the golden files: the four default
// partners over six years, with a zero, a gap and unknown dates.
func smallTable() app.CountTable {
	req := app.NewCountRequest()
	req.From, req.To = "2019-01-01", "2024-12-31"
	t := app.CountTable{Request: req, Partners: []string{"USA", "JPN", "LAO", "CUB"},
		Periods: []string{"2019", "2020", "2021", "2022", "2023", "2024"}}
	counts := map[string][]int{
		"USA": {3, 1, 0, 4, 6, 5},
		"JPN": {5, 2, 3, 7, 6, 8},
		"LAO": {9, 4, 6, 10, 12, 11},
		"CUB": {1, 0, 1, 2, 2, 3},
	}
	for _, p := range t.Partners {
		for i, per := range t.Periods {
			t.Rows = append(t.Rows, app.CountRow{Partner: p, Period: per, Count: counts[p][i]})
		}
	}
	t.Unknown = []app.CountRow{{Partner: "USA", Count: 2}, {Partner: "LAO", Count: 3}}
	return t
}

// monthTable has the given partners over n months from January 2015, with
// counts that vary but are fixed.
func monthTable(partners []string, n int) app.CountTable {
	req := app.NewCountRequest()
	req.Partners = partners
	req.By = app.ByMonth
	t := app.CountTable{Request: req, Partners: partners}
	for i := range n {
		t.Periods = append(t.Periods, fmt.Sprintf("%04d-%02d", 2015+i/12, i%12+1))
	}
	for j, p := range partners {
		for i, per := range t.Periods {
			t.Rows = append(t.Rows, app.CountRow{Partner: p, Period: per, Count: (i*7+j*3)%11 + j%3})
		}
	}
	return t
}

// manyPartners are 25 alpha-3 codes, the defaults first.
var manyPartners = []string{"USA", "JPN", "LAO", "CUB", "CHN", "KOR", "RUS", "IND", "FRA", "DEU",
	"GBR", "AUS", "KHM", "THA", "SGP", "IDN", "MYS", "PHL", "BRA", "ZAF", "CAN", "ITA", "ESP", "NZL", "MNG"}

// yearTable has the given partners over the years from-to.
func yearTable(partners []string, from, to int) app.CountTable {
	req := app.NewCountRequest()
	req.Partners = partners
	t := app.CountTable{Request: req, Partners: partners}
	for y := from; y <= to; y++ {
		t.Periods = append(t.Periods, fmt.Sprint(y))
	}
	for j, p := range partners {
		for i, per := range t.Periods {
			t.Rows = append(t.Rows, app.CountRow{Partner: p, Period: per, Count: (i*5+j*7)%13 + 1})
		}
	}
	return t
}

// edgeCases are the tables that break go-chart's own charts.
func edgeCases() map[string]app.CountTable {
	req := app.NewCountRequest()
	zeros := app.CountTable{Request: req, Partners: []string{"USA", "JPN"}, Periods: []string{"2023", "2024"}}
	for _, p := range zeros.Partners {
		for _, per := range zeros.Periods {
			zeros.Rows = append(zeros.Rows, app.CountRow{Partner: p, Period: per})
		}
	}
	onlyUnknown := zeros
	onlyUnknown.Unknown = []app.CountRow{{Partner: "USA", Count: 4}}
	one := app.CountRequest{Unit: app.UnitClusters, Partners: []string{"CUB"}, By: app.ByNone,
		Statuses: []app.MeetingStatus{app.Confirmed}}
	return map[string]app.CountTable{
		"zero value":    {},
		"no rows":       {Request: req, Partners: app.DefaultPartners, Periods: []string{"2024"}},
		"all zeros":     zeros,
		"only unknown":  onlyUnknown,
		"single value":  {Request: one, Partners: []string{"CUB"}, Periods: []string{"all"}, Rows: []app.CountRow{{Partner: "CUB", Period: "all", Count: 7}}},
		"one partner":   yearTable([]string{"LAO"}, 2015, 2024),
		"25 partners":   yearTable(manyPartners, 2019, 2024),
		"25 × months":   monthTable(manyPartners, 36),
		"120 months":    monthTable(app.DefaultPartners, 120),
		"one period":    yearTable(app.DefaultPartners, 2024, 2024),
		"rows unlisted": {Request: req, Rows: []app.CountRow{{Partner: "FRA", Period: "2024", Count: 2}}},
	}
}
