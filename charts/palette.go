// Package charts renders Parley's count tables as images with go-chart. This
// file fixes the colours: one colour per country, the same in every chart.
package charts

import (
	"hash/fnv"
	"image/color"
	"strings"
)

// okabeIto is the Okabe–Ito palette, chosen because it stays distinguishable
// for the common forms of colour blindness.
var okabeIto = []color.RGBA{
	{0x00, 0x72, 0xB2, 0xFF}, // blue
	{0xE6, 0x9F, 0x00, 0xFF}, // orange
	{0x00, 0x9E, 0x73, 0xFF}, // bluish green
	{0xD5, 0x5E, 0x00, 0xFF}, // vermillion
	{0xCC, 0x79, 0xA7, 0xFF}, // reddish purple
	{0x56, 0xB4, 0xE9, 0xFF}, // sky blue
	{0xF0, 0xE4, 0x42, 0xFF}, // yellow
	{0x00, 0x00, 0x00, 0xFF}, // black
}

// fixedCountries are the default partners: they always get the first four
// colours, so the charts an analyst sees most never change colour.
var fixedCountries = map[string]int{"USA": 0, "JPN": 1, "LAO": 2, "CUB": 3}

// CountryColour is the colour of a country (ISO 3166-1 alpha-3) in every
// chart. Other countries share the remaining palette by a stable hash of the
// code, so a country keeps its colour from one chart to the next.
func CountryColour(alpha3 string) color.RGBA {
	code := strings.ToUpper(alpha3)
	if i, ok := fixedCountries[code]; ok {
		return okabeIto[i]
	}
	rest := okabeIto[len(fixedCountries):]
	h := fnv.New32a()
	h.Write([]byte(code))
	return rest[h.Sum32()%uint32(len(rest))]
}
