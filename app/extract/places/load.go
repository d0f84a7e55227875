package places

import (
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"sync"

	"golang.org/x/text/language"
)

// The curated tables Load reads from the folder it is given; see
// assets/gazetteer/README.md for their columns.
const (
	fileCountries     = "countries.tsv"
	fileNames         = "names.tsv"
	fileShort         = "short.tsv"
	fileCapitals      = "capitals.tsv"
	fileAdjectives    = "adjectives-fr.tsv"
	fileDemonyms      = "demonyms-en.tsv"
	filePrefixes      = "prefixes.tsv"
	fileOrganisations = "organisations.tsv"
	fileStop          = "stop.tsv"
)

// Load builds the gazetteer: the ISO 3166-1 countries of countries.tsv with
// their CLDR names in French, English, Vietnamese and Spanish, plus the curated
// tables of the folder. Errors name the file and line.
func Load(curated fs.FS) (*Gazetteer, error) {
	if curated == nil {
		return nil, fmt.Errorf("gazetteer: no folder of curated tables")
	}
	b := &builder{
		g: &Gazetteer{
			byKey:   map[string]int32{},
			alpha2:  map[string]string{},
			display: map[string]*[numLangs]string{},
			focal:   DefaultFocal,
		},
		drops:     map[codeKey]bool{},
		overrides: map[codeKey]flags{},
	}
	steps := []func(fs.FS) error{
		b.loadCountries,
		b.loadNames, // CLDR names and the curated ones
		b.loadShort,
		b.loadAdjectives,
		b.loadDemonyms,
		b.loadCapitals,
		b.loadPrefixes,
		b.loadOrganisations,
		b.loadStop,
	}
	for _, step := range steps {
		if err := step(curated); err != nil {
			return nil, err
		}
	}
	return b.finish()
}

type codeKey struct{ code, key string }

// builder collects entries while the tables are read.
type builder struct {
	g         *Gazetteer
	keys      []string
	drops     map[codeKey]bool  // forms a country must never match
	overrides map[codeKey]flags // matching flags set by names.tsv
}

func (b *builder) loadCountries(fsys fs.FS) error {
	recs, err := readTable(fsys, fileCountries, 2, 3)
	if err != nil {
		return err
	}
	for _, rec := range recs {
		a2, a3 := rec.fields[0], rec.fields[1]
		region, err := language.ParseRegion(a2)
		if err != nil || len(a2) != 2 {
			return rec.errorf("%q is not an alpha-2 region code", a2)
		}
		if !region.IsCountry() {
			return rec.errorf("%s is not a country in CLDR (a grouping or a reserved code)", a2)
		}
		if got := region.ISO3(); got != a3 {
			return rec.errorf("CLDR gives %s the alpha-3 code %s, not %s", a2, got, a3)
		}
		if _, dup := b.g.alpha2[a3]; dup {
			return rec.errorf("%s listed twice", a3)
		}
		b.g.alpha2[a3] = a2
		b.g.codes = append(b.g.codes, a3)
	}
	if len(b.g.codes) == 0 {
		return fmt.Errorf("gazetteer: %s lists no country", fileCountries)
	}
	slices.Sort(b.g.codes)
	return nil
}

// country checks that the first column of a row is a known alpha-3 code.
func (b *builder) country(rec record) (string, error) {
	code := rec.fields[0]
	if _, ok := b.g.alpha2[code]; !ok {
		return "", rec.errorf("unknown country %q (not an alpha-3 code of %s)", code, fileCountries)
	}
	return code, nil
}

