package dates

import (
	"testing"
	"time"
)

func pubDay(y, m, dd int) Context { return Context{Published: d(y, m, dd), PublishedPrecision: Day} }
func pubMonth(y, m int) Context   { return Context{Published: d(y, m, 0), PublishedPrecision: Month} }
func named(years ...int) Context  { return Context{Years: years} }

// mention reads the only mention Find gives for text, so that the cases
// below test Find and Resolve together as the extractor uses them.
func mention(t *testing.T, text string) Mention {
	t.Helper()
	ms := Find(text, "")
	if len(ms) != 1 {
		t.Fatalf("Find(%q) = %s, want one mention", text, dump(ms))
	}
	return ms[0]
}

func TestResolve(t *testing.T) {
	cases := []struct {
		name  string
		text  string
		ctx   Context
		want  Interval
		basis Basis
	}{
		// 1. The mention's own year.
		{"explicit day", "30 mars 2023", Context{}, Interval{"2023-03-30", "2023-03-30", Day}, BasisText},
		{"explicit wins over publication", "30 mars 2019", pubDay(2023, 4, 1), Interval{"2019-03-30", "2019-03-30", Day}, BasisText},
		{"explicit month", "en novembre 2023", Context{}, Interval{"2023-11-01", "2023-11-30", Month}, BasisText},
		{"explicit year", "en 2020", Context{}, Interval{"2020-01-01", "2020-12-31", Year}, BasisText},
		{"span of years", "en 2020-2021", Context{}, Interval{"2020-01-01", "2021-12-31", Year}, BasisText},
		{"late part", "fin juin 2023", Context{}, Interval{"2023-06-21", "2023-06-30", Month}, BasisText},
		{"early part", "début juillet 2023", Context{}, Interval{"2023-07-01", "2023-07-10", Month}, BasisText},
		{"mid part", "mid-February 2024", Context{}, Interval{"2024-02-11", "2024-02-20", Month}, BasisText},
		{"late February leap", "late February 2024", Context{}, Interval{"2024-02-21", "2024-02-29", Month}, BasisText},
		{"late in a year", "fin 2023", Context{}, Interval{"2023-09-01", "2023-12-31", Year}, BasisText},
		{"early in a year", "in early 2024", Context{}, Interval{"2024-01-01", "2024-04-30", Year}, BasisText},
		{"year from the second end", "du 28 décembre au 2 janvier 2025", Context{}, Interval{"2024-12-28", "2025-01-02", Day}, BasisText},
		{"ISO", "2023-03-30", Context{}, Interval{"2023-03-30", "2023-03-30", Day}, BasisText},

		// 2. The publication date.
		{"publication day", "le 30 mars", pubDay(2023, 4, 2), Interval{"2023-03-30", "2023-03-30", Day}, BasisPublication},
		{"publication after year end", "le 28 décembre", pubDay(2024, 1, 5), Interval{"2023-12-28", "2023-12-28", Day}, BasisPublication},
		{"announcement after year end", "le 5 janvier", pubDay(2023, 12, 20), Interval{"2024-01-05", "2024-01-05", Day}, BasisPublication},
		{"announcement within grace", "le 20 septembre", pubDay(2023, 7, 25), Interval{"2023-09-20", "2023-09-20", Day}, BasisPublication},
		{"beyond grace is last year", "le 20 décembre", pubDay(2023, 7, 25), Interval{"2022-12-20", "2022-12-20", Day}, BasisPublication},
		{"month publication, seed 004", "du 28 juin au 2 juillet", pubMonth(2023, 7), Interval{"2023-06-28", "2023-07-02", Day}, BasisPublication},
		{"year publication", "le 5 janvier", Context{Published: d(2023, 0, 0)}, Interval{"2023-01-05", "2023-01-05", Day}, BasisPublication},
		{"precision read from parts", "le 30 mars", Context{Published: d(2023, 4, 2)}, Interval{"2023-03-30", "2023-03-30", Day}, BasisPublication},
		{"month by publication", "en septembre", pubDay(2023, 10, 2), Interval{"2023-09-01", "2023-09-30", Month}, BasisPublication},
		{"part by publication", "mi-juin", pubMonth(2023, 7), Interval{"2023-06-11", "2023-06-20", Month}, BasisPublication},
		{"range across year end", "du 28 décembre au 2 janvier", pubDay(2025, 1, 10), Interval{"2024-12-28", "2025-01-02", Day}, BasisPublication},
		{"weekday picks among publication years", "vendredi 10 février", pubMonth(2024, 1), Interval{"2023-02-10", "2023-02-10", Day}, BasisPublication},
		{"publication beats a wrong weekday", "mercredi 1er juillet", pubMonth(2023, 7), Interval{"2023-07-01", "2023-07-01", Day}, BasisPublication},
		{"no 29 February near publication", "le 29 février", pubDay(2023, 3, 10), Interval{}, BasisNone},
		{"29 February of a leap publication year", "le 29 février", pubDay(2024, 3, 10), Interval{"2024-02-29", "2024-02-29", Day}, BasisPublication},

		// 3. The weekday, near the years the text names.
		{"seed 000", "mercredi 1er juillet", named(2020, 2021), Interval{"2020-07-01", "2020-07-01", Day}, BasisWeekday},
		{"seed 003", "mardi 27 février", named(2023), Interval{"2024-02-27", "2024-02-27", Day}, BasisWeekday},
		{"neighbour of a named year", "mercredi 1er juillet", named(2019), Interval{"2020-07-01", "2020-07-01", Day}, BasisWeekday},
		{"nearest to a named year", "mercredi 1er juillet", named(2017), Interval{"2015-07-01", "2015-07-01", Day}, BasisWeekday},
		{"first named year wins a tie", "mercredi 1er juillet", named(2026, 2020), Interval{"2026-07-01", "2026-07-01", Day}, BasisWeekday},
		{"equally near two candidates", "mercredi 1er juillet", named(2023), Interval{}, BasisNone},
		{"no named year: ambiguous", "mercredi 1er juillet", Context{}, Interval{}, BasisNone},
		{"named year beyond the window", "mercredi 1er juillet", named(2045), Interval{"2043-07-01", "2043-07-01", Day}, BasisWeekday},
		// 1 July was a Wednesday in 1998 and 2009: both too far from 2003.
		{"named years too far", "mercredi 1er juillet", named(2003), Interval{}, BasisNone},
		{"English weekday", "on Wednesday, July 1", named(2020), Interval{"2020-07-01", "2020-07-01", Day}, BasisWeekday},

		// 4. Nothing to go on.
		{"no year", "le 30 mars", named(2023), Interval{}, BasisNone},
		{"no year for a month", "fin juin", Context{}, Interval{}, BasisNone},

		// Relative dates need a publication day.
		{"hier", "hier", pubDay(2020, 3, 1), Interval{"2020-02-29", "2020-02-29", Day}, BasisRelative},
		{"aujourd'hui", "aujourd'hui", pubDay(2020, 3, 1), Interval{"2020-03-01", "2020-03-01", Day}, BasisRelative},
		{"demain", "demain", pubDay(2020, 12, 31), Interval{"2021-01-01", "2021-01-01", Day}, BasisRelative},
		{"this morning", "this morning", pubDay(2020, 3, 1), Interval{"2020-03-01", "2020-03-01", Day}, BasisRelative},
		{"hier needs a day", "hier", pubMonth(2020, 3), Interval{}, BasisNone},
		{"hier without publication", "yesterday", Context{}, Interval{}, BasisNone},
		// 2024-02-29 was a Thursday.
		{"jeudi dernier on a Thursday", "jeudi dernier", pubDay(2024, 2, 29), Interval{"2024-02-22", "2024-02-22", Day}, BasisRelative},
		{"ce jeudi on a Thursday", "ce jeudi", pubDay(2024, 2, 29), Interval{"2024-02-29", "2024-02-29", Day}, BasisRelative},
		{"lundi", "a reçu lundi", pubDay(2024, 2, 29), Interval{"2024-02-26", "2024-02-26", Day}, BasisRelative},
		{"last Monday", "last Monday", pubDay(2024, 2, 29), Interval{"2024-02-26", "2024-02-26", Day}, BasisRelative},
		{"lundi prochain", "lundi prochain", pubDay(2024, 2, 29), Interval{"2024-03-04", "2024-03-04", Day}, BasisRelative},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := mention(t, c.text)
			got, basis := ResolveBasis(m, c.ctx)
			if got != c.want || basis != c.basis {
				t.Errorf("ResolveBasis(%q) = %+v %q, want %+v %q", c.text, got, basis, c.want, c.basis)
			}
			if Resolve(m, c.ctx) != got {
				t.Errorf("Resolve and ResolveBasis disagree")
			}
		})
	}
}

