package charts

import (
	"bytes"
	"fmt"
	"io"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"parley/app"
	"parley/app/apptest"
)

// breakdownTable has the given partners over n months from January 2015,
// split into groups, with counts that vary but are fixed, zeros included.
func breakdownTable(partners []string, n int, breakdown string, groups []string) app.CountTable {
	t := monthTable(partners, n)
	t.Request.Breakdown = breakdown
	t.Groups = groups
	t.Rows = nil
	for j, p := range partners {
		for i, per := range t.Periods {
			for g, grp := range groups {
				t.Rows = append(t.Rows, app.CountRow{Partner: p, Period: per, Group: grp, Count: (i*5 + j*3 + g*7) % 9 / (g + 1)})
			}
		}
	}
	return t
}

// smallBreakdownTable is the table of the breakdown golden files: two
// partners over three years by mode, with a zero segment, an empty stack
// and unknown dates in two groups.
func smallBreakdownTable() app.CountTable {
	req := app.NewCountRequest()
	req.Partners = []string{"USA", "JPN"}
	req.From, req.To = "2022-01-01", "2024-12-31"
	req.Breakdown = app.BreakdownMode
	t := app.CountTable{Request: req, Partners: req.Partners, Periods: []string{"2022", "2023", "2024"},
		Groups: app.BreakdownGroups(app.BreakdownMode)}
	counts := map[string][][]int{ // period × group
		"USA": {{3, 1, 0, 1}, {5, 0, 2, 0}, {0, 0, 0, 0}},
		"JPN": {{6, 2, 1, 0}, {4, 3, 3, 1}, {8, 1, 0, 2}},
	}
	for _, p := range t.Partners {
		for i, per := range t.Periods {
			for g, grp := range t.Groups {
				t.Rows = append(t.Rows, app.CountRow{Partner: p, Period: per, Group: grp, Count: counts[p][i][g]})
			}
		}
	}
	t.Unknown = []app.CountRow{{Partner: "JPN", Group: "phone", Count: 1}, {Partner: "USA", Group: "in_person", Count: 2}, {Partner: "USA", Group: "unknown", Count: 1}}
	return t
}

// breakdownKinds are the kinds that draw a breakdown.
var breakdownKinds = []Kind{Bars, Stacked, Totals}

// TestBreakdownGoldenSVG pins the stacked and totals SVG of the small
// breakdown table. Regenerate with: go test ./charts -run Golden -update
func TestBreakdownGoldenSVG(t *testing.T) {
	tab := smallBreakdownTable()
	for _, k := range []Kind{Stacked, Totals} {
		got := render(t, tab, Options{Kind: k, Format: SVG})
		if again := render(t, tab, Options{Kind: k, Format: SVG}); !bytes.Equal(got, again) {
			t.Errorf("%s: two renderings differ: the SVG is not stable", k)
		}
		apptest.Golden(t, filepath.Join("testdata", "breakdown-"+string(k)+".svg"), got, *update)
	}
}

// TestBreakdownWords: the title and subtitle say the breakdown, the legend
// names the groups in words, and the unknown dates are summed per partner.
func TestBreakdownWords(t *testing.T) {
	tab := smallBreakdownTable()
	for _, k := range breakdownKinds {
		svg := string(render(t, tab, Options{Kind: k, Format: SVG}))
		for _, want := range []string{"by mode", "split by mode", ">By mode:<", ">in person<", ">phone<", ">video<", ">unknown<",
			"+ 4 meetings with unknown date, not shown (JPN 1, USA 3)"} {
			if !strings.Contains(svg, want) {
				t.Errorf("%s: SVG lacks %q", k, want)
			}
		}
		if k != Totals && !strings.Contains(svg, ">USA<") {
			t.Errorf("%s: the legend must name the partners", k)
		}
	}
	lv := breakdownTable([]string{"JPN"}, 12, app.BreakdownLevel, app.BreakdownGroups(app.BreakdownLevel))
	svg := string(render(t, lv, Options{Kind: Stacked, Format: SVG}))
	for _, w := range []string{"head of state or party", "head of government", "minister", "vice-minister", "ambassador", "other", "By level:"} {
		if !strings.Contains(svg, ">"+w+"<") {
			t.Errorf("levels: SVG lacks %q", w)
		}
	}
	if got := groupWord("written_note"); got != "written note" {
		t.Errorf("unknown group word %q", got)
	}
}

