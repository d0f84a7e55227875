package extract

import (
	"strings"
	"testing"
)

// Teaser items: a headline and a lead ("Voir plus"), read without a
// publication date, as the app does. Every sentence here is written for
// the test.

func runTeasers(t *testing.T, cases []ruleCase) {
	t.Helper()
	runTeasersIn(t, "fr", cases)
}

func runTeasersIn(t *testing.T, lang string, cases []ruleCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			x := New(gazetteer(t), NewPeople(nil))
			got := dated(x.Extract(Document{Text: c.text, Lang: lang}))
			for i := range got {
				got[i] = strings.TrimSpace(got[i])
			}
			if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
				t.Errorf("%s\n got  %q\n want %q", c.text, got, c.want)
			}
		})
	}
}

func TestTeaserHeadlineVerbs(t *testing.T) {
	runTeasers(t, []ruleCase{
		{"rencontre with an unnamed counterpart", "Le vice-président Nguyen Van Hai rencontre le ministre cubain de l'Agriculture\nLes deux parties ont passé en revue la coopération agricole.",
			[]string{"CUB in_person 040"}},
		{"reçoit", "Le président de l'Assemblée nationale reçoit l'ambassadeur de Norvège\nIl a salué le soutien norvégien à la transition énergétique.",
			[]string{"NOR in_person 040"}},
		{"s'entretient avec", "La ministre Pham Thi Lan s'entretient avec son homologue chilienne\nLes deux ministres ont évoqué les échanges commerciaux.",
			[]string{"CHL in_person 040"}},
		{"accueille", "Le Premier ministre accueille le chancelier autrichien Karl Weber\nUne cérémonie officielle a été organisée au siège du gouvernement.",
			[]string{"AUT in_person 040 Karl Weber"}},
		{"rend visite à", "Le président Tran Quoc Minh rend visite au roi du Cambodge\nIl a exprimé sa gratitude pour l'accueil chaleureux réservé à la délégation.",
			[]string{"KHM in_person 040"}},
		{"meets", "Deputy Prime Minister Ho Duc Phoc meets Hungarian Foreign Minister Lajos Szabo\nThe two sides agreed to expand trade in farm produce.",
			[]string{"HUN in_person 040 Lajos Szabo"}},
		{"receives", "National Assembly Chairman receives Mongolian ambassador\nHe praised the traditional friendship between the two countries.",
			[]string{"MNG in_person 040"}},
		{"holds talks with", "Foreign Minister holds talks with Peruvian counterpart\nThe ministers discussed cooperation in mining and fisheries.",
			[]string{"PER in_person 040"}},
		{"the noun stays a noun", "Rencontre entre les jeunes du Vietnam et du Japon à Osaka\nDes étudiants des deux pays ont échangé sur la culture.", nil},
	})
}

func TestTeaserFocalFromTitle(t *testing.T) {
	runTeasers(t, []ruleCase{
		{"party leader with the focal adjective", "Le dirigeant du Parti vietnamien rencontre le chef de la diplomatie suédoise\nLes deux hommes ont parlé des énergies renouvelables.",
			[]string{"SWE in_person 040"}},
		{"minister with no country", "Le ministre de la Défense reçoit le commandant des forces navales indiennes\nLes deux parties ont évoqué la sécurité maritime.",
			[]string{"IND in_person 040"}},
		{"vietnamese name in the headline", "Le Premier ministre Le Van Tam rencontre le président finlandais Mikko Salo\nLes deux dirigeants ont salué l'essor des échanges.",
			[]string{"FIN in_person 040 Mikko Salo"}},
		{"a foreign title is no focal side", "Le ministre japonais de l'Économie rencontre le président coréen de la Chambre de commerce\nIls ont parlé des semi-conducteurs.", nil},
	})
}

func TestTeaserSeveralPartners(t *testing.T) {
	runTeasers(t, []ruleCase{
		{"three adjectives", "Le vice-ministre des Affaires étrangères rencontre ses homologues norvégien, danois et finlandais\nLes entretiens ont porté sur l'Arctique et le climat.",
			[]string{"NOR in_person 040", "DNK in_person 040", "FIN in_person 040"}},
		{"english list", "Foreign Minister meets Chilean and Peruvian counterparts\nThe talks covered trade in copper and fish.",
			[]string{"CHL in_person 040", "PER in_person 040"}},
		{"a lead names one of them", "Le ministre des Affaires étrangères rencontre ses homologues norvégien et danois\nLors de sa rencontre avec le ministre norvégien des Affaires étrangères, Ola Berg, le ministre Vu Minh Tuan a salué la coopération dans l'éolien en mer.",
			[]string{"NOR in_person 040 Ola Berg", "DNK in_person 040"}},
	})
}

func TestTeaserLeadRepeatsHeadline(t *testing.T) {
	runTeasers(t, []ruleCase{
		{"same meeting twice", "Le président Tran Quoc Minh rencontre le président finlandais Mikko Salo\nLe président Tran Quoc Minh a rencontré le 4 octobre à Helsinki le président finlandais Mikko Salo.",
			[]string{"FIN in_person 042 Mikko Salo"}},
		{"headline group, lead names them", "La présidente de l'Assemblée rend visite à d'anciens dirigeants du Cambodge\nÀ Phnom Penh, la présidente de l'Assemblée nationale Vo Thi Hoa a rendu visite aux anciens Premiers ministres cambodgiens Sok An et Chea Vuthy.",
			[]string{"KHM in_person 042 Sok An", "KHM in_person 042 Chea Vuthy"}},
		{"unnamed in the headline, named in the lead", "Le Premier ministre reçoit le ministre néerlandais du Commerce\nLe Premier ministre Le Van Tam a reçu à Hanoï le ministre néerlandais du Commerce Pieter Bakker.",
			[]string{"NLD in_person 043 Pieter Bakker"}},
	})
}

