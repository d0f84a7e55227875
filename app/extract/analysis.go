package extract

import (
	"sort"
	"strings"

	"parley/app/extract/dates"
	"parley/app/extract/places"
)

// analysis holds what the rules read from one document: tokens, sentences,
// place, organisation and date mentions, and the people of each sentence.
type analysis struct {
	doc   Document
	focal string
	rs    []rune
	toks  []token
	sents []span

	places  []places.Mention
	placeOf []int  // token index → index into places, or -1
	blocked []bool // token inside a place or organisation mention
	orgs    []places.Mention
	dates   []dates.Mention
	dctx    dates.Context

	names   [][]nameRun // per sentence
	persons [][]person  // per sentence: named, then unnamed sides

	partner  string // the article's main partner country (for names without one)
	dateline string // alpha-3 of the dateline place ("Washington (VNA) –")
	dlText   string
	main     *person // the article's main focal-country actor
	short    map[string]string
}

func (x *Extractor) analyse(doc Document) *analysis {
	a := &analysis{doc: doc, focal: doc.Focal}
	if a.focal == "" {
		a.focal = DefaultFocal
	}
	a.rs = []rune(doc.Text)
	a.toks = tokenizeText(doc.Text, a.rs)
	a.sents = sentences(a.toks)
	a.places = x.g.Find(doc.Text)
	a.orgs = x.g.FindOrganisations(doc.Text)
	a.placeOf = make([]int, len(a.toks))
	a.blocked = make([]bool, len(a.toks))
	for i := range a.placeOf {
		a.placeOf[i] = -1
	}
	for i, m := range a.places {
		for _, k := range a.tokensIn(m.Start, m.End) {
			a.placeOf[k] = i
			a.blocked[k] = true
		}
	}
	for _, m := range a.orgs {
		for _, k := range a.tokensIn(m.Start, m.End) {
			a.blocked[k] = true
		}
	}
	a.blockCities()
	a.dates = dates.Find(doc.Text, doc.Lang)
	// Latest years first: when a weekday fits two named years equally
	// ("jeudi 7 mars" in a text naming "(1974-2024)"), the report is of
	// the recent one; the older is an anniversary's or a treaty's.
	years := dates.YearsIn(doc.Text)
	sort.Sort(sort.Reverse(sort.IntSlice(years)))
	a.dctx = dates.Context{Years: years}
	a.dctx.Published, a.dctx.PublishedPrecision = parseISO(doc.Published)
	a.dateline, a.dlText = a.findDateline(x.g)
	return a
}

// tokensIn returns the indexes of the tokens inside code points [start, end).
func (a *analysis) tokensIn(start, end int) []int {
	i := sort.Search(len(a.toks), func(k int) bool { return a.toks[k].start >= start })
	var out []int
	for ; i < len(a.toks) && a.toks[i].end <= end; i++ {
		out = append(out, i)
	}
	return out
}

// blockCities marks the words of the non-capital cities of the cities table
// ("New York" is no person).
func (a *analysis) blockCities() {
	for i := range a.toks {
		if i > 0 && a.nameWordBefore(i) {
			continue // "Vuong Dinh Huê", "Nguyen Hoa Binh": a person, not a city
		}
		if _, n := a.cityAt(i); n > 0 {
			for k := i; k < i+n; k++ {
				a.blocked[k] = true
			}
		}
	}
}

// nameWordBefore: the word before token i is a capitalised word that may
// begin a person's name, so a city name there continues that name.
func (a *analysis) nameWordBefore(i int) bool {
	p := a.toks[i-1]
	return p.word && p.upper && !p.caps && !a.blocked[i-1] && !functionWords[p.f] && !notNames[p.f] &&
		a.toks[i].start-p.end <= 1
}

// cityAt matches a city of the table on the words from token i: its
// country and the number of tokens.
func (a *analysis) cityAt(i int) (string, int) {
	t := a.toks[i]
	if !t.word || !t.upper {
		return "", 0
	}
	key := t.f
	for n := 1; n <= 4 && i+n <= len(a.toks); n++ {
		if n > 1 {
			t2 := a.toks[i+n-1]
			if !t2.word {
				return "", 0
			}
			key += " " + t2.f
		}
		if c, ok := cities[key]; ok {
			return c, n
		}
	}
	return "", 0
}

func parseISO(s string) (dates.Date, dates.Precision) {
	var d dates.Date
	parts := strings.Split(s, "-")
	atoi := func(x string) int {
		n := 0
		for _, r := range x {
			if r < '0' || r > '9' {
				return 0
			}
			n = n*10 + int(r-'0')
		}
		return n
	}
	switch len(parts) {
	case 3:
		d = dates.Date{Year: atoi(parts[0]), Month: atoi(parts[1]), Day: atoi(parts[2])}
		return d, "day"
	case 2:
		d = dates.Date{Year: atoi(parts[0]), Month: atoi(parts[1])}
		return d, "month"
	case 1:
		if y := atoi(parts[0]); y > 0 {
			return dates.Date{Year: y}, "year"
		}
	}
	return d, ""
}

