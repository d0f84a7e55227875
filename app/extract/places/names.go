package places

import (
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// The four languages the gazetteer matches and names countries in. Their order
// is also the order CLDR names are added, so for the rare key that two
// countries share, the French reading comes first.
var langs = [...]string{"fr", "en", "vi", "es"}

const numLangs = len(langs)

func langIndex(lang string) int {
	for i, l := range langs {
		if l == lang {
			return i
		}
	}
	return -1
}

var langTags = [numLangs]language.Tag{language.French, language.English, language.Vietnamese, language.Spanish}

// defaultFlags are the matching conditions for a name in a language. French
// names match in any case ("etats unis" is still the United States). English
// and Spanish names are proper nouns that must start with a capital, which
// keeps "turkey", "china" or "chad" out. Vietnamese names also keep their
// accents: folded to ASCII, "Mỹ", "Séc" or "Ý" would be the English "my",
// the French "sec" and "y".
func defaultFlags(lang string) flags {
	switch lang {
	case "en", "es":
		return flagCap
	case "vi":
		return flagCap | flagAcc
	}
	return 0
}

// nameFlags are defaultFlags for one form. A one-word Vietnamese name ("Nga",
// "Đức", "Mỹ") is also a common given name, so it does not count inside a
// run of capitalised words ("Nguyễn Thị Nga").
func nameFlags(form, lang string) flags {
	fl := defaultFlags(lang)
	if lang == "vi" && !strings.ContainsAny(strings.TrimSpace(form), " -") {
		fl |= flagGiven
	}
	return fl
}

// conjunctions replace CLDR's "&" ("Antigua & Barbuda") with the word a
// writer would use.
var conjunctions = map[string]string{"fr": "et", "en": "and", "vi": "và", "es": "y"}

// nameVariants turns a CLDR display name into the forms to match: without a
// parenthesised part ("Myanmar (Birmanie)" -> "Myanmar"; the other name comes
// from the curated table), without what follows a comma ("Macao, Trung Quốc"),
// with "&" spelled out and "St." as "Saint".
func nameVariants(name, lang string) []string {
	for {
		i := strings.IndexByte(name, '(')
		j := strings.IndexByte(name, ')')
		if i < 0 || j < i {
			break
		}
		name = name[:i] + name[j+1:]
	}
	if i := strings.IndexByte(name, ','); i >= 0 {
		name = name[:i]
	}
	name = strings.Join(strings.Fields(name), " ")
	if name == "" {
		return nil
	}
	out := []string{name}
	if strings.Contains(name, "&") {
		out = append(out, strings.ReplaceAll(name, "&", conjunctions[lang]))
	}
	for _, v := range out {
		if strings.Contains(v, "St. ") {
			out = append(out, strings.ReplaceAll(v, "St. ", "Saint "))
		}
	}
	return out
}

// cldrName is CLDR's display name of a region in one of the four languages.
func cldrName(region language.Region, lang int) string {
	return display.Regions(langTags[lang]).Name(region)
}

// Name is the display name of a country in a language ("fr", "en", "vi", "es";
// a tag such as "fr-FR" counts as its language): the curated display name
// where the tables set one, else CLDR's. Other languages that CLDR knows are
// answered from CLDR; anything else falls back to English. An unknown code
// gives "".
func (g *Gazetteer) Name(alpha3, lang string) string {
	names, ok := g.display[alpha3]
	if !ok {
		return ""
	}
	base := strings.ToLower(lang)
	if i := strings.IndexAny(base, "-_"); i >= 0 {
		base = base[:i]
	}
	if i := langIndex(base); i >= 0 && names[i] != "" {
		return names[i]
	}
	if tag, err := language.Parse(lang); err == nil {
		if region, err := language.ParseRegion(g.alpha2[alpha3]); err == nil {
			if namer := display.Regions(tag); namer != nil { // nil: no CLDR data
				if n := namer.Name(region); n != "" {
					return n
				}
			}
		}
	}
	return names[langIndex("en")]
}
