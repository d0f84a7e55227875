package dates

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"parley/app/apptest"
)

// readSeed returns the seed page whose name starts with prefix.
func readSeed(tb testing.TB, prefix string) string {
	tb.Helper()
	dir := apptest.SeedsDir(tb)
	files, err := filepath.Glob(filepath.Join(dir, prefix+"_*.txt"))
	if err != nil || len(files) != 1 {
		tb.Fatalf("seed %s in %s: %v %v", prefix, dir, files, err)
	}
	b, err := os.ReadFile(files[0])
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}

// seedPublished reads the "date YYYY-MM" line some agency pages start with;
// the importer does this for real, the test only needs seed 004's.
func seedPublished(text string) Context {
	f := strings.Fields(text)
	if len(f) >= 2 && f[0] == "date" {
		if ms := Find(f[1], ""); len(ms) == 1 && ms[0].Text == f[1] {
			return Context{Published: ms[0].From}
		}
	}
	return Context{}
}

// TestSeeds runs Find over the five real pages and checks the dates the
// gold meetings rest on, resolved as the extractor will resolve them.
func TestSeeds(t *testing.T) {
	cases := []struct {
		seed, text string
		want       Interval // zero: the year stays unknown (no weekday, no publication)
	}{
		{"000", "mercredi 1er juillet", Interval{"2020-07-01", "2020-07-01", Day}},
		{"001", "le 30 mars", Interval{}},
		{"001", "le 30mars", Interval{}},
		{"001", "le 29 mars", Interval{}},
		{"001", "du 1ᵉʳ au 2 décembre 2025", Interval{"2025-12-01", "2025-12-02", Day}},
		{"002", "le 25 mars", Interval{}},
		{"002", "Dans la soirée du 18 novembre", Interval{}},
		{"002", "du 21 au 24 novembre 2025", Interval{"2025-11-21", "2025-11-24", Day}},
		{"002", "le 12 août 2025 après-midi", Interval{"2025-08-12", "2025-08-12", Day}},
		{"002", "enseptembre 2023", Interval{"2023-09-01", "2023-09-30", Month}},
		{"003", "mardi 27 février", Interval{"2024-02-27", "2024-02-27", Day}},
		{"003", "en novembre2023", Interval{"2023-11-01", "2023-11-30", Month}},
		{"004", "du 28 juin au 2 juillet", Interval{"2023-06-28", "2023-07-02", Day}},
		{"004", "en mars 2023", Interval{"2023-03-01", "2023-03-31", Month}},
	}
	for _, c := range cases {
		text := readSeed(t, c.seed)
		ms := Find(text, "fr")
		checkSpans(t, text, ms)
		ctx := seedPublished(text)
		ctx.Years = YearsIn(text)
		found := false
		for _, m := range ms {
			if m.Text != c.text {
				continue
			}
			found = true
			if got := Resolve(m, ctx); got != c.want {
				t.Errorf("seed %s %q: Resolve = %+v, want %+v (context %+v)", c.seed, c.text, got, c.want, ctx)
			}
		}
		if !found {
			t.Errorf("seed %s: %q not found among %s", c.seed, c.text, dump(ms))
		}
	}
}

// TestSeedsNoFalseDates checks that nothing in the seeds that is not a date
// comes out as one: every mention names a month, a year or a relative day.
func TestSeedsNoFalseDates(t *testing.T) {
	for _, s := range []string{"000", "001", "002", "003", "004"} {
		text := readSeed(t, s)
		for _, m := range Find(text, "fr") {
			if m.From.Month == 0 && m.From.Year == 0 && !m.Relative {
				t.Errorf("seed %s: %q is no date", s, m.Text)
			}
			if strings.ContainsAny(m.Text, "\n") {
				t.Errorf("seed %s: %q crosses a line", s, m.Text)
			}
		}
	}
}
