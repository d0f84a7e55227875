package data

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
	"unicode/utf8"

	"parley/app"
)

// A generator of agency-style French articles for benchmarks: deterministic
// (seeded), 2-4 KB of body, 0-12 teasers. The vocabulary is ours; the
// sentences only need to look like the corpus to a tokenizer (accents,
// apostrophes, hyphens, a long tail of rarer words).

var (
	genCities  = []string{"Hà Nội", "Hô Chi Minh-Ville", "Đà Nẵng", "Vientiane", "La Havane", "Tokyo", "Washington", "Genève", "Phnom Penh", "Séoul", "Canberra", "Jakarta"}
	genSubject = []string{
		"Le président de la République", "Le Premier ministre", "Le ministre des Affaires étrangères",
		"Le vice-ministre des Affaires étrangères", "Le secrétaire général du Parti", "La présidente de l'Assemblée nationale",
		"L'ambassadeur du Vietnam", "Une délégation du ministère de la Défense", "Le secrétaire d'État américain",
		"Le vice-Premier ministre permanent", "La ministre du Commerce", "Le chef de la diplomatie japonaise",
	}
	genVerb = []string{
		"a reçu", "s'est entretenu avec", "a rencontré", "a eu un entretien téléphonique avec",
		"a accueilli", "a coprésidé une session de dialogue avec", "a rendu une visite de courtoisie à",
		"a adressé un message de félicitations à", "a eu des échanges en ligne avec",
	}
	genPartner = []string{
		"son homologue américain", "l'ambassadeur du Japon au Vietnam", "le vice-président cubain",
		"le Premier ministre lao", "une délégation du Parti communiste de Cuba", "la ministre japonaise des Affaires étrangères",
		"le représentant commercial des États-Unis", "le président du Front lao d'édification nationale",
		"le conseiller spécial du gouvernement japonais", "une délégation du Congrès américain",
	}
	genTopic = []string{
		"la coopération économique et commerciale", "le partenariat stratégique intégral", "la sécurité maritime en mer Orientale",
		"les investissements dans les infrastructures", "l'éducation et la formation des ressources humaines",
		"la lutte contre le changement climatique", "la santé publique et les vaccins", "la recherche des soldats disparus",
		"la transition énergétique juste", "les échanges entre les peuples", "la coopération dans la défense",
		"le développement des semi-conducteurs", "l'agriculture de haute technologie", "le tourisme et la culture",
	}
	genClause = []string{
		"Les deux parties ont salué les progrès remarquables des relations bilatérales",
		"Il a affirmé que le Vietnam attachait une grande importance à ses relations avec ce partenaire",
		"Son interlocuteur a remercié le Vietnam pour son accueil chaleureux",
		"Les deux dirigeants sont convenus de renforcer les échanges de délégations à tous les niveaux",
		"Ils ont échangé leurs points de vue sur des questions régionales et internationales d'intérêt commun",
		"Le ministre a souligné la nécessité de mettre en œuvre efficacement les accords signés",
		"À cette occasion, les deux parties ont signé un mémorandum d'entente",
		"Selon lui, les perspectives de coopération restent très prometteuses",
		"Le chiffre d'affaires bilatéral a atteint un niveau record l'année dernière",
		"Cette visite intervient à l'occasion du 30e anniversaire de l'établissement des relations diplomatiques",
	}
	// A long tail of rarer words, so that not every query hits every row.
	genRare = []string{
		"riziculture", "aquaculture", "cybersécurité", "hydroélectricité", "numérisation", "biodiversité",
		"déminage", "orphelinats", "patrimoine", "pharmaceutique", "logistique", "télécommunications",
		"sidérurgie", "caféiculture", "reboisement", "microfinance", "météorologie", "archéologie",
	}
)

const genWeekdays = "lundi mardi mercredi jeudi vendredi samedi dimanche"

// genHeadline gives the title and lead (first sentence) of article i. They
// come from their own random stream so that other pages can show them as
// teasers without generating the whole article.
func genHeadline(seed uint64, i int) (title, lead string) {
	r := rand.New(rand.NewPCG(seed^0x7ea5e, uint64(i)))
	pick := func(xs []string) string { return xs[r.IntN(len(xs))] }
	title = fmt.Sprintf("%s %s %s", pick(genSubject), pick(genVerb), pick(genPartner))
	lead = fmt.Sprintf("%s, à %s, %s.", pick(genClause), pick(genCities), pick(genTopic))
	return title, lead
}

// genArticle builds article i of a seeded library; the same (seed, i) always
// gives the same article. Like an agency page, it ends with teasers: the
// headlines and leads of up to 12 articles published shortly before it, so
// the same teaser recurs on several pages.
func genArticle(seed uint64, i int) app.Article {
	r := rand.New(rand.NewPCG(seed, uint64(i)))
	pick := func(xs []string) string { return xs[r.IntN(len(xs))] }
	days := strings.Fields(genWeekdays)
	year := 2015 + r.IntN(10)
	month := 1 + r.IntN(12)
	day := 1 + r.IntN(28)

	sentence := func() string {
		switch r.IntN(3) {
		case 0:
			return fmt.Sprintf("%s %s %s, %s %d, à %s, pour discuter de %s.", pick(genSubject), pick(genVerb), pick(genPartner), days[r.IntN(7)], day, pick(genCities), pick(genTopic))
		case 1:
			return fmt.Sprintf("%s, notamment dans %s et %s.", pick(genClause), pick(genTopic), pick(genTopic))
		default:
			return fmt.Sprintf("%s. Les discussions ont aussi porté sur la %s.", pick(genClause), pick(genRare))
		}
	}
	title, lead := genHeadline(seed, i)
	var body strings.Builder
	fmt.Fprintf(&body, "%s, %d/%d (VNA) – %s ", pick(genCities), day, month, lead)
	target := 2048 + r.IntN(2048)
	for body.Len() < target {
		body.WriteString(sentence())
		if r.IntN(4) == 0 {
			body.WriteString("\n")
		} else {
			body.WriteString(" ")
		}
	}
	a := app.Article{
		Source:     fmt.Sprintf("%03d_%016x.txt", i%1000, r.Uint64()),
		SourceKey:  fmt.Sprintf("/corpus/vna/%05d.txt", i),
		Title:      title,
		Body:       body.String(),
		Lang:       "fr",
		Format:     "text",
		Published:  app.Date{Year: year, Month: month, Day: day, Precision: app.PrecisionDay},
		ImportedAt: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(i) * time.Second),
	}
	var page strings.Builder
	page.WriteString(title + "\n\n" + a.Body + "\n\nVoir plus\n")
	runes := utf8.RuneCountInString(page.String())
	for k := range min(r.IntN(13), i) {
		headline, lead := genHeadline(seed, i-1-k-r.IntN(3))
		t := app.Teaser{Position: k, Caption: "Voir plus", Headline: headline, Lead: lead}
		item := headline + "\n" + lead + "\n"
		t.Start = runes
		runes += utf8.RuneCountInString(item)
		t.End = runes
		page.WriteString(item)
		a.Teasers = append(a.Teasers, t)
	}
	a.Page = page.String()
	sum := sha256.Sum256([]byte(a.Page))
	a.Hash = hex.EncodeToString(sum[:])
	return a
}
