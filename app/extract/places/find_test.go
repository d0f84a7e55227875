package places

import (
	"slices"
	"strings"
	"testing"
)

type want struct {
	alpha3, text string
	kind         Kind
}

// findCases cover every kind in French and English, the seeds' spellings and
// the traps: words that contain a country word, organisations, case.
var findCases = []struct {
	name, text string
	want       []want
}{
	// Names.
	{"Etats-Unis without accent", "le Vietnam et les Etats-Unis", []want{{"VNM", "Vietnam", KindName}, {"USA", "Etats-Unis", KindName}}},
	{"États-Unis", "aux États-Unis.", []want{{"USA", "États-Unis", KindName}}},
	{"lower case, space", "les etats unis", []want{{"USA", "etats unis", KindName}}},
	{"upper case", "LES ÉTATS-UNIS", []want{{"USA", "ÉTATS-UNIS", KindName}}},
	{"NBSP inside", "les États\u00a0Unis et les États\u202fUnis", []want{{"USA", "États\u00a0Unis", KindName}, {"USA", "États\u202fUnis", KindName}}},
	{"en dash inside", "États–Unis", []want{{"USA", "États–Unis", KindName}}},
	{"Japon", "au Japon", []want{{"JPN", "Japon", KindName}}},
	{"Laos", "au Laos,", []want{{"LAO", "Laos", KindName}}},
	{"Cuba", "Cuba et", []want{{"CUB", "Cuba", KindName}}},
	{"United States", "the United States said", []want{{"USA", "United States", KindName}}},
	{"Hoa Kỳ", "Hoa Kỳ và Việt Nam", []want{{"USA", "Hoa Kỳ", KindName}, {"VNM", "Việt Nam", KindName}}},
	{"Estados Unidos", "Estados Unidos", []want{{"USA", "Estados Unidos", KindName}}},
	{"République de Corée", "en République de Corée", []want{{"KOR", "République de Corée", KindName}}},
	{"Corée du Sud", "la Corée du Sud", []want{{"KOR", "Corée du Sud", KindName}}},
	{"Corée du Nord", "la Corée du Nord", []want{{"PRK", "Corée du Nord", KindName}}},
	{"Afrique du Sud", "en Afrique du Sud", []want{{"ZAF", "Afrique du Sud", KindName}}},
	{"Émirats arabes unis", "des Émirats arabes unis", []want{{"ARE", "Émirats arabes unis", KindName}}},
	{"Sri Lanka", "au Sri Lanka", []want{{"LKA", "Sri Lanka", KindName}}},
	{"Brunei", "le Brunei", []want{{"BRN", "Brunei", KindName}}},
	{"Mongolie", "la Mongolie", []want{{"MNG", "Mongolie", KindName}}},
	{"Algérie", "l'Algérie", []want{{"DZA", "Algérie", KindName}}},
	{"Côte d’Ivoire", "la Côte d’Ivoire et la Côte d'Ivoire", []want{{"CIV", "Côte d’Ivoire", KindName}, {"CIV", "Côte d'Ivoire", KindName}}},

	// Adjectives in all genders and numbers.
	{"américain(e)(s)", "américain américaine américains américaines", []want{
		{"USA", "américain", KindAdjective}, {"USA", "américaine", KindAdjective},
		{"USA", "américains", KindAdjective}, {"USA", "américaines", KindAdjective}}},
	{"japonais(e)(s)", "japonais japonaise japonaises", []want{
		{"JPN", "japonais", KindAdjective}, {"JPN", "japonaise", KindAdjective}, {"JPN", "japonaises", KindAdjective}}},
	{"lao", "le président lao", []want{{"LAO", "lao", KindAdjective}}},
	{"laotien(ne)(s)", "laotien laotienne laotiens laotiennes", []want{
		{"LAO", "laotien", KindAdjective}, {"LAO", "laotienne", KindAdjective},
		{"LAO", "laotiens", KindAdjective}, {"LAO", "laotiennes", KindAdjective}}},
	{"cubain(e)(s)", "cubain cubaine cubains cubaines", []want{
		{"CUB", "cubain", KindAdjective}, {"CUB", "cubaine", KindAdjective},
		{"CUB", "cubains", KindAdjective}, {"CUB", "cubaines", KindAdjective}}},
	{"sud-africain", "le président sud-africain", []want{{"ZAF", "sud-africain", KindAdjective}}},
	{"émirati, égyptien, turc", "ses homologues émirati, égyptien et turc", []want{
		{"ARE", "émirati", KindAdjective}, {"EGY", "égyptien", KindAdjective}, {"TUR", "turc", KindAdjective}}},
	{"turque", "la partie turque", []want{{"TUR", "turque", KindAdjective}}},
	{"sri lankais", "des représentants sri lankais", []want{{"LKA", "sri lankais", KindAdjective}}},
	{"algérien", "le ministre algérien", []want{{"DZA", "algérien", KindAdjective}}},
	{"American", "the American side", []want{{"USA", "American", KindAdjective}}},
	{"Lao English", "the Lao side", []want{{"LAO", "Lao", KindAdjective}}},
	{"Laotian", "Laotian officials", []want{{"LAO", "Laotian", KindAdjective}}},

	// Capitals.
	{"La Havane", "à La Havane", []want{{"CUB", "La Havane", KindCapital}}},
	{"Havana", "in Havana", []want{{"CUB", "Havana", KindCapital}}},
	{"Vientiane", "à Vientiane", []want{{"LAO", "Vientiane", KindCapital}}},
	{"Washington", "à Washington, Tokyo et Pékin", []want{
		{"USA", "Washington", KindCapital}, {"JPN", "Tokyo", KindCapital}, {"CHN", "Pékin", KindCapital}}},
	{"Moscou", "Moscou a salué", []want{{"RUS", "Moscou", KindCapital}}},

	// Short forms, case-sensitive in capitals.
	{"USA", "USA", []want{{"USA", "USA", KindShort}}},
	{"US", "US-Vietnam ties and the US side", []want{{"USA", "US-Vietnam", KindCompound}, {"USA", "US", KindShort}}},
	{"U.S.", "the U.S. side", []want{{"USA", "U.S.", KindShort}}},
	{"us is not US", "let us talk; nous aussi", nil},
	{"RPDC", "la RPDC", []want{{"PRK", "RPDC", KindShort}}},
	{"R. de Corée", "la R. de Corée", []want{{"KOR", "R. de Corée", KindShort}}},
	{"RDP lao", "la RDP lao", []want{{"LAO", "RDP lao", KindShort}}},

	// Compounds.
	{"vietnamo-japonais", "l'amitié vietnamo-japonaise", []want{{"JPN", "vietnamo-japonaise", KindCompound}}},
	{"Vietnam - Etats-Unis", "Dialogue Vietnam - Etats-Unis", []want{{"USA", "Vietnam - Etats-Unis", KindCompound}}},
	{"Vietnam–Laos", "la solidarité Vietnam–Laos", []want{{"LAO", "Vietnam–Laos", KindCompound}}},
	{"lao-vietnamien", "l'amitié lao-vietnamienne", []want{{"LAO", "lao-vietnamienne", KindCompound}}},
	{"Cuba-Vietnam", "Cuba-Vietnam : 65 ans", []want{{"CUB", "Cuba-Vietnam", KindCompound}}},
	{"Vietnam-R. de Corée", "coopération Vietnam-R. de Corée", []want{{"KOR", "Vietnam-R. de Corée", KindCompound}}},
	{"sino-vietnamien", "la frontière sino-vietnamienne", []want{{"CHN", "sino-vietnamienne", KindCompound}}},
	{"three countries", "Vietnam-Laos-Cambodge", []want{{"LAO", "Vietnam-Laos-Cambodge", KindCompound}}},
	{"prefix alone", "l'Indo-Pacifique et le monde anglo-saxon", nil},
	{"capitals do not join", "Hanoi-Washington", []want{{"VNM", "Hanoi", KindCapital}, {"USA", "Washington", KindCapital}}},
	{"comma does not join", "Vietnam, Laos", []want{{"VNM", "Vietnam", KindName}, {"LAO", "Laos", KindName}}},

	// Glued words from copied pages.
	{"glued adjective left", "Le vice-ministrevietnamien des Affaires", []want{{"VNM", "vietnamien", KindAdjective}}},
	{"glued adjective right", "des officiers japonaisvenant suivre", []want{{"JPN", "japonais", KindAdjective}}},
	{"glued name left", "a affirmé que lesÉtats-Unis sont", []want{{"USA", "États-Unis", KindName}}},
	{"glued name right", "les États-Unissoutenaient", []want{{"USA", "États-Unis", KindName}}},
	{"glued capitalised after lower case", "avec leVietnam,", []want{{"VNM", "Vietnam", KindName}}},
	{"no name inside a word", "une machine, des Indes, laotiennes", []want{{"LAO", "laotiennes", KindAdjective}}},
	{"lao not in Laos", "Laos", []want{{"LAO", "Laos", KindName}}},
	{"short glued", "USAID et RPDCX", nil},

	// Words and phrases that are not countries.
	{"réunion is a meeting", "à la réunion inaugurale. La réunion a eu lieu", nil},
	{"La Réunion the island", "à La Réunion", []want{{"REU", "La Réunion", KindName}}},
	{"latino-américain", "les pays latino-américains et sud-américains", nil},
	{"sea", "en mer de Chine méridionale", nil},
	{"organisations", "l'ONU, les Nations unies, l'ASEAN, l'UE et l'Union européenne", nil},
	{"Vietnamese given names", "Vu Le Thai Hoang et Nguyễn Thị Nga", nil},
	{"Nga as Russia", "Tổng thống Nga", []want{{"RUS", "Nga", KindName}}},
	{"Vietnamese name needs its accents", "my friend and the Ty of Sec", nil},
}

