package extract

import (
	"strings"

	"parley/app/extract/places"
)

// person is a participant candidate of a sentence: a named person with the
// title words around the name, or an unnamed side ("son homologue
// américain", "la partie japonaise", "Dialogue Vietnam – Japon").
type person struct {
	name            string
	from, to        int // tokens of the name, or of the role phrase
	winFrom, appTo  int // title window before, apposition after
	title           string
	level           Level
	country         string
	sure            bool // country from the title, an apposition or the memory
	org, business   bool // an international organisation's or a company's person
	excluded        bool // sender or inviter, not someone met
	group, compound bool // unnamed group; a country pair with no person
	honorific       bool
}

// ledBy are the participles of "une délégation conduite par X": the
// title of X starts after "par".
var ledBy = wordSet(`conduite conduit conduites conduits dirigee dirige dirigees diriges menee mene
	presidee preside`)

// windowBreaks end a title window read backwards from a name.
var windowBreaks = wordSet(`avec with ont est sont etait etaient avait avaient sera seront
	has have had was were is are will entre between que qui dont who which whose where and
	tandis while ainsi puis then`)

// findPersons fills a.names and a.persons, learns titled people into the
// memory and gives every person a country.
func (x *Extractor) findPersons(a *analysis) {
	a.names = make([][]nameRun, len(a.sents))
	a.persons = make([][]person, len(a.sents))
	// short maps a one-word name to the full name it shortens in this
	// article ("Ha" after "Tran Hong Ha", "Ishiba" after "Ishiba Shigeru");
	// "" when two people share the word.
	short := map[string]string{}
	known := func(n string) bool {
		if _, ok := short[nameKey(n)]; ok {
			return true
		}
		_, ok := x.people.lookup(n, false)
		return ok
	}
	for si, s := range a.sents {
		runs := findNames(a.toks, s, a.blocked, known)
		a.names[si] = runs
		for ri := range runs {
			p := a.titled(s, runs, ri)
			if p.sure && !p.org && !p.business {
				x.people.learn(Person{Name: p.name, Title: p.title, Country: p.country, Level: p.level})
			}
			a.persons[si] = append(a.persons[si], p)
		}
		for _, r := range runs {
			learnShort(short, r.text)
		}
	}
	a.short = short
	a.partner = a.mainPartner()
	counts := map[string]int{}
	for si := range a.persons {
		for pi := range a.persons[si] {
			p := &a.persons[si][pi]
			if p.country == "" && !p.org && !p.business {
				x.resolveCountry(a, p)
			}
			if p.country == a.focal && p.name != "" {
				counts[nameKey(p.name)]++
				if a.main == nil || counts[nameKey(p.name)] > counts[nameKey(a.main.name)] {
					a.main = p
				}
			}
		}
		a.persons[si] = append(a.persons[si], a.unnamed(si)...)
	}
}

// titled reads the title before name run ri of sentence s (and the
// apposition after it) and the country they give.
func (a *analysis) titled(s span, runs []nameRun, ri int) person {
	r := runs[ri]
	p := person{name: r.text, from: r.from, to: r.to, honorific: r.honorific}
	lowest := s.from
	if ri > 0 {
		// The previous name's apposition is its title, not this one's
		// ("X, vice-ministre vietnamien de la Défense et Y, vice-ministre
		// japonais").
		lowest = a.apposition(s, runs, ri-1)
	}
	k, first := r.from-1, true
	for ; k >= lowest && r.from-k <= 30; k-- {
		t := a.toks[k]
		if t.f == "," {
			if first {
				first = false
				continue
			}
			break
		}
		first = false
		if t.f == "(" || t.f == ")" || t.f == "'" || t.f == "." {
			continue
		}
		if !t.word || windowBreaks[t.f] || t.text == "a" || isCueWord(a.toks, s, k) {
			break
		}
		if t.f == "par" && k+1 < r.from && (isDeterminer(a.toks[k+1].f) || ledBy[prevWordAny(a.toks, lowest, k)]) {
			break
		}
		if t.f == "by" {
			break // "a delegation … led by its Vice Minister X": X's title follows "by"
		}
		if isDigits(t.f) {
			break // a date ("reçu le 3 mai à Hanoï le Premier ministre …")
		}
		// "… à Hanoï le Premier ministre lao X": once the title is read, a
		// place after "à/au/in" is where the meeting is, not the title.
		if a.placeOf[k] >= 0 && postings[prevWordAny(a.toks, lowest, k)] &&
			(r.honorific || hasTitle(a.words(k+1, r.from))) {
			break
		}
	}
	p.winFrom = k + 1
	p.appTo = a.apposition(s, runs, ri)
	win := a.words(p.winFrom, r.from)
	app := a.words(r.to, p.appTo)
	lvl, at, ok := levelOf(win)
	alvl, aat, aok := levelOf(app)
	aok = aok && aat <= 3
	switch {
	case ok && !(lvl == LevelOther && aok && alvl != LevelOther):
		p.level = lvl
		p.title = a.titleText(p.winFrom, r.from, at)
	case aok:
		// "le général X, vice-ministre de la Défense": the apposition
		// gives the office when the words before give only a rank.
		p.level = alvl
		p.title = strings.TrimSpace(strings.TrimLeft(a.text(r.to, p.appTo), ", "))
	default:
		p.level = LevelOther
	}
	p.country, p.org = a.windowCountry(p.winFrom, r.from)
	if p.country == "" && !p.org && p.appTo > r.to {
		p.country, p.org = a.windowCountry(r.to, p.appTo)
	}
	p.sure = p.country != ""
	p.business = hasBusiness(win) || hasBusiness(app)
	for _, w := range win {
		if notOfficial[w] {
			p.excluded = true
		}
	}
	return p
}

