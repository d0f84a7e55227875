package extract

import (
	"strings"
	"testing"
)

// Rules added after scoring on testdata/meetings; every sentence here is
// written for the test.

func TestNamesInCapitalisedTitles(t *testing.T) {
	runCases(t, []ruleCase{
		{"english title words are no name", "Minister of Planning and Investment Nguyen Chi Dung received Singaporean Minister for Manpower Tan See Leng in Hanoi on May 3.",
			[]string{"SGP in_person 043 Tan See Leng"}},
		{"vietnamese name after an institution", "Le ministre de la Santé Dao Hong Lan s'est entretenue le 3 mai à Hanoï avec la ministre japonaise de la Santé Keiko Tanaka.",
			[]string{"JPN in_person 043 Keiko Tanaka"}},
		{"rank abbreviations", "Lieut. Gen. Nguyen Van Hien and Indian Vice Chief of Army Staff Lt. Gen. Ravi Sharma co-chaired the defence policy dialogue in Hanoi on May 3.",
			[]string{"IND in_person 043 Ravi Sharma"}},
		{"short name of the article's person", "Deputy Prime Minister Le Thanh Long arrived in Canberra on May 2 for a working visit. During the trip, Long also met Australian Foreign Minister Penny Wong on May 3.",
			[]string{"AUS in_person 042 Penny Wong"}},
		{"a place after to is no person", "The Vice President also travelled to Chiang Rai province on May 3, where she met members of the Vietnamese community.", nil},
		{"ainsi que continues the list", "Le président Luong Cuong a rencontré le 3 mai à Vientiane le président lao Thongloun Sisoulith ainsi que le Premier ministre lao Sonexay Siphandone.",
			[]string{"LAO in_person 042 Thongloun Sisoulith", "LAO in_person 042 Sonexay Siphandone"}},
	})
}

func TestMoreNegativesAndPlans(t *testing.T) {
	runCases(t, []ruleCase{
		{"airport greeting", "À son arrivée à l'aéroport de Noi Bai, le Premier ministre malaisien Anwar Ibrahim a été accueilli le 3 mai par le vice-ministre Do Hung Viet.", nil},
		{"airport greeting en", "Malaysian Prime Minister Anwar Ibrahim was welcomed at Noi Bai airport on May 3 by Deputy Foreign Minister Do Hung Viet.", nil},
		{"noun cue with a future", "L'entretien entre le Premier ministre Pham Minh Chinh et son homologue malaisien Anwar Ibrahim aura lieu le 5 mai à Hanoï.",
			[]string{"MYS in_person 043 Anwar Ibrahim planned"}},
		{"talks will take place", "Talks between Prime Minister Pham Minh Chinh and Malaysian Prime Minister Anwar Ibrahim will take place in Hanoi on May 5.",
			[]string{"MYS in_person 043 Anwar Ibrahim planned"}},
	})
}

func TestMoreEncounters(t *testing.T) {
	runCases(t, []ruleCase{
		{"the delegation told before", "Une délégation de la province cambodgienne de Kampot, conduite par son gouverneur Mao Thonin, est arrivée le 3 mai à Kien Giang. Le secrétaire du Comité provincial du Parti, Do Thanh Binh, a reçu la délégation.",
			[]string{"KHM in_person 043 Mao Thonin"}},
		{"told again after a dateline", "En marge du sommet du G20 à Rio de Janeiro, le Premier ministre Pham Minh Chinh a rencontré le 18 novembre 2024 le Premier ministre indien Narendra Modi.\nRio de Janeiro (VNA) – Lors de sa rencontre avec Narendra Modi, le Premier ministre a proposé d'élargir le commerce en 2025.",
			[]string{"IND in_person 044 Narendra Modi"}},
		{"summit host met abroad", "Kazan (VNA) – En marge du sommet des BRICS, le Premier ministre Pham Minh Chinh s'est entretenu le 23 octobre 2024 avec le président russe Vladimir Poutine.",
			[]string{"RUS in_person 042 Vladimir Poutine"}},
		{"the two ministers are the sides told before", "Le ministre Bui Thanh Son s'est entretenu au téléphone le 5 mai avec son homologue indien Subrahmanyam Jaishankar. Lors de cet entretien téléphonique, les deux ministres ont salué les résultats de la visite du président To Lam.",
			[]string{"IND phone 041 Subrahmanyam Jaishankar"}},
	})
}

