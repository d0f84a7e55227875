package extract

import "strings"

// Names of people are runs of capitalised words that are not title words,
// institutions, places, months or sentence-initial function words
// ("Selon Hoang Xuan Chiên" is "Hoang Xuan Chiên").

// notNames are folded words that are never part of a person's name, even
// capitalised.
var notNames = wordSet(`
	president presidente premier premiere prime ministre minister ministers vice secretaire secretary
	general generale generaux etat state affaires etrangeres foreign affairs defense defence
	parti party comite committee central centrale commission assemblee assembly nationale national
	republique republic royaume kingdom conseil council dialogue gouvernement government ministere
	ministry ambassadeur ambassadrice ambassador chef chief head directeur directrice director
	m mme mr mrs ms dr monsieur madame sir lieutenant colonel senateur senator representant
	representante representative envoye envoy special speciale sommet summit session forum conference
	universite university banque bank agence agency photo vna afp xinhua source
	lundi mardi mercredi jeudi vendredi samedi dimanche monday tuesday wednesday thursday friday
	saturday sunday janvier fevrier mars avril mai juin juillet aout septembre octobre novembre
	decembre january february march april may june july august september october november december
	heure locale mer orientale sud nord est ouest east west north south asie pacifique europe
	afrique amerique asia pacific africa america palais palace maison house zone parc park place
	hotel hall cite city ville province region district capitale capital federation union
	communiste communist populaire people peoples revolutionnaire revolutionary democratique
	democratic socialiste socialist front patrie fatherland armee army police marine navy
	cour court tribunal senat senate chambre chamber congres congress parlement parliament
	departement department bureau office institut institute academie academy fondation foundation
	organisation organization association federation programme program projet project plan
	accord agreement traite treaty declaration statement partenariat partnership
	premiers ministres presidents secretaires dirigeant dirigeants leader leaders
	general-major lieutenant-general amiral admiral capitaine captain docteur professeur professor
	majeste majesty excellence excellency altesse highness saint sainte st
	journee day annee year fete festival prix award ordre order medaille medal
	chairman chairwoman chairperson vice-chairman vice-chairwoman deputy governor mayor
	energy commerce industry trade climate relations external internal home interior justice
	finance health education culture sports tourism labour labor agriculture environment science
	technology information communications transport transportation planning investment security
	public natural resources construction economy economic development rural women youth
	standing permanent politburo secretariat propaganda mobilisation inspection veterans welfare
	industrie sante investissement finances economie interieur education securite publique
	environnement ressources naturelles sciences technologie technologies travail invalides
	sociales developpement transports tourisme concurrence permanente exterieures exterieur
	strategic comprehensive enhanced cooperation cooperative intergovernmental joint mixed
	strategique integral integrale intergouvernemental mixte presidential presidentiel
	manpower digital innovation water mines minerals petroleum oil gas fisheries forestry
	maritime ocean oceans housing urban infrastructure aviation railways posts
	telecommunications media arts heritage family children gender equality immigration customs
	revenue treasury budget statistics cabinet legislative judicial legal human rights ethnic
	religious minorities energie petrole peche forets logement urbanisme numerique jeunesse
	famille enfance femmes egalite douanes tresor statistiques patrimoine medias ethnies`)

// rankAbbrevs are abbreviated ranks and titles: before a full stop they are
// no part of a name ("Col. Gen. Alexander Fomin", "Sen. Lieut. Gen. X"),
// while "Sen" alone may be one ("Hun Sen").
var rankAbbrevs = wordSet(`gen col lieut lt sen maj brig adm capt cdr sgt gov rep snr`)

// placeNouns before a capitalised run make it a place: "the province of
// Bac Ninh", "la province de Xieng Khouang".
var placeNouns = wordSet(`province provinces city district town village commune region
	ville departement prefecture`)

// functionWords start many sentences capitalised ("Selon", "Dans", "Son
// homologue"); they begin no name, but may be inside one ("Bui Thanh Son").
var functionWords = wordSet(`
	le la les l un une des du de d au aux et a en à y il elle ils elles on nous vous ce cet cette ces
	son sa ses leur leurs lors selon avant apres dans durant pendant depuis sur sous par pour avec
	entre vers chez outre ainsi aussi mais ou donc car quant concernant lorsque quand comme si
	the of and for in on at to by with his her their its this that these those he she they we it
	during after before as from since while when under over about an a arrive arrivee invite
	invitee rencontrant recevant meeting receiving welcoming hosting apres-midi cependant toutefois enfin puis ensuite egalement`)

