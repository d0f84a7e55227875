package data

import (
	"context"
	"strings"
	"testing"

	"parley/app"
)

// A batch is written without savepoints first; a file that fails makes the
// batch be written again file by file. Either way the failing file must be
// undone alone, index included, and the others must land.
func TestSaveFilesUndoesOnlyTheFailingFile(t *testing.T) {
	s := MustOpenStore(t)
	ctx := context.Background()
	bad := article("bad-2.txt", "Rencontre avec l'ambassadeur", "Un texte unique: xylophonique.")
	// A partner code of two letters breaks the meetings table's CHECK: the
	// file fails at the store, after its first article was written.
	bad.Meetings = []app.Meeting{{Partner: "XX", EvidenceStart: 0, EvidenceEnd: 5, Evidence: "Un te"}}
	files := [][]app.Article{
		{article("ok-1.txt", "Le Vietnam et le Japon", "Coopération maritime renforcée.")},
		{article("bad-1.txt", "Avant la faute", "Ce texte parle de zythologie."), bad},
		{article("ok-2.txt", "Le Vietnam et Cuba", "Une délégation cubaine à Hanoï.")},
	}
	saved, err := s.SaveFiles(ctx, files)
	if err != nil {
		t.Fatal(err)
	}
	if len(saved) != 3 {
		t.Fatalf("%d results for 3 files", len(saved))
	}
	for _, f := range []int{0, 2} {
		if saved[f].Err != nil || len(saved[f].Results) != 1 || saved[f].Results[0].Status != app.Added {
			t.Errorf("file %d: %+v", f, saved[f])
		}
	}
	if saved[1].Err == nil || !strings.Contains(saved[1].Err.Error(), "article 2 of 2 (bad-2.txt)") {
		t.Errorf("failing file: %v, want an error naming its second article", saved[1].Err)
	}
	if saved[1].Results != nil {
		t.Errorf("failing file has results %+v", saved[1].Results)
	}
	if info := mustInfo(t, s); info.Articles != 2 {
		t.Errorf("%d articles stored, want the 2 of the good files", info.Articles)
	}
	if n := count(t, s, `SELECT count(*) FROM articles WHERE source LIKE 'bad-%'`); n != 0 {
		t.Errorf("%d articles of the failing file stored", n)
	}
	if n := count(t, s, `SELECT count(*) FROM meetings`); n != 0 {
		t.Errorf("%d meetings stored", n)
	}
	for word, want := range map[string]int{"zythologie": 0, "xylophonique": 0, "maritime": 1, "cubaine": 1} {
		if n := count(t, s, `SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?`, word); n != want {
			t.Errorf("search index: %q found in %d articles, want %d", word, n, want)
		}
	}
	assertFTSIntegrity(t, s)

	// The next batch, with no failure, lands whole.
	again, err := s.SaveFiles(ctx, [][]app.Article{{article("bad-1.txt", "Avant la faute", "Ce texte parle de zythologie.")}})
	if err != nil || again[0].Err != nil || again[0].Results[0].Status != app.Added {
		t.Fatalf("the good part alone: %+v, %v", again, err)
	}
	if n := count(t, s, `SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'zythologie'`); n != 1 {
		t.Errorf("after storing it alone, found in %d articles", n)
	}
	assertFTSIntegrity(t, s)
}