// TestBreakdownPNG decodes the images: real, not blank, each partner's own
// colour (its first group) and a lighter shade of it both present.
func TestBreakdownPNG(t *testing.T) {
	tab := smallBreakdownTable()
	d := seriesOf(tab, Stacked)
	for _, k := range breakdownKinds {
		img := decodePNG(t, render(t, tab, Options{Kind: k}))
		if b := img.Bounds(); b.Dx() != defaultWidth || b.Dy() < defaultHeight {
			t.Errorf("%s: size %v", k, b.Size())
		}
		colours, inked, exact := pixelStats(img)
		if len(colours) < 20 || inked < img.Bounds().Dx()*img.Bounds().Dy()/100 {
			t.Errorf("%s: looks blank: %d colours, %d non-white pixels", k, len(colours), inked)
		}
		for _, p := range tab.Partners {
			for g := range 2 { // in person and phone: both drawn for each partner
				col := lighten(CountryColour(p), d.Lighten[g])
				if exact[col] < 20 {
					t.Errorf("%s: %s's shade %d %v covers %d pixels", k, p, g, col, exact[col])
				}
			}
		}
	}
}

// breakdownEdgeCases are the awkward tables with a breakdown.
func breakdownEdgeCases() map[string]app.CountTable {
	zeros := smallBreakdownTable()
	for i := range zeros.Rows {
		zeros.Rows[i].Count = 0
	}
	zeros.Unknown = nil
	one := breakdownTable(app.DefaultPartners, 12, app.BreakdownMode, []string{"video"})
	levels := app.BreakdownGroups(app.BreakdownLevel)
	return map[string]app.CountTable{
		"all zeros":       zeros,
		"one group":       one,
		"4 × 6 × 12":      breakdownTable(app.DefaultPartners, 12, app.BreakdownLevel, levels),
		"one partner":     breakdownTable([]string{"JPN"}, 10, app.BreakdownMode, app.BreakdownGroups(app.BreakdownMode)),
		"25 × 6 × 6":      breakdownTable(manyPartners, 6, app.BreakdownLevel, levels),
		"120 months":      breakdownTable(app.DefaultPartners, 120, app.BreakdownMode, []string{"in_person", "phone", "video"}),
		"groups unlisted": {Request: app.CountRequest{Breakdown: "mode"}, Rows: []app.CountRow{{Partner: "FRA", Period: "2024", Group: "phone", Count: 2}}},
	}
}

// TestBreakdownEdgeCases: every awkward table renders in both formats and at
// the smallest size, with the no-data message exactly when all is zero;
// lines are refused with a message that says what to use.
func TestBreakdownEdgeCases(t *testing.T) {
	for name, tab := range breakdownEdgeCases() {
		for _, k := range breakdownKinds {
			svg := render(t, tab, Options{Kind: k, Format: SVG})
			checkXML(t, name+"/"+string(k), svg)
			if got := bytes.Contains(svg, []byte(NoDataMessage)); got != (name == "all zeros") {
				t.Errorf("%s/%s: no-data message shown = %v", name, k, got)
			}
			img := decodePNG(t, render(t, tab, Options{Kind: k, Format: PNG}))
			if !hasInk(img) {
				t.Errorf("%s/%s: blank PNG", name, k)
			}
			render(t, tab, Options{Kind: k, Format: PNG, Width: minSide, Height: minSide})
		}
		err := Render(io.Discard, tab, Options{Kind: Lines})
		if err == nil || !strings.Contains(err.Error(), "use stacked") {
			t.Errorf("%s/lines: %v, want a refusal naming stacked", name, err)
		}
	}
}