// apposition returns the end of ", premier secrétaire du … de Cuba" after a
// name (the name's end if there is none).
func (a *analysis) apposition(s span, runs []nameRun, ri int) int {
	r := runs[ri]
	if r.to >= s.to || a.toks[r.to].f != "," {
		return r.to
	}
	limit := s.to
	if ri+1 < len(runs) {
		limit = runs[ri+1].from
		// In a list ("Jake Sullivan, la directrice générale … Samantha
		// Power, …") the words after the comma run into the next name with
		// no comma: they are its title, unless "et" ends them ("X,
		// vice-ministre vietnamien de la Défense et Y").
		comma := false
		for k := r.to + 1; k < limit; k++ {
			if a.toks[k].f == "," || a.toks[k].f == "." {
				comma = true
			}
		}
		if p := prevWord(a.toks, s, limit, 1); !comma && p != "et" && p != "and" {
			return r.to
		}
	}
	k := r.to + 1
	for ; k < limit && k-r.to < 30; k++ {
		t := a.toks[k]
		if t.f == "(" || t.f == ")" || t.f == "'" {
			continue
		}
		if !t.word || windowBreaks[t.f] || t.text == "a" || isCueWord(a.toks, s, k) {
			return k
		}
	}
	return k
}

func hasTitle(words []string) bool {
	_, _, ok := levelOf(words)
	return ok
}

func isDeterminer(f string) bool {
	switch f {
	case "l", "le", "la", "les", "the", "son", "sa", "ses", "un", "une":
		return true
	}
	return false
}

// isCueWord tells whether token k is a meeting cue word (it ends a title).
func isCueWord(toks []token, s span, k int) bool {
	f := toks[k].f
	return inPersonCues[f] && !nounCues[f] || phoneCues[f] || videoCues[f]
}

// titleText is the title as written, from its keyword (at, a word index
// in the window) or the first word that is not a determiner.
func (a *analysis) titleText(from, to, at int) string {
	n := 0
	for k := from; k < to; k++ {
		if !a.toks[k].word {
			continue
		}
		if n == at || (!isDeterminer(a.toks[k].f) && a.toks[k].f != "et" && a.toks[k].f != "and" && n > at) {
			return strings.TrimRight(strings.TrimSpace(a.text(k, to)), ", ")
		}
		n++
	}
	return strings.TrimRight(strings.TrimSpace(a.text(from, to)), ", ")
}

