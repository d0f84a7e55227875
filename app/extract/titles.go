package extract

import "strings"

// titleKeyword is a title phrase (folded words) and the level it gives.
type titleKeyword struct {
	words []string
	level Level
}

// titleKeywords, longest first so that "vice-premier ministre" wins over
// "premier ministre" and "ministre".
var titleKeywords = buildTitleKeywords(map[Level]string{
	LevelGovernment: `premier ministre|prime minister|chef du gouvernement|head of government|
		chancelier|chancellor|premiere ministre|premiers ministres|prime ministers`,
	LevelHead: `secretaire general|general secretary|secretary general|secretary-general|
		premier secretaire|first secretary|chef de l etat|head of state|president|presidente|
		roi|king|reine|queen|empereur|emperor|imperatrice|sultan|emir|prince heritier|crown prince|
		dirigeant supreme|supreme leader|secretaires generaux|presidents|presidentes`,
	LevelMinister: `ministre|minister|secretaire d etat|secretary of state|secretary|
		representant au commerce|trade representative|ministres|ministers`,
	LevelViceMinister: `vice-premier ministre|vice premier ministre|deputy prime minister|
		vice-president|vice president|vice-presidente|vice-ministre|vice ministre|deputy minister|
		vice-minister|sous-secretaire|under secretary|undersecretary|assistant secretary|
		secretaire adjoint|secretaire adjointe|secretaire d etat adjoint|secretaire d etat adjointe|
		deputy secretary|secretaire general adjoint|vice-chancelier|vice-chancellor`,
	LevelAmbassador: `ambassadeur|ambassadrice|ambassador|charge d affaires|ambassadeurs|ambassadrices|
		ambassadors`,
	LevelOther: `chef|head|directeur|directrice|director|conseiller|conseillere|adviser|advisor|
		envoye|envoyee|envoy|representant|representante|representative|general|commandant|
		chairman|chairwoman|chairperson|chair|gouverneur|governor|maire|mayor|senateur|senator|
		depute|deputee|dirigeant|dirigeante|leader|homologue|counterpart|responsable|official|
		delegation|delegue|vice-president de l assemblee|porte-parole|spokesperson|spokesman|
		administrateur|administrator|commissaire|commissioner`,
})

func buildTitleKeywords(m map[Level]string) []titleKeyword {
	var out []titleKeyword
	for lvl, list := range m {
		for _, p := range strings.Split(list, "|") {
			p = strings.TrimSpace(p)
			if p != "" {
				out = append(out, titleKeyword{words: strings.Fields(p), level: lvl})
			}
		}
	}
	// Longest first; equal lengths in a fixed order so results are stable.
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && less(out[j], out[j-1]); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

func less(a, b titleKeyword) bool {
	if len(a.words) != len(b.words) {
		return len(a.words) > len(b.words)
	}
	return strings.Join(a.words, " ") < strings.Join(b.words, " ")
}

// titleStarts indexes titleKeywords by first word.
var titleStarts = func() map[string][]titleKeyword {
	m := map[string][]titleKeyword{}
	for _, k := range titleKeywords {
		m[k.words[0]] = append(m[k.words[0]], k)
	}
	return m
}()

// matchTitleAt matches a title keyword on words[i:] (folded words).
func matchTitleAt(words []string, i int) (titleKeyword, bool) {
	for _, k := range titleStarts[words[i]] {
		if i+len(k.words) > len(words) {
			continue
		}
		ok := true
		for j, w := range k.words {
			if words[i+j] != w {
				ok = false
				break
			}
		}
		if ok {
			return k, true
		}
	}
	return titleKeyword{}, false
}

// viceMarks next to a keyword lower it to vice-minister ("secrétaire d'État
// adjoint", "deputy secretary").
var viceMarks = wordSet(`adjoint adjointe adjoints adjointes deputy vice sous assistant`)

// notTopMarks after "président" make it the chair of a body, not a head of
// state: "président de l'Assemblée nationale", "président-directeur général".
var notTopMarks = wordSet(`assemblee assembly senat senate chambre chamber parlement parliament
	directeur union upec comite committee conseil council association federation groupe group
	societe company corporation banque bank universite university fondation foundation front`)

// levelOf returns the level of the first title keyword in words, and
// whether there was one.
func levelOf(words []string) (Level, int, bool) {
	for i := range words {
		k, ok := matchTitleAt(words, i)
		if !ok {
			continue
		}
		lvl := k.level
		end := i + len(k.words)
		if lvl == LevelMinister || lvl == LevelHead || lvl == LevelGovernment {
			for j := end; j < len(words) && j < end+3; j++ {
				if viceMarks[words[j]] {
					lvl = LevelViceMinister
				}
			}
		}
		if k.words[0] == "president" || k.words[0] == "presidente" || k.words[0] == "presidents" ||
			k.words[0] == "presidentes" || k.words[0] == "chairman" {
			for j := end; j < len(words) && j < end+4; j++ {
				if notTopMarks[words[j]] {
					lvl = LevelOther
				}
			}
		}
		if i > 0 && (words[i-1] == "vice" || words[i-1] == "sous" || words[i-1] == "deputy") {
			lvl = LevelViceMinister
		}
		if i > 0 && formerMarks[words[i-1]] {
			lvl = LevelOther
		}
		return lvl, i, true
	}
	return LevelOther, -1, false
}

// formerMarks before a title make it a former office: "anciens présidents".
var formerMarks = wordSet(`ancien ancienne anciens anciennes former`)

// groupRoles name a side or a group of people without naming them: "la
// partie américaine", "des représentants … américains", "US officials".
var groupRoles = wordSet(`partie parties delegation delegations representants representantes
	responsables dirigeants dirigeantes organes parlementaires homologue homologues side officials
	leaders counterparts counterpart representatives lawmakers delegates delegues autorites
	authorities`)

// pluralGroups are the roles that name several unnamed people: a meeting
// with them is not the meeting with a named official of the same visit.
var pluralGroups = wordSet(`representants representantes responsables dirigeants dirigeantes
	organes parlementaires officials leaders representatives lawmakers delegates delegues
	autorites authorities`)

// businessWords mark private business people, who are not official
// partners: "Conseil d'affaires États-Unis – ASEAN", "groupes technologiques".
var businessWords = wordSet(`business entreprise entreprises societe societes
	groupes compagnie compagnies firme firmes investisseurs investisseur company companies firm
	firms investors corporation corporations pdg ceo president-directeur chambre chamber
	conglomerat conglomerate`)

// notOfficial marks a person named as a sender or a host of an invitation,
// not as someone met: "à l'invitation du secrétaire d'État Antony Blinken".
var notOfficial = wordSet(`invitation invite invitee salutations message messages lettre
	lettres behalf greetings letter monument statue mausolee tombe memorial heros hero
	hommage tribute`)

// postings are prepositions after which a country is where someone is
// posted or goes, not whose official they are ("ambassadeur des États-Unis
// au Vietnam").
var postings = wordSet(`au aux en a à in to aupres at dans`)