// TestBreakdownValuesAreTheTable: with a breakdown, Values holds exactly
// one number per partner × category × group, and it is the table's
// CountIn (summed over the periods for Totals): the chart and the CSV hold
// the same numbers.
func TestBreakdownValuesAreTheTable(t *testing.T) {
	cases := breakdownEdgeCases()
	cases["small"] = smallBreakdownTable()
	for name, tab := range cases {
		if Values(tab, Lines) != nil {
			t.Errorf("%s: lines draw nothing with a breakdown, Values must be nil", name)
		}
		d := seriesOf(tab, Bars)
		for _, k := range breakdownKinds {
			v := Values(tab, k)
			cats := d.Labels
			if k == Totals {
				cats = []string{TotalLabel}
			}
			if len(v) != len(d.Series) {
				t.Errorf("%s/%s: %d partners, want %d", name, k, len(v), len(d.Series))
			}
			for _, s := range d.Series {
				p := s.Partner
				if len(v[p]) != len(cats)*len(d.Groups) {
					t.Errorf("%s/%s: %s has %d values, want %d", name, k, p, len(v[p]), len(cats)*len(d.Groups))
				}
				for _, cat := range cats {
					for _, g := range d.Groups {
						want := 0
						if k == Totals {
							for _, per := range d.Labels {
								want += tab.CountIn(p, per, g)
							}
						} else {
							want = tab.CountIn(p, cat, g)
						}
						got, ok := v[p][cat+GroupSep+g]
						if !ok || got != want {
							t.Errorf("%s/%s: %s %s|%s = %d (present %v), table %d", name, k, p, cat, g, got, ok, want)
						}
					}
				}
			}
			// And the other way round: every row is drawn.
			for _, r := range tab.Rows {
				if k != Totals && v[r.Partner][r.Period+GroupSep+r.Group] != r.Count {
					t.Errorf("%s/%s: row %+v drawn as %d", name, k, r, v[r.Partner][r.Period+GroupSep+r.Group])
				}
			}
		}
	}
}

// TestBreakdownDrawnNumbers reads back the counts printed on top of each
// partner's stack (and after each total bar): they are the table's Count
// and Total, all groups together.
func TestBreakdownDrawnNumbers(t *testing.T) {
	tab := smallBreakdownTable()
	printed := func(k Kind) string {
		var out []string
		for _, m := range smallText.FindAllStringSubmatch(string(render(t, tab, Options{Kind: k, Format: SVG})), -1) {
			out = append(out, m[1])
		}
		return strings.Join(out, " ")
	}
	var stacks, totals []string
	for _, per := range tab.Periods {
		for _, p := range tab.Partners {
			stacks = append(stacks, itoa(tab.Count(p, per)))
		}
	}
	for _, p := range tab.Partners {
		totals = append(totals, itoa(tab.Total(p)))
	}
	for k, want := range map[Kind][]string{Bars: stacks, Stacked: stacks, Totals: totals} {
		if got := printed(k); got != strings.Join(want, " ") {
			t.Errorf("%s: printed %v, table says %v", k, got, want)
		}
	}
	// The segments tall enough print their own count: JPN in 2024 in
	// person (8) is one of them.
	inside := regexp.MustCompile(`font-size:10\.7px[^>]*>([0-9]+)</text>`)
	if !slicesContain(inside.FindAllStringSubmatch(string(render(t, tab, Options{Kind: Stacked, Format: SVG})), -1), "8") {
		t.Error("no segment count printed inside the stacks")
	}
}

func slicesContain(ms [][]string, s string) bool {
	for _, m := range ms {
		if m[1] == s {
			return true
		}
	}
	return false
}