func TestFind(t *testing.T) {
	g := testGazetteer(t)
	for _, tc := range findCases {
		t.Run(tc.name, func(t *testing.T) {
			ms := g.Find(tc.text)
			checkOffsets(t, tc.text, ms)
			var got []want
			for _, m := range ms {
				got = append(got, want{m.Alpha3, m.Text, m.Kind})
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q)\n got %v\nwant %v", tc.text, got, tc.want)
			}
		})
	}
}

func TestCompoundCountries(t *testing.T) {
	g := testGazetteer(t)
	for _, tc := range []struct {
		text      string
		countries []string
	}{
		{"vietnamo-japonais", []string{"VNM", "JPN"}},
		{"Vietnam - Etats-Unis", []string{"VNM", "USA"}},
		{"lao-vietnamien", []string{"LAO", "VNM"}},
		{"Laos – Vietnam", []string{"LAO", "VNM"}},
		{"Vietnam-Émirats arabes unis", []string{"VNM", "ARE"}},
		{"sino-américain", []string{"CHN", "USA"}},
		{"Vietnam-Vietnam", []string{"VNM", "VNM"}},
	} {
		ms := g.Find(tc.text)
		if len(ms) != 1 || ms[0].Kind != KindCompound || !slices.Equal(ms[0].Countries, tc.countries) {
			t.Errorf("Find(%q) = %+v, want one compound of %v", tc.text, ms, tc.countries)
		}
	}
	// The focal country decides which country a compound is about.
	if ms := g.WithFocal("USA").Find("Vietnam - Etats-Unis"); len(ms) != 1 || ms[0].Alpha3 != "VNM" {
		t.Errorf("focal USA: %+v, want VNM", ms)
	}
	if ms := g.Find("Vietnam-Vietnam"); ms[0].Alpha3 != "VNM" {
		t.Errorf("only the focal country: %+v, want VNM", ms)
	}
}

