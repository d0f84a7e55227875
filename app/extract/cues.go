package extract

import "strings"

// A cue is a word that says an encounter took place (or will): a verb of
// meeting, a noun of talks, or a word of the means (telephone, video).
type cue struct {
	tok     int // token index of the cue word
	mode    string
	noun    bool // "entretien", "talks": may be a back-reference
	planned bool // announced, not yet held
	anaph   bool // refers back to an encounter already told ("cet entretien")
	between bool // noun followed by "entre … et …": the two sides follow
}

// inPersonCues are words that report an encounter without saying the means;
// verbs and participles, then nouns (nounCues). They are folded.
var inPersonCues = wordSet(`
	entretenu entretenue entretenus entretenues entretient entretiennent entretenir
	entretiendra entretiendront
	recu recue recus recues recoit recoivent recevoir recevant recevra recevront
	rencontre rencontres rencontree rencontrees rencontrer rencontrant rencontrent
	rencontrera rencontreront
	accueilli accueillie accueillis accueillies accueille accueillent accueillera
	copreside copresidee copresides copresidees copresident copresider copresidant
	copresidera copresideront co-preside co-presidee co-presider co-president
	reunis reunies audience pourparlers entretiens entretien dialogue accueil courtoisie
	met meets meet meeting meetings talks received receives receive receiving
	hosted hosts welcomed welcomes co-chaired co-chairs co-chair co-chairing cochaired
	courtesy`)

// nounCues are the cues that name the encounter rather than tell it.
var nounCues = wordSet(`rencontre rencontres audience pourparlers entretiens entretien
	dialogue accueil courtoisie meeting meetings talks courtesy`)

// phoneCues and videoCues name the means; alone they are cues too ("a
// téléphoné", "phone talks"), and next to another cue they set its mode.
var phoneCues = wordSet(`telephone telephonique telephoniques telephoner telephonera
	phone phoned phoning telephoned`)

var videoCues = wordSet(`visioconference visioconferences videoconference videoconferences
	video-conference visio video virtual virtually online`)

// plannedBefore are words that, a few words before a cue, make it an
// announcement: "doit s'entretenir", "will meet", "is scheduled to meet".
var plannedBefore = wordSet(`doit doivent devrait devraient devra devront va vont
	will shall scheduled expected plans planned prochain prochaine prochains
	prochaines upcoming sera seront prevoit prevoient`)

// plannedAfter are words that, just after a noun cue, make it an
// announcement: "une rencontre est prévue", "talks planned for".
var plannedAfter = wordSet(`prevu prevue prevus prevues planned scheduled`)

// anaphoricStarts open a sentence that goes back to an encounter already
// told: "Lors de l'entretien", "Au cours de sa visite", "Rencontrant …".
var anaphoricStarts = wordSet(`lors pendant durant during rencontrant recevant meeting`)

var demonstratives = wordSet(`cet cette ces ce this these those`)

// glueTails are the short words a copy-paste glues to a cue
// ("rencontresavec").
var glueTails = []string{"avec", "with", "et", "and", "de", "des", "du", "le", "la", "les", "au", "en", "a"}

// unglue returns the cue word at the head of a glued token.
func unglue(f string) (string, bool) {
	for _, tail := range glueTails {
		if head, ok := strings.CutSuffix(f, tail); ok && len(head) >= 5 &&
			(inPersonCues[head] || phoneCues[head] || videoCues[head]) {
			return head, true
		}
	}
	return f, false
}

// remoteWords may precede "ligne" in "en ligne" (online).
func isEnLigne(toks []token, i int) bool {
	return toks[i].f == "ligne" && i > 0 && toks[i-1].f == "en"
}

