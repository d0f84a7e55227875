package ingest

import (
	"strings"
	"testing"
)

func TestParseTextSeeds(t *testing.T) {
	tests := []struct {
		seed         string
		title        string
		published    string
		teasers      int
		captions     int
		bodyHas      []string // sentences or fragments that must stay in the body
		firstHead    string   // headline of the first teaser
		bodyFirst    string   // prefix of the first paragraph
		bodyLastHas  string   // fragment of the last paragraph
		captionFirst string   // prefix of the first caption
	}{
		{
			seed:         "000",
			title:        "Le Vietnam et les États-Unis plaident pour des liens accrus",
			teasers:      6,
			captions:     1,
			bodyHas:      []string{"Hanoi (VNA) – Le vice-ministre de la Défense Nguyên Chi Vinh s’est entretenu au téléphone, mercredi 1er juillet", "Concernant les relations bilatérales, les deux parties ont passé en revue"},
			firstHead:    "Le Vietnam élève sa diplomatie multilatérale dans la nouvelle ère",
			bodyFirst:    "Le vice-ministre de la Défense Nguyên Chi Vinh s’est entretenu au téléphone",
			bodyLastHas:  "Les deux parties ont également échangé des idées",
			captionFirst: "Le vice-ministre de la Défense Nguyên Chi Vinh. Photo : VNA",
		},
		{
			seed:         "001",
			title:        "Dialogue sur la politique, la sécurité et la défense Vietnam - Etats-Unis",
			teasers:      12,
			captions:     2,
			bodyHas:      []string{"Washington (VNA) - Le vice-ministrevietnamien des Affaires étrangères Ha Kim Ngoc", "Les deux parties ont reconnu avecsatisfaction"},
			firstHead:    "Messages de félicitations à l'occasion des 65 ans des relations diplomatiques entre le Vietnam et Cuba",
			bodyFirst:    "Le 12e Dialogue sur la politique, la sécurité et la défense entre le Vietnam et les États-Unis s'est tenu le 30 mars à Washington.",
			bodyLastHas:  "En marge de ce dialogue, le vice-ministre Ha Kim Ngoc",
			captionFirst: "Le vice-ministre vietnamien des Affaires étrangères Ha Kim Ngoc et la secrétaire d’État adjointe",
		},
		{
			seed:         "002",
			title:        "Le premier dialogue de niveau des ministres des Affaires étrangères Vietnam - États-Unis",
			teasers:      6,
			captions:     1,
			bodyHas:      []string{"Whasington (VNA) – A l’invitation du secrétaired'État américain Antony Blinken", "Il a souligné l'engagement des États-Unis à mettreen œuvre"},
			firstHead:    "La visite du Premier ministre Pham Minh Chinh massivement couverte par les médias algériens",
			bodyFirst:    "A l’invitation du secrétaire d'État américain Antony Blinken",
			bodyLastHas:  "Les deuxparties ont également discuté de la question en Mer Orientale",
			captionFirst: "Lors du premier dialogue de niveau des ministres des Affaires étrangères Vietnam - États-Unis le 25 mars",
		},
		{
			seed:         "003",
			title:        "Le 10e Dialogue sur la politique de défense Vietnam-Japon",
			teasers:      6,
			captions:     1,
			bodyHas:      []string{"Hanoi (VNA) - Le généralde corps d’armée Hoang Xuân Chiên", "Le vice-ministrejaponais de la Défense, Serizawa Kiyoshi"},
			firstHead:    "Le Vietnam élève sa diplomatie multilatérale dans la nouvelle ère",
			bodyFirst:    "Le général de corps d’armée Hoang Xuân Chiên, vice-ministre vietnamien de la Défense",
			bodyLastHas:  "l'Académie des sciencesmilitaires. -VNA",
			captionFirst: "Le 10e Dialogue sur la politique de défense Vietnam-Japon. Photo: VNA",
		},
		{
			seed:         "004",
			title:        "Le chef de la Commission des relations extérieures du Comité central du Parti communiste du Vietnam, Lê Hoài Trung, a…",
			published:    "2023-07",
			teasers:      0,
			captions:     1,
			bodyHas:      []string{"Il a également travaillé avec le conseiller à la sécurité nationale Jake Sullivan", "Rencontrant des responsables américains, il a affirmé"},
			bodyFirst:    "Washington (VNA) – Le chef de la Commission des relations extérieures",
			bodyLastHas:  "Il a exhorté les deux parties à continuer",
			captionFirst: "Vue de la rencontre entre le chef de la Commission des relations extérieures",
		},
	}
	for _, tc := range tests {
		t.Run(tc.seed, func(t *testing.T) {
			d, err := ParseText(readSeed(t, tc.seed))
			if err != nil {
				t.Fatalf("ParseText: %v", err)
			}
			if d.Title != tc.title {
				t.Errorf("Title = %q, want %q", d.Title, tc.title)
			}
			if d.Published != tc.published {
				t.Errorf("Published = %q, want %q", d.Published, tc.published)
			}
			if d.Lang != "fr" {
				t.Errorf("Lang = %q, want fr", d.Lang)
			}
			if d.Row != 0 || d.Source != "" {
				t.Errorf("Row, Source = %d, %q; want 0, \"\" for a text page", d.Row, d.Source)
			}
			if len(d.Teasers) != tc.teasers {
				t.Errorf("%d teasers, want %d", len(d.Teasers), tc.teasers)
			}
			if len(d.Captions) != tc.captions {
				t.Errorf("%d captions, want %d", len(d.Captions), tc.captions)
			}
			for _, bad := range []string{"ảnh ", "Voir plus", "Photo :", "Photo:", " date 2023"} {
				if strings.Contains(d.Body, bad) {
					t.Errorf("body contains %q", bad)
				}
			}
			paras := paragraphs(d.Body)
			for _, p := range paras {
				if strings.TrimSpace(p) == "" || strings.EqualFold(strings.TrimSpace(p), "source") {
					t.Errorf("body has chrome or empty paragraph %q", p)
				}
			}
			if !strings.HasPrefix(paras[0], tc.bodyFirst) {
				t.Errorf("first paragraph %.90q, want prefix %q", paras[0], tc.bodyFirst)
			}
			if !strings.Contains(paras[len(paras)-1], tc.bodyLastHas) {
				t.Errorf("last paragraph %.90q, want it to contain %q", paras[len(paras)-1], tc.bodyLastHas)
			}
			for _, s := range tc.bodyHas {
				if !strings.Contains(d.Body, s) {
					t.Errorf("body lacks %q", s)
				}
			}
			if tc.teasers > 0 && d.Teasers[0].Headline != tc.firstHead {
				t.Errorf("first teaser headline %q, want %q", d.Teasers[0].Headline, tc.firstHead)
			}
			for i, x := range d.Teasers {
				if x.Headline == "" || x.Lead == "" || x.Caption == "" {
					t.Errorf("teaser %d incomplete: %+v", i, x)
				}
				for _, part := range []string{x.Headline, x.Lead, x.Caption} {
					if part != "" && strings.Contains(d.Body, part) {
						t.Errorf("body contains teaser %d text %.60q", i, part)
					}
				}
				got := span(t, d.Page, x.Start, x.End)
				if !strings.HasPrefix(got, x.Caption) || !strings.Contains(got, x.Headline) || !strings.HasSuffix(got, x.Lead) {
					t.Errorf("teaser %d offsets [%d,%d) give %.80q, not its caption..lead", i, x.Start, x.End, got)
				}
			}
			for i, c := range d.Captions {
				if got := span(t, d.Page, c.Start, c.End); got != c.Text {
					t.Errorf("caption %d offsets give %q, want %q", i, got, c.Text)
				}
				if strings.Contains(d.Body, c.Text) {
					t.Errorf("body contains caption %q", c.Text)
				}
				if strings.Contains(c.Text, "ảnh") {
					t.Errorf("caption %d keeps the marker: %q", i, c.Text)
				}
			}
			if !strings.HasPrefix(d.Captions[0].Text, tc.captionFirst) {
				t.Errorf("first caption %.90q, want prefix %q", d.Captions[0].Text, tc.captionFirst)
			}
			checkOffsets(t, d)
		})
	}
}