// windowCountry returns the country a title window names, and whether it
// names an international organisation first ("secrétaire général adjoint
// de l'ONU"). A country after "au/à/in/to" is where the person is posted,
// not theirs ("ambassadeur des États-Unis au Vietnam").
func (a *analysis) windowCountry(from, to int) (string, bool) {
	if from >= to {
		return "", false
	}
	start, end := a.toks[from].start, a.toks[to-1].end
	firstOrg := -1
	for _, o := range a.orgs {
		if o.Start >= start && o.End <= end {
			firstOrg = o.Start
			break
		}
	}
	for k := from; k < to; k++ {
		pi := a.placeOf[k]
		if pi < 0 || (k > from && a.placeOf[k-1] == pi) {
			continue
		}
		m := a.places[pi]
		if m.Alpha3 == "" || m.Kind == places.KindCompound || m.Kind == places.KindCapital {
			continue // a capital in a title window is where, not whose ("avant de quitter Pékin, X")
		}
		if pw := prevWordAny(a.toks, from, k); postings[pw] {
			continue
		}
		if firstOrg >= 0 && firstOrg < m.Start {
			return "", true
		}
		return m.Alpha3, false
	}
	return "", firstOrg >= 0
}

// prevWordAny is the folded word before token k, not before token from.
func prevWordAny(toks []token, from, k int) string {
	for j := k - 1; j >= from; j-- {
		if toks[j].word {
			return toks[j].f
		}
	}
	return ""
}

func hasBusiness(words []string) bool {
	for i, w := range words {
		if businessWords[w] {
			return true
		}
		// "Conseil d'affaires", "hommes d'affaires", but not "ministre des
		// Affaires étrangères" nor "chargé d'affaires".
		if w == "affaires" && i > 0 && words[i-1] == "d" && (i < 2 || words[i-2] != "charge") {
			return true
		}
	}
	return false
}

// resolveCountry gives a country to a named person whose title names none:
// the memory, a Vietnamese name, else the article's partner (a foreign
// official in an article about one partner is most often of that partner).
func (x *Extractor) resolveCountry(a *analysis, p *person) {
	if full := a.short[nameKey(p.name)]; full != "" {
		if q, ok := a.fullPerson(full); ok {
			p.name, p.country, p.sure = q.name, q.country, q.sure
			if p.title == "" {
				p.title, p.level = q.title, q.level
			}
			return
		}
	}
	if q, ok := x.people.lookup(p.name, p.honorific); ok {
		p.country, p.sure = q.Country, true
		if p.title == "" {
			p.title, p.level = q.Title, q.Level
		}
		return
	}
	if isVietnameseName(p.name) {
		p.country, p.sure = "VNM", true
		return
	}
	p.country = a.partner
}

// mainPartner is the country other than the focal one that the article
// names most (first named wins a tie).
func (a *analysis) mainPartner() string {
	counts := map[string]int{}
	best := ""
	for _, m := range a.places {
		cs := []string{m.Alpha3}
		if m.Alpha3 == "" {
			cs = m.Countries
		}
		for _, c := range cs {
			if c == "" || c == a.focal {
				continue
			}
			counts[c]++
			if best == "" || counts[c] > counts[best] {
				best = c
			}
		}
	}
	return best
}

// unnamed returns the unnamed sides of sentence si: a role and a country
// ("son homologue américain", "la partie lao", "US officials"), and
// country pairs ("Dialogue Vietnam – Japon", "entre le Vietnam et les
// États-Unis").
func (a *analysis) unnamed(si int) []person {
	s := a.sents[si]
	var out []person
	inNamed := func(k int) bool {
		for _, p := range a.persons[si] {
			if p.name != "" && k >= p.winFrom && k < p.appTo {
				return true
			}
		}
		return false
	}
	for k := s.from; k < s.to; k++ {
		pi := a.placeOf[k]
		if pi < 0 || (k > s.from && a.placeOf[k-1] == pi) {
			continue
		}
		m := a.places[pi]
		if len(m.Countries) == 2 || m.Kind == places.KindCompound {
			for _, c := range m.Countries {
				if c != a.focal && containsStr(m.Countries, a.focal) {
					out = append(out, person{from: k, to: k + 1, country: c, compound: true, title: m.Text})
				}
			}
			continue
		}
		if m.Alpha3 == "" || inNamed(k) || m.Kind == places.KindCapital {
			continue
		}
		if pw := prevWordAny(a.toks, s.from, k); postings[pw] {
			continue
		}
		if c, ok := a.betweenPair(s, k, m); ok {
			out = append(out, person{from: k, to: k + 1, country: c, compound: true, title: m.Text})
			continue
		}
		role := a.roleNear(s, k)
		if role < 0 {
			continue
		}
		from, to := role, k+1
		if role > k {
			from, to = k, role+1
		}
		w := a.words(from, to)
		lvl, _, _ := levelOf(w)
		title := a.text(from, to)
		if role < k && a.anyPlaceBetween(role+1, k, pi) {
			// "ses homologues émirati, égyptien et turc": one side per
			// adjective, each with the role and its own adjective.
			j := k
			for j-1 > role && (a.toks[j-1].f == "de" || a.toks[j-1].f == "du" || a.toks[j-1].f == "des" ||
				a.toks[j-1].f == "d" || a.toks[j-1].f == "'") {
				j--
			}
			title = a.text(role, role+1) + " " + a.text(j, k+1)
		}
		out = append(out, person{from: from, to: to, winFrom: from, appTo: to, country: m.Alpha3,
			title: title, level: lvl, group: pluralGroups[a.toks[role].f],
			business: hasBusiness(w)})
	}
	return out
}

