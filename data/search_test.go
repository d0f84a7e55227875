package data

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"parley/app"
)

// searchLibrary holds a few articles written for these tests.
func searchLibrary(t *testing.T) (*Store, map[string]int64) {
	t.Helper()
	s := MustOpenStore(t)
	arts := []app.Article{
		article("usa.txt", "Le Vietnam et les États-Unis renforcent leur partenariat",
			"Hà Nội, 12 mars (VNA) – Le secrétaire d'État américain Antony Blinken a rencontré le vice-Premier ministre. "+
				"Les deux parties ont salué les progrès de la coopération bilatérale."),
		article("nguyen.txt", "Entretien avec le président",
			"Le président Nguyên Xuân Phúc a reçu l'ambassadeur du Japon. La diplomatie vietnamienne poursuit son ouverture."),
		article("geneve.txt", "Conférence à GENÈVE",
			"Une réunion à Genève sur le commerce. Les délégués du Laos\u00a0et de Cuba\u202fparticipent."),
		article("glued.txt", "Communiqué",
			"Le texte importé contient un mot collé: lesrelationsbilatérales, que seul search_extra sépare."),
		article("diplomat.txt", "Les diplomates se réunissent", "Des diplomates de plusieurs pays ont débattu."),
	}
	arts[3].SearchExtra = "relations bilatérales"
	page := article("page.txt", "Page avec teasers", "Le corps de cette page parle d'agriculture.")
	page.Teasers = []app.Teaser{
		{Position: 0, Caption: "Voir plus", Headline: "Visite officielle à La Havane", Lead: "Le ministre cubain accueille une délégation.", Start: 0, End: 10},
	}
	arts = append(arts, page)
	res := mustSave(t, s, arts...)
	byName := map[string]int64{}
	for i, a := range arts {
		byName[a.Source] = res[i].ID
	}
	return s, byName
}

func mustSearch(t *testing.T, s *Store, text string) []app.SearchHit {
	t.Helper()
	res, err := s.Search(context.Background(), searchText(text))
	hits := res.Hits
	if err != nil {
		t.Fatalf("Search(%q): %v", text, err)
	}
	return hits
}

func TestSearchIgnoresAccentsAndCase(t *testing.T) {
	s, id := searchLibrary(t)
	for _, tc := range []struct {
		query, want string
	}{
		{`Etats-Unis`, "usa.txt"},
		{`"Etats-Unis"`, "usa.txt"},
		{`états-unis`, "usa.txt"},
		{`nguyen`, "nguyen.txt"},
		{`NGUYÊN`, "nguyen.txt"},
		{`GENÈVE`, "geneve.txt"},
		{`geneve`, "geneve.txt"},
		{`"secrétaire d'État"`, "usa.txt"},
		{`secrétaire d'État`, "usa.txt"},
		{`"secretaire d’etat"`, "usa.txt"},
		{`Ha Noi`, "usa.txt"},
		{`ambassadeur Japon`, "nguyen.txt"},
		{`diplomatie NOT diplomates`, "nguyen.txt"},
	} {
		hits := mustSearch(t, s, tc.query)
		if len(hits) != 1 || hits[0].ArticleID != id[tc.want] {
			t.Errorf("%s: hits %s, want only %s (%d)", tc.query, ids(hits), tc.want, id[tc.want])
		}
	}
}

func TestSearchPrefix(t *testing.T) {
	s, id := searchLibrary(t)
	hits := mustSearch(t, s, "diplom*")
	if len(hits) != 2 {
		t.Fatalf("diplom*: %s", ids(hits))
	}
	// "diplomates" is in the title of one, so it ranks first.
	if hits[0].ArticleID != id["diplomat.txt"] || hits[1].ArticleID != id["nguyen.txt"] {
		t.Errorf("diplom*: %s", ids(hits))
	}
}