// The teaser grouping must not count in threes blindly: captions go missing,
// lose their credit, or repeat the headline.
func TestGroupTeasersIrregular(t *testing.T) {
	lead := func(s string) string {
		return s + " a rencontré son homologue pour examiner la coopération bilatérale dans les domaines de l'énergie, du commerce et de l'éducation, ainsi que les échanges entre les peuples des deux pays."
	}
	page := strings.Join([]string{
		"Titre de l'article",
		"",
		"Le corps de l'article.",
		"",
		"Voir plus",
		"",
		"Le ministre accueille son homologue. Photo : VNA", // caption with credit
		"Le Vietnam et Cuba renforcent leurs liens",
		lead("Le ministre"),
		"",
		"Le Vietnam et le Laos signent un accord", // no caption at all
		lead("Le Premier ministre"),
		"",
		"Le président lao et son homologue vietnamien lors de la cérémonie d'accueil officielle au palais présidentiel, le 3 décembre.", // caption without credit
		"Visite d'État au Laos",
		lead("Le président"),
		"",
		"Un symbole d'amitié", // caption repeating the headline
		"Un symbole d'amitié",
		lead("Le secrétaire général"),
		"",
		"Un titre sans chapeau", // headline without lead, next item follows
		"Dernier titre de la page",
		lead("L'ambassadeur"),
	}, "\n")
	d, err := ParseText([]byte(page))
	if err != nil {
		t.Fatal(err)
	}
	want := []Teaser{
		{Caption: "Le ministre accueille son homologue. Photo : VNA", Headline: "Le Vietnam et Cuba renforcent leurs liens", Lead: lead("Le ministre")},
		{Headline: "Le Vietnam et le Laos signent un accord", Lead: lead("Le Premier ministre")},
		{Caption: "Le président lao et son homologue vietnamien lors de la cérémonie d'accueil officielle au palais présidentiel, le 3 décembre.", Headline: "Visite d'État au Laos", Lead: lead("Le président")},
		{Caption: "Un symbole d'amitié", Headline: "Un symbole d'amitié", Lead: lead("Le secrétaire général")},
		{Headline: "Un titre sans chapeau"},
		{Headline: "Dernier titre de la page", Lead: lead("L'ambassadeur")},
	}
	if len(d.Teasers) != len(want) {
		t.Fatalf("%d teasers, want %d: %+v", len(d.Teasers), len(want), d.Teasers)
	}
	for i, w := range want {
		g := d.Teasers[i]
		if g.Caption != w.Caption || g.Headline != w.Headline || g.Lead != w.Lead {
			t.Errorf("teaser %d = %+v\nwant %+v", i, g, w)
		}
	}
	if d.Body != "Le corps de l'article." {
		t.Errorf("Body = %q", d.Body)
	}
	checkOffsets(t, d)
}