// findCues returns the cues of sentence s in order.
func findCues(toks []token, s span) []cue {
	var out []cue
	for i := s.from; i < s.to; i++ {
		t := toks[i]
		if !t.word {
			continue
		}
		c := cue{tok: i}
		f := t.f
		if head, ok := unglue(f); ok && !inPersonCues[f] {
			f = head
		}
		t.f = f
		switch {
		case phoneCues[t.f]:
			c.mode = ModePhone
		case videoCues[t.f] || isEnLigne(toks, i):
			c.mode = ModeVideo
		case inPersonCues[t.f]:
			if !inPersonContext(toks, s, i) {
				continue
			}
			c.mode = ModeInPerson
			// "rencontré" is a participle even though it folds to the noun.
			c.noun = nounCues[t.f] && !afterLightVerb(toks, s, i) && !strings.HasSuffix(t.text, "é") &&
				!presentVerb(toks, s, i)
		case isWorkedWith(toks, s, i) || isCourtesyCall(toks, s, i) || isCallOn(toks, s, i):
			c.mode = ModeInPerson
		default:
			continue
		}
		c.planned = isPlanned(toks, s, i)
		c.anaph = isAnaphoric(toks, s, i)
		c.between = followsBetween(toks, s, i, c.noun || c.mode != ModeInPerson)
		out = append(out, c)
	}
	return out
}

// inPersonContext drops uses of cue words that are not encounters: a
// "rencontre" or "meeting" of a multilateral body named by a capital
// ("réunion" is not a cue at all), "courtoisie"/"courtesy" without visit or
// call, "accueil" outside a welcome ceremony, "mécanisme de dialogue".
func inPersonContext(toks []token, s span, i int) bool {
	t := toks[i]
	switch t.f {
	case "courtoisie", "courtesy":
		return true
	case "accueil":
		return prevWord(toks, s, i, 2) == "ceremonie" || prevWord(toks, s, i, 2) == "ceremonies"
	case "dialogue":
		return prevWord(toks, s, i, 2) != "mecanisme" && prevWord(toks, s, i, 1) != "de"
	case "reunis", "reunies":
		return prevWord(toks, s, i, 1) == "sont" || prevWord(toks, s, i, 1) == "etaient"
	case "entretenu", "entretenue", "entretenus", "entretenues", "entretient",
		"entretiennent", "entretenir", "entretiendra", "entretiendront":
		// "entretenir des relations" is to maintain, not to talk: the
		// talking verb is reflexive ("s'est entretenu", "s'entretenir").
		for k := i - 1; k >= s.from && k >= i-4; k-- {
			if toks[k].f == "s" || toks[k].f == "se" {
				return true
			}
		}
		return false
	case "meet", "meets", "met", "meeting", "meetings":
		// "meet the demand", "meet the targets": English "meet" needs a
		// person after it; the participants step checks that, but a
		// following "needs/demand/goals/requirements" rules it out early.
		n := nextWord(toks, s, i, 2)
		return n != "demand" && n != "needs" && n != "requirements" && n != "targets" && n != "goals"
	}
	return true
}

// lightVerbs make a noun cue a told event: "ont eu des rencontres", "a
// tenu des entretiens", "held talks".
var lightVerbs = wordSet(`eu eue tenu tenue tiennent tient held had hold holds holding mene menes
	menee have has`)

func afterLightVerb(toks []token, s span, i int) bool {
	return lightVerbs[prevWord(toks, s, i, 1)] || lightVerbs[prevWord(toks, s, i, 2)] ||
		lightVerbs[prevWord(toks, s, i, 3)] && prevWord(toks, s, i, 3) != "have" && prevWord(toks, s, i, 3) != "has"
}

// nounHeads come before "rencontre" the noun: "la rencontre", "sa
// rencontre", "lors de la première rencontre", "Rencontre entre …".
var nounHeads = wordSet(`la une l sa leur cette de d du des premiere nouvelle derniere
	grande breve courte longue cordiale chaleureuse lors pendant durant apres avant`)

// objectHeads open the object of a verb: "rencontre le président …",
// "rencontre ses homologues …".
var objectHeads = wordSet(`le la les l son sa ses leur leurs des un une deux trois plusieurs
	the his her their two several`)

// presentVerb tells the headline verb "rencontre" (present tense: "Le
// ministre X rencontre son homologue …") from the noun: a subject before
// it, no determiner, and an object after it.
func presentVerb(toks []token, s span, i int) bool {
	if toks[i].f != "rencontre" {
		return false
	}
	p := prevWord(toks, s, i, 1)
	if p == "" || nounHeads[p] {
		return false
	}
	for k := i + 1; k < s.to; k++ {
		if t := toks[k]; t.word {
			return objectHeads[t.f] || t.upper && !functionWords[t.f]
		}
	}
	return false
}