// vnSurnames are the Vietnamese family names, folded. A run that starts
// with one and has two to four short syllables is a Vietnamese name.
var vnSurnames = wordSet(`nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly
	trinh dinh luong ha to vuong truong mai cao lam dao doan chu ta quach kieu thai tong nong lai
	giang khuat luu trieu lu hua la lo tang phung ong thach thanh kha ung mac than`)

// vnGiven are frequent Vietnamese middle and given names; they tell "Le Hoai
// Trung" (a name) from "Le Vietnam" (an article) at the start of a sentence.
var vnGiven = wordSet(`van thi minh duc kim thanh hong quang manh chi khanh tan dinh huu quoc
	hai anh tuan hoai xuan phu binh ngoc thi dinh dang cong trong trung son long hung dung
	thu thuy lan huong`)

var nameParticles = wordSet(`bin ibn al el van von der den da dos del di`)

// honorifics announce a bare surname: "M. Blinken", "Mr Kishida".
var honorifics = wordSet(`m mme mr mrs ms dr`)

// singleAfter are title words after which one capitalised word is a name:
// "l'empereur Naruhito", "le président Poutine".
var singleAfter = wordSet(`president ministre minister empereur emperor roi king reine queen
	sultan emir prince pape pope chancelier chancellor homologue counterpart ambassadeur
	ambassador secretaire secretary`)

// nameRun is a person's name: tokens [from, to) of the document.
type nameRun struct {
	from, to  int
	text      string
	honorific bool // preceded by "M.", "Mr", …
}

// findNames returns the name runs of sentence s. blocked marks the tokens
// inside place and organisation mentions.
func findNames(toks []token, s span, blocked []bool, known func(string) bool) []nameRun {
	var out []nameRun
	first := firstWord(toks, s)
	for i := s.from; i < s.to; i++ {
		if !isNameWord(toks, s, i, first, blocked) {
			continue
		}
		if functionWords[toks[i].f] && !isLeName(toks, s, i, first, blocked) && !startsVietnameseName(toks, s, i, first, blocked) {
			continue
		}
		j := i + 1
		for j < s.to {
			switch {
			case isNameWord(toks, s, j, first, blocked):
				j++
				continue
			case isInitial(toks, j, s) && j+2 < s.to && isNameWord(toks, s, j+2, first, blocked):
				j += 2
				continue
			case toks[j].word && nameParticles[toks[j].f] && j+1 < s.to && isNameWord(toks, s, j+1, first, blocked):
				j++
				continue
			}
			break
		}
		// "David F. Helvey": an initial inside the run is taken above; an
		// initial before it ("J. Smith") is left out, the surname is enough.
		start := vietnameseTail(toks, i, j)
		if start == i && placeBefore(toks, s, i, blocked) {
			i = j - 1
			continue
		}
		i = start
		r := nameRun{from: i, to: j}
		r.text = joinTokens(toks, i, j)
		r.honorific = i > s.from+1 && toks[i-1].f == "." && honorifics[toks[i-2].f] ||
			i > s.from && honorifics[toks[i-1].f] && toks[i-1].f != "m"
		words := 0
		for k := i; k < j; k++ {
			if toks[k].word {
				words++
			}
		}
		if words >= 2 || r.honorific || known(r.text) || i > s.from && singleAfter[toks[i-1].f] {
			out = append(out, r)
		}
		i = j - 1
	}
	return out
}

func isInitial(toks []token, j int, s span) bool {
	t := toks[j]
	return t.word && t.upper && len([]rune(t.text)) == 1 && j+1 < s.to && toks[j+1].f == "."
}

// isNameWord tells whether token i may be part of a name.
func isNameWord(toks []token, s span, i, first int, blocked []bool) bool {
	t := toks[i]
	if !t.word || !t.upper || t.caps || blocked[i] {
		return false
	}
	if r := []rune(t.text); len(r) == 1 || isDigits(t.f) {
		return false
	}
	if strings.HasSuffix(t.f, "-ville") || strings.HasSuffix(t.f, "-city") {
		return false
	}
	if rankAbbrevs[t.f] && i+1 < s.to && toks[i+1].f == "." {
		return false
	}
	if i+1 < s.to && (t.f == "voir" || t.f == "see") && (toks[i+1].f == "plus" || toks[i+1].f == "more") ||
		i > s.from && (t.f == "plus" || t.f == "more") && (toks[i-1].f == "voir" || toks[i-1].f == "see") {
		return false // "Voir plus", "See more"; but "Tan See Leng" is a name
	}
	return !notNames[t.f]
}

