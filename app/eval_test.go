package app

import (
	"strings"
	"testing"
)

func sp(s string) *string { return &s }

func TestReadGoldNamesTheBadLine(t *testing.T) {
	good := `{"id":"a","events":[{"partner":"USA","mode":"phone","date":"2020-07-01"}],"teaser_events":[]}`
	if g, err := ReadGold(strings.NewReader(good + "\n\n")); err != nil || len(g) != 1 || g[0].Events[0].Partner != "USA" {
		t.Fatalf("good file: %+v %v", g, err)
	}
	for _, bad := range []string{
		good + "\n{not json",
		good + "\n" + `{"events":[]}`,
		good + "\n" + `{"id":"b","events":[{"partner":"US"}]}`,
		good + "\n" + `{"id":"b","events":[{"partner":"USA","date":"2020-02-30"}]}`,
	} {
		if _, err := ReadGold(strings.NewReader(bad)); err == nil || !strings.Contains(err.Error(), "line 2") {
			t.Errorf("%q: error %v, want one naming line 2", bad, err)
		}
	}
}

// A worked example: article a has three gold events; the extractor finds two
// of them (one with the wrong mode, so it does not match), one false alarm,
// and a planned meeting that is not a prediction.
//
//	gold a: USA phone 2020-07-01, USA in_person 2020-07-01, JPN (no date)
//	pred a: USA phone 2020-07-01 ✓, USA phone 2020-07-01 ✗ (the in-person
//	        event is taken; the second phone is a false alarm),
//	        JPN video 2021-03 ✓ (gold gives no date or mode), LAO planned (left out)
//	events: gold 3, predicted 3, matched 2 → P 2/3, R 2/3, F1 2/3
//	pairs:  gold {a USA, a JPN}, predicted {a USA, a JPN} → 1, 1, 1
//	dates:  matched 2, exact 1 (USA day; JPN gold has none, prediction has one)
func TestEvaluateWorkedExample(t *testing.T) {
	gold := []GoldArticle{{ID: "a",
		Events: []GoldEvent{
			{Partner: "USA", Mode: sp("phone"), Date: sp("2020-07-01"), PartnerParticipant: "David F. Helvey, secrétaire adjoint"},
			{Partner: "USA", Mode: sp("in_person"), Date: sp("2020-07-01"), PartnerParticipant: "Daniel J. Kritenbrink, ambassadeur"},
			{Partner: "JPN"},
		},
		TeaserEvents: []GoldEvent{{Partner: "CUB", Date: sp("2025-12")}},
	}}
	day := func(p, mode, d string) Meeting {
		return Meeting{Partner: p, Mode: mode, DateStart: d, DateEnd: d, DatePrecision: PrecisionDay, Status: Suggested}
	}
	pred := map[string][]Meeting{"a": {
		day("USA", ModePhone, "2020-07-01"),
		day("USA", ModePhone, "2020-07-01"),
		{Partner: "JPN", Mode: ModeVideo, DateStart: "2021-03-01", DateEnd: "2021-03-31", DatePrecision: PrecisionMonth, Status: Suggested},
		{Partner: "LAO", Status: Planned},
		{Partner: "CUB", Teaser: true, DateStart: "2025-12-02", DateEnd: "2025-12-02", DatePrecision: PrecisionDay, Status: Suggested},
		{Partner: "CUB", Teaser: true, DateStart: "2024-01-02", DateEnd: "2024-01-02", DatePrecision: PrecisionDay, Status: Suggested},
	}}
	r := Evaluate(gold, pred)
	if r.Events.Gold != 3 || r.Events.Predicted != 3 || r.Events.Matched != 2 || !near(r.Events.F1, 2.0/3) {
		t.Errorf("events %+v", r.Events)
	}
	if r.ArticlePartner.Gold != 2 || r.ArticlePartner.Predicted != 2 || r.ArticlePartner.Matched != 2 || !near(r.ArticlePartner.F1, 1) {
		t.Errorf("article-partner %+v", r.ArticlePartner)
	}
	if r.Dates.Matched != 2 || r.Dates.Exact != 1 {
		t.Errorf("dates %+v", r.Dates)
	}
	// The teaser meeting dated 2025-12-02 falls inside the gold month; the
	// 2024 one does not.
	if r.Teasers.Gold != 1 || r.Teasers.Predicted != 2 || r.Teasers.Matched != 1 {
		t.Errorf("teasers %+v", r.Teasers)
	}
	if len(r.Missed) != 1 || !strings.Contains(r.Missed[0], "Kritenbrink") || len(r.FalseAlarms) != 1 {
		t.Errorf("missed %v, false alarms %v", r.Missed, r.FalseAlarms)
	}
}

// One to one, as many as can be: a greedy pairing would give the first
// prediction to the first gold event and leave the second unmatched.
func TestMatchEventsFindsTheLargestPairing(t *testing.T) {
	gold := []GoldEvent{
		{Partner: "USA", Date: sp("2023-06-28/2023-07-02")}, // both predictions fit
		{Partner: "USA", Date: sp("2023-07-02")},            // only the first fits
	}
	pred := []Meeting{
		{Partner: "USA", DateStart: "2023-07-02", DateEnd: "2023-07-02", DatePrecision: PrecisionDay},
		{Partner: "USA", DateStart: "2023-06-29", DateEnd: "2023-06-29", DatePrecision: PrecisionDay},
	}
	if pairs := matchEvents(gold, pred); len(pairs) != 2 {
		t.Errorf("pairs %v, want 2", pairs)
	}
}

func TestGoldIntervals(t *testing.T) {
	for in, want := range map[string][2]string{
		"2020-07-01":            {"2020-07-01", "2020-07-01"},
		"2024-02":               {"2024-02-01", "2024-02-29"},
		"2023":                  {"2023-01-01", "2023-12-31"},
		"2023-06-28/2023-07-02": {"2023-06-28", "2023-07-02"},
	} {
		s, e, err := goldInterval(in)
		if err != nil || s != want[0] || e != want[1] {
			t.Errorf("%s: %s %s %v", in, s, e, err)
		}
	}
}

func near(a, b float64) bool { return a-b < 1e-9 && b-a < 1e-9 }

// Two gold events with one partner on two days; the predictions fit both
// (month-long visit window) but one of each has the exact day: exact pairs
// are made first, so both dates count as exact.
func TestMatchEventsPrefersExactDates(t *testing.T) {
	gold := []GoldEvent{{Partner: "LAO", Date: sp("2024-01-07/2024-01-31")}, {Partner: "LAO", Date: sp("2024-01-07")}}
	pred := []Meeting{
		{Partner: "LAO", DateStart: "2024-01-07", DateEnd: "2024-01-07", DatePrecision: PrecisionDay},
		{Partner: "LAO", DateStart: "2024-01-07", DateEnd: "2024-01-31", DatePrecision: PrecisionDay},
	}
	r := Evaluate([]GoldArticle{{ID: "a", Events: gold}}, map[string][]Meeting{"a": pred})
	if r.Dates.Matched != 2 || r.Dates.Exact != 2 {
		t.Errorf("dates %+v, want both exact", r.Dates)
	}
	// A year is written as gold files write it: the interval of its days.
	y := Meeting{DateStart: "2023-01-01", DateEnd: "2023-12-31", DatePrecision: PrecisionYear}
	if got := goldDateOf(y); got != "2023-01-01/2023-12-31" {
		t.Errorf("year as gold date: %q", got)
	}
}