func TestParseTextCaptionsAndChrome(t *testing.T) {
	page := "Le titre\r\n" +
		"Le chapeau de l'article.\r\n" +
		"Le titre ảnh 1La légende de la photo. Photo: VNA\r\n" +
		"\r\n" +
		"Premier paragraphe.\r\n" +
		"Une photo sans marqueur montre les délégués. Photo : Ambassade du Vietnam\r\n" +
		"Les élèves regardent le tableau ảnh 2 dans la classe.\r\n" + // prose, not a marker
		"source\r\n" +
		"See more\r\n"
	d, err := ParseText([]byte(page))
	if err != nil {
		t.Fatal(err)
	}
	wantBody := "Le chapeau de l'article.\n\nPremier paragraphe.\n\nLes élèves regardent le tableau ảnh 2 dans la classe."
	if d.Body != wantBody {
		t.Errorf("Body = %q\nwant %q", d.Body, wantBody)
	}
	if len(d.Captions) != 2 || d.Captions[0].Text != "La légende de la photo. Photo: VNA" ||
		d.Captions[1].Text != "Une photo sans marqueur montre les délégués. Photo : Ambassade du Vietnam" {
		t.Errorf("Captions = %+v", d.Captions)
	}
	for _, c := range d.Captions {
		if got := span(t, d.Page, c.Start, c.End); got != c.Text {
			t.Errorf("caption offsets give %q, want %q", got, c.Text)
		}
	}
	if len(d.Teasers) != 0 {
		t.Errorf("teasers %+v after an empty See more", d.Teasers)
	}
}

func TestParseTextDateHeader(t *testing.T) {
	tests := []struct {
		in, published, title, body string
	}{
		{" date 2023-07-14 Hanoi (VNA) – Les deux pays ont signé un accord. Il entre en vigueur demain.", "2023-07-14", "Les deux pays ont signé un accord.", "Hanoi (VNA) – Les deux pays ont signé un accord. Il entre en vigueur demain."},
		{"date 2021 Le texte commence ici.", "2021", "Le texte commence ici.", "Le texte commence ici."},
		{"date 2023-13 Un titre\nLe corps.", "", "date 2023-13 Un titre", "Le corps."}, // no such month: an ordinary title
		{" date 2023-07\nLe corps sur la ligne suivante, avec M. Dupont et D.C. comme abréviations. Suite.", "2023-07", "Le corps sur la ligne suivante, avec M. Dupont et D.C. comme abréviations.", "Le corps sur la ligne suivante, avec M. Dupont et D.C. comme abréviations. Suite."},
	}
	for _, tc := range tests {
		d, err := ParseText([]byte(tc.in))
		if err != nil {
			t.Errorf("%q: %v", tc.in, err)
			continue
		}
		if d.Published != tc.published || d.Title != tc.title || d.Body != tc.body {
			t.Errorf("%q:\n got %q / %q / %q\nwant %q / %q / %q", tc.in, d.Published, d.Title, d.Body, tc.published, tc.title, tc.body)
		}
	}
}

func TestParseTextErrors(t *testing.T) {
	for _, in := range []string{"", "  \n\t\n", "Un titre seul\n\n", "Titre\nVoir plus\nAutre article"} {
		if _, err := ParseText([]byte(in)); err == nil {
			t.Errorf("%q: no error", in)
		}
	}
}

func TestTitleFromTextLength(t *testing.T) {
	long := strings.Repeat("mot ", 60)
	got := titleFromText(long)
	if n := len([]rune(got)); n > maxTitle+1 || !strings.HasSuffix(got, "…") || strings.Contains(got, "mot…") == false {
		t.Errorf("titleFromText = %q (%d code points)", got, n)
	}
}