// dated is like summary with the date as the eval prints it.
func dated(ms []Meeting) []string {
	var out []string
	for i, s := range summary(ms) {
		m := ms[i]
		d := m.DateStart
		if m.DateEnd != m.DateStart {
			d += "/" + m.DateEnd
		}
		out = append(out, s+" "+d)
	}
	return out
}

func TestDateAttachment(t *testing.T) {
	cases := []struct {
		name, published, text string
		want                  []string
	}{
		{"year of the sentence's visit", "", "Le ministre Bui Thanh Son s'est entretenu le 12 juin à Séoul avec son homologue sud-coréen Cho Tae-yul, lors de sa visite officielle du 11 au 13 juin 2024.",
			[]string{"KOR in_person 042 Cho Tae-yul 2024-06-12"}},
		{"le lendemain", "", "Le ministre Bui Thanh Son a rencontré le 12 juin 2024 à Séoul son homologue sud-coréen Cho Tae-yul. Le lendemain, il a été reçu par le Premier ministre sud-coréen Han Duck-soo.",
			[]string{"KOR in_person 042 Cho Tae-yul 2024-06-12", "KOR in_person 042 Han Duck-soo 2024-06-13"}},
		{"le même jour", "", "Le ministre Bui Thanh Son a rencontré le 12 juin 2024 à Séoul son homologue sud-coréen Cho Tae-yul. Le même jour, il a rencontré le président de l'Assemblée nationale sud-coréenne Woo Won-shik.",
			[]string{"KOR in_person 042 Cho Tae-yul 2024-06-12", "KOR in_person 042 Woo Won-shik 2024-06-12"}},
		{"dateline date and yesterday", "", "Da Nang, July 3, 2024 (VNA) – Secretary of the city Party Committee Nguyen Van Quang yesterday received Lao Deputy Prime Minister Saleumxay Kommasith.",
			[]string{"LAO in_person 043 Saleumxay Kommasith 2024-07-02"}},
		{"the date of the nearer cue", "", "Prime Minister Pham Minh Chinh held phone talks with Cambodian Prime Minister Hun Manet on March 5, 2024, to review the outcomes of the 20th meeting of the Vietnam - Cambodia Joint Commission.",
			[]string{"KHM phone 041 Hun Manet 2024-03-05"}},
		{"year of the article's date", "", "Le ministère des Affaires étrangères a publié jeudi 10 avril 2025 un communiqué.\nLe texte rappelle que le Premier ministre Pham Minh Chinh et le Premier ministre japonais Ishiba Shigeru ont eu un entretien téléphonique le 2 avril.",
			[]string{"JPN phone 041 Ishiba Shigeru 2025-04-02"}},
		{"the visit dates what has no day", "", "Le président Luong Cuong a effectué du 5 au 7 mars 2025 une visite d'État au Chili. Au cours de son séjour, il a rencontré le président du Sénat chilien Manuel Ossandón.",
			[]string{"CHL in_person 042 Manuel Ossandón 2025-03-05/2025-03-07"}},
		{"weekday prefers the recent named year", "", "Le Premier ministre Pham Minh Chinh s'est entretenu jeudi 7 mars à Canberra avec son homologue australien Anthony Albanese, à l'occasion du 50e anniversaire des relations (1974-2024).",
			[]string{"AUS in_person 042 Anthony Albanese 2024-03-07"}},
		{"this year", "", "Vietnam and Japan kept up defence exchanges, according to a review released on December 20, 2023.\nDefence Minister Phan Van Giang held phone talks with his Japanese counterpart Minoru Kihara this year.",
			[]string{"JPN phone 041 Minoru Kihara 2023-01-01/2023-12-31"}},
		{"one year named in the text", "", "Deputy Prime Minister Tran Hong Ha held talks with Indian External Affairs Minister Subrahmanyam Jaishankar in New Delhi from 3 to 5 May, ahead of the 2023 joint commission.",
			[]string{"IND in_person 042 Subrahmanyam Jaishankar 2023-05-03/2023-05-05"}},
		{"several years named: unknown", "", "Le ministre Bui Thanh Son a coprésidé le 25 mars à Tokyo avec la ministre japonaise Kamikawa Yoko le dialogue établi en 2023, avant l'anniversaire de 2025.",
			[]string{"JPN in_person 042 Kamikawa Yoko"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			x := New(gazetteer(t), NewPeople(nil))
			got := dated(x.Extract(Document{Text: c.text, Published: c.published}))
			for i := range got {
				got[i] = strings.TrimSpace(got[i])
			}
			if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
				t.Errorf("%s\n got  %q\n want %q", c.text, got, c.want)
			}
		})
	}
}
