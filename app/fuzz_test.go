package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"parley/app/apptest"
)

// FuzzParseDate: a date the library accepts is written back exactly as it
// was given (trimmed), so that a stored date always reads the same, and the
// interval it covers is real.
func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"", "2024", "2024-02", "2024-02-29", "2023-02-29", "0000", "9999-12-31", " 2024-01 ",
		"2024-13", "2024-1", "+202", "+2024", "-202", "2024-+1", "2024-01-+1", "2024--1", "١٢٣٤", "2024-01-01-01"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s)
		if err != nil {
			return
		}
		if got, want := d.String(), strings.TrimSpace(s); got != want {
			t.Fatalf("ParseDate(%q) reads back as %q", s, got)
		}
		if d.Known() && d.FirstDay() > d.LastDay() {
			t.Fatalf("ParseDate(%q): %s after %s", s, d.FirstDay(), d.LastDay())
		}
	})
}

// FuzzReadGold: a gold file the analyst points `parley-cli eval` at gives
// articles whose events have alpha-3 partners and readable dates, or an
// error naming the line.
func FuzzReadGold(f *testing.F) {
	gold, err := os.ReadFile(filepath.Join(apptest.SeedsDir(f), "..", "gold", "seeds.jsonl"))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(string(gold))
	for _, s := range []string{"", "\n\n", "{}", `{"id":"a"}`, `{"id":"a","events":[{"partner":"US"}]}`,
		`{"id":"a","events":[{"partner":"USA","date":"2020-02-30"}]}`, `{"id":"a","events":[{"partner":"USA","date":"2020-07/2020-08"}]}`,
		`{"id":"a"} {"id":"b"}`, `{"id":"a","events":null,"teaser_events":[{"partner":"LAO","date":""}]}`, "[1,2", `{"id":1}`,
		`{"id":"a","published":null}` + "\n" + `{"id":"b","events":[{"partner":"\u00e9\u00e9"}]}`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		arts, err := ReadGold(strings.NewReader(s))
		if err != nil {
			if !strings.HasPrefix(err.Error(), "line ") && !strings.Contains(err.Error(), "token too long") {
				t.Fatalf("error does not name the line: %v", err)
			}
			return
		}
		for _, a := range arts {
			if a.ID == "" {
				t.Fatalf("article without id: %+v", a)
			}
			for _, e := range append(append([]GoldEvent(nil), a.Events...), a.TeaserEvents...) {
				if len(e.Partner) != 3 {
					t.Fatalf("partner %q accepted", e.Partner)
				}
				if e.Date != nil {
					if _, _, err := goldInterval(*e.Date); err != nil {
						t.Fatalf("date %q accepted: %v", *e.Date, err)
					}
				}
			}
		}
	})
}
