package places

import (
	"io/fs"
	"os"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"golang.org/x/text/language"
)

func TestCountries(t *testing.T) {
	g := testGazetteer(t)
	codes := g.Countries()
	if len(codes) != 249 {
		t.Errorf("%d countries, want the 249 of ISO 3166-1", len(codes))
	}
	if !slices.IsSorted(codes) {
		t.Error("Countries not sorted")
	}
	for _, code := range []string{"USA", "JPN", "LAO", "CUB", "VNM", "KOR", "PRK", "PSE", "TWN"} {
		if _, ok := slices.BinarySearch(codes, code); !ok {
			t.Errorf("%s missing", code)
		}
	}
	for _, notCountry := range []string{"EUE", "QUU", "ZZZ", "UNO", "XKK", "ASC", "EU", "UN"} {
		if _, ok := slices.BinarySearch(codes, notCountry); ok {
			t.Errorf("%s is not an ISO 3166-1 country", notCountry)
		}
	}
	codes[0] = "XXX" // a copy: the gazetteer is unchanged
	if g.Countries()[0] == "XXX" {
		t.Error("Countries returns the gazetteer's own slice")
	}
}

// TestCountriesMatchCLDR checks countries.tsv against CLDR's own list: every
// current region that CLDR calls a country is in the table, except the
// exceptionally reserved codes that ISO 3166-1 does not assign to a country.
func TestCountriesMatchCLDR(t *testing.T) {
	g := testGazetteer(t)
	reserved := map[string]bool{"AC": true, "CP": true, "DG": true, "TA": true, "XK": true}
	have := map[string]bool{}
	for _, a2 := range g.alpha2 {
		have[a2] = true
	}
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			code := string([]rune{a, b})
			r, err := language.ParseRegion(code)
			if err != nil || r.String() != code || !r.IsCountry() || r.Canonicalize() != r || r.ISO3() == "ZZZ" {
				continue
			}
			if cldrName(r, langIndex("en")) == "" || reserved[code] {
				continue // deprecated codes CLDR no longer names, reserved codes
			}
			if !have[code] {
				t.Errorf("CLDR country %s (%s) missing from countries.tsv", code, r.ISO3())
			}
		}
	}
}

func TestNamesInFourLanguages(t *testing.T) {
	g := testGazetteer(t)
	for _, code := range g.Countries() {
		for _, lang := range langs {
			if g.Name(code, lang) == "" {
				t.Errorf("no %s name for %s", lang, code)
			}
		}
	}
	for _, tc := range []struct{ code, lang, want string }{
		{"USA", "fr", "États-Unis"},
		{"USA", "en", "United States"},
		{"USA", "vi", "Hoa Kỳ"},
		{"USA", "es", "Estados Unidos"},
		{"LAO", "en", "Laos"},
		{"LAO", "fr", "Laos"},
		{"JPN", "fr-FR", "Japon"},
		{"CUB", "de", "Kuba"},         // another CLDR language
		{"CUB", "xx-unknown", "Cuba"}, // falls back to English
		{"KOR", "fr", "République de Corée"},
		{"MKD", "en", "North Macedonia"},
		{"ZZZ", "fr", ""},
	} {
		if got := g.Name(tc.code, tc.lang); got != tc.want {
			t.Errorf("Name(%s, %s) = %q, want %q", tc.code, tc.lang, got, tc.want)
		}
	}
}

// TestEveryCountryFindable checks that each country's display names in the
// four languages are found by Find (except the few names dropped on purpose).
func TestEveryCountryFindable(t *testing.T) {
	g := testGazetteer(t)
	dropped := map[string]bool{"DMA fr": true, "MUS fr": true, "SLV fr": true, "GRD es": true, "MAF fr": true,
		"MAF en": true, "MAF es": true, "MAF vi": true, "REU en": true, "REU es": true, "REU vi": true}
	for _, code := range g.Countries() {
		for _, lang := range langs {
			name := g.Name(code, lang)
			if dropped[code+" "+lang] || strings.ContainsAny(name, "(,") {
				continue
			}
			ms := g.Find(name)
			if len(ms) != 1 || ms[0].Alpha3 != code || ms[0].Text != name {
				t.Errorf("Find(%s name %q of %s) = %+v", lang, name, code, ms)
			}
		}
	}
}

