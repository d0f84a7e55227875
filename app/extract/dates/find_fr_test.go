package dates

import (
	"testing"
	"time"
)

func TestFindFrenchDays(t *testing.T) {
	runFindCases(t, []findCase{
		{"fr", "Il s'est tenu le 30 mars à Washington.", []Mention{one("le 30 mars", d(0, 3, 30))}},
		{"fr", "signé le 30 mars 2023 à Hanoi", []Mention{one("le 30 mars 2023", d(2023, 3, 30))}},
		{"fr", "30 mars 2023", []Mention{one("30 mars 2023", d(2023, 3, 30))}},
		{"fr", "s’est entretenu au téléphone, mercredi 1er juillet, avec",
			[]Mention{wd(one("mercredi 1er juillet", d(0, 7, 1)), time.Wednesday)}},
		{"fr", "le mercredi 1er juillet 2020", []Mention{wd(one("le mercredi 1er juillet 2020", d(2020, 7, 1)), time.Wednesday)}},
		{"fr", "le 1er juillet", []Mention{one("le 1er juillet", d(0, 7, 1))}},
		{"fr", "1er juillet", []Mention{one("1er juillet", d(0, 7, 1))}},
		{"fr", "le 1ᵉʳ juillet", []Mention{one("le 1ᵉʳ juillet", d(0, 7, 1))}},
		{"fr", "le 1re ou le 2e décembre", []Mention{one("le 2e décembre", d(0, 12, 2))}},
		{"fr", "Le 2 décembre au matin, le Premier ministre", []Mention{tod(one("Le 2 décembre au matin", d(0, 12, 2)), "morning")}},
		{"fr", "le 2 décembre à midi, à la cérémonie", []Mention{tod(one("le 2 décembre à midi", d(0, 12, 2)), "noon")}},
		{"fr", "Dans la soirée du 18 novembre (heure locale), quelques", []Mention{tod(one("Dans la soirée du 18 novembre", d(0, 11, 18)), "evening")}},
		{"fr", "dans l'après-midi du 3 mai", []Mention{tod(one("dans l'après-midi du 3 mai", d(0, 5, 3)), "afternoon")}},
		{"fr", "au matin du 3 mai", []Mention{tod(one("au matin du 3 mai", d(0, 5, 3)), "morning")}},
		{"fr", "le 12 août 2025 après-midi à Séoul", []Mention{tod(one("le 12 août 2025 après-midi", d(2025, 8, 12)), "afternoon")}},
		{"fr", "le 12 août dans la soirée", []Mention{tod(one("le 12 août dans la soirée", d(0, 8, 12)), "evening")}},
		{"fr", "se sont réunis, le 30mars à Washington", []Mention{one("le 30mars", d(0, 3, 30))}},
		{"fr", "le 5 fevrier, le 6 Février, le 7 FÉVRIER, le 15 aout, le 16 août",
			[]Mention{one("le 5 fevrier", d(0, 2, 5)), one("le 6 Février", d(0, 2, 6)), one("le 7 FÉVRIER", d(0, 2, 7)),
				one("le 15 aout", d(0, 8, 15)), one("le 16 août", d(0, 8, 16))}},
		{"fr", "le\u00a030\u00a0mars\u202f2023", []Mention{one("le\u00a030\u00a0mars\u202f2023", d(2023, 3, 30))}},
		{"fr", "le 5 janv. et le 6 déc.", []Mention{one("le 5 janv.", d(0, 1, 5)), one("le 6 déc.", d(0, 12, 6))}},
		{"fr", "Le 22 décembre 1992, le Vietnam", []Mention{one("Le 22 décembre 1992", d(1992, 12, 22))}},
		{"fr", "le 30 mars dernier, le", []Mention{one("le 30 mars dernier", d(0, 3, 30))}},
		{"fr", "le 30 mars 2023Les deux", []Mention{one("le 30 mars 2023", d(2023, 3, 30))}},
		{"fr", "en mars 2 délégations", []Mention{one("en mars", d(0, 3, 0))}},
		{"fr", "le 30 mars et le 2 avril", []Mention{one("le 30 mars", d(0, 3, 30)), one("le 2 avril", d(0, 4, 2))}},
		{"fr", "à la mi-juin", []Mention{part(one("à la mi-juin", d(0, 6, 0)), "mid")}},
		{"fr", "les 2-3 décembre", []Mention{rng("les 2-3 décembre", d(0, 12, 2), d(0, 12, 3))}},
		{"fr", "mardi (1er juillet)", []Mention{wd(one("mardi (1er juillet)", d(0, 7, 1)), time.Tuesday)}},
		{"fr", "le 31 juin", nil},
		{"fr", "le 29 février", []Mention{one("le 29 février", d(0, 2, 29))}},
		// No 29 February in 2023: only the month is taken.
		{"fr", "le 29 février 2023", []Mention{one("février 2023", d(2023, 2, 0))}},
	})
}

