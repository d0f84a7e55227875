package places

import (
	"strings"
	"unicode/utf8"
)

// Find returns every country mention in text, sorted by Start, without
// overlaps (the longest match wins). Accents and case are ignored except where
// a form needs them ("US", Vietnamese names); hyphens, dashes and every kind of
// space are one separator. Mentions joined by a hyphen or dash ("Vietnam -
// Etats-Unis", "lao-vietnamien", "vietnamo-japonais") come back as one
// compound. Organisations are not countries and are never returned.
func (g *Gazetteer) Find(text string) []Mention {
	countries, _ := g.find(text, true, false)
	return countries
}

// FindOrganisations returns the international organisations mentioned in text
// ("ONU", "ASEAN", "Union européenne"), with Alpha3 holding the
// organisation's code ("UN", "ASEAN", "EU") and Kind KindOrganisation.
func (g *Gazetteer) FindOrganisations(text string) []Mention {
	_, orgs := g.find(text, false, true)
	return orgs
}

// FindAll is Find and FindOrganisations in one pass over the text.
func (g *Gazetteer) FindAll(text string) (countries, organisations []Mention) {
	return g.find(text, true, true)
}

func (g *Gazetteer) find(text string, wantCountries, wantOrgs bool) (countries, orgs []Mention) {
	s := g.scratch.Get().(*scratch)
	defer g.scratch.Put(s)
	s.fold(text)
	g.match(s)
	if wantOrgs {
		for _, c := range s.cands {
			if e := &g.entries[c.entry]; e.kind == KindOrganisation {
				orgs = append(orgs, g.mention(s, text, c.start, c.end, e.code, nil, e.kind))
			}
		}
	}
	if wantCountries {
		countries = g.compounds(s, text)
	}
	return countries, orgs
}

func (g *Gazetteer) mention(s *scratch, text string, start, end int32, code string, countries []string, kind Kind) Mention {
	return Mention{
		Alpha3:    code,
		Countries: countries,
		Start:     int(start),
		End:       int(end),
		Text:      text[s.byteOff[start]:s.byteOff[end]],
		Kind:      kind,
	}
}

// compounds turns the country matches into mentions, joining runs of them
// that only a hyphen or dash separates. Capitals stay apart ("Hanoi-Washington"
// is a route more often than a relationship), and a combining form such as
// "sino" counts only when another country word follows it.
func (g *Gazetteer) compounds(s *scratch, text string) []Mention {
	var out []Mention
	cands := s.cands
	for i := 0; i < len(cands); i++ {
		e := &g.entries[cands[i].entry]
		if !isCountryKind(e.kind) && e.kind != kindPrefix {
			continue
		}
		j := i // the run is cands[i..j]
		for j+1 < len(cands) && joinable(g.entries[cands[j].entry].kind) &&
			joinable(g.entries[cands[j+1].entry].kind) && dashOnly(s.runes[cands[j].end:cands[j+1].start]) {
			j++
		}
		for j > i && g.entries[cands[j].entry].kind == kindPrefix {
			j-- // a run cannot end on a combining form
		}
		if j == i {
			if e.kind != kindPrefix {
				out = append(out, g.mention(s, text, cands[i].start, cands[i].end, e.code, []string{e.code}, e.kind))
			}
			continue
		}
		codes := make([]string, 0, j-i+1)
		alpha3 := ""
		for k := i; k <= j; k++ {
			code := g.entries[cands[k].entry].code
			codes = append(codes, code)
			if alpha3 == "" && code != g.focal {
				alpha3 = code
			}
		}
		if alpha3 == "" {
			alpha3 = codes[0]
		}
		out = append(out, g.mention(s, text, cands[i].start, cands[j].end, alpha3, codes, KindCompound))
		i = j
	}
	return out
}

func joinable(k Kind) bool {
	switch k {
	case KindName, KindAdjective, KindShort, kindPrefix:
		return true
	}
	return false
}

// dashOnly reports a gap of one or more dashes and spaces within a line, with at
// least one dash: "-", " - ", " – ".
func dashOnly(gap []rune) bool {
	dash := false
	for _, r := range gap {
		switch {
		case isDash(r):
			dash = true
		case !isSpace(r):
			return false
		}
	}
	return dash
}

// Lookup resolves one phrase, such as a partner typed by the analyst, to a
// country: a name, adjective, capital, short form or compound, ignoring
// accents and case ("etats-unis", "JAPONAISES", "us"), or an alpha-3 code
// ("JPN"). Organisations are not countries: Lookup("ONU") is not ok.
func (g *Gazetteer) Lookup(phrase string) (alpha3 string, kind Kind, ok bool) {
	phrase = strings.TrimSpace(phrase)
	key := foldKey(phrase)
	if pi, found := g.byKey[key]; found {
		// Prefer the meaning whose case and accents fit the phrase as
		// written ("Lào" is the name, "lao" the adjective), else the first.
		s := g.scratch.Get().(*scratch)
		s.fold(phrase)
		exact := string(s.folded) == key
		var first *entry
		for _, ei := range g.patterns[pi].entries {
			e := &g.entries[ei]
			if !isCountryKind(e.kind) {
				continue
			}
			if first == nil {
				first = e
			}
			if exact && g.accept(s, e, 0, 0, int32(len(s.runes)), false, false) {
				first = e
				break
			}
		}
		g.scratch.Put(s)
		if first != nil {
			return first.code, first.kind, true
		}
	}
	if ms := g.Find(phrase); len(ms) == 1 && ms[0].Start == 0 && ms[0].End == utf8.RuneCountInString(phrase) {
		return ms[0].Alpha3, ms[0].Kind, true
	}
	if _, isCode := g.alpha2[phrase]; isCode {
		return phrase, KindShort, true
	}
	return "", "", false
}