// loadNames adds CLDR's name of every country in the four languages, then the
// rows of names.tsv, whose drop and flag settings apply to CLDR's forms too.
func (b *builder) loadNames(fsys fs.FS) error {
	recs, err := readTable(fsys, fileNames, 3, 4)
	if err != nil {
		return err
	}
	type row struct {
		rec  record
		code string
		lang int
		tf   tableFlags
	}
	rows := make([]row, 0, len(recs))
	for _, rec := range recs {
		code, err := b.country(rec)
		if err != nil {
			return err
		}
		lang := langIndex(rec.fields[1])
		if lang < 0 {
			return rec.errorf("unknown language %q (want fr, en, vi or es)", rec.fields[1])
		}
		tf, err := parseFlags(rec, 3)
		if err != nil {
			return err
		}
		key := foldKey(rec.fields[2])
		if !validKey(key) {
			return rec.errorf("%q cannot be matched (it folds to %q)", rec.fields[2], key)
		}
		switch {
		case tf.drop:
			b.drops[codeKey{code, key}] = true
		case tf.explicit:
			b.overrides[codeKey{code, key}] = tf.match
		}
		rows = append(rows, row{rec, code, lang, tf})
	}

	for _, code := range b.g.codes {
		region, _ := language.ParseRegion(b.g.alpha2[code]) // checked by loadCountries
		names := new([numLangs]string)
		b.g.display[code] = names
		for i, lang := range langs {
			names[i] = cldrName(region, i)
			for _, v := range nameVariants(names[i], lang) {
				b.add(code, KindName, v, nameFlags(v, lang), nil)
			}
		}
	}

	for _, r := range rows {
		if r.tf.drop {
			continue
		}
		if r.tf.display {
			b.g.display[r.code][r.lang] = r.rec.fields[2]
		}
		fl := nameFlags(r.rec.fields[2], langs[r.lang])
		if r.tf.explicit {
			fl = r.tf.match
		}
		if err := b.add(r.code, KindName, r.rec.fields[2], fl, &r.rec); err != nil {
			return err
		}
	}

	// A country CLDR cannot name in a language, and the tables do not either,
	// is shown by its English name rather than by nothing.
	en := langIndex("en")
	for _, code := range b.g.codes {
		names := b.g.display[code]
		for i := range names {
			if names[i] == "" {
				names[i] = names[en]
			}
		}
		if names[en] == "" {
			return fmt.Errorf("gazetteer: no English name for %s in CLDR or %s", code, fileNames)
		}
	}
	return nil
}

// loadCodeForms reads a table of "alpha3 form [flags]" rows.
func (b *builder) loadCodeForms(fsys fs.FS, file string, kind Kind, defaults func(form string) flags) error {
	recs, err := readTable(fsys, file, 2, 3)
	if err != nil {
		return err
	}
	for _, rec := range recs {
		code, err := b.country(rec)
		if err != nil {
			return err
		}
		tf, err := parseFlags(rec, 2)
		if err != nil {
			return err
		}
		if tf.drop || tf.display {
			return rec.errorf("drop and display belong in %s", fileNames)
		}
		fl := defaults(rec.fields[1])
		if tf.explicit {
			fl = tf.match
		}
		if err := b.add(code, kind, rec.fields[1], fl, &rec); err != nil {
			return err
		}
	}
	return nil
}

func (b *builder) loadShort(fsys fs.FS) error {
	return b.loadCodeForms(fsys, fileShort, KindShort, abbreviationFlags)
}

// Capitals are proper nouns whose lower-case spelling is often a common word
// ("vienne", "damas"), so they always need a capital.
func (b *builder) loadCapitals(fsys fs.FS) error {
	return b.loadCodeForms(fsys, fileCapitals, KindCapital, func(string) flags { return flagCap })
}

func (b *builder) loadPrefixes(fsys fs.FS) error {
	return b.loadCodeForms(fsys, filePrefixes, kindPrefix, func(string) flags { return 0 })
}

func (b *builder) loadAdjectives(fsys fs.FS) error {
	recs, err := readTable(fsys, fileAdjectives, 3, 3)
	if err != nil {
		return err
	}
	for _, rec := range recs {
		code, err := b.country(rec)
		if err != nil {
			return err
		}
		forms, err := frenchForms(rec.fields[1], rec.fields[2])
		if err != nil {
			return rec.errorf("%v", err)
		}
		for _, f := range forms {
			if err := b.add(code, KindAdjective, f, 0, &rec); err != nil {
				return err
			}
		}
	}
	return nil
}

func (b *builder) loadDemonyms(fsys fs.FS) error {
	recs, err := readTable(fsys, fileDemonyms, 3, 4)
	if err != nil {
		return err
	}
	for _, rec := range recs {
		code, err := b.country(rec)
		if err != nil {
			return err
		}
		forms, err := englishForms(rec.fields[1], rec.fields[2])
		if err != nil {
			return rec.errorf("%v", err)
		}
		tf, err := parseFlags(rec, 3)
		if err != nil {
			return err
		}
		fl := flagCap | tf.match
		for _, f := range forms {
			if err := b.add(code, KindAdjective, f, fl, &rec); err != nil {
				return err
			}
		}
	}
	return nil
}