func TestSearchTitleWeighsMore(t *testing.T) {
	s := MustOpenStore(t)
	inBody := article("body.txt", "Actualités", "Le Laos et le Vietnam. "+strings.Repeat("Texte. ", 3))
	inTitle := article("title.txt", "Le Laos", "Le Vietnam et son voisin. "+strings.Repeat("Texte. ", 3))
	mustSave(t, s, inBody, inTitle)
	hits := mustSearch(t, s, "laos")
	if len(hits) != 2 || hits[0].Source != "title.txt" || hits[0].Rank > hits[1].Rank {
		t.Errorf("laos: %+v", hits)
	}
}

func TestSearchNonBreakingSpacesSeparateWords(t *testing.T) {
	s, id := searchLibrary(t)
	for _, q := range []string{"laos", "cuba", "participent", "\"Laos et de Cuba participent\"", "Laos\u00a0et", "Cuba\u202fparticipent"} {
		hits := mustSearch(t, s, q)
		if len(hits) != 1 || hits[0].ArticleID != id["geneve.txt"] {
			t.Errorf("%q: %s", q, ids(hits))
		}
	}
}

func TestSearchExtraIsFoundButNotShown(t *testing.T) {
	s, id := searchLibrary(t)
	hits := mustSearch(t, s, "relations")
	if len(hits) != 1 || hits[0].ArticleID != id["glued.txt"] {
		t.Fatalf("relations: %s", ids(hits))
	}
	// The match is index-only: the snippet is the start of the body.
	if want := "Le texte importé contient"; !strings.HasPrefix(hits[0].Snippet, want) {
		t.Errorf("snippet %q, want the body's start", hits[0].Snippet)
	}
	if strings.Contains(hits[0].Snippet, app.HighlightStart) {
		t.Errorf("snippet %q highlights words that are not in the text", hits[0].Snippet)
	}
}

func TestSearchSnippetHighlights(t *testing.T) {
	s, id := searchLibrary(t)
	hits := mustSearch(t, s, "Blinken")
	if len(hits) != 1 {
		t.Fatalf("%s", ids(hits))
	}
	h := hits[0]
	if h.ArticleID != id["usa.txt"] || h.Source != "usa.txt" || !strings.HasPrefix(h.Title, "Le Vietnam et les États-Unis") || h.InTeaser {
		t.Errorf("hit %+v", h)
	}
	if !strings.Contains(h.Snippet, "[Blinken]") || !strings.Contains(h.Snippet, "…") {
		t.Errorf("snippet %q", h.Snippet)
	}
	if n := len(strings.Fields(h.Snippet)); n > 20 {
		t.Errorf("snippet of %d words: %q", n, h.Snippet)
	}
	// A match only in the title shows the title.
	hits = mustSearch(t, s, "partenariat")
	if len(hits) != 1 || !strings.Contains(hits[0].Snippet, "[partenariat]") {
		t.Errorf("title match: %+v", hits)
	}
}

func TestSearchTeasers(t *testing.T) {
	s, id := searchLibrary(t)
	hits := mustSearch(t, s, "havane")
	if len(hits) != 1 {
		t.Fatalf("havane: %s", ids(hits))
	}
	h := hits[0]
	if !h.InTeaser || h.ArticleID != id["page.txt"] || h.Source != "page.txt" || h.Title != "Page avec teasers" {
		t.Errorf("teaser hit %+v", h)
	}
	if !strings.Contains(h.Snippet, "[Havane]") {
		t.Errorf("teaser snippet %q", h.Snippet)
	}
	// A word in both a teaser and article text gives both hits.
	hits = mustSearch(t, s, "deleg*") // délégation (teaser), délégués (body)
	var teaser, body int
	for _, h := range hits {
		if h.InTeaser {
			teaser++
		} else {
			body++
		}
	}
	if teaser != 1 || body != 1 {
		t.Errorf("deleg*: %+v", hits)
	}
	// Articles come before teasers, though a short teaser's bm25 is stronger.
	if len(hits) == 2 && (hits[0].InTeaser || !hits[1].InTeaser) {
		t.Errorf("deleg*: want the article hit before the teaser hit: %+v", hits)
	}
	// Column filters apply to the index that has the column.
	if hits := mustSearch(t, s, "headline: havane"); len(hits) != 1 || !hits[0].InTeaser {
		t.Errorf("headline: filter: %+v", hits)
	}
	if hits := mustSearch(t, s, "title: partenariat"); len(hits) != 1 || hits[0].InTeaser {
		t.Errorf("title: filter: %+v", hits)
	}
}

