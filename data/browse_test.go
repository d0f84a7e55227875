package data

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"parley/app"
)

// browseLibrary holds four articles: two dated, one by month, one undated;
// a meeting with the US in "b", a rejected one with Japan in "c", and a
// coded passage in "d" made in a session.
func browseLibrary(t *testing.T) (*Store, *app.Library, map[string]int64, app.Code, app.Session) {
	t.Helper()
	s := MustOpenStore(t)
	ctx := context.Background()
	arts := []app.Article{
		article("a.txt", "Zèbre et coopération", "Hanoï et Tokyo parlent de commerce."),
		article("b.txt", "accord avec Washington", "Le ministre a reçu son homologue américain."),
		article("c.txt", "Économie", "Le commerce avec le Japon progresse."),
		article("d.txt", "Bilan", "Rien sur le commerce ici, mais un bilan."),
	}
	arts[0].Published = mustDate(t, "2021-05-04")
	arts[1].Published = mustDate(t, "2023-01-10")
	arts[2].Published = mustDate(t, "2022-07")
	arts[1].Meetings = []app.Meeting{testMeeting("USA", 0)}
	rejected := testMeeting("JPN", 0)
	rejected.Status = app.Rejected
	arts[2].Meetings = []app.Meeting{rejected}
	ids := map[string]int64{}
	for i, r := range mustSave(t, s, arts...) {
		ids[arts[i].Source] = r.ID
	}
	lib := app.NewLibrary(s)
	code := must[app.Code](t)(lib.AddCode(ctx, "bilan", "", "", ""))
	sess := must[app.Session](t)(lib.StartSession(ctx, "lecture", "anne", ""))
	must[app.Passage](t)(lib.CodePassage(ctx, app.CodingRequest{Article: "d.txt", Quote: "bilan", Code: "bilan", Coder: "anne"}))
	return s, lib, ids, code, sess
}

func TestBrowseFiltersAndOrders(t *testing.T) {
	s, _, id, code, sess := browseLibrary(t)
	ctx := context.Background()
	name := map[int64]string{}
	for k, v := range id {
		name[v] = k[:1]
	}
	for _, c := range []struct {
		q    app.ArticleQuery
		want string
	}{
		{app.ArticleQuery{}, "bcad"}, // newest first, unknown last
		{app.ArticleQuery{Sort: app.OldestFirst}, "acbd"},
		{app.ArticleQuery{Sort: app.ByTitle}, "bdca"}, // accord, Bilan, Économie, Zèbre
		{app.ArticleQuery{Partner: "USA"}, "b"},
		{app.ArticleQuery{Partner: "JPN"}, ""}, // its only meeting is rejected
		{app.ArticleQuery{From: "2022-01-01", To: "2022-12-31"}, "c"},
		{app.ArticleQuery{From: "2022-01-01"}, "bc"},
		{app.ArticleQuery{CodeID: code.ID}, "d"},
		{app.ArticleQuery{SessionID: sess.ID}, "d"},
		{app.ArticleQuery{Text: "commerce"}, "cad"},
		{app.ArticleQuery{Text: "commerce", Sort: app.OldestFirst}, "acd"},
		{app.ArticleQuery{Text: "commerce", CodeID: code.ID}, "d"},
	} {
		got, err := s.BrowseArticles(ctx, c.q)
		if err != nil {
			t.Fatalf("%+v: %v", c.q, err)
		}
		s := ""
		for _, g := range got {
			s += name[g]
		}
		if s != c.want {
			t.Errorf("%+v: got %q, want %q", c.q, s, c.want)
		}
	}
}

func TestBrowseRefusesBadInput(t *testing.T) {
	s := MustOpenStore(t)
	ctx := context.Background()
	var qe *app.QueryError
	if _, err := s.BrowseArticles(ctx, app.ArticleQuery{Text: `"unbalanced`}); !errors.As(err, &qe) {
		t.Errorf("malformed query: %v, want a QueryError", err)
	}
	if _, err := s.BrowseArticles(ctx, app.ArticleQuery{Sort: "size"}); err == nil {
		t.Error("unknown sort accepted")
	}
}

func TestArticleRowsKeepOrderCountsAndSnippets(t *testing.T) {
	s, _, id, _, _ := browseLibrary(t)
	ctx := context.Background()
	rows, err := s.ArticleRows(ctx, []int64{id["d.txt"], id["b.txt"], 9999, id["c.txt"]}, "commerce")
	if err != nil {
		t.Fatal(err)
	}
	got := ""
	for _, r := range rows {
		got += fmt.Sprintf("%s m%d c%d %q|", r.Source, r.Meetings, r.Codes, r.Snippet)
	}
	want := `d.txt m0 c1 "Rien sur le [commerce] ici, mais un bilan."|b.txt m1 c0 ""|c.txt m0 c0 "Le [commerce] avec le Japon progresse."|`
	if got != want {
		t.Errorf("rows:\n got %s\nwant %s", got, want)
	}
}
