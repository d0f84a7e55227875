package extract

import (
	"strings"
	"testing"
)

// want is the expected outcome of one short text: the meetings, in order,
// as "PARTNER mode cameo partner-name" ("" name for an unnamed side), and
// whether they are planned.
type ruleCase struct {
	name string
	text string
	want []string
}

func summary(ms []Meeting) []string {
	var out []string
	for _, m := range ms {
		who := ""
		if len(m.PartnerSide) > 0 {
			who = m.PartnerSide[0].Name
		}
		s := m.Partner + " " + m.Mode + " " + m.CAMEO + " " + who
		if m.Planned {
			s += " planned"
		}
		out = append(out, strings.TrimSpace(s))
	}
	return out
}

func runCases(t *testing.T, cases []ruleCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			x := New(gazetteer(t), NewPeople(nil))
			got := summary(x.Extract(Document{Text: c.text, Published: "2024-05"}))
			if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
				t.Errorf("%s\n got  %q\n want %q", c.text, got, c.want)
			}
		})
	}
}

func TestCues(t *testing.T) {
	runCases(t, []ruleCase{
		{"entretenu", "Le Premier ministre Pham Minh Chinh s'est entretenu le 3 mai à Hanoï avec le Premier ministre japonais Fumio Kishida.",
			[]string{"JPN in_person 043 Fumio Kishida"}},
		{"recu", "Hanoï (VNA) – Le président Vo Van Thuong a reçu le 3 mai l'ambassadeur de Cuba, Orlando Hernández Guillén.",
			[]string{"CUB in_person 043 Orlando Hernández Guillén"}},
		{"rencontre present", "Le ministre Bui Thanh Son rencontre son homologue lao Saleumxay Kommasith à Vientiane le 3 mai.",
			[]string{"LAO in_person 042 Saleumxay Kommasith"}},
		{"held talks", "Prime Minister Pham Minh Chinh held talks with Japanese Prime Minister Fumio Kishida in Tokyo on May 3.",
			[]string{"JPN in_person 042 Fumio Kishida"}},
		{"met", "Vietnamese President Vo Van Thuong met with Lao President Thongloun Sisoulith in Vientiane on May 3.",
			[]string{"LAO in_person 042 Thongloun Sisoulith"}},
		{"phone fr", "Le secrétaire général Nguyên Phu Trong a eu le 3 mai un entretien téléphonique avec le président cubain Miguel Díaz-Canel.",
			[]string{"CUB phone 041 Miguel Díaz-Canel"}},
		{"phone en", "Deputy Prime Minister Tran Luu Quang held phone talks with Chinese Vice Premier Ding Xuexiang on May 3.",
			[]string{"CHN phone 041 Ding Xuexiang"}},
		{"video", "Le ministre Bui Thanh Son a échangé par visioconférence le 3 mai avec le ministre russe des Affaires étrangères Sergueï Lavrov.",
			[]string{"RUS video 040 Sergueï Lavrov"}},
		{"co-chaired", "Le vice-ministre Pham Quang Hieu et le vice-ministre cambodgien Kung Phoak ont coprésidé le 3 mai à Phnom Penh la 5e session du comité mixte.",
			[]string{"KHM in_person 042 Kung Phoak"}},
		{"courtesy call", "L'ambassadeur du Japon Ito Naoki est allé saluer le 3 mai le président de la République Vo Van Thuong à Hanoï.",
			[]string{"JPN in_person 043 Ito Naoki"}},
	})
}

func TestNotMeetings(t *testing.T) {
	runCases(t, []ruleCase{
		{"message", "Le président Vo Van Thuong a adressé le 3 mai un message de félicitations au président russe Vladimir Poutine.", nil},
		{"congratulated", "Le ministre Bui Thanh Son a félicité le 3 mai son homologue japonais Kamikawa Yoko pour sa nomination.", nil},
		{"vietnamese only", "Le Premier ministre Pham Minh Chinh a reçu le 3 mai le ministre de la Santé Dao Hong Lan.", nil},
		{"community", "Le président Vo Van Thuong a rencontré le 3 mai la communauté vietnamienne au Japon.", nil},
		{"un official", "Le ministre Bui Thanh Son a rencontré le 3 mai le secrétaire général de l'ONU Antonio Guterres à New York.", nil},
		{"business council", "Le ministre Bui Thanh Son a reçu le 3 mai le président du Conseil d'affaires États-Unis – ASEAN Ted Osius.", nil},
		{"anniversary", "Une cérémonie s'est tenue le 3 mai à Hanoï pour célébrer le 60e anniversaire des relations Vietnam-Laos.", nil},
	})
}

func TestPlanned(t *testing.T) {
	runCases(t, []ruleCase{
		{"doit", "Le président américain Joe Biden doit s'entretenir le 10 septembre à Hanoï avec le secrétaire général Nguyên Phu Trong.",
			[]string{"USA in_person 043 Joe Biden planned"}},
		{"futur", "Le Premier ministre Pham Minh Chinh rencontrera le 10 septembre le Premier ministre japonais Fumio Kishida à Tokyo.",
			[]string{"JPN in_person 042 Fumio Kishida planned"}},
		{"will", "Prime Minister Pham Minh Chinh will meet Japanese Prime Minister Fumio Kishida in Tokyo on May 3.",
			[]string{"JPN in_person 042 Fumio Kishida planned"}},
	})
}

