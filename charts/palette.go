// Package charts renders Parley's count tables as images with go-chart. This
// file fixes the colours: one colour per country, the same in every chart.
package charts

import (
	"hash/fnv"
	"image/color"
	"math"
	"slices"
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

// maxLighten is how far the last group of a breakdown is mixed towards
// white: lighter still and a pale colour (yellow) would vanish on the
// paper.
const maxLighten = 0.7

// lightenSteps gives each group of a breakdown its shade, as a fraction of
// the way from the partner's colour to white: the first group keeps the
// partner's own colour and the others are evenly lighter. Known groups are
// placed by their fixed rank (in person, phone, video, unknown; head of
// state … other), so that "video" has the same shade whether or not the
// request filtered phone calls out; groups this package does not know are
// placed by their order in the table.
func lightenSteps(breakdown string, groups []string) []float64 {
	rank := knownGroups(breakdown)
	if !allIn(groups, rank) {
		rank = groups
	}
	out := make([]float64, len(groups))
	if len(rank) < 2 {
		return out
	}
	for g, grp := range groups {
		out[g] = float64(slices.Index(rank, grp)) / float64(len(rank)-1) * maxLighten
	}
	return out
}

// lighten mixes c towards white by f (0: c itself, 1: white).
func lighten(c color.RGBA, f float64) color.RGBA {
	mix := func(v uint8) uint8 { return uint8(math.Round(float64(v) + (255-float64(v))*f)) }
	return color.RGBA{mix(c.R), mix(c.G), mix(c.B), c.A}
}

// legendGrey is the colour a legend shows a group's shade in when the
// chart has several partners: the shade belongs to no partner then.
var legendGrey = color.RGBA{0x44, 0x44, 0x44, 0xFF}

// onColour is the ink for text printed on a fill: white on dark fills,
// dark on light ones.
func onColour(fill color.RGBA) color.RGBA {
	if 0.299*float64(fill.R)+0.587*float64(fill.G)+0.114*float64(fill.B) < 140 {
		return paper
	}
	return ink
}
