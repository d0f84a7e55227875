package extract

import (
	"strings"

	"parley/app/extract/dates"
)

// draft is a meeting being built: its people as found, its own date and
// place (from its sentence), before merging and filling from context.
type draft struct {
	partner     string
	mode        string
	planned     bool
	anaph       bool // told again ("Lors de l'entretien"): merges into the first telling
	group       bool // the partner side is an unnamed group ("des représentants")
	focal       []person
	partnerSide []person
	sent        int
	cueTok      int
	date        dates.Interval
	sameDay     bool // "le même jour": the date of the meeting before
	loc         string
	locText     string
	multi       bool // at a multilateral event ("en marge du sommet")
	earlier     bool // "s'étaient déjà rencontrés": before the article's events
	pending     int  // index of a date mention whose year is unknown, or -1
	relDay      int  // "le lendemain" +1, "la veille" -1: days after the meeting told before
}

// earlierMarks tell an encounter before the article's events: its date
// is not the article's.
var earlierMarks = wordSet(`deja auparavant precedemment previously earlier already`)

// clauseBreaks end the scope of a cue: the people after them belong to
// another clause ("Donald Trump, venu … pour son sommet avec Kim Jong Un").
var clauseBreaks = wordSet(`qui que qu dont venu venue venus venues pour afin lequel laquelle
	who which whose where apres after tandis while`)

// pronounSubjects stand for the article's main actor ("Il a également
// travaillé avec …").
var pronounSubjects = wordSet(`il elle he she`)

var possessives = wordSet(`sa son ses his her`)

// bothSidesRoles follow "les deux" in "les deux dirigeants se sont
// rencontrés": the two sides of the meeting told before.
var bothSidesRoles = wordSet(`dirigeants hommes presidents ministres premiers chefs leaders
	ministers presidents men`)

// multiMarks tell a multilateral event.
var multiMarks = wordSet(`marge sidelines sommet summit forum conference g20 g7 apec cop26
	cop27 cop28 brics`)

// isMulti tells a multilateral event: a word of multiMarks, or "Assemblée
// générale" / "General Assembly" (not the National Assembly).
func (a *analysis) isMulti(s span) bool {
	if a.hasWord(s, multiMarks) {
		return true
	}
	for k := s.from; k+1 < s.to; k++ {
		f, n := a.toks[k].f, a.toks[k+1].f
		if f == "assemblee" && n == "generale" || f == "general" && n == "assembly" {
			return true
		}
	}
	return false
}

// sentenceMeetings returns the meetings that sentence si tells. prev are
// the meetings of the sentences before it.
func (a *analysis) sentenceMeetings(si int, prev []draft) []draft {
	s := a.sents[si]
	groups := groupCues(a.toks, findCues(a.toks, s))
	var out []draft
	used := map[int]bool{}
	for gi, g := range groups {
		from, to := a.scope(s, groups, gi)
		var partners, focals []person
		for pi, p := range a.persons[si] {
			if p.excluded || p.org || p.business || p.country == "" {
				continue
			}
			in := p.from >= from && p.to <= to
			if p.country == a.focal {
				if !g.between || in {
					focals = append(focals, p)
				}
				continue
			}
			if in && !used[pi] {
				used[pi] = true
				partners = append(partners, p)
			}
		}
		if len(partners) == 0 && a.bothSides(s) {
			if last := lastHeld(prev); last != nil {
				// "les deux ministres": the two sides of the meeting told
				// before, not the other people the sentence names.
				partners = append(partners, last.partnerSide...)
				focals = append([]person(nil), last.focal...)
			}
		}
		if len(partners) == 0 {
			partners = a.delegationBack(si, from, to)
		}
		partners = keepNamed(partners)
		if len(partners) == 0 || a.airportGreeting(s, g) {
			continue
		}
		focals = keepNamedFocal(focals)
		if len(focals) == 0 {
			focals = a.fallbackFocal(si, g.first)
		}
		if len(focals) == 0 {
			continue
		}
		if prevWord(a.toks, s, g.first, 1) == "to" && a.isHeadline(si) {
			g.planned = true // headline grammar: "Prime Minister to meet …"
		}
		others := append(append([]cueGroup(nil), groups[:gi]...), groups[gi+1:]...)
		date, sameDay, dated, pending := a.pickDate(s, g.first, g.last, others...)
		if g.noun && !g.anaph && !dated && !(hasNamed(focals) && hasNamed(partners)) {
			continue // a bare mention of talks, with no time and no names
		}
		loc, locText := a.location(si)
		for _, p := range partners {
			fs := [][]person{focals}
			if len(partners) == 1 && countNamed(focals) >= 2 && focals[0].from > g.last {
				// "Joe Biden a rencontré le Premier ministre …, le président
				// … et le président de l'Assemblée …": one meeting each.
				fs = nil
				for _, f := range focals {
					fs = append(fs, []person{f})
				}
			}
			for _, f := range fs {
				out = append(out, draft{partner: p.country, mode: g.mode, planned: g.planned,
					anaph: g.anaph, group: p.group, focal: f, partnerSide: []person{p}, sent: si,
					cueTok: g.first, date: date, sameDay: sameDay, pending: pending, relDay: a.relativeDay(s), loc: loc, locText: locText,
					multi: a.isMulti(s), earlier: a.hasWord(s, earlierMarks)})
			}
		}
	}
	if v, ok := a.visitMeeting(si); ok {
		out = append(out, v)
	}
	return out
}

