package uikit

import (
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// CountryName is a country's name (ISO 3166-1 alpha-3) in the UI language,
// from CLDR; the code itself when CLDR does not know it.
func CountryName(alpha3 string) string {
	region, err := language.ParseRegion(alpha3)
	if err != nil {
		return alpha3
	}
	namer := display.Regions(language.Make(Language()))
	if namer == nil {
		namer = display.Regions(language.English)
	}
	if name := namer.Name(region); name != "" {
		return name
	}
	return alpha3
}