func TestSearchLimit(t *testing.T) {
	s := MustOpenStore(t)
	var arts []app.Article
	for i := range 30 {
		arts = append(arts, article(strings.Repeat("x", i+1)+".txt", "Coopération", "Texte numéro "+strings.Repeat("long ", i)))
	}
	mustSave(t, s, arts...)
	if hits := mustSearch(t, s, "cooperation"); len(hits) != app.DefaultSearchLimit {
		t.Errorf("default limit: %d hits", len(hits))
	}
	res, err := s.Search(context.Background(), app.SearchQuery{Text: "cooperation", Limit: 5})
	hits := res.Hits
	if err != nil || len(hits) != 5 {
		t.Errorf("limit 5: %d hits, %v", len(hits), err)
	}
	for i := 1; i < len(hits); i++ {
		if hits[i].Rank < hits[i-1].Rank {
			t.Errorf("not ranked: %v then %v", hits[i-1].Rank, hits[i].Rank)
		}
	}
}

func TestSearchMalformedQueries(t *testing.T) {
	s, _ := searchLibrary(t)
	for _, q := range []string{"", "   ", "\u00a0", `"unclosed`, "AND", "foo OR", "(", "*", "NEAR(", "NEAR(a b", "a AND", ")", "OR OR", "nosuchcolumn: x", "^", "!!!"} {
		res, err := s.Search(context.Background(), searchText(q))
		var qe *app.QueryError
		if !errors.As(err, &qe) {
			t.Errorf("%q: hits %v, err %v; want *app.QueryError", q, res.Hits, err)
			continue
		}
		if qe.Query != q || qe.Err == nil || strings.Contains(err.Error(), "SQL logic error") {
			t.Errorf("%q: unreadable error %q", q, err)
		}
		t.Logf("%-14q -> %v", q, err)
	}
}

