package extract

// LookupCountry resolves a partner typed by the analyst (a name, an
// adjective, a capital or an alpha-3 code, accents and case ignored) to
// its alpha-3 code with the extractor's gazetteer.
func (x *Extractor) LookupCountry(phrase string) (string, bool) {
	code, _, ok := x.g.Lookup(phrase)
	return code, ok
}