func TestFindFrenchRanges(t *testing.T) {
	runFindCases(t, []findCase{
		{"fr", "durant sa visite de travail du 28 juin au 2 juillet aux États-Unis",
			[]Mention{rng("du 28 juin au 2 juillet", d(0, 6, 28), d(0, 7, 2))}},
		{"fr", "Du 17 au 19 novembre, l’ambassadrice", []Mention{rng("Du 17 au 19 novembre", d(0, 11, 17), d(0, 11, 19))}},
		{"fr", "les 2 et 3 décembre", []Mention{rng("les 2 et 3 décembre", d(0, 12, 2), d(0, 12, 3))}},
		{"fr", "les 1er, 2 et 3 décembre", []Mention{rng("les 1er, 2 et 3 décembre", d(0, 12, 1), d(0, 12, 3))}},
		{"fr", "du 2 au 3 décembre", []Mention{rng("du 2 au 3 décembre", d(0, 12, 2), d(0, 12, 3))}},
		{"fr", "entre le 3 et le 5 mai", []Mention{rng("entre le 3 et le 5 mai", d(0, 5, 3), d(0, 5, 5))}},
		{"fr", "entre le 30 avril et le 5 mai", []Mention{rng("entre le 30 avril et le 5 mai", d(0, 4, 30), d(0, 5, 5))}},
		{"fr", "du 1ᵉʳ au 2 décembre 2025.", []Mention{rng("du 1ᵉʳ au 2 décembre 2025", d(2025, 12, 1), d(2025, 12, 2))}},
		{"fr", "du 21 au 24 novembre 2025, le Premier", []Mention{rng("du 21 au 24 novembre 2025", d(2025, 11, 21), d(2025, 11, 24))}},
		{"fr", "28-30 mars", []Mention{rng("28-30 mars", d(0, 3, 28), d(0, 3, 30))}},
		{"fr", "la nuit du 31 décembre au 1er janvier", []Mention{tod(rng("la nuit du 31 décembre au 1er janvier", d(0, 12, 31), d(0, 1, 1)), "night")}},
		{"fr", "du 28 décembre au 2 janvier", []Mention{rng("du 28 décembre au 2 janvier", d(0, 12, 28), d(0, 1, 2))}},
		{"fr", "du 28 décembre au 2 janvier 2025", []Mention{rng("du 28 décembre au 2 janvier 2025", d(2024, 12, 28), d(2025, 1, 2))}},
		{"fr", "du 28 décembre 2024 au 2 janvier", []Mention{rng("du 28 décembre 2024 au 2 janvier", d(2024, 12, 28), d(2025, 1, 2))}},
		{"fr", "du lundi 28 juin au vendredi 2 juillet", []Mention{wd(rng("du lundi 28 juin au vendredi 2 juillet", d(0, 6, 28), d(0, 7, 2)), time.Monday)}},
		{"fr", "du 15 octobre jusqu'au 15 novembre", []Mention{rng("du 15 octobre jusqu'au 15 novembre", d(0, 10, 15), d(0, 11, 15))}},
		// A range that runs backwards is no range; "du" alone introduces nothing.
		{"fr", "du 19 au 17 novembre", []Mention{one("17 novembre", d(0, 11, 17))}},
		{"fr", "la visite du 28 juin", []Mention{one("28 juin", d(0, 6, 28))}},
		// A dash between two full dates is a span of years, not a visit.
		{"fr", "(2 décembre 1960 – 2 décembre 2025)", []Mention{one("2 décembre 1960", d(1960, 12, 2)), one("2 décembre 2025", d(2025, 12, 2))}},
	})
}