func TestFTSQueryRewrite(t *testing.T) {
	for in, want := range map[string]string{
		"Etats-Unis":            `"Etats-Unis"`,
		"Etats-Un*":             `"Etats-Un"*`,
		"(États-Unis OR Japon)": `("États-Unis" OR Japon)`,
		`"d'État" d'État`:       `"d'État" "d'État"`,
		"title:États-Unis":      `title:"États-Unis"`,
		"aujourd’hui":           `"aujourd’hui"`,
		"-title: laos":          "-title: laos",
		"a\u00a0b\u202fc":       "a b c",
		"laos - cuba":           "laos - cuba",
	} {
		got, err := ftsQuery(in)
		if err != nil || got != want {
			t.Errorf("ftsQuery(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
}

func TestSearchTeaserShownOnManyPagesIsOneHit(t *testing.T) {
	s := MustOpenStore(t)
	teaser := app.Teaser{Caption: "Voir plus", Headline: "Le Vietnam et le Laos signent un accord", Lead: "Coopération frontalière.", Start: 0, End: 10}
	var pages []app.Article
	for i, date := range []string{"2023-05-03", "2023-05-01", "", "2023-05-02"} {
		p := article(fmt.Sprintf("p%d.txt", i), fmt.Sprintf("Page %d", i), "Autre sujet.")
		if date != "" {
			p.Published = mustDate(t, date)
		}
		p.Teasers = []app.Teaser{teaser}
		pages = append(pages, p)
	}
	res := mustSave(t, s, pages...)
	if n := count(t, s, "SELECT count(*) FROM teaser_texts"); n != 1 {
		t.Errorf("%d teaser texts stored, want 1", n)
	}
	if info := mustInfo(t, s); info.Teasers != 4 {
		t.Errorf("info %+v, want 4 teasers", info)
	}
	hits := mustSearch(t, s, "frontaliere")
	if len(hits) != 1 || hits[0].ArticleID != res[1].ID || !hits[0].InTeaser {
		t.Fatalf("hits %+v, want one teaser hit on the earliest page p1", hits)
	}
	// Each page still lists the teaser as its own.
	for _, r := range res {
		a, err := s.Article(context.Background(), r.ID)
		if err != nil || len(a.Teasers) != 1 || a.Teasers[0] != teaser {
			t.Errorf("page %d teasers %+v, %v", r.ID, a.Teasers, err)
		}
	}
	// When the earliest page gets a new version without the teaser, the hit
	// moves to the next page; when no page shows it, it leaves the index.
	p1 := pages[1]
	p1.Teasers, p1.Body, p1.Hash = nil, "Corrigé.", "p1-v2"
	mustSave(t, s, p1)
	if hits := mustSearch(t, s, "frontaliere"); len(hits) != 1 || hits[0].ArticleID != res[3].ID {
		t.Errorf("after p1 dropped it: %+v, want page p3 (%d)", hits, res[3].ID)
	}
	if _, err := s.db.Exec("DELETE FROM articles"); err != nil {
		t.Fatal(err)
	}
	if n := count(t, s, "SELECT count(*) FROM teaser_texts"); n != 0 {
		t.Errorf("%d orphan teaser texts", n)
	}
	assertFTSIntegrity(t, s)
}

func TestSearchSlicesGiveSameHits(t *testing.T) {
	s := MustOpenStore(t)
	var arts []app.Article
	for i := range 40 {
		arts = append(arts, genArticle(7, i))
	}
	mustSave(t, s, arts...)
	old := minRowsPerSlice
	t.Cleanup(func() { minRowsPerSlice = old })
	for _, q := range []string{"cooperation", "relation*", `"deux parties"`, "title: ministre"} {
		minRowsPerSlice = old
		whole := mustSearch(t, s, q)
		minRowsPerSlice = 5 // 40 articles in 4 slices
		sliced := mustSearch(t, s, q)
		if len(whole) == 0 || ids(whole) != ids(sliced) {
			t.Errorf("%s: whole %s, sliced %s", q, ids(whole), ids(sliced))
		}
	}
}

// A word in every article has an IDF near zero among articles and a large
// one among the few teasers naming it: were the two bm25 scores mixed, the
// teaser would come first.
func TestSearchArticlesBeforeTeasers(t *testing.T) {
	s := MustOpenStore(t)
	var arts []app.Article
	for i, city := range []string{"Hanoï", "Tokyo", "Vientiane"} {
		arts = append(arts, article(fmt.Sprintf("a%d.txt", i), "Réunion à "+city,
			"Les délégations ont parlé du Mékong et de la coopération régionale à "+city+"."))
	}
	page := article("page.txt", "Page", "Un texte sans rapport avec le fleuve.")
	page.Teasers = []app.Teaser{{Headline: "Mékong", Lead: "Le Mékong.", Start: 0, End: 4}}
	arts = append(arts, page)
	mustSave(t, s, arts...)

	hits := mustSearch(t, s, "mekong")
	if len(hits) != 4 {
		t.Fatalf("mekong: %d hits, want 3 articles and 1 teaser", len(hits))
	}
	for i, h := range hits {
		if h.InTeaser != (i == 3) {
			t.Fatalf("mekong: hit %d in teaser = %v, want articles first: %+v", i, h.InTeaser, hits)
		}
	}
}
