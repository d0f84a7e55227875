package data

import (
	"context"
	"errors"
	"reflect"
	"sync"
	"testing"
	"time"

	"parley/app"
)

func TestSaveFileAddsThenIsIdempotent(t *testing.T) {
	s := MustOpenStore(t)
	file := []app.Article{
		article("a.txt", "Le Vietnam et le Japon", "Les deux pays renforcent leur coopération."),
		article("b.txt", "Le Vietnam et Cuba", "Une délégation cubaine à Hanoï."),
	}
	first := mustSave(t, s, file...)
	for i, r := range first {
		if r.Status != app.Added || r.Version != 1 || r.ID == 0 {
			t.Errorf("first import, article %d: %+v", i, r)
		}
	}
	again := mustSave(t, s, file...)
	for i, r := range again {
		if r.Status != app.AlreadyPresent || r.ID != first[i].ID || r.Version != 1 {
			t.Errorf("second import, article %d: %+v, want already present as %d", i, r, first[i].ID)
		}
	}
	if info := mustInfo(t, s); info.Articles != 2 || info.Versions != 2 {
		t.Errorf("after importing twice: %+v", info)
	}
}

func TestSaveFileSameContentTwiceInOneFile(t *testing.T) {
	s := MustOpenStore(t)
	a := article("a.txt", "Titre", "Corps")
	res := mustSave(t, s, a, a)
	if res[0].Status != app.Added || res[1].Status != app.AlreadyPresent || res[1].ID != res[0].ID {
		t.Errorf("results %+v", res)
	}
}

