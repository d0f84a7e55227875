package places

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"parley/app/apptest"
)

// readSeeds returns the real agency pages, by file name.
func readSeeds(tb testing.TB) map[string]string {
	tb.Helper()
	dir := apptest.SeedsDir(tb)
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) == 0 {
		tb.Fatalf("no seed pages in %s (%v)", dir, err)
	}
	seeds := map[string]string{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		seeds[filepath.Base(f)[:3]] = string(b)
	}
	return seeds
}

// count returns how many mentions name a country (compounds count for each of
// theirs).
func count(ms []Mention, alpha3 string) int {
	n := 0
	for _, m := range ms {
		for _, c := range m.Countries {
			if c == alpha3 {
				n++
			}
		}
	}
	return n
}

func TestSeeds(t *testing.T) {
	g := testGazetteer(t)
	seeds := readSeeds(t)
	for _, tc := range []struct {
		seed     string
		atLeast  map[string]int
		absent   []string
		snippets []string // texts that must come back as mentions
	}{
		{"000", map[string]int{"USA": 10, "VNM": 10, "ARE": 2, "EGY": 1, "TUR": 1}, []string{"RUS", "FRA"},
			[]string{"États-Unis", "américaine", "Washington D.C.", "Vietnam-Émirats arabes unis", "émirati", "égyptien", "turc"}},
		{"001", map[string]int{"USA": 10, "LAO": 10, "CUB": 5, "BRN": 2}, nil,
			[]string{"Vietnam - Etats-Unis", "vietnamien", "Cuba-Vietnam", "cubain", "Laos – Vietnam", "Vientiane", "lao", "Vietnam–Laos"}},
		{"002", map[string]int{"USA": 10, "ZAF": 3, "KOR": 3, "LKA": 3, "MNG": 1, "DZA": 2}, []string{"THA", "CHN"},
			[]string{"Vietnam - États-Unis", "Vietnam-R. de Corée", "Vietnam – Sri Lanka", "sri lankais", "sud-africain", "Mongolie", "algériens"}},
		{"003", map[string]int{"JPN": 8, "VNM": 10}, nil,
			[]string{"Vietnam-Japon", "Vietnam - Japon", "japonais"}},
		{"004", map[string]int{"USA": 10}, []string{"JPN"},
			[]string{"Vietnam - États-Unis", "américains", "Washington"}},
	} {
		t.Run(tc.seed, func(t *testing.T) {
			text, ok := seeds[tc.seed]
			if !ok {
				t.Fatalf("seed %s missing", tc.seed)
			}
			ms := g.Find(text)
			checkOffsets(t, text, ms)
			for code, n := range tc.atLeast {
				if got := count(ms, code); got < n {
					t.Errorf("%s: %d mentions, want at least %d", code, got, n)
				}
			}
			for _, code := range tc.absent {
				if got := count(ms, code); got != 0 {
					t.Errorf("%s: %d mentions, want none", code, got)
				}
			}
			texts := map[string]bool{}
			for _, m := range ms {
				texts[m.Text] = true
			}
			for _, s := range tc.snippets {
				if !texts[s] {
					t.Errorf("no mention written %q", s)
				}
			}
			for _, m := range ms {
				if m.Alpha3 == "" || len(m.Countries) == 0 {
					t.Errorf("incomplete mention %+v", m)
				}
			}
		})
	}
}

// TestSeedsTeasers checks that the countries of 001 also come from the teaser
// list after "Voir plus", which the meeting extractor reads apart.
func TestSeedsTeasers(t *testing.T) {
	g := testGazetteer(t)
	text := readSeeds(t)["001"]
	i := strings.Index(text, "Voir plus")
	if i < 0 {
		t.Fatal(`seed 001 has no "Voir plus"`)
	}
	teasers := g.Find(text[i:])
	checkOffsets(t, text[i:], teasers)
	for _, code := range []string{"LAO", "CUB"} {
		if count(teasers, code) == 0 {
			t.Errorf("no %s in the teasers of 001", code)
		}
	}
}

// TestSeedsGlued checks the copy-paste glitches of the seeds by position.
func TestSeedsGlued(t *testing.T) {
	g := testGazetteer(t)
	seeds := readSeeds(t)
	for _, tc := range []struct{ seed, context, alpha3, text string }{
		{"001", "vice-ministrevietnamien", "VNM", "vietnamien"},
		{"002", "lesÉtats-Unis", "USA", "États-Unis"},
		{"002", "États-Unissoutenaient", "USA", "États-Unis"},
		{"002", "leVietnam", "VNM", "Vietnam"},
		{"003", "japonaisvenant", "JPN", "japonais"},
		{"003", "vice-ministrejaponais", "JPN", "japonais"},
	} {
		text := seeds[tc.seed]
		at := strings.Index(text, tc.context)
		if at < 0 {
			t.Errorf("seed %s: %q not found", tc.seed, tc.context)
			continue
		}
		lo := len([]rune(text[:at]))
		hi := lo + len([]rune(tc.context))
		found := false
		for _, m := range g.Find(text) {
			if m.Start >= lo && m.End <= hi && m.Alpha3 == tc.alpha3 && m.Text == tc.text {
				found = true
			}
		}
		if !found {
			t.Errorf("seed %s: no %s %q inside %q", tc.seed, tc.alpha3, tc.text, tc.context)
		}
	}
}

func TestSeedsOrganisations(t *testing.T) {
	g := testGazetteer(t)
	seeds := readSeeds(t)
	orgs := g.FindOrganisations(seeds["004"])
	checkOffsets(t, seeds["004"], orgs)
	un := 0
	for _, m := range orgs {
		if m.Alpha3 == "UN" {
			un++
		}
	}
	if un < 4 {
		t.Errorf("004: %d UN mentions, want at least 4 (ONU)", un)
	}
	for _, m := range g.Find(seeds["004"]) {
		if m.Text == "ONU" || m.Text == "ASEAN" {
			t.Errorf("organisation returned as a country: %+v", m)
		}
	}
}