func isWorkedWith(toks []token, s span, i int) bool {
	f := toks[i].f
	n := nextWord(toks, s, i, 1)
	return f == "travaille" && n == "avec" || f == "worked" && n == "with"
}

// isCourtesyCall finds "est allé(e) saluer" and "paid a call on".
func isCourtesyCall(toks []token, s span, i int) bool {
	f := toks[i].f
	if f == "saluer" {
		p := prevWord(toks, s, i, 1)
		return p == "alle" || p == "allee" || p == "alles" || p == "allees"
	}
	return false
}

// rendreForms are the forms of "rendre" in "rendre visite à" (to call on
// someone); the future ones make the visit planned (isPlanned).
var rendreForms = wordSet(`rend rendent rendu rendue rendus rendues rendre rendant rendait
	rendra rendront pays paid pay paying`)

// isCallOn finds "rend visite à", "a rendu visite et adressé ses vœux
// aux …", "paid a visit to": a call on someone, the cue at "visite".
// "rend une visite d'État au Laos" is a visit, read by visitMeeting.
func isCallOn(toks []token, s span, i int) bool {
	f := toks[i].f
	if f != "visite" && f != "visit" {
		return false
	}
	p := prevWord(toks, s, i, 1)
	if f == "visit" && p == "a" {
		p = prevWord(toks, s, i, 2)
	}
	if !rendreForms[p] {
		return false
	}
	n := nextWord(toks, s, i, 1)
	return n == "a" || n == "au" || n == "aux" || n == "et" || n == "to" || n == "and"
}

func isPlanned(toks []token, s span, i int) bool {
	f := toks[i].f
	if strings.HasSuffix(f, "ra") || strings.HasSuffix(f, "ront") {
		return true // French future: "rencontrera", "s'entretiendra"
	}
	for k, n := i-1, 0; k >= s.from && n < 5; k-- {
		if !toks[k].word {
			continue
		}
		n++
		if plannedBefore[toks[k].f] {
			return true
		}
		if strings.HasSuffix(toks[k].f, "ra") && len(toks[k].f) > 5 && futureVerbs[toks[k].f] {
			return true
		}
	}
	for k, n := i+1, 0; k < s.to && n < 3; k++ {
		if !toks[k].word {
			continue
		}
		n++
		if plannedAfter[toks[k].f] {
			return true
		}
	}
	return departureBefore(toks, s, i) || futureAfterNoun(toks, s, i)
}

// futureAfterNoun finds the future of the clause a noun cue opens: "la
// cérémonie d'accueil … aura lieu le 4 novembre", "talks … will take
// place", "l'entretien se tiendra", up to twenty words on (the two sides
// named in between) and before a comma.
func futureAfterNoun(toks []token, s span, i int) bool {
	if !nounCues[toks[i].f] {
		return false
	}
	for k, n := i+1, 0; k < s.to && n < 20; k++ {
		t := toks[k]
		if t.f == "," || t.f == ";" || t.f == ":" {
			return false
		}
		if !t.word {
			continue
		}
		n++
		n1 := nextWord(toks, s, k, 1)
		switch t.f {
		case "aura", "auront":
			if n1 == "lieu" {
				return true
			}
		case "tiendra", "tiendront", "deroulera", "derouleront":
			return true
		case "will":
			if n1 == "take" || n1 == "be" {
				return true
			}
		case "is", "are":
			if n1 == "scheduled" || n1 == "expected" || n1 == "set" || n1 == "due" {
				return true
			}
		}
	}
	return false
}

// futureVerbs are French futures that announce a visit or talks.
var futureVerbs = wordSet(`effectuera effectueront rendra rendront aura auront tiendra
	tiendront participera participeront`)

// departureBefore: "a quitté Hanoï pour Vientiane afin de coprésider …",
// "left Hanoi for …": what follows the departure has not happened yet.
func departureBefore(toks []token, s span, i int) bool {
	for k := s.from; k < i; k++ {
		switch toks[k].f {
		case "quitte", "quitter", "quittant", "left", "leaves", "departed":
			for j := k + 1; j < i; j++ {
				if f := toks[j].f; f == "pour" || f == "for" || f == "afin" {
					return true
				}
			}
		}
	}
	return false
}

