package data

import (
	"context"
	"database/sql"
	"parley/app"
	"parley/app/apptest"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestMigrationsAreNumberedInStep(t *testing.T) {
	ms, err := loadMigrations()
	if err != nil {
		t.Fatal(err)
	}
	if len(ms) != LatestSchemaVersion || ms[len(ms)-1].version != LatestSchemaVersion {
		t.Fatalf("%d migrations, LatestSchemaVersion %d", len(ms), LatestSchemaVersion)
	}
}

// openAtVersion makes a library at schema version k (1 <= k), as an older
// Parley would have left it, and returns it open. It uses the same migrate
// code as Open with a lower target, so it works for any number of
// migrations. The store's statements are those of this build, so the old
// library gets its rows through oldArticle's plain SQL, which every
// version's articles table accepts.
func openAtVersion(t *testing.T, path string, k int) *Store {
	t.Helper()
	db, err := sql.Open("sqlite", fileURI(path, rwParams))
	if err != nil {
		t.Fatal(err)
	}
	if err := migrate(context.Background(), db, path, k); err != nil {
		t.Fatalf("migrating to %d: %v", k, err)
	}
	return &Store{db: db, path: path, save: &saveStmts{}}
}

// oldArticle inserts an article with the columns of schema version 1.
func oldArticle(t *testing.T, s *Store, a app.Article) int64 {
	t.Helper()
	res, err := s.db.Exec(`INSERT INTO articles (source_key, version, hash, source, title, lang,
		format, imported_at, body, page) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?)`,
		a.SourceKey, a.Hash, a.Source, a.Title, a.Lang, a.Format, formatTime(a.ImportedAt), a.Body, a.Page)
	if err != nil {
		t.Fatal(err)
	}
	id, err := res.LastInsertId()
	if err != nil {
		t.Fatal(err)
	}
	return id
}

func TestUpgradeFromEveryOlderVersion(t *testing.T) {
	for k := 1; k < LatestSchemaVersion; k++ {
		path := filepath.Join(apptest.TempDir(t), "library.db")
		old := openAtVersion(t, path, k)
		if v, _ := old.SchemaVersion(context.Background()); v != k {
			t.Fatalf("old library at version %d, want %d", v, k)
		}
		id := oldArticle(t, old, article("ancien.txt", "Visite à Hanoï", "Le ministre a reçu son homologue."))
		if err := old.Close(); err != nil {
			t.Fatal(err)
		}

		s := MustOpenStoreAt(t, path)
		ctx := context.Background()
		if v, _ := s.SchemaVersion(ctx); v != LatestSchemaVersion {
			t.Errorf("from %d: upgraded to %d, want %d", k, v, LatestSchemaVersion)
		}
		a, err := s.Article(ctx, id)
		if err != nil || a.Title != "Visite à Hanoï" {
			t.Errorf("from %d: row lost: %+v, %v", k, a, err)
		}
		// Search still works on rows indexed by the old schema.
		if res, err := s.Search(ctx, searchText("homologue")); err != nil || len(res.Hits) != 1 {
			t.Errorf("from %d: search after upgrade: %v, %v", k, res.Hits, err)
		}

		backups, _ := filepath.Glob(path + ".backup-*.db")
		if len(backups) != 1 {
			t.Fatalf("from %d: backups %v, want one", k, backups)
		}
		name := filepath.Base(backups[0])
		if _, err := time.Parse("20060102-150405", strings.TrimSuffix(strings.TrimPrefix(name, "library.db.backup-"), ".db")); err != nil {
			t.Errorf("backup name %s: %v", name, err)
		}
		// The backup is the old library, complete and at its old version.
		b, err := sql.Open("sqlite", fileURI(backups[0], "mode=ro"))
		if err != nil {
			t.Fatal(err)
		}
		var v, n int
		b.QueryRow("PRAGMA user_version").Scan(&v)
		b.QueryRow("SELECT count(*) FROM articles").Scan(&n)
		b.Close()
		if v != k || n != 1 {
			t.Errorf("from %d: backup at version %d with %d articles", k, v, n)
		}
	}
}

func TestMigration2NarrowsUpdateTriggers(t *testing.T) {
	s := MustOpenStore(t)
	var trig string
	if err := s.db.QueryRow(`SELECT sql FROM sqlite_schema WHERE name = 'articles_au'`).Scan(&trig); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(trig, "UPDATE OF title, body, search_extra") {
		t.Errorf("articles_au = %s", trig)
	}
}

func TestBackupNameDoesNotOverwrite(t *testing.T) {
	path := filepath.Join(apptest.TempDir(t), "library.db")
	s := MustOpenStoreAt(t, path)
	ctx := context.Background()
	now := time.Date(2026, 11, 3, 14, 5, 9, 0, time.Local)
	first, err := backup(ctx, s.db, path, now)
	if err != nil {
		t.Fatal(err)
	}
	second, err := backup(ctx, s.db, path, now)
	if err != nil {
		t.Fatal(err)
	}
	if first != path+".backup-20261103-140509.db" || second != path+".backup-20261103-140509-2.db" {
		t.Errorf("backups %s, %s", first, second)
	}
}