func TestFindOrganisations(t *testing.T) {
	g := testGazetteer(t)
	text := "l'ONU, les Nations unies, l'ASEAN, l'UE, l'Union européenne, l'OMC, le G20 (pas le G200), l'APEC et l'Organisation des États américains"
	orgs := g.FindOrganisations(text)
	checkOffsets(t, text, orgs)
	var got []string
	for _, m := range orgs {
		if m.Kind != KindOrganisation || m.Countries != nil {
			t.Errorf("%+v: want an organisation with no countries", m)
		}
		got = append(got, m.Alpha3+":"+m.Text)
	}
	wantOrgs := []string{"UN:ONU", "UN:Nations unies", "ASEAN:ASEAN", "EU:UE", "EU:Union européenne",
		"WTO:OMC", "G20:G20", "APEC:APEC", "OAS:Organisation des États américains"}
	if !slices.Equal(got, wantOrgs) {
		t.Errorf("FindOrganisations\n got %v\nwant %v", got, wantOrgs)
	}
	// "américains" inside the organisation's name is not the United States.
	if ms := g.Find(text); len(ms) != 0 {
		t.Errorf("Find on organisations = %+v, want none", ms)
	}
	countries, orgs2 := g.FindAll(text + " et le Japon")
	if len(countries) != 1 || countries[0].Alpha3 != "JPN" || len(orgs2) != len(orgs) {
		t.Errorf("FindAll = %+v, %d organisations", countries, len(orgs2))
	}
}

func TestLookup(t *testing.T) {
	g := testGazetteer(t)
	for _, tc := range []struct {
		phrase, alpha3 string
		kind           Kind
	}{
		{"États-Unis", "USA", KindName},
		{"etats-unis", "USA", KindName},
		{"  ETATS UNIS ", "USA", KindName},
		{"américaines", "USA", KindAdjective},
		{"Lào", "LAO", KindName},
		{"lao", "LAO", KindAdjective},
		{"Laos", "LAO", KindName},
		{"La Havane", "CUB", KindCapital},
		{"US", "USA", KindShort},
		{"us", "USA", KindShort},
		{"vietnamo-japonais", "JPN", KindCompound},
		{"JPN", "JPN", KindShort},
		{"Singapour", "SGP", KindName},
	} {
		code, kind, ok := g.Lookup(tc.phrase)
		if !ok || code != tc.alpha3 || kind != tc.kind {
			t.Errorf("Lookup(%q) = %s, %s, %v; want %s, %s", tc.phrase, code, kind, ok, tc.alpha3, tc.kind)
		}
	}
	for _, phrase := range []string{"ONU", "UE", "Union européenne", "ASEAN", "sino", "mer de Chine", "", "Atlantide"} {
		if code, _, ok := g.Lookup(phrase); ok {
			t.Errorf("Lookup(%q) = %s, want no country", phrase, code)
		}
	}
}

func TestFindEmptyAndOdd(t *testing.T) {
	g := testGazetteer(t)
	for _, text := range []string{"", " ", "\n\n", "---", "\xff\xfeJapon\xff", "E\u0301tats-Unis", strings.Repeat("é", 1000)} {
		ms := g.Find(text)
		checkOffsets(t, text, ms)
	}
	// A decomposed accent (NFD) still matches, and the span keeps the mark.
	if ms := g.Find("les E\u0301tats-Unis"); len(ms) != 1 || ms[0].Alpha3 != "USA" || ms[0].Start != 4 {
		t.Errorf("NFD text: %+v", ms)
	}
}