// anyPlaceBetween tells whether tokens [from, to) hold a place mention
// other than mention pi.
func (a *analysis) anyPlaceBetween(from, to, pi int) bool {
	for k := from; k < to; k++ {
		if a.placeOf[k] >= 0 && a.placeOf[k] != pi {
			return true
		}
	}
	return false
}

func containsStr(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// betweenPair reads "entre le Vietnam et les États-Unis" at the focal
// country's mention k: the other country.
func (a *analysis) betweenPair(s span, k int, m places.Mention) (string, bool) {
	if m.Alpha3 != a.focal {
		return "", false
	}
	p1, p2 := prevWord(a.toks, s, k, 1), prevWord(a.toks, s, k, 2)
	if p1 != "entre" && p1 != "between" && p2 != "entre" && p2 != "between" {
		return "", false
	}
	for j, n := k+1, 0; j < s.to && n < 4; j++ {
		if !a.toks[j].word {
			continue
		}
		n++
		if pi := a.placeOf[j]; pi >= 0 && a.places[pi].Alpha3 != "" && a.places[pi].Alpha3 != a.focal {
			return a.places[pi].Alpha3, true
		}
	}
	return "", false
}

// roleSkip are words between a role and its country adjective: "des
// représentants de plusieurs organes américains".
var roleSkip = wordSet(`de du des la le l d of the plusieurs nombreux several many et and grands
	hauts haut high-ranking senior`)

// roleNear finds the role word of a country mention at k: up to five words
// before it (French order), or up to two after (English "US officials").
func (a *analysis) roleNear(s span, k int) int {
	for j, n := k-1, 0; j >= s.from && n < 5; j-- {
		t := a.toks[j]
		if !t.word {
			if t.f == "," || t.f == "'" {
				continue
			}
			break
		}
		n++
		if isCueWord(a.toks, s, j) {
			break // "Chairman receives Mongolian ambassador": the role follows
		}
		if groupRoles[t.f] || titleStarts[t.f] != nil {
			return j
		}
		if a.placeOf[j] >= 0 || roleSkip[t.f] || !t.upper {
			continue
		}
		break
	}
	for j, n := k+1, 0; j < s.to && n < 3; j++ {
		t := a.toks[j]
		if !t.word {
			break
		}
		n++
		if groupRoles[t.f] || titleStarts[t.f] != nil {
			return j
		}
		if !t.upper && !roleSkip[t.f] {
			break
		}
	}
	return -1
}

// learnShort records the one-word forms of a full name met in the article:
// its last word (the given name by which Vietnamese copy calls people:
// "Ha", "Trung"; the surname of Western names: "Macron"), and for a name
// that is not Vietnamese its first word too (the family name of East Asian
// names: "Ishiba").
func learnShort(short map[string]string, name string) {
	words := strings.Fields(nameKey(name))
	if len(words) < 2 {
		return
	}
	add := func(w string) {
		if len([]rune(w)) < 2 {
			return
		}
		if old, ok := short[w]; ok && old != nameKey(name) {
			short[w] = "" // two people share it: no guess
			return
		}
		short[w] = nameKey(name)
	}
	add(words[len(words)-1])
	if !isVietnameseName(name) {
		add(words[0])
	}
}

// fullPerson returns the first person of the article named by the folded
// full name key, once its country is known.
func (a *analysis) fullPerson(key string) (person, bool) {
	for si := range a.persons {
		for _, q := range a.persons[si] {
			if q.name != "" && q.country != "" && nameKey(q.name) == key {
				return q, true
			}
		}
	}
	return person{}, false
}
