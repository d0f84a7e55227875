package places

import (
	"slices"
	"sync"
)

// Gazetteer finds country and organisation mentions. Build it once with Load;
// it is read-only afterwards and safe for concurrent use.
type Gazetteer struct {
	auto     *automaton
	patterns []pattern // one per automaton key, same index
	entries  []entry
	byKey    map[string]int32 // folded key -> pattern index, for Lookup

	codes   []string          // every alpha-3, sorted
	alpha2  map[string]string // alpha-3 -> alpha-2, for CLDR display names
	display map[string]*[numLangs]string

	focal   string
	scratch *sync.Pool // *scratch, shared by WithFocal copies
}

// entry is one meaning of a key: the same folded key can name several things
// ("lao" is the Vietnamese name Lào when written with its accent, else the
// adjective).
type entry struct {
	code    string
	kind    Kind
	flags   flags
	letters []rune // the form as written, for case and accent checks
}

// pattern is one folded key with what the match rules need to know about it.
type pattern struct {
	entries              []int32 // into Gazetteer.entries, stricter first
	letters              int     // letters in the key, for the glued-word rule
	wordStart, wordEnd   bool    // key starts / ends with a letter or digit
	digitStart, digitEnd bool
}

// DefaultFocal is the focal country of Parley's first corpus.
const DefaultFocal = "VNM"

// WithFocal returns a gazetteer that shares g's tables but reads compounds
// from the side of another focal country: a compound's Alpha3 is its first
// country that is not the focal one.
func (g *Gazetteer) WithFocal(alpha3 string) *Gazetteer {
	c := *g
	c.focal = alpha3
	return &c
}

// Focal is the focal country's alpha-3 code.
func (g *Gazetteer) Focal() string { return g.focal }

// Countries returns every ISO 3166-1 alpha-3 code the gazetteer knows, sorted.
func (g *Gazetteer) Countries() []string { return slices.Clone(g.codes) }

func isCountryKind(k Kind) bool {
	switch k {
	case KindName, KindAdjective, KindCapital, KindShort:
		return true
	}
	return false
}
