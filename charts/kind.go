package charts

import (
	"fmt"
	"path/filepath"
	"strings"
)

// Kind is the shape of a chart.
type Kind string

const (
	// Bars groups one bar per partner inside each period.
	Bars Kind = "bars"
	// Stacked piles the partners' absolute counts into one bar per period.
	Stacked Kind = "stacked"
	// Lines draws one line per partner over the periods.
	Lines Kind = "lines"
	// Totals draws one bar per partner, summed over every period.
	Totals Kind = "totals"
)

// Kinds lists every kind, in the order a user is offered them.
var Kinds = []Kind{Bars, Stacked, Lines, Totals}

// ParseKind reads a kind as a user types it (case and spaces ignored). It is
// strict: a typo must not silently become the default chart.
func ParseKind(s string) (Kind, error) {
	k := Kind(strings.ToLower(strings.TrimSpace(s)))
	for _, known := range Kinds {
		if k == known {
			return k, nil
		}
	}
	return "", fmt.Errorf("chart kind %q: want bars, stacked, lines or totals", s)
}

// Format is the image format of a chart.
type Format string

const (
	PNG Format = "png"
	SVG Format = "svg"
)

// FormatOf picks the format from a file name's extension, so that
// "--out counts.svg" needs no separate format flag.
func FormatOf(path string) (Format, error) {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".png":
		return PNG, nil
	case ".svg":
		return SVG, nil
	}
	return "", fmt.Errorf("chart file %q: want a name ending in .png or .svg", path)
}