func isAnaphoric(toks []token, s span, i int) bool {
	if p := prevWord(toks, s, i, 1); demonstratives[p] {
		return true
	}
	s.from = afterDateline(toks, s)
	first := firstWord(toks, s)
	if first < 0 {
		return false
	}
	f := toks[first].f
	if anaphoricStarts[f] {
		return true
	}
	n1, n2 := nextWord(toks, s, first, 1), nextWord(toks, s, first, 2)
	if f == "il" && n1 == "s" && (n2 == "agissait" || n2 == "agit") || f == "c" && (n1 == "est" || n1 == "etait") ||
		(f == "it" || f == "this") && n1 == "was" {
		return true // "Il s'agissait de la première rencontre …": told again
	}
	return (f == "au" && nextWord(toks, s, first, 1) == "cours") ||
		(f == "a" && nextWord(toks, s, first, 1) == "l" && nextWord(toks, s, first, 2) == "issue") ||
		(f == "at" && nextWord(toks, s, first, 1) == "the")
}

// followsBetween finds "entre"/"between" after a cue: up to eight words
// after a noun ("la conversation téléphonique très fructueuse entre …"),
// four after a verb.
func followsBetween(toks []token, s span, i int, noun bool) bool {
	limit := 4
	if noun {
		limit = 8
	}
	for k, n := i+1, 0; k < s.to && n < limit; k++ {
		if !toks[k].word {
			continue
		}
		n++
		if toks[k].f == "entre" || toks[k].f == "between" {
			return true
		}
	}
	return false
}

// prevWord returns the n-th word before token i in s ("" if none).
func prevWord(toks []token, s span, i, n int) string {
	for k := i - 1; k >= s.from; k-- {
		if toks[k].word {
			n--
			if n == 0 {
				return toks[k].f
			}
		}
	}
	return ""
}

// nextWord returns the n-th word after token i in s ("" if none).
func nextWord(toks []token, s span, i, n int) string {
	for k := i + 1; k < s.to; k++ {
		if toks[k].word {
			n--
			if n == 0 {
				return toks[k].f
			}
		}
	}
	return ""
}

func firstWord(toks []token, s span) int {
	for k := s.from; k < s.to; k++ {
		if toks[k].word {
			return k
		}
	}
	return -1
}

// cueGroup is a run of cues close together ("s'est entretenu au
// téléphone"): one clause, one means.
type cueGroup struct {
	first, last int // token indexes of the first and last cue
	mode        string
	noun        bool
	planned     bool
	anaph       bool
	between     bool
}

// groupCues joins cues at most four words apart. A remote means (phone,
// video) wins over the in-person default.
func groupCues(toks []token, cues []cue) []cueGroup {
	var out []cueGroup
	for _, c := range cues {
		if n := len(out); n > 0 && wordsBetween(toks, out[n-1].last, c.tok) <= 4 {
			g := &out[n-1]
			g.last = c.tok
			if c.mode != ModeInPerson {
				g.mode = c.mode
			}
			g.noun = g.noun && c.noun
			g.planned = g.planned || c.planned
			g.anaph = g.anaph && c.anaph
			g.between = g.between || c.between
			continue
		}
		out = append(out, cueGroup{first: c.tok, last: c.tok, mode: c.mode, noun: c.noun,
			planned: c.planned, anaph: c.anaph, between: c.between})
	}
	return out
}

func wordsBetween(toks []token, a, b int) int {
	n := 0
	for k := a + 1; k < b; k++ {
		if toks[k].word {
			n++
		}
	}
	return n
}

// afterDateline returns where sentence s starts after a dateline
// ("Kazan (VNA) – Lors de sa rencontre …"), s.from if it has none.
func afterDateline(toks []token, s span) int {
	for k := s.from; k+3 < s.to && k-s.from < 12; k++ {
		if toks[k].f == "(" && toks[k+1].caps && toks[k+2].f == ")" {
			if d := toks[k+3].f; d == "–" || d == "-" || d == "—" {
				return k + 4
			}
			return k + 3
		}
	}
	return s.from
}
