package places

import (
	"testing"
	"unicode/utf8"
)

// FuzzFind checks what must hold for any text: no panic, offsets in range,
// sorted and disjoint, Text equal to the span, a country for every mention.
func FuzzFind(f *testing.F) {
	for _, tc := range findCases {
		f.Add(tc.text)
	}
	for _, s := range []string{"", "œ", "Vietnamœ", "E\u0301\u0301tats-Unis", "\xffUSA\xff", "-–—\u00a0\u202f",
		"lesÉtats-Unissoutenaient", "sino-", "-sino-vietnamo-", "G20G20", "R. de Corée-Vietnam-"} {
		f.Add(s)
	}
	g := testGazetteer(f)
	f.Fuzz(func(t *testing.T, text string) {
		countries, orgs := g.FindAll(text)
		n := utf8.RuneCountInString(text)
		for _, ms := range [][]Mention{countries, orgs} {
			prevEnd := 0
			for _, m := range ms {
				if m.Start < prevEnd || m.End <= m.Start || m.End > n {
					t.Fatalf("mention %+v out of order or range (previous end %d, %d code points)", m, prevEnd, n)
				}
				prevEnd = m.End
				if m.Alpha3 == "" {
					t.Fatalf("mention without code: %+v", m)
				}
			}
		}
		for _, m := range countries {
			if len(m.Countries) == 0 || m.Kind == KindOrganisation || m.Kind == kindPrefix || m.Kind == kindStop {
				t.Fatalf("bad country mention %+v", m)
			}
		}
		if utf8.ValidString(text) {
			checkOffsets(t, text, countries)
			checkOffsets(t, text, orgs)
		}
		g.Lookup(text)
	})
}