func TestSaveFileNewVersionAtSameKey(t *testing.T) {
	s := MustOpenStore(t)
	ctx := context.Background()
	v1 := article("a.txt", "Entretien à Hanoï", "Première rédaction: le ministre reçoit l'ambassadeur.")
	v1.Teasers = []app.Teaser{{Position: 0, Headline: "Voir plus", Lead: "Autre article", Start: 0, End: 5}}
	r1 := mustSave(t, s, v1)

	v2 := article("a.txt", "Entretien à Hanoï", "Seconde rédaction corrigée: le ministre reçoit l'ambassadrice.")
	r2 := mustSave(t, s, v2)[0]
	if r2.Status != app.NewVersion || r2.Version != 2 || r2.ID == r1[0].ID {
		t.Fatalf("changed file: %+v", r2)
	}
	v3 := article("a.txt", "Entretien à Hanoï", "Troisième rédaction.")
	if r3 := mustSave(t, s, v3)[0]; r3.Status != app.NewVersion || r3.Version != 3 {
		t.Fatalf("second change: %+v", r3)
	}

	list, err := s.Articles(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 1 || list[0].Version != 3 {
		t.Errorf("list shows %+v, want only version 3", list)
	}
	if n := count(t, s, "SELECT count(*) FROM articles WHERE source_key = ? AND latest = 1", v1.SourceKey); n != 1 {
		t.Errorf("%d latest versions", n)
	}
	// Older versions stay readable (codings live on them) but leave search.
	old, err := s.Article(ctx, r1[0].ID)
	if err != nil || old.Version != 1 || len(old.Teasers) != 1 {
		t.Errorf("old version: %+v, %v", old, err)
	}
	if res, _ := s.Search(ctx, searchText("ambassadeur")); len(res.Hits) != 0 {
		t.Errorf("search finds an old version: %+v", res.Hits)
	}
	if res, _ := s.Search(ctx, searchText("autre")); len(res.Hits) != 0 {
		t.Errorf("search finds a teaser of an old version: %+v", res.Hits)
	}
	if res, _ := s.Search(ctx, searchText("troisieme")); len(res.Hits) != 1 {
		t.Errorf("search misses the latest version: %+v", res.Hits)
	}
	if info := mustInfo(t, s); info.Articles != 1 || info.Versions != 3 || info.Teasers != 1 {
		t.Errorf("info %+v", info)
	}
	assertFTSIntegrity(t, s)
}

func TestSaveFileRollsBackWholeFile(t *testing.T) {
	s := MustOpenStore(t)
	ctx := context.Background()
	good := article("a.txt", "Sommet à Vientiane", "Les dirigeants lao et vietnamiens se rencontrent.")
	good.Teasers = []app.Teaser{{Position: 0, Headline: "Coopération", Lead: "Un accord", Start: 0, End: 4}}
	good.Captions = []app.Caption{{Position: 0, Text: "Photo: VNA", Start: 5, End: 9}}
	bad := article("b.txt", "Autre", "Texte quelconque")
	bad.Teasers = []app.Teaser{{Position: 0, Headline: "Rupture", Start: 10, End: 2}} // end before start

	if _, err := s.SaveFile(ctx, []app.Article{good, bad}); err == nil {
		t.Fatal("SaveFile accepted a teaser ending before it starts")
	}
	info := mustInfo(t, s)
	if info.Versions != 0 || info.Teasers != 0 || info.Captions != 0 {
		t.Errorf("after a failed import: %+v", info)
	}
	for _, word := range []string{"vientiane", "cooperation", "rupture"} {
		if res, err := s.Search(ctx, searchText(word)); err != nil || len(res.Hits) != 0 {
			t.Errorf("search %q after a failed import: %v, %v", word, res.Hits, err)
		}
	}
	assertFTSIntegrity(t, s)

	// The same good article alone then imports normally.
	if r := mustSave(t, s, good)[0]; r.Status != app.Added {
		t.Errorf("retry: %+v", r)
	}
}

func TestSaveFileRejectsArticleWithoutIdentity(t *testing.T) {
	s := MustOpenStore(t)
	a := article("a.txt", "Titre", "Corps")
	a.Hash = ""
	if _, err := s.SaveFile(context.Background(), []app.Article{a}); err == nil {
		t.Error("accepted an article without hash")
	}
}

func TestArticleRoundTrip(t *testing.T) {
	s := MustOpenStore(t)
	ctx := context.Background()
	a := article("vna.csv#3", "Le président reçoit l'ambassadeur de Cuba", "Hà Nội, 1er juillet (VNA) – Texte.\nDeuxième ligne.")
	a.Published = mustDate(t, "2020-07")
	a.URL = "https://example.org/a"
	a.Format = "csv"
	a.Meta = map[string]string{"auteur": "VNA", "rubrique": "Politique"}
	a.SearchExtra = "hanoi"
	a.Teasers = []app.Teaser{
		{Position: 1, Caption: "Voir plus", Headline: "Deuxième", Lead: "Chapeau 2", Start: 40, End: 50},
		{Position: 0, Caption: "Voir plus", Headline: "Premier", Lead: "Chapeau 1", Start: 20, End: 30},
	}
	a.Captions = []app.Caption{{Position: 0, Text: "Photo : VNA", Start: 3, End: 8}}
	id := mustSave(t, s, a)[0].ID

	got, err := s.Article(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	want := a
	want.ID, want.Version = id, 1
	want.Teasers = []app.Teaser{a.Teasers[1], a.Teasers[0]} // by position
	if !reflect.DeepEqual(got, want) {
		t.Errorf("round trip:\n got %+v\nwant %+v", got, want)
	}
}

func TestSaveFileStampsMissingImportTime(t *testing.T) {
	s := MustOpenStore(t)
	a := article("a.txt", "Titre", "Corps")
	a.ImportedAt = time.Time{}
	before := time.Now().UTC().Truncate(time.Second)
	id := mustSave(t, s, a)[0].ID
	got, err := s.Article(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	if got.ImportedAt.Before(before) || got.ImportedAt.After(time.Now().Add(time.Second)) || got.ImportedAt.Location() != time.UTC {
		t.Errorf("ImportedAt = %v", got.ImportedAt)
	}
	if info := mustInfo(t, s); !info.LastImport.Equal(got.ImportedAt) {
		t.Errorf("LastImport %v, want %v", info.LastImport, got.ImportedAt)
	}
}

func TestArticleNotFound(t *testing.T) {
	s := MustOpenStore(t)
	if _, err := s.Article(context.Background(), 42); !errors.Is(err, app.ErrNotFound) {
		t.Errorf("err = %v, want app.ErrNotFound", err)
	}
}

func TestArticlesOrderAndSummary(t *testing.T) {
	s := MustOpenStore(t)
	ctx := context.Background()
	mk := func(name, date, body string, teasers int) app.Article {
		a := article(name, "Titre "+name, body)
		if date != "" {
			a.Published = mustDate(t, date)
		}
		for i := range teasers {
			a.Teasers = append(a.Teasers, app.Teaser{Position: i, Headline: "h", Start: i, End: i + 1})
		}
		return a
	}
	mustSave(t, s,
		mk("unknown.txt", "", "sans date", 0),
		mk("day.txt", "2023-07-01", "Hà Nội", 3),
		mk("month.txt", "2023-07", "mois", 0),
		mk("year.txt", "2024", "année", 1),
		mk("day2.txt", "2023-07-01", "même jour, importé après", 0),
	)
	list, err := s.Articles(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var order []string
	for _, a := range list {
		order = append(order, a.Source)
	}
	want := []string{"year.txt", "day2.txt", "day.txt", "month.txt", "unknown.txt"}
	if !reflect.DeepEqual(order, want) {
		t.Errorf("order %v, want %v", order, want)
	}
	day := list[2]
	if day.Chars != 6 || day.Teasers != 3 || day.Published != mustDate(t, "2023-07-01") || day.Lang != "fr" ||
		day.Title != "Titre day.txt" || day.Version != 1 || day.ImportedAt.IsZero() {
		t.Errorf("summary %+v", day) // "Hà Nội" is 6 code points, 9 bytes
	}
	if list[4].Published.Known() {
		t.Errorf("unknown date came back as %v", list[4].Published)
	}
}

func TestFindArticles(t *testing.T) {
	s := MustOpenStore(t)
	ctx := context.Background()
	a := article("000_x.txt", "Un", "premier dossier")
	b := article("000_x.txt", "Deux", "second dossier")
	b.SourceKey = "/autre/000_x.txt"
	mustSave(t, s, a, b, article("autre.txt", "Trois", "rien"))
	a2 := a
	a2.Body, a2.Hash = "premier dossier, corrigé", "changed"
	mustSave(t, s, a2)

	found, err := s.FindArticles(ctx, "000_x.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(found) != 2 {
		t.Fatalf("found %+v, want the latest of both", found)
	}
	for _, f := range found {
		if f.Source != "000_x.txt" || (f.Title == "Un" && f.Version != 2) {
			t.Errorf("found %+v", f)
		}
	}
	if none, err := s.FindArticles(ctx, "absent.txt"); err != nil || len(none) != 0 {
		t.Errorf("absent: %v, %v", none, err)
	}
}

func TestDeleteCascadesToTeasersAndIndex(t *testing.T) {
	// Nothing deletes yet, but later issues will: the schema must keep
	// teasers, captions and both FTS indexes consistent when it happens.
	s := MustOpenStore(t)
	a := article("a.txt", "Rencontre", "Texte sur Cuba")
	a.Teasers = []app.Teaser{{Headline: "Laos", Lead: "Vientiane", Start: 0, End: 1}}
	a.Captions = []app.Caption{{Text: "Photo", Start: 0, End: 1}}
	id := mustSave(t, s, a)[0].ID
	if _, err := s.db.Exec("DELETE FROM articles WHERE id = ?", id); err != nil {
		t.Fatal(err)
	}
	if info := mustInfo(t, s); info.Teasers != 0 || info.Captions != 0 {
		t.Errorf("after delete: %+v", info)
	}
	for _, w := range []string{"cuba", "vientiane"} {
		if res, _ := s.Search(context.Background(), searchText(w)); len(res.Hits) != 0 {
			t.Errorf("%s still found after delete", w)
		}
	}
	assertFTSIntegrity(t, s)
}

func TestReadersDuringWriteAndWriterWaits(t *testing.T) {
	s := MustOpenStore(t)
	ctx := context.Background()
	mustSave(t, s, article("a.txt", "Premier", "Texte visible"))

	// An import in progress holds the write lock...
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tx.Exec(`INSERT INTO articles (source_key, version, hash, source, imported_at, body)
		VALUES ('/k', 1, 'h', 'b.txt', '2026-01-01T00:00:00Z', 'invisible')`); err != nil {
		t.Fatal(err)
	}

	// ...readers go on, on the last committed state, without waiting.
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			start := time.Now()
			list, err := s.Articles(ctx)
			if err != nil || len(list) != 1 {
				t.Errorf("reader during a write: %v, %v", list, err)
			}
			if res, err := s.Search(ctx, searchText("visible")); err != nil || len(res.Hits) != 1 {
				t.Errorf("search during a write: %v, %v", res.Hits, err)
			}
			if d := time.Since(start); d > time.Second {
				t.Errorf("reader waited %v", d)
			}
		}()
	}
	wg.Wait()

	// A second writer waits (busy_timeout) instead of failing, and lands
	// once the first commits.
	done := make(chan error, 1)
	go func() {
		_, err := s.SaveFile(ctx, []app.Article{article("c.txt", "Troisième", "Autre texte")})
		done <- err
	}()
	select {
	case err := <-done:
		t.Fatalf("second writer did not wait: %v", err)
	case <-time.After(200 * time.Millisecond):
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	if err := <-done; err != nil {
		t.Fatalf("second writer after the first committed: %v", err)
	}
	if info := mustInfo(t, s); info.Articles != 3 {
		t.Errorf("info %+v", info)
	}
}

func assertFTSIntegrity(t *testing.T, s *Store) {
	t.Helper()
	for _, q := range []string{
		"INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)",
		"INSERT INTO teasers_fts (teasers_fts, rank) VALUES ('integrity-check', 1)",
	} {
		if _, err := s.db.Exec(q); err != nil {
			t.Errorf("%s: %v", q, err)
		}
	}
}