// scope is the token range whose partner-side people belong to cue group
// gi: from the previous group to the first clause break after this one.
func (a *analysis) scope(s span, groups []cueGroup, gi int) (int, int) {
	g := groups[gi]
	from := s.from
	if gi > 0 {
		from = groups[gi-1].last + 1
	}
	if g.between {
		for k := g.last + 1; k < s.to; k++ {
			if a.toks[k].f == "entre" || a.toks[k].f == "between" {
				from = k + 1
				break
			}
		}
	}
	to := s.to
	if gi+1 < len(groups) {
		to = groups[gi+1].first
	}
	for k := g.last + 1; k < to; k++ {
		t := a.toks[k]
		if t.f == ";" || t.f == ":" || (t.word && clauseBreaks[t.f] && a.breaksHere(s, k)) {
			return from, k
		}
	}
	return from, to
}

// breaksHere: "pour"/"afin" open a clause of purpose only before a verb
// or a possessive ("pour coprésider", "pour son sommet"), not in a title
// ("l'envoyé spécial … pour le climat").
func (a *analysis) breaksHere(s span, k int) bool {
	f := a.toks[k].f
	if f == "que" || f == "qu" {
		// "ainsi que le Premier ministre X", "de même que": a list goes on.
		p := prevWord(a.toks, s, k, 1)
		return p != "ainsi" && p != "meme" && p != "tant"
	}
	if f != "pour" && f != "afin" {
		return true
	}
	n := nextWord(a.toks, s, k, 1)
	if f == "afin" || possessives[n] || n == "leur" || n == "leurs" || n == "discuter" {
		return true
	}
	return len(n) > 4 && (strings.HasSuffix(n, "er") || strings.HasSuffix(n, "ir") || strings.HasSuffix(n, "re"))
}

func lastHeld(prev []draft) *draft {
	for i := len(prev) - 1; i >= 0; i-- {
		if !prev[i].planned && !prev[i].group {
			return &prev[i]
		}
	}
	return nil
}

// bothSides finds "les deux dirigeants", "the two leaders".
func (a *analysis) bothSides(s span) bool {
	for k := s.from; k+1 < s.to; k++ {
		if (a.toks[k].f == "deux" || a.toks[k].f == "two") && bothSidesRoles[nextWord(a.toks, s, k, 1)] {
			p := prevWord(a.toks, s, k, 1)
			return p == "les" || p == "des" || p == "the" || p == "aux"
		}
	}
	return false
}

// keepNamed drops an unnamed side when a named person of the same country
// is met in the same clause ("son homologue américain Antony Blinken" is
// one person), and repeats of one name.
func keepNamed(ps []person) []person {
	named := map[string]bool{}
	for _, p := range ps {
		if p.name != "" {
			named[p.country] = true
		}
	}
	var out []person
	seen := map[string]bool{}
	for _, p := range ps {
		key := p.country + "|" + nameKey(p.name)
		if p.name == "" && named[p.country] || seen[key] {
			continue
		}
		seen[key] = true
		out = append(out, p)
	}
	return out
}

func keepNamedFocal(ps []person) []person {
	var named, unnamed []person
	seen := map[string]bool{}
	for _, p := range ps {
		if p.name == "" {
			if !p.compound {
				unnamed = append(unnamed, p)
			}
			continue
		}
		if k := nameKey(p.name); !seen[k] {
			seen[k] = true
			named = append(named, p)
		}
	}
	if len(named) > 0 {
		return named
	}
	if len(unnamed) > 1 {
		unnamed = unnamed[:1]
	}
	if len(unnamed) == 0 {
		for _, p := range ps {
			if p.compound {
				return []person{{country: p.country, compound: true}}
			}
		}
	}
	return unnamed
}

