package places

// Kind says how a mention names its country.
type Kind string

const (
	KindName      Kind = "name"      // "États-Unis", "Japon", "United States", "Hoa Kỳ"
	KindAdjective Kind = "adjective" // "américaines", "lao", "laotienne", "Japanese"
	KindCapital   Kind = "capital"   // metonyms: "Washington", "La Havane", "Maison-Blanche"
	KindCompound  Kind = "compound"  // "vietnamo-japonais", "Vietnam - Etats-Unis", "lao-vietnamien"
	KindShort     Kind = "short"     // "USA", "U.S.", "RPDC", "R. de Corée"

	// KindOrganisation marks the mentions FindOrganisations returns ("ONU",
	// "ASEAN", "Union européenne"); Find never returns it.
	KindOrganisation Kind = "organisation"

	// Internal kinds: they take part in matching but never leave the package.
	kindPrefix Kind = "prefix" // "sino", "vietnamo": only inside a compound
	kindStop   Kind = "stop"   // "mer de Chine": hides the country word inside it
)

// Mention is one place in a text that names a country (or, from
// FindOrganisations, an organisation).
type Mention struct {
	// Alpha3 is the ISO 3166-1 alpha-3 code of the country. For a compound it
	// is the first country named that is not the focal one (Vietnam unless
	// WithFocal says otherwise), so "Cuba-Vietnam" and "Vietnam-Cuba" both give
	// CUB. For an organisation it is the organisation's code ("UN", "ASEAN").
	Alpha3 string
	// Countries lists every country the mention names, in text order: one
	// code for a plain mention, two or more for a compound. Nil for an
	// organisation.
	Countries []string
	// Start and End are Unicode code points [Start, End) into the text given
	// to Find.
	Start, End int
	// Text is the mention as written.
	Text string
	Kind Kind
}