// startsVietnameseName: a word that is also a function word ("To", "Son")
// begins a name when written with its accents ("Tô Lâm") or when the run it
// opens is a Vietnamese name ("To Lam").
func startsVietnameseName(toks []token, s span, i, first int, blocked []bool) bool {
	if toks[i].text != strings.ToUpper(toks[i].text[:1])+strings.ToLower(toks[i].text[1:]) || hasAccent(toks[i].text) {
		return hasAccent(toks[i].text)
	}
	j := i + 1
	for j < s.to && isNameWord(toks, s, j, first, blocked) {
		j++
	}
	return j > i+1 && isVietnameseName(joinTokens(toks, i, j))
}

func hasAccent(s string) bool { return fold(s) != strings.ToLower(s) }

// isLeName tells the family name Lê from the article: "Lê" written with its
// accent is a name; "Le"/"La" is an article unless a Vietnamese given name
// follows ("Le Hoai Trung"), or it is capitalised inside a sentence.
func isLeName(toks []token, s span, i, first int, blocked []bool) bool {
	t := toks[i]
	if t.f != "le" && t.f != "la" {
		return false
	}
	if t.text != "Le" && t.text != "La" {
		return true
	}
	if i+1 >= s.to || !isNameWord(toks, s, i+1, first, blocked) || functionWords[toks[i+1].f] {
		return false
	}
	return i != first || vnGiven[toks[i+1].f]
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// joinTokens rebuilds the text of tokens [i, j) with single spaces, an
// initial keeping its full stop ("David F. Helvey").
func joinTokens(toks []token, i, j int) string {
	var b strings.Builder
	for k := i; k < j; k++ {
		t := toks[k]
		if !t.word {
			b.WriteString(t.text)
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.text)
	}
	return b.String()
}

// isVietnameseName: a Vietnamese family name first, two to four words, each
// one syllable (no vowel pair foreign to Vietnamese spelling is checked; the
// syllable length is enough to tell "Ha Kim Ngoc" from "Harris").
func isVietnameseName(name string) bool {
	words := strings.Fields(fold(name))
	if len(words) < 2 || len(words) > 4 || !vnSurnames[words[0]] {
		return false
	}
	for _, w := range words {
		if len([]rune(w)) > 6 || strings.Contains(w, "-") {
			return false
		}
	}
	return true
}

// vietnameseTail returns where a Vietnamese name starts inside the run of
// capitalised words [i, j) when the run is not one but ends with one: the
// words before it are the end of an institution's name written with
// capitals ("Minister of Industry and Trade Nguyen Hong Dien", "ministre de
// la Santé Do Xuan Tuyen"). It returns i otherwise.
func vietnameseTail(toks []token, i, j int) int {
	var words []int
	for k := i; k < j; k++ {
		if toks[k].word {
			words = append(words, k)
		}
	}
	if len(words) < 3 || isVietnameseName(joinTokens(toks, i, j)) {
		return i
	}
	for n := 1; n+2 <= len(words); n++ {
		k := words[n]
		if len(words)-n <= 4 && vnSurnames[toks[k].f] && isVietnameseName(joinTokens(toks, k, j)) {
			return k
		}
	}
	return i
}

// placeBefore tells a capitalised run that names a place, not a person: right
// after a preposition of place ("travelled to Udon Thani", "à Nghe An") or
// after a noun of place ("the province of Bac Ninh", "la province lao de
// Xieng Khouang").
func placeBefore(toks []token, s span, i int, blocked []bool) bool {
	if i <= s.from || !toks[i-1].word {
		return false
	}
	p := toks[i-1].f
	if placePreps[p] && (p != "a" || toks[i-1].text == "à" || toks[i-1].text == "À") {
		return true
	}
	if p == "of" || p == "de" || p == "du" {
		// "la province de X", "la province lao de X"
		k := i - 2
		if k > s.from && blocked[k] {
			k--
		}
		return k >= s.from && placeNouns[toks[k].f]
	}
	return placeNouns[p]
}

// placePreps are the prepositions after which a capitalised run is a
// place: a person is met "with" someone, not "in" or "to" them.
var placePreps = wordSet(`to in at a au aux dans vers from depuis`)