// findDateline reads "Washington (VNA) –" at the start of a paragraph (the
// first three): the country of the place, and its text. A misspelt capital
// ("Whasington") is looked up with one letter swapped or dropped.
func (a *analysis) findDateline(g *places.Gazetteer) (string, string) {
	para := -1
	for _, s := range a.sents {
		if s.para == para || s.para > 3 {
			continue
		}
		para = s.para
		// Words up to "(", then one word, ")".
		k := s.from
		for k < s.to && a.toks[k].word && a.toks[k].upper && k-s.from < 4 {
			k++
		}
		placeEnd := k
		if k > s.from && k < s.to && a.toks[k].f == "," {
			// "Ho Chi Minh City, June 14, 2022 (VNA) –": the dateline
			// dates the page.
			j := k + 1
			for j < s.to && j-k < 10 && a.toks[j].f != "(" {
				j++
			}
			if j+2 < s.to && a.toks[j].f == "(" && a.toks[j+2].f == ")" && a.toks[j+1].caps {
				a.datelineDate(a.toks[k].end, a.toks[j].start)
				k = j
			}
		}
		if k == s.from || k+2 >= s.to || a.toks[k].f != "(" || a.toks[k+2].f != ")" || !a.toks[k+1].caps {
			continue
		}
		k = placeEnd
		text := string(a.rs[a.toks[s.from].start:a.toks[k-1].end])
		if c := a.placeCountry(s.from, k); c != "" {
			return c, text
		}
		if c, n := a.cityAt(s.from); n > 0 {
			return c, text
		}
		if c := fuzzyLookup(g, text); c != "" {
			return c, text
		}
		return "", text
	}
	return "", ""
}

// placeCountry returns the country of the first place mention in tokens
// [from, to), "" if none.
func (a *analysis) placeCountry(from, to int) string {
	for k := from; k < to; k++ {
		if p := a.placeOf[k]; p >= 0 && a.places[p].Alpha3 != "" {
			return a.places[p].Alpha3
		}
	}
	return ""
}

// fuzzyLookup tries a capital or country name with two letters swapped or
// one dropped: copy-editing slips ("Whasington") are common in datelines.
func fuzzyLookup(g *places.Gazetteer, word string) string {
	rs := []rune(word)
	if len(rs) < 6 {
		return ""
	}
	try := func(s string) string {
		if c, kind, ok := g.Lookup(s); ok && (kind == places.KindCapital || kind == places.KindName) {
			return c
		}
		return ""
	}
	for i := 0; i+1 < len(rs); i++ {
		v := append([]rune(nil), rs...)
		v[i], v[i+1] = v[i+1], v[i]
		if c := try(string(v)); c != "" {
			return c
		}
	}
	for i := range rs {
		v := append(append([]rune(nil), rs[:i]...), rs[i+1:]...)
		if c := try(string(v)); c != "" {
			return c
		}
	}
	return ""
}

// words returns the folded words of tokens [from, to).
func (a *analysis) words(from, to int) []string {
	var out []string
	for k := from; k < to; k++ {
		if a.toks[k].word {
			out = append(out, a.toks[k].f)
		}
	}
	return out
}

// text returns the document text of tokens [from, to).
func (a *analysis) text(from, to int) string {
	if from >= to {
		return ""
	}
	return string(a.rs[a.toks[from].start:a.toks[to-1].end])
}

// tokenAt returns the index of the token starting at or after code point
// r, -1 if none.
func (a *analysis) tokenAt(r int) int {
	i := sort.Search(len(a.toks), func(k int) bool { return a.toks[k].end > r })
	if i == len(a.toks) {
		return -1
	}
	return i
}

// sentenceOf returns the sentence index holding token k.
func (a *analysis) sentenceOf(k int) int {
	return sort.Search(len(a.sents), func(i int) bool { return a.sents[i].to > k })
}

// datelineDate takes a full date written in the dateline, between code
// points start and end, as the publication day when the page gives none
// finer: "yesterday" in the story counts from it.
func (a *analysis) datelineDate(start, end int) {
	if a.dctx.PublishedPrecision == "day" {
		return
	}
	for _, m := range a.dates {
		if m.Start >= start && m.End <= end && !m.Relative && m.From.Year > 0 && m.From.Day > 0 {
			a.dctx.Published = m.From
			a.dctx.PublishedPrecision = "day"
			return
		}
	}
}