func TestAdjectiveCoverage(t *testing.T) {
	g := testGazetteer(t)
	withAdj := map[string]bool{}
	for _, e := range g.entries {
		if e.kind == KindAdjective {
			withAdj[e.code] = true
		}
	}
	if len(withAdj) < 100 {
		t.Errorf("adjectives for %d countries, want at least 100", len(withAdj))
	}
	asean := []string{"BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "VNM", "TLS"}
	p5 := []string{"CHN", "FRA", "RUS", "GBR", "USA"}
	for _, code := range append(asean, p5...) {
		if !withAdj[code] {
			t.Errorf("no adjective for %s", code)
		}
	}
}

func TestFrenchForms(t *testing.T) {
	for _, tc := range []struct {
		base, pattern string
		want          []string
	}{
		{"américain", "e", []string{"américain", "américaine", "américains", "américaines"}},
		{"japonais", "e", []string{"japonais", "japonaise", "japonais", "japonaises"}},
		{"laotien", "ne", []string{"laotien", "laotienne", "laotiens", "laotiennes"}},
		{"belge", "s", []string{"belge", "belges"}},
		{"lao", "=", []string{"lao"}},
		{"turc", "turc,turque,turcs,turques", []string{"turc", "turque", "turcs", "turques"}},
	} {
		got, err := frenchForms(tc.base, tc.pattern)
		if err != nil || !slices.Equal(got, tc.want) {
			t.Errorf("frenchForms(%q, %q) = %v, %v; want %v", tc.base, tc.pattern, got, err, tc.want)
		}
	}
	if _, err := frenchForms("x", "?"); err == nil {
		t.Error("unknown pattern accepted")
	}
}

func TestFoldKey(t *testing.T) {
	for in, want := range map[string]string{
		"États-Unis":          "etats unis",
		"Etats – Unis":        "etats unis",
		"Côte d’Ivoire":       "cote d'ivoire",
		"Hoa Kỳ":              "hoa ky",
		"Đức":                 "duc",
		"cœur":                "coeur",
		" U.S. ":              "u.s.",
		"Émirats\u00a0arabes": "emirats arabes",
		"E\u0301tats":         "etats",
	} {
		if got := foldKey(in); got != want {
			t.Errorf("foldKey(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestLoadErrors checks that a broken table is reported with its file and
// line.
func TestLoadErrors(t *testing.T) {
	base := fstest.MapFS{}
	real := os.DirFS(curatedDir)
	for _, name := range []string{fileCountries, fileNames, fileShort, fileCapitals, fileAdjectives,
		fileDemonyms, filePrefixes, fileOrganisations, fileStop} {
		b, err := fs.ReadFile(real, name)
		if err != nil {
			t.Fatal(err)
		}
		base[name] = &fstest.MapFile{Data: b}
	}
	if _, err := Load(base); err != nil {
		t.Fatalf("copy of the real tables: %v", err)
	}
	for _, tc := range []struct{ file, add, want string }{
		{fileShort, "XYZ\tXY\n", "short.tsv:"},
		{fileAdjectives, "USA\tyankee\tq\n", "unknown pattern"},
		{fileNames, "USA\tde\tVereinigte Staaten\n", "unknown language"},
		{fileNames, "USA\tfr\tAmérique\tbold\n", "unknown flag"},
		{fileCapitals, "USA\t★★★\n", "cannot be matched"},
		{fileOrganisations, "USA\tNations\n", "country code"},
		{fileCountries, "ZZ\tZZZ\n", "countries.tsv:"},
		{fileCountries, "US\tUSB\n", "alpha-3 code USA"},
		{fileDemonyms, "USA\n", "columns"},
	} {
		fsys := fstest.MapFS{}
		for k, v := range base {
			fsys[k] = v
		}
		data := append(append([]byte{}, base[tc.file].Data...), tc.add...)
		fsys[tc.file] = &fstest.MapFile{Data: data}
		_, err := Load(fsys)
		if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), tc.file+":") {
			t.Errorf("%s + %q: error %v, want one naming %s and %q", tc.file, tc.add, err, tc.file, tc.want)
		}
	}
	missing := fstest.MapFS{}
	for k, v := range base {
		if k != fileStop {
			missing[k] = v
		}
	}
	if _, err := Load(missing); err == nil || !strings.Contains(err.Error(), fileStop) {
		t.Errorf("missing %s: %v", fileStop, err)
	}
	if _, err := Load(nil); err == nil {
		t.Error("Load(nil) succeeded")
	}
}
