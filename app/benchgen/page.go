package benchgen

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// Page is one generated agency page.
type Page struct {
	Lang      string // "fr" or "en"
	Title     string // "" on pages that open with a date header instead
	Published string // ISO day of the date header, "" when the page has none
	// Body is the prose, paragraphs separated by blank lines, as the text
	// importer reads it back.
	Body    string
	Teasers []Teaser
	// Text is the whole file: title or date header, body, then "Voir plus"
	// (or "See more") and the teasers as caption, headline and lead.
	Text string
}

// Teaser is another page's headline and lead listed under this one.
type Teaser struct{ Headline, Lead string }

// facts are what a page reports, drawn from their own stream so that a
// later page can list this one's headline as a teaser without generating
// its body.
type facts struct {
	lang                string
	leader              leader
	partner             partner
	counterpart, verb   int
	year, month, day    int
	inCapital, datedHdr bool
}

func factsOf(seed uint64, i int) facts {
	r := rand.New(rand.NewPCG(seed^0xfac75, uint64(i)))
	f := facts{lang: "fr"}
	if r.IntN(5) < 2 {
		f.lang = "en"
	}
	f.leader = leaders[r.IntN(len(leaders))]
	if r.IntN(2) == 0 { // half of the meetings with the four default partners
		f.partner = partners[r.IntN(4)]
	} else {
		f.partner = partners[4+r.IntN(len(partners)-4)]
	}
	f.counterpart = r.IntN(len(frCounterparts))
	f.verb = r.IntN(len(frVerbs))
	f.year, f.month, f.day = 2015+r.IntN(10), 1+r.IntN(12), 1+r.IntN(28)
	f.inCapital = r.IntN(3) == 0
	f.datedHdr = r.IntN(4) == 0
	return f
}

// Verbs of meeting in the extractor's grammar, the same means in both
// languages at the same index.
var (
	frVerbs = []string{"a reçu", "s'est entretenu avec", "a rencontré", "a eu un entretien téléphonique avec",
		"s'est entretenu par visioconférence avec", "a accueilli"}
	enVerbs = []string{"received", "held talks with", "met", "held phone talks with",
		"held online talks with", "welcomed"}
	frHeadlineVerbs = []string{"reçoit", "s'entretient avec", "rencontre", "s'entretient au téléphone avec",
		"s'entretient en ligne avec", "accueille"}
	enHeadlineVerbs = []string{"receives", "holds talks with", "meets", "holds phone talks with",
		"holds online talks with", "welcomes"}
)

func (f facts) counterpartName() string {
	if f.lang == "fr" {
		return fmt.Sprintf(frCounterparts[f.counterpart], f.partner.frAdj)
	}
	return fmt.Sprintf(enCounterparts[f.counterpart], f.partner.enAdj)
}

// place is where the meeting was held: Hanoi or the partner's capital.
func (f facts) place() string {
	switch {
	case f.lang == "fr" && f.inCapital:
		return f.partner.capitalFR
	case f.lang == "fr":
		return "Hanoï"
	case f.inCapital:
		return f.partner.cap
	}
	return "Hanoi"
}

// meetingSentence tells the meeting with its full date.
func (f facts) meetingSentence() string {
	if f.lang == "fr" {
		return fmt.Sprintf("%s %s %s %s le %d %s %d à %s.", f.leader.frTitle, f.leader.name, frVerbs[f.verb],
			f.counterpartName(), f.day, frMonths[f.month-1], f.year, f.place())
	}
	return fmt.Sprintf("%s %s %s the %s in %s on %s %d, %d.", f.leader.enTitle, f.leader.name, enVerbs[f.verb],
		f.counterpartName(), f.place(), enMonths[f.month-1], f.day, f.year)
}

// headline is short and does not end a sentence, as the importer expects.
func (f facts) headline() string {
	if f.lang == "fr" {
		return fmt.Sprintf("%s %s %s", f.leader.frTitle, frHeadlineVerbs[f.verb], f.counterpartName())
	}
	return fmt.Sprintf("%s %s %s the %s", f.leader.enTitle, f.leader.name, enHeadlineVerbs[f.verb], f.counterpartName())
}

// Generate builds page i of the library of seed.
func Generate(seed uint64, i int) Page {
	f := factsOf(seed, i)
	r := rand.New(rand.NewPCG(seed, uint64(i)))
	fr := f.lang == "fr"
	pick := func(fr, en []string) string {
		if f.lang == "fr" {
			return fr[r.IntN(len(fr))]
		}
		return en[r.IntN(len(en))]
	}
	sentence := func() string {
		switch r.IntN(3) {
		case 0:
			if fr {
				return fmt.Sprintf("%s, notamment dans %s et %s.", pick(frClauses, enClauses), pick(frTopics, enTopics), pick(frTopics, enTopics))
			}
			return fmt.Sprintf("%s, notably in %s and %s.", pick(frClauses, enClauses), pick(frTopics, enTopics), pick(frTopics, enTopics))
		case 1:
			if fr {
				return fmt.Sprintf("%s. Les discussions ont aussi porté sur : %s.", pick(frClauses, enClauses), pick(frRareWords, enRareWords))
			}
			return fmt.Sprintf("%s. The talks also touched on %s.", pick(frClauses, enClauses), pick(frRareWords, enRareWords))
		default:
			return pick(frClauses, enClauses) + "."
		}
	}

	p := Page{Lang: f.lang}
	var paras []string
	dateline := fmt.Sprintf("%s (VNA) – %s", f.place(), f.meetingSentence())
	if f.datedHdr {
		p.Published = fmt.Sprintf("%04d-%02d-%02d", f.year, f.month, f.day)
	} else {
		p.Title = f.headline()
		paras = append(paras, f.meetingSentence())
	}
	var para strings.Builder
	para.WriteString(dateline)
	size, target := len(dateline), 2048+r.IntN(2048)
	for size < target {
		s := sentence()
		size += len(s) + 1
		if r.IntN(4) == 0 {
			paras = append(paras, para.String())
			para.Reset()
		} else {
			para.WriteString(" ")
		}
		para.WriteString(s)
	}
	if i%1000 == 7 {
		para.WriteString(" " + RareWord + ".")
	}
	if fr {
		para.WriteString(" Le Vietnam poursuit sa politique extérieure d'indépendance et de diversification. – VNA")
	} else {
		para.WriteString(" Vietnam pursues its foreign policy of independence and diversification.")
	}
	paras = append(paras, para.String())
	p.Body = strings.Join(paras, "\n\n")

	// Teasers: up to 12 earlier pages in the same language, so that one
	// headline recurs on the pages of the following days.
	for k, j := 0, i-1-r.IntN(3); k < r.IntN(13) && j >= 0 && j > i-40; j-- {
		if o := factsOf(seed, j); o.lang == f.lang {
			p.Teasers = append(p.Teasers, Teaser{Headline: o.headline(), Lead: o.meetingSentence()})
			k++
		}
	}

	var text strings.Builder
	if f.datedHdr {
		text.WriteString(" date " + p.Published + " ")
	} else {
		text.WriteString(p.Title + "\n\n")
	}
	text.WriteString(p.Body + "\n")
	if len(p.Teasers) > 0 {
		if fr {
			text.WriteString("\nVoir plus\n\n")
		} else {
			text.WriteString("\nSee more\n\n")
		}
		for _, t := range p.Teasers {
			fmt.Fprintf(&text, "%s. Photo : VNA\n%s\n%s\n\n", t.Headline, t.Headline, t.Lead)
		}
	}
	p.Text = text.String()
	return p
}
