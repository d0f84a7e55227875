package app

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

func TestPeriods(t *testing.T) {
	for _, tc := range []struct {
		by          Period
		first, last string
		want        string
	}{
		{ByYear, "2019-05-03", "2021-01-01", "[2019 2020 2021]"},
		{ByQuarter, "2023-02-10", "2023-07-01", "[2023-Q1 2023-Q2 2023-Q3]"},
		{ByMonth, "2023-11-30", "2024-02-01", "[2023-11 2023-12 2024-01 2024-02]"},
		{ByNone, "2023-11-30", "2024-02-01", "[all]"},
		{ByYear, "", "", "[all]"},
	} {
		if got := fmt.Sprint(PeriodsBetween(tc.by, tc.first, tc.last)); got != tc.want {
			t.Errorf("%s %s..%s: %s, want %s", tc.by, tc.first, tc.last, got, tc.want)
		}
	}
	if n := len(PeriodsBetween(ByMonth, "2015-01-01", "2024-12-31")); n != 120 {
		t.Errorf("ten years by month: %d periods", n)
	}
	for day, want := range map[string]string{"2024-03-31": "2024-Q1", "2024-04-01": "2024-Q2", "2024-12-01": "2024-Q4"} {
		if got := PeriodOf(ByQuarter, day); got != want {
			t.Errorf("quarter of %s: %s", day, got)
		}
	}
}

func TestCountTableFillsZerosAndKeepsUnknown(t *testing.T) {
	r := NewCountRequest()
	r.Partners = []string{"LAO", "USA"}
	res := CountResult{Rows: []CountRow{{Partner: "USA", Period: "2019", Count: 2}, {Partner: "USA", Period: "2021", Count: 1}, {Partner: "USA", Period: "", Count: 3}}, First: "2019-04-02", Last: "2021-08-01"}
	tab := buildCountTable(r, res)
	var got []string
	for _, row := range tab.Rows {
		got = append(got, fmt.Sprintf("%s %s %d", row.Partner, row.Period, row.Count))
	}
	want := "LAO 2019 0|LAO 2020 0|LAO 2021 0|USA 2019 2|USA 2020 0|USA 2021 1"
	if strings.Join(got, "|") != want {
		t.Errorf("rows %s, want %s", strings.Join(got, "|"), want)
	}
	if len(tab.Unknown) != 1 || tab.Unknown[0].Count != 3 || tab.Total("USA") != 3 {
		t.Errorf("unknown %v, total %d", tab.Unknown, tab.Total("USA"))
	}

	r.AllPartners = true
	res.Rows = append(res.Rows, CountRow{Partner: "JPN", Period: "2020", Count: 5}, CountRow{Partner: "CUB", Period: "", Count: 1})
	tab = buildCountTable(r, res)
	if fmt.Sprint(tab.Partners) != "[JPN USA CUB]" {
		t.Errorf("all partners by total: %v", tab.Partners)
	}
}

func TestCountRequestValidate(t *testing.T) {
	ok := NewCountRequest()
	if err := ok.Validate(); err != nil {
		t.Fatal(err)
	}
	for name, mutate := range map[string]func(*CountRequest){
		"unit":     func(r *CountRequest) { r.Unit = "people" },
		"period":   func(r *CountRequest) { r.By = "week" },
		"partner":  func(r *CountRequest) { r.Partners = []string{"us"} },
		"date":     func(r *CountRequest) { r.From = "2023-02-30" },
		"range":    func(r *CountRequest) { r.From, r.To = "2024-01-01", "2023-01-01" },
		"statuses": func(r *CountRequest) { r.Statuses = nil },
	} {
		r := NewCountRequest()
		mutate(&r)
		if err := r.Validate(); err == nil {
			t.Errorf("%s: accepted %+v", name, r)
		}
	}
	if d := ok.Describe(); !strings.Contains(d, "clusters") || !strings.Contains(d, "suggested + confirmed") {
		t.Errorf("describe: %q", d)
	}
}

func TestSetPartnersChangesNewRequestsOnly(t *testing.T) {
	t.Cleanup(func() { SetPartners(nil) })
	before := NewCountRequest()
	list := []string{"CHN", "KOR"}
	SetPartners(list)
	list[0] = "XXX" // the library keeps its own copy
	if got := NewCountRequest().Partners; !slices.Equal(got, []string{"CHN", "KOR"}) {
		t.Errorf("after SetPartners: %v", got)
	}
	if !slices.Equal(before.Partners, DefaultPartners) {
		t.Errorf("an earlier request changed: %v", before.Partners)
	}
	SetPartners(nil)
	if got := Partners(); !slices.Equal(got, DefaultPartners) {
		t.Errorf("after SetPartners(nil): %v", got)
	}
}