func TestFindFrenchMonths(t *testing.T) {
	runFindCases(t, []findCase{
		{"fr", "en novembre 2023", []Mention{one("en novembre 2023", d(2023, 11, 0))}},
		{"fr", "lors de la visite au Japon en novembre2023.", []Mention{one("en novembre2023", d(2023, 11, 0))}},
		{"fr", "du partenariat enseptembre 2023.", []Mention{one("enseptembre 2023", d(2023, 9, 0))}},
		{"fr", "en septembre, le ministre", []Mention{one("en septembre", d(0, 9, 0))}},
		{"fr", "novembre 2023", []Mention{one("novembre 2023", d(2023, 11, 0))}},
		{"fr", "fin juin", []Mention{part(one("fin juin", d(0, 6, 0)), "late")}},
		{"fr", "fin juin 2023", []Mention{part(one("fin juin 2023", d(2023, 6, 0)), "late")}},
		{"fr", "à la fin de juin", []Mention{part(one("à la fin de juin", d(0, 6, 0)), "late")}},
		{"fr", "fin d'août", []Mention{part(one("fin d'août", d(0, 8, 0)), "late")}},
		{"fr", "début juillet", []Mention{part(one("début juillet", d(0, 7, 0)), "early")}},
		{"fr", "mi-juin", []Mention{part(one("mi-juin", d(0, 6, 0)), "mid")}},
		{"fr", "mi juin", []Mention{part(one("mi juin", d(0, 6, 0)), "mid")}},
		{"fr", "au mois d'août", []Mention{one("au mois d'août", d(0, 8, 0))}},
		{"fr", "en mai dernier", []Mention{one("en mai dernier", d(0, 5, 0))}},
		{"fr", "en 2020", []Mention{one("en 2020", d(2020, 0, 0))}},
		{"fr", "d'ici fin 2025", []Mention{part(one("fin 2025", d(2025, 0, 0)), "late")}},
		{"fr", "membre non permanent en 2020-2021 organisés", []Mention{rng("en 2020-2021", d(2020, 0, 0), d(2021, 0, 0))}},
		// A month without introducer or year is not read: "Mars" is a planet too.
		{"fr", "la mission vers Mars", nil},
		{"fr", "le 2023-07 et 2023-03-30", []Mention{one("2023-07", d(2023, 7, 0)), one("2023-03-30", d(2023, 3, 30))}},
		{"fr", "le 30/03/2023, le 30.03.2023 et le 30-3-2023", []Mention{one("30/03/2023", d(2023, 3, 30)), one("30.03.2023", d(2023, 3, 30)), one("30-3-2023", d(2023, 3, 30))}},
		{"fr", "03/30/2023", []Mention{one("03/30/2023", d(2023, 3, 30))}},
	})
}

func TestFindFrenchRelative(t *testing.T) {
	runFindCases(t, []findCase{
		{"fr", "a reçu hier le ministre", []Mention{rel("hier", -1)}},
		{"fr", "hier soir", []Mention{tod(rel("hier soir", -1), "evening")}},
		{"fr", "avant-hier", []Mention{rel("avant-hier", -2)}},
		{"fr", "aujourd'hui et aujourd’hui", []Mention{rel("aujourd'hui", 0), rel("aujourd’hui", 0)}},
		{"fr", "demain", []Mention{rel("demain", 1)}},
		{"fr", "ce matin", []Mention{tod(rel("ce matin", 0), "morning")}},
		{"fr", "cet après-midi", []Mention{tod(rel("cet après-midi", 0), "afternoon")}},
		{"fr", "ce soir", []Mention{tod(rel("ce soir", 0), "evening")}},
		{"fr", "a reçu ce jeudi", []Mention{relWd("ce jeudi", time.Thursday, 0)}},
		{"fr", "jeudi dernier", []Mention{relWd("jeudi dernier", time.Thursday, -1)}},
		{"fr", "jeudi prochain", []Mention{relWd("jeudi prochain", time.Thursday, 1)}},
		{"fr", "a reçu lundi le ministre", []Mention{relWd("lundi", time.Monday, 0)}},
		{"fr", "a reçu lundi matin", []Mention{tod(relWd("lundi matin", time.Monday, 0), "morning")}},
	})
}

// TestFindFrenchNotDates lists what looks like a date and is not.
func TestFindFrenchNotDates(t *testing.T) {
	runFindCases(t, []findCase{
		{"fr", "à l’occasion du 30e anniversaire", nil},
		{"fr", "le 14e Congrès national du Parti", nil},
		{"fr", "le Sommet du G20, le 1er ministre", nil},
		{"fr", "Tél : (84-24) 3825 2934, fax 024-3825-2050", nil},
		{"fr", "la période 2020-2021 et 2013-2023", nil},
		{"fr", "ASEAN 2020", nil},
		{"fr", "il y a 30 ans, 20h30, 3 km, 1,5 million, 10:30", nil},
		{"fr", "le 10e Dialogue sur la politique de défense", nil},
		{"fr", "1/2/2023/4 et 12.03.20235", nil},
		{"fr", "le 30\nmars", nil},
		{"fr", "domaines de maintien de la paix", nil},
	})
}
