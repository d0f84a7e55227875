// Package places is Parley's gazetteer: it finds mentions of countries (and,
// apart, of international organisations) in French, English, Vietnamese and
// Spanish text.
//
// Names come from two places. CLDR, through golang.org/x/text, gives the name of
// every ISO 3166-1 country in the four languages; the curated tables that the
// caller passes to Load (Parley embeds them from assets/gazetteer) add what CLDR
// does not have: the agency's spellings, French adjectives in all genders and
// numbers, English demonyms, capitals used as metonyms, short forms, the
// combining forms of compound adjectives, organisations, and the phrases that
// contain a country word but name no country.
//
// Matching works on a folded copy of the text (no accents, lower case, every
// hyphen, dash and space variant one separator) with one Aho–Corasick automaton
// built at Load, so Find is linear in the text. Offsets are Unicode code points
// into the text as given, the unit Parley stores spans in.
//
// The package is a leaf: standard library and golang.org/x/text only.
package places