func (b *builder) loadOrganisations(fsys fs.FS) error {
	recs, err := readTable(fsys, fileOrganisations, 2, 3)
	if err != nil {
		return err
	}
	for _, rec := range recs {
		code := rec.fields[0]
		if _, isCountry := b.g.alpha2[code]; isCountry {
			return rec.errorf("%s is a country code, not an organisation", code)
		}
		tf, err := parseFlags(rec, 2)
		if err != nil {
			return err
		}
		fl := flags(0)
		if !strings.Contains(rec.fields[1], " ") {
			fl = abbreviationFlags(rec.fields[1]) &^ flagCap // "Francophonie" in any case
		}
		if tf.explicit {
			fl = tf.match
		}
		if err := b.add(code, KindOrganisation, rec.fields[1], fl, &rec); err != nil {
			return err
		}
	}
	return nil
}

func (b *builder) loadStop(fsys fs.FS) error {
	recs, err := readTable(fsys, fileStop, 1, 2)
	if err != nil {
		return err
	}
	for _, rec := range recs {
		tf, err := parseFlags(rec, 1)
		if err != nil {
			return err
		}
		if err := b.add("", kindStop, rec.fields[0], tf.match, &rec); err != nil {
			return err
		}
	}
	return nil
}

// add registers one form. A form from a curated table that cannot be matched
// is an error; one from CLDR is skipped (CLDR is not ours to fix).
func (b *builder) add(code string, kind Kind, form string, fl flags, rec *record) error {
	key := foldKey(form)
	if !validKey(key) {
		if rec != nil {
			return rec.errorf("%q cannot be matched (it folds to %q)", form, key)
		}
		return nil
	}
	ck := codeKey{code, key}
	if b.drops[ck] {
		return nil
	}
	if o, ok := b.overrides[ck]; ok && code != "" {
		fl = o
	}
	var letters []rune
	if fl&(flagCS|flagAcc) != 0 {
		letters = strictLetters(form)
	}

	g := b.g
	pi, ok := g.byKey[key]
	if !ok {
		pi = int32(len(g.patterns))
		g.byKey[key] = pi
		g.patterns = append(g.patterns, newPattern(key))
		b.keys = append(b.keys, key)
	}
	p := &g.patterns[pi]
	for _, ei := range p.entries {
		e := &g.entries[ei]
		if e.code != code {
			continue
		}
		switch {
		case e.kind == kind && (e.flags&fl&(flagCS|flagAcc) == 0 || slices.Equal(e.letters, letters)):
			// The same form again (another language, another spelling of
			// the accents): it matches whenever either would. Being a given
			// name is a property of the word, though, so that one stays.
			e.flags = e.flags&fl | (e.flags|fl)&flagGiven
			if e.flags&(flagCS|flagAcc) == 0 {
				e.letters = nil
			}
			return nil
		case e.kind != kind && fl&e.flags == e.flags && slices.Equal(e.letters, letters):
			// Never more lenient than the meaning already there, which
			// wins on ties: "Singapour" stays a name, not a capital.
			return nil
		}
	}
	g.entries = append(g.entries, entry{code: code, kind: kind, flags: fl, letters: letters})
	p.entries = append(p.entries, int32(len(g.entries)-1))
	return nil
}

func newPattern(key string) pattern {
	p := pattern{}
	for i := 0; i < len(key); i++ {
		if key[i] >= 'a' && key[i] <= 'z' {
			p.letters++
		}
	}
	first, last := key[0], key[len(key)-1]
	p.wordStart, p.wordEnd = isWordByte(first), isWordByte(last)
	p.digitStart, p.digitEnd = isDigitByte(first), isDigitByte(last)
	return p
}

// finish orders each key's meanings, stricter first (a Vietnamese name with
// its accents before the bare French adjective it folds to), and compiles the
// automaton.
func (b *builder) finish() (*Gazetteer, error) {
	g := b.g
	for i := range g.patterns {
		slices.SortStableFunc(g.patterns[i].entries, func(x, y int32) int {
			return g.entries[y].flags.count() - g.entries[x].flags.count()
		})
	}
	auto, err := buildAutomaton(b.keys)
	if err != nil {
		return nil, err
	}
	g.auto = auto
	g.scratch = &sync.Pool{New: func() any { return new(scratch) }}
	return g, nil
}