func TestListsAndDedup(t *testing.T) {
	runCases(t, []ruleCase{
		{"one per official", "Washington (VNA) – Le ministre Bui Thanh Son a rencontré le 3 mai le secrétaire d'État américain Antony Blinken et le conseiller à la sécurité nationale Jake Sullivan.",
			[]string{"USA in_person 042 Antony Blinken", "USA in_person 042 Jake Sullivan"}},
		{"repeated lead", "Le ministre Bui Thanh Son s'est entretenu le 3 mai avec le ministre japonais Kamikawa Yoko.\nHanoï (VNA) – Le ministre Bui Thanh Son s'est entretenu le 3 mai avec le ministre japonais Kamikawa Yoko.",
			[]string{"JPN in_person 043 Kamikawa Yoko"}},
		{"recu then entretien", "Le président Vo Van Thuong a reçu le 3 mai à Hanoï le Premier ministre lao Sonexay Siphandone. Au cours de l'entretien, les deux dirigeants ont salué la coopération Vietnam-Laos.",
			[]string{"LAO in_person 043 Sonexay Siphandone"}},
		{"back-reference", "Les deux parties ont salué les résultats de l'entretien téléphonique tenu en mars 2023 entre le secrétaire général Nguyên Phu Trong et le président américain Joe Biden.",
			[]string{"USA phone 041 Joe Biden"}},
		{"third place", "En marge du sommet de l'ASEAN à Jakarta, le Premier ministre Pham Minh Chinh a rencontré le 3 mai le Premier ministre japonais Fumio Kishida.",
			[]string{"JPN in_person 044 Fumio Kishida"}},
	})
}

func TestLevels(t *testing.T) {
	cases := map[string]Level{
		"président":                              LevelHead,
		"secrétaire général du Parti":            LevelHead,
		"Premier ministre":                       LevelGovernment,
		"ministre des Affaires étrangères":       LevelMinister,
		"secrétaire d'État":                      LevelMinister,
		"vice-ministre de la Défense":            LevelViceMinister,
		"secrétaire d'État adjoint":              LevelViceMinister,
		"ambassadrice":                           LevelAmbassador,
		"président de l'Assemblée nationale":     LevelOther,
		"conseiller à la sécurité nationale":     LevelOther,
		"Deputy Prime Minister":                  LevelViceMinister,
		"vice-Premier ministre et ministre":      LevelViceMinister,
		"chef de la Commission des relations":    LevelOther,
		"premier secrétaire du Parti communiste": LevelHead,
	}
	for title, want := range cases {
		var words []string
		for _, t := range tokenize([]rune(title)) {
			if t.word {
				words = append(words, t.f)
			}
		}
		if got, _, _ := levelOf(words); got != want {
			t.Errorf("%q: level %s, want %s", title, got, want)
		}
	}
}

func TestPeopleMemory(t *testing.T) {
	people := NewPeople(nil)
	x := New(gazetteer(t), people)
	x.Extract(Document{Text: "Le secrétaire d'État américain Antony Blinken a salué le partenariat."})
	got := x.Extract(Document{Text: "Le ministre Bui Thanh Son a reçu le 3 mai à Hanoï M. Blinken."})
	if s := summary(got); len(s) != 1 || s[0] != "USA in_person 043 Blinken" {
		t.Errorf("M. Blinken: got %q", s)
	}
	if p, ok := people.lookup("ANTONY BLINKEN", false); !ok || p.Country != "USA" {
		t.Errorf("lookup by folded name: %+v %v", p, ok)
	}
	vn := NewPeople([]Person{{Name: "Nguyên Chi Vinh", Country: "VNM"}})
	if _, ok := vn.lookup("Nguyen Chi Vinh", false); !ok {
		t.Error("accent-insensitive lookup failed")
	}
	if n := len(people.All()); n == 0 {
		t.Error("All() is empty after learning")
	}
}

func TestCluster(t *testing.T) {
	items := []ClusterItem{
		{Partner: "USA", DateStart: "2023-09-10", DateEnd: "2023-09-10", DatePrecision: "day", Mode: "in_person", Participants: []string{"Nguyên Phu Trong", "Joe Biden"}},
		{Partner: "USA", DateStart: "2023-09-11", DateEnd: "2023-09-11", DatePrecision: "day", Mode: "in_person", Participants: []string{"Pham Minh Chinh", "Joe Biden"}},
		{Partner: "USA", DateStart: "2023-09", DateEnd: "2023-09", DatePrecision: "month", Participants: []string{"Nguyen Phu Trong", "Joe Biden"}},
		{Partner: "USA", DateStart: "2023-09-11", DateEnd: "2023-09-11", DatePrecision: "day", Mode: "in_person", Participants: []string{"Vo Van Thuong", "Joe Biden"}},
		{Partner: "USA", Participants: []string{"Joe Biden", "Nguyen Phu Trong"}},
		{Partner: "USA", DateStart: "2023-03-29", DateEnd: "2023-03-29", DatePrecision: "day", Mode: "phone", Participants: []string{"Nguyen Phu Trong", "Joe Biden"}},
		{Partner: "JPN", DateStart: "2023-09-10", DateEnd: "2023-09-10", DatePrecision: "day", Participants: []string{"Nguyên Phu Trong"}},
		{Partner: "USA", Participants: []string{"Joe Biden"}},
	}
	got := Cluster(items)
	want := []int{0, 1, 0, 2, 0, 3, 4, 5}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("clusters %v, want %v", got, want)
		}
	}
}
