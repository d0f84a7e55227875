package dates

import (
	"testing"
	"time"
	"unicode/utf8"
)

// isoDay: a real calendar day written YYYY-MM-DD ("2023-02-29" is not).
func isoDay(s string) bool {
	d, err := time.Parse("2006-01-02", s)
	return err == nil && d.Format("2006-01-02") == s
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{"000", "001", "002", "003", "004"} {
		f.Add(readSeed(f, s))
	}
	for _, s := range []string{
		"", "le 30 mars", "mercredi 1er juillet", "du 28 juin au 2 juillet", "du 28 décembre au 2 janvier",
		"les 1er, 2 et 3 décembre", "entre le 3 et le 5 mai", "June 28-July 2", "between May 3 and 5",
		"le 1ᵉʳ", "1ᵉʳ juillet", "30/03/2023", "2023-07", "2023-02-29", "fin-", "mi-", "au mois d'", "du 31",
		"hier soir", "aujourd'", "avant-", "last", "on the", "the end of", "le 29 février", "31/02/2024",
		"\u00a0le\u202f30mars", "fe\u0301vrier 2023", "\xff30 mars", "99999999999999999999 mars",
	} {
		f.Add(s)
	}
	contexts := []Context{
		{}, pubDay(2024, 2, 29), pubMonth(2023, 7), {Published: d(2023, 0, 0)},
		{Years: []int{2020, 2021}}, {Published: d(9999, 12, 31), PublishedPrecision: Day},
		{Published: d(1, 1, 1), PublishedPrecision: Day},
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, lang := range []string{"fr", "en", ""} {
			ms := Find(text, lang)
			if utf8.ValidString(text) {
				checkSpans(t, text, ms)
			} else {
				// Invalid bytes count one code point each, as in []rune.
				n, prev := utf8.RuneCountInString(text), 0
				for _, m := range ms {
					if m.Start < prev || m.End <= m.Start || m.End > n {
						t.Fatalf("span [%d,%d) bad in %d code points", m.Start, m.End, n)
					}
					prev = m.End
				}
			}
			for _, m := range ms {
				for _, c := range contexts {
					iv := Resolve(m, c)
					if iv.Precision == Unknown {
						if iv.Start != "" || iv.End != "" {
							t.Fatalf("%q: unknown interval with bounds %+v", m.Text, iv)
						}
						continue
					}
					if !isoDay(iv.Start) || !isoDay(iv.End) || iv.Start > iv.End {
						t.Fatalf("%q in %+v: interval %+v", m.Text, c, iv)
					}
				}
			}
		}
		YearsIn(text)
	})
}