// TestBreakdownOptions: Options.Breakdown only asserts the table's
// breakdown; the shades are fixed by the group's rank, not by the filter.
func TestBreakdownOptions(t *testing.T) {
	tab := smallBreakdownTable()
	for _, c := range []struct {
		opt  Options
		want string // "" for success, else part of the error
	}{
		{Options{Kind: Stacked, Breakdown: "mode"}, ""},
		{Options{Kind: Stacked, Breakdown: " Mode "}, ""},
		{Options{Kind: Stacked, Breakdown: "level"}, "broken down by mode"},
		{Options{Kind: Stacked, Breakdown: "status"}, "want mode or level"},
		{Options{Kind: Lines}, "lines do not take a breakdown (by mode); use stacked"},
	} {
		err := Render(io.Discard, tab, c.opt)
		if (err == nil) != (c.want == "") || err != nil && !strings.Contains(err.Error(), c.want) {
			t.Errorf("%+v: %v, want %q", c.opt, err, c.want)
		}
	}
	if err := Render(io.Discard, smallTable(), Options{Breakdown: "level"}); err == nil || !strings.Contains(err.Error(), "no breakdown") {
		t.Errorf("a breakdown asked of a table without one: %v", err)
	}
	all := lightenSteps("mode", app.BreakdownGroups("mode"))
	some := lightenSteps("mode", []string{"in_person", "video"})
	if some[1] != all[2] || all[0] != 0 || all[3] != maxLighten {
		t.Errorf("shades: all %v, filtered %v", all, some)
	}
	if got := lightenSteps("group", []string{"b", "a"}); got[0] != 0 || got[1] != maxLighten {
		t.Errorf("unknown groups shade by order: %v", got)
	}
	if b := breakdownName("", []string{"minister", "other"}); b != "level" {
		t.Errorf("breakdown of level groups read as %q", b)
	}
	if b := breakdownName("", []string{"x"}); b != "group" {
		t.Errorf("breakdown of unknown groups read as %q", b)
	}
}

// TestBreakdownLayout: with the long level names and a narrow image the
// legend stays inside the image, its items apart and above the plot, and
// the category labels do not overlap.
func TestBreakdownLayout(t *testing.T) {
	m, err := newMeasurer()
	if err != nil {
		t.Fatal(err)
	}
	for name, tab := range breakdownEdgeCases() {
		for _, k := range breakdownKinds {
			for _, width := range []int{0, 600, minSide} {
				d := seriesOf(tab, k)
				f := layoutFrame(m, tab, d, Options{Kind: k, Width: width})
				where := fmt.Sprintf("%s/%s/%d", name, k, width)
				if d.empty() {
					continue
				}
				checkLegend(t, where, m, f)
				groups := 0
				for _, it := range f.Legend {
					if it.Partner == "" && !it.Heading {
						groups++
					}
				}
				if groups != len(d.Groups) {
					t.Errorf("%s: %d groups in the legend, want %d", where, groups, len(d.Groups))
				}
				if k != Totals && width != minSide {
					checkCategoryLabels(t, where, m, f, d.Labels)
				}
			}
		}
	}
}

// BenchmarkRenderBreakdown draws 4 partners × 120 months × 3 modes as
// stacks; the target is under 50 ms per chart.
//
//	go test ./charts -run '^$' -bench Breakdown -benchmem
func BenchmarkRenderBreakdown(b *testing.B) {
	tab := breakdownTable(app.DefaultPartners, 120, app.BreakdownMode, []string{"in_person", "phone", "video"})
	for _, f := range []Format{PNG, SVG} {
		for _, k := range breakdownKinds {
			b.Run(string(f)+"/"+string(k), func(b *testing.B) {
				var buf bytes.Buffer
				for b.Loop() {
					buf.Reset()
					if err := Render(&buf, tab, Options{Kind: k, Format: f}); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(float64(buf.Len())/1024, "KB")
			})
		}
	}
}
