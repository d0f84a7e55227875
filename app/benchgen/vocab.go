package benchgen

// The vocabulary is ours. It only has to look like the corpus to the
// tokenizer and the extractor: accents, apostrophes, hyphens, nationality
// adjectives, titles, dates, and a long tail of rarer words.

// partner is a partner country in both languages: its alpha-3 code, the
// adjectives after a title ("le Premier ministre japonais", "Japanese Prime
// Minister") and its name after "de" ("l'ambassadeur du Japon").
type partner struct {
	code           string
	frAdj, frOf    string
	enAdj, enName  string
	capitalFR, cap string
}

// partners, the four default chart partners first: they get half of the
// meetings, the rest share the other half.
var partners = []partner{
	{"USA", "américain", "des États-Unis", "US", "the United States", "Washington", "Washington"},
	{"JPN", "japonais", "du Japon", "Japanese", "Japan", "Tokyo", "Tokyo"},
	{"LAO", "lao", "du Laos", "Lao", "Laos", "Vientiane", "Vientiane"},
	{"CUB", "cubain", "de Cuba", "Cuban", "Cuba", "La Havane", "Havana"},
	{"CHN", "chinois", "de Chine", "Chinese", "China", "Pékin", "Beijing"},
	{"FRA", "français", "de France", "French", "France", "Paris", "Paris"},
	{"KOR", "sud-coréen", "de la République de Corée", "South Korean", "the Republic of Korea", "Séoul", "Seoul"},
	{"KHM", "cambodgien", "du Cambodge", "Cambodian", "Cambodia", "Phnom Penh", "Phnom Penh"},
	{"THA", "thaïlandais", "de Thaïlande", "Thai", "Thailand", "Bangkok", "Bangkok"},
	{"IND", "indien", "de l'Inde", "Indian", "India", "New Delhi", "New Delhi"},
	{"RUS", "russe", "de Russie", "Russian", "Russia", "Moscou", "Moscow"},
	{"AUS", "australien", "d'Australie", "Australian", "Australia", "Canberra", "Canberra"},
	{"DEU", "allemand", "d'Allemagne", "German", "Germany", "Berlin", "Berlin"},
	{"SGP", "singapourien", "de Singapour", "Singaporean", "Singapore", "Singapour", "Singapore"},
	{"IDN", "indonésien", "d'Indonésie", "Indonesian", "Indonesia", "Jakarta", "Jakarta"},
	{"GBR", "britannique", "du Royaume-Uni", "British", "the United Kingdom", "Londres", "London"},
}

// leader is a Vietnamese leader: name and title in both languages.
type leader struct{ name, frTitle, enTitle string }

var leaders = []leader{
	{"Pham Minh Chinh", "Le Premier ministre", "Prime Minister"},
	{"Vo Van Thuong", "Le président", "President"},
	{"Nguyên Phu Trong", "Le secrétaire général du Parti", "Party General Secretary"},
	{"Bui Thanh Son", "Le ministre des Affaires étrangères", "Foreign Minister"},
	{"Vuong Dinh Huê", "Le président de l'Assemblée nationale", "National Assembly Chairman"},
	{"Trân Luu Quang", "Le vice-Premier ministre", "Deputy Prime Minister"},
	{"Nguyên Hông Diên", "Le ministre de l'Industrie et du Commerce", "Minister of Industry and Trade"},
	{"Phan Van Giang", "Le ministre de la Défense", "Defence Minister"},
}

// counterpart titles: French before the adjective, English after it.
var frCounterparts = []string{
	"le Premier ministre %s", "le président %s", "le ministre %s des Affaires étrangères",
	"l'ambassadeur %s", "la ministre %s du Commerce", "le vice-président %s",
}

var enCounterparts = []string{
	"%s Prime Minister", "%s President", "%s Foreign Minister",
	"%s Ambassador", "%s Trade Minister", "%s Vice President",
}

var frMonths = []string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet",
	"août", "septembre", "octobre", "novembre", "décembre"}

var enMonths = []string{"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}

var frTopics = []string{
	"la coopération économique et commerciale", "le partenariat stratégique intégral",
	"la sécurité maritime", "les investissements dans les infrastructures",
	"l'éducation et la formation", "la lutte contre le changement climatique",
	"la santé publique", "la transition énergétique", "les échanges entre les peuples",
	"la coopération dans la défense", "les semi-conducteurs", "l'agriculture de haute technologie",
	"le tourisme et la culture", "la transformation numérique", "les chaînes d'approvisionnement",
}

var enTopics = []string{
	"economic and trade cooperation", "the comprehensive strategic partnership",
	"maritime security", "infrastructure investment", "education and training",
	"climate change response", "public health", "the energy transition",
	"people-to-people exchanges", "defence cooperation", "semiconductors",
	"high-tech agriculture", "tourism and culture", "digital transformation", "supply chains",
}

var frClauses = []string{
	"Les deux parties ont salué les progrès remarquables des relations bilatérales",
	"Le dirigeant vietnamien a affirmé que le Vietnam attachait une grande importance à ce partenariat",
	"Son interlocuteur a remercié le Vietnam pour son accueil chaleureux",
	"Les deux côtés sont convenus de renforcer les échanges de délégations à tous les niveaux",
	"Ils ont échangé leurs points de vue sur des questions régionales et internationales d'intérêt commun",
	"Il a souligné la nécessité de mettre en œuvre efficacement les accords déjà signés",
	"Selon lui, les perspectives de coopération restent très prometteuses",
	"Le commerce bilatéral a atteint un niveau record l'année dernière",
	"Les entreprises des deux pays ont été encouragées à investir davantage",
	"La partie vietnamienne a proposé d'ouvrir davantage son marché aux produits agricoles",
}

var enClauses = []string{
	"The two sides hailed the remarkable progress of bilateral relations",
	"The Vietnamese leader affirmed that Vietnam attached great importance to the partnership",
	"The guest thanked Vietnam for its warm hospitality",
	"Both sides agreed to step up delegation exchanges at all levels",
	"They exchanged views on regional and international issues of mutual concern",
	"He stressed the need to effectively implement the agreements already signed",
	"According to him, the prospects for cooperation remain very promising",
	"Two-way trade reached a record level last year",
	"Businesses of the two countries were encouraged to invest more",
	"The Vietnamese side proposed further opening its market to farm produce",
}

// rareWords are the long tail: each article carries one or two of them, so
// that not every query hits every row.
var frRareWords = []string{
	"riziculture", "aquaculture", "cybersécurité", "hydroélectricité", "biodiversité",
	"déminage", "patrimoine", "pharmaceutique", "logistique", "télécommunications",
	"sidérurgie", "caféiculture", "reboisement", "microfinance", "météorologie", "archéologie",
}

var enRareWords = []string{
	"rice farming", "aquaculture", "cybersecurity", "hydropower", "demining", "heritage", "pharmaceuticals", "logistics",
	"steelmaking", "reforestation", "microcredit", "meteorology", "archaeology", "shipbuilding",
}

// CommonWord is in every generated article (French and English alike);
// RareWord in one article in a thousand. Benchmarks search for both.
const (
	CommonWord = "Vietnam"
	RareWord   = "zébrure"
)