func TestTeaserDatesWithoutPublication(t *testing.T) {
	runTeasers(t, []ruleCase{
		{"day without a year stays unknown", "Le ministre Vu Minh Tuan reçoit l'ambassadeur d'Irlande\nLe ministre Vu Minh Tuan a reçu le 9 octobre à Hanoï l'ambassadeur d'Irlande au Vietnam, Sean Kelly.",
			[]string{"IRL in_person 043 Sean Kelly"}},
		{"day with its year", "Le ministre Vu Minh Tuan reçoit l'ambassadeur d'Irlande\nLe ministre Vu Minh Tuan a reçu le 9 octobre 2024 à Hanoï l'ambassadeur d'Irlande au Vietnam, Sean Kelly.",
			[]string{"IRL in_person 043 Sean Kelly 2024-10-09"}},
		{"range with its year", "Le président effectue une visite d'État en Autriche\nÀ l'invitation du président autrichien Karl Weber, le président Tran Quoc Minh effectue une visite d'État en Autriche du 3 au 5 juin 2024.",
			[]string{"AUT in_person 042 2024-06-03/2024-06-05"}},
		{"visit to a province of the partner", "Vers des liens plus étroits Vietnam – Chili\nDu 4 au 6 mai, l'ambassadeur du Vietnam au Chili, Do Van Nam, a effectué une visite de travail dans la région de Valparaiso du Chili.",
			[]string{"CHL in_person 042"}},
	})
}

func TestTeaserNegatives(t *testing.T) {
	runTeasers(t, []ruleCase{
		{"congratulation message", "Le président adresse ses félicitations au nouveau roi du Danemark\nLe président Tran Quoc Minh a adressé le 15 janvier un message de félicitations au roi Frederik du Danemark.", nil},
		{"ceremony", "Un pont de l'amitié Vietnam-Cambodge inauguré à Kampot\nLe Premier ministre Le Van Tam a assisté le 3 mars à la cérémonie d'inauguration. Étaient également présents le Premier ministre cambodgien Hun Manet et son épouse.", nil},
		{"multilateral meeting", "Le Vietnam à la réunion des ministres de l'ASEAN\nLe ministre Vu Minh Tuan a participé le 9 juillet à la réunion des ministres des Affaires étrangères de l'ASEAN à Vientiane, aux côtés de représentants de dix pays.", nil},
		{"vietnamese community", "Le président rencontre la communauté vietnamienne en Autriche\nLe président Tran Quoc Minh a rencontré le 4 juin à Vienne le personnel de l'ambassade et la communauté vietnamienne en Autriche.", nil},
		{"departure is planned", "Le Premier ministre part pour le Cambodge\nLe 3 mars au matin, le Premier ministre Le Van Tam a quitté Hanoï pour le Cambodge afin de s'entretenir avec le Premier ministre cambodgien Hun Manet.",
			[]string{"KHM in_person 040 Hun Manet planned"}},
		{"departure, the host an inviter", "Le Premier ministre part pour le Cambodge\nLe 3 mars au matin, le Premier ministre Le Van Tam a quitté Hanoï pour le Cambodge afin de coprésider la réunion du Comité mixte, à l'invitation du Premier ministre cambodgien Hun Manet.", nil},
		{"joint statement", "Le Vietnam et la Finlande publient une déclaration commune\nLes dirigeants des deux pays ont réaffirmé leur volonté de renforcer la coopération.", nil},
	})
}

func TestTeaserEnglish(t *testing.T) {
	runTeasersIn(t, "en", []ruleCase{
		{"headline and lead, one reception", "Prime Minister receives Irish ambassador\nPrime Minister Le Van Tam received Irish Ambassador Sean Kelly in Hanoi on October 9.",
			[]string{"IRL in_person 043 Sean Kelly"}},
		{"talks with a year", "Vietnamese, Finnish leaders hold talks in Helsinki\nPresident Tran Quoc Minh held talks with Finnish President Mikko Salo in Helsinki on October 4, 2024.",
			[]string{"FIN in_person 042 Mikko Salo 2024-10-04"}},
		{"visit to a province of the partner", "Vietnam, Sri Lanka step up local ties\nFrom May 4 to 6, Vietnamese Ambassador to Sri Lanka Nguyen Van Nam paid a working visit to the Northern Province of Sri Lanka.",
			[]string{"LKA in_person 042"}},
		{"two ambassadors", "Prime Minister receives ambassadors of Norway and Denmark\nThey discussed offshore wind.",
			[]string{"NOR in_person 040", "DNK in_person 040"}},
		{"congratulations", "President congratulates new Finnish President\nPresident Tran Quoc Minh sent a message of congratulations to Finnish President Mikko Salo on October 4.", nil},
		{"will meet", "Prime Minister to meet Irish counterpart\nPrime Minister Le Van Tam will meet Irish Prime Minister Sean Kelly in Dublin on October 9.",
			[]string{"IRL in_person 042 Sean Kelly planned"}},
	})
}
