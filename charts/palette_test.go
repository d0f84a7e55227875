package charts

import "testing"

func TestDefaultPartnersHaveDistinctFixedColours(t *testing.T) {
	seen := map[[4]uint8]string{}
	for _, c := range []string{"USA", "JPN", "LAO", "CUB"} {
		col := CountryColour(c)
		key := [4]uint8{col.R, col.G, col.B, col.A}
		if other, dup := seen[key]; dup {
			t.Errorf("%s and %s share a colour", c, other)
		}
		seen[key] = c
	}
	if CountryColour("usa") != CountryColour("USA") {
		t.Error("colour depends on the code's case")
	}
}

func TestOtherCountriesAvoidTheDefaultColours(t *testing.T) {
	fixed := map[[4]uint8]bool{}
	for _, c := range []string{"USA", "JPN", "LAO", "CUB"} {
		col := CountryColour(c)
		fixed[[4]uint8{col.R, col.G, col.B, col.A}] = true
	}
	for _, c := range []string{"FRA", "CHN", "KOR", "RUS", "IND", "AUS", "DEU", "KHM"} {
		col := CountryColour(c)
		if fixed[[4]uint8{col.R, col.G, col.B, col.A}] {
			t.Errorf("%s takes a default partner's colour", c)
		}
		if CountryColour(c) != col {
			t.Errorf("%s: colour not stable", c)
		}
	}
}