// fallbackFocal finds the focal side of a clause that names none: a
// pronoun or possessive for the article's main actor ("Il a également
// travaillé avec …", "Lors de sa rencontre avec …"), a title with no
// country and no name ("Le ministre des Affaires étrangères rencontre …"),
// or a country pair naming the focal country.
func (a *analysis) fallbackFocal(si, cueTok int) []person {
	s := a.sents[si]
	mainOr := func(title string) []person {
		if a.main != nil {
			return []person{*a.main}
		}
		lvl, _, _ := levelOf(strings.Fields(fold(title)))
		return []person{{country: a.focal, title: title, level: lvl}}
	}
	first := firstWord(a.toks, s)
	if first >= 0 && (pronounSubjects[a.toks[first].f] || a.toks[first].f == "rencontrant") {
		return mainOr("")
	}
	for k := s.from; k < cueTok; k++ {
		f := a.toks[k].f
		if pronounSubjects[f] || possessives[f] && a.toks[k].word {
			return mainOr("")
		}
	}
	for _, p := range a.persons[si] {
		if p.compound && p.country != a.focal {
			return []person{{country: a.focal}}
		}
	}
	// A title at the head of the sentence with no name and no country.
	if first >= 0 && first < cueTok {
		w := a.words(first, cueTok)
		// "National Assembly Chairman receives …": up to three words
		// before an English title.
		if _, at, ok := levelOf(w); ok && at <= 3 && !a.foreignPlace(first, cueTok) && len(a.names[si]) == 0 ||
			ok && at <= 3 && !a.foreignPlace(first, cueTok) && a.names[si][0].from > cueTok {
			return mainOr(a.titleText(first, cueTok, at))
		}
	}
	return nil
}

// foreignPlace tells whether tokens [from, to) name a place other than the
// focal country: "Le leader du Parti vietnamien" is the focal side's title,
// "Le ministre japonais" is not.
func (a *analysis) foreignPlace(from, to int) bool {
	for k := from; k < to; k++ {
		if pi := a.placeOf[k]; pi >= 0 && a.places[pi].Alpha3 != a.focal {
			return true
		}
	}
	return false
}

func (a *analysis) hasWord(s span, set map[string]bool) bool {
	for k := s.from; k < s.to; k++ {
		if a.toks[k].word && set[a.toks[k].f] {
			return true
		}
	}
	return false
}

func hasNamed(ps []person) bool { return countNamed(ps) > 0 }

func countNamed(ps []person) int {
	n := 0
	for _, p := range ps {
		if p.name != "" {
			n++
		}
	}
	return n
}

// visitQualifiers make "visite" a state, official or working visit.
var visitQualifiers = wordSet(`officielle d etat travail amitie official state working`)

// visitMeeting reads a past visit abroad by a focal official, with a time:
// "la visite officielle du président vietnamien au Japon en novembre 2023".
// The visit is a meeting with the host country (its leaders unnamed); when
// the same sentence or article names whom they met, merging keeps those.
func (a *analysis) visitMeeting(si int) (draft, bool) {
	s := a.sents[si]
	for k := s.from; k < s.to; k++ {
		f := a.toks[k].f
		if f != "visite" && f != "visit" {
			continue
		}
		n1, n2 := nextWord(a.toks, s, k, 1), nextWord(a.toks, s, k, 2)
		p1 := prevWord(a.toks, s, k, 1)
		if !visitQualifiers[n1] && !visitQualifiers[n2] && !visitQualifiers[p1] && p1 != "en" {
			continue
		}
		if isPlanned(a.toks, s, k) || a.hasWord(s, wordSet(`sera seront will prochaine`)) {
			return draft{}, false
		}
		dest, destText, destTok := "", "", -1
		for j, n := k+1, 0; j < s.to && n < 12; j++ {
			if !a.toks[j].word {
				continue
			}
			n++
			if pi := a.placeOf[j]; pi >= 0 && a.places[pi].Alpha3 != "" && (postings[prevWord(a.toks, s, j, 1)] || a.localityOf(s, j)) {
				dest, destText, destTok = a.places[pi].Alpha3, a.places[pi].Text, j
				break
			}
		}
		if dest == "" || dest == a.focal {
			continue
		}
		// The visitor is named between "visite" and the destination ("la
		// visite officielle du président vietnamien au Japon"), else
		// anywhere in the sentence.
		var focals, near []person
		for _, p := range a.persons[si] {
			if p.country == a.focal && !p.excluded && !p.compound {
				focals = append(focals, p)
				if p.from > k && p.to <= destTok {
					near = append(near, p)
				}
			}
		}
		if len(near) > 0 {
			focals = near
		}
		focals = keepNamedFocal(focals)
		if len(focals) == 0 && (a.hasWord(s, possessives) || a.hasWord(s, pronounSubjects)) && a.main != nil {
			focals = []person{*a.main}
		}
		if len(focals) == 0 {
			continue
		}
		date, _, dated, pending := a.pickDate(s, k, k)
		if ri, ok := a.rangeIn(s); ok {
			// "a achevé le 17 janvier sa visite, effectuée du 15 au 17
			// janvier 2025": the visit is the range, not its last day.
			if iv := a.resolveYearly(a.dates[ri], s); iv.Precision != "" {
				date, dated, pending = iv, true, -1
			} else {
				date, dated, pending = dates.Interval{}, false, ri
			}
		}
		if !dated && pending < 0 {
			continue
		}
		return draft{partner: dest, mode: ModeInPerson, focal: focals,
			partnerSide: []person{{country: dest}}, sent: si, cueTok: k, date: date, pending: pending,
			loc: dest, locText: destText}, true
	}
	return draft{}, false
}