// TestResolveHandMade covers mentions built by other packages rather than
// by Find: they may be partial or wrong, and must never give a backwards or
// invented interval.
func TestResolveHandMade(t *testing.T) {
	cases := []struct {
		name string
		m    Mention
		want Interval
	}{
		{"zero", Mention{}, Interval{}},
		{"To left zero", Mention{From: d(2023, 3, 30)}, Interval{"2023-03-30", "2023-03-30", Day}},
		{"bad month", Mention{From: d(2023, 13, 1)}, Interval{}},
		{"bad day", Mention{From: d(2023, 4, 31)}, Interval{}},
		{"day without month", Mention{From: d(2023, 0, 5)}, Interval{}},
		{"backwards", Mention{From: d(2023, 5, 5), To: d(2023, 5, 3)}, Interval{}},
		{"month to day", Mention{From: d(2023, 5, 0), To: d(2023, 6, 3)}, Interval{"2023-05-01", "2023-06-03", Month}},
		{"year to month", Mention{From: d(2023, 0, 0), To: d(2023, 6, 0)}, Interval{}},
		{"relative weekday out of range", Mention{Relative: true, HasWeekday: true, Weekday: time.Weekday(9)}, Interval{}},
	}
	for _, c := range cases {
		if got := Resolve(c.m, pubDay(2023, 7, 1)); got != c.want && !(c.m.Relative && got == Interval{}) {
			t.Errorf("%s: Resolve = %+v, want %+v", c.name, got, c.want)
		}
	}
}

func TestYearsIn(t *testing.T) {
	cases := []struct {
		text string
		want []int
	}{
		{"président de l’ASEAN 2020 et membre en 2020-2021", []int{2020, 2021}},
		{"en novembre2023, 10e anniversaire (2013-2023)", []int{2023, 2013}},
		{"(2 décembre 1960 – 2 décembre 2025) et le 30/03/2024", []int{1960, 2025, 2024}},
		{"Tél : (84-24) 3825 2050, 1.2020 tonnes, 2020,5 millions, 1944, 2101, 20205", nil},
		{"", nil},
	}
	for _, c := range cases {
		got := YearsIn(c.text)
		if len(got) != len(c.want) {
			t.Errorf("YearsIn(%q) = %v, want %v", c.text, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("YearsIn(%q) = %v, want %v", c.text, got, c.want)
				break
			}
		}
	}
}