// localities are the parts of a country a visit goes to: "dans la province
// du Nord du Sri Lanka", "in the Northern Province of Sri Lanka".
var localities = wordSet(`province provinces region regions ville villes capitale district
	districts prefecture etat localite localites city cities capital state`)

// localityOf tells whether the country mention at token j names the country
// of a locality a visit goes to: "à/dans la province (du Nord) du Sri
// Lanka", "dans la province chinoise du Yunnan", "in the Northern Province
// of Sri Lanka".
func (a *analysis) localityOf(s span, j int) bool {
	for k, n := j-1, 0; k >= s.from && n < 5; k-- {
		t := a.toks[k]
		if !t.word {
			return false
		}
		n++
		if localities[t.f] {
			// "dans la province", "in the Northern Province".
			for b := 1; b <= 3; b++ {
				if postings[prevWord(a.toks, s, k, b)] {
					return true
				}
			}
			return false
		}
		if a.placeOf[k] >= 0 && a.placeOf[k] != a.placeOf[j] {
			return false
		}
	}
	return false
}

// welcomeVerbs greet someone; at an airport that is a greeting, not a
// meeting (DESIGN.md §4).
var welcomeVerbs = wordSet(`accueilli accueillie accueillis accueillies accueille accueillent
	recu recue recus recues welcomed welcomes greeted greets received receives`)

// airportWords place a greeting at the arrival: "à l'aéroport", "à sa
// descente d'avion", "at the airport", "on the tarmac".
var airportWords = wordSet(`aeroport aeroports airport airports avion tarmac aerogare`)

// airportGreeting: cue group g is a welcome verb in a sentence that sets
// it at an airport ("À sa descente d'avion, il a été accueilli par …").
func (a *analysis) airportGreeting(s span, g cueGroup) bool {
	if g.mode != ModeInPerson || !a.hasWord(s, airportWords) {
		return false
	}
	for k := g.first; k <= g.last; k++ {
		if a.toks[k].word && welcomeVerbs[a.toks[k].f] {
			return true
		}
	}
	return false
}

// rangeIn returns the index of the first range of days written in
// sentence s.
func (a *analysis) rangeIn(s span) (int, bool) {
	start, end := a.toks[s.from].start, a.toks[s.to-1].end
	for i, m := range a.dates {
		if m.Start >= start && m.End <= end && !m.Relative && m.From.Day > 0 && m.To.Day > 0 && m.From != m.To {
			return i, true
		}
	}
	return -1, false
}

// delegationBack reads "a reçu la délégation", "received the delegation"
// in tokens [from, to) of sentence si: the delegation an earlier sentence
// introduced, given by the foreign official who leads it ("Une délégation
// de la province lao de X, conduite par son gouverneur Y, …").
func (a *analysis) delegationBack(si, from, to int) []person {
	s := a.sents[si]
	found := false
	for k := from; k < to; k++ {
		if f := a.toks[k].f; f == "delegation" {
			p := prevWord(a.toks, s, k, 1)
			found = p == "la" || p == "the" || p == "cette" || p == "this"
			break
		}
	}
	if !found {
		return nil
	}
	for j := si - 1; j >= 0 && j >= si-3; j-- {
		for _, p := range a.persons[j] {
			if p.name == "" || p.country == "" || p.country == a.focal || p.org || p.business || p.excluded {
				continue
			}
			for _, w := range a.words(max(p.winFrom-3, a.sents[j].from), p.from) {
				if w == "delegation" || ledBy[w] || w == "led" || w == "headed" {
					return []person{p}
				}
			}
		}
	}
	return nil
}
