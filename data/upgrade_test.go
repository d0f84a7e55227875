package data

import (
	"bytes"
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"flag"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"parley/app"
	"parley/app/apptest"
	"parley/app/ingest"
	"parley/assets"
)

var update = flag.Bool("update", false, "rewrite testdata/schema-v1/library.db (a library of the first schema version)")

// schemaV1Library is a small library made by the first schema version only
// (migration 0001), as the first Parley left it: eight demo pages with their
// teasers and captions. TestWriteSchemaV1Library makes it with -update.
const schemaV1Library = "../testdata/schema-v1/library.db"

// schemaV1Articles is how many demo pages the file holds.
const schemaV1Articles = 8

// TestWriteSchemaV1Library rewrites the committed schema-1 library when run
// with -update:
//
//	CGO_ENABLED=0 go test -run WriteSchemaV1Library -update ./data/
//
// It applies migration 0001 alone and writes the rows with the columns of
// that schema, so the file is what the first version stored, whatever the
// code of today does.
func TestWriteSchemaV1Library(t *testing.T) {
	if !*update {
		t.Skip("run with -update to rewrite " + schemaV1Library)
	}
	tmp := filepath.Join(apptest.TempDir(t), "library.db")
	db, err := sql.Open("sqlite", fileURI(tmp, rwParams))
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if err := migrate(ctx, db, tmp, 1); err != nil {
		t.Fatal(err)
	}
	names, err := fs.Glob(assets.Demo(), "*.txt")
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(names)
	imported := time.Date(2025, 6, 1, 8, 0, 0, 0, time.UTC)
	for _, name := range names[:schemaV1Articles] {
		raw, err := fs.ReadFile(assets.Demo(), name)
		if err != nil {
			t.Fatal(err)
		}
		docs, err := ingest.Parse(name, raw)
		if err != nil || len(docs) != 1 {
			t.Fatalf("%s: %d documents, %v", name, len(docs), err)
		}
		writeV1Article(t, db, docs[0], name, imported)
	}
	// A compact file, with no WAL beside it, is what gets committed.
	if _, err := db.Exec("VACUUM"); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(tmp)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Dir(schemaV1Library), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(schemaV1Library, raw, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("wrote %s (%d bytes)", schemaV1Library, len(raw))
}

// writeV1Article inserts one parsed page with the SQL of schema 1.
func writeV1Article(t *testing.T, db *sql.DB, d ingest.Document, name string, imported time.Time) {
	t.Helper()
	a := app.Article{Page: d.Page}
	a.Hash = hashPage(d.Page)
	published, err := app.ParseDate(d.Published)
	if err != nil {
		t.Fatal(err)
	}
	date, precision := dateColumns(published)
	res, err := db.Exec(`INSERT INTO articles (source_key, version, hash, source, title, lang,
		published, published_precision, format, chars, imported_at, search_extra, body, page)
		VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		"demo:"+name, a.Hash, name, d.Title, d.Lang, date, precision, d.Format,
		len([]rune(d.Body)), formatTime(imported), d.SearchExtra, d.Body, d.Page)
	if err != nil {
		t.Fatal(err)
	}
	id, _ := res.LastInsertId()
	for i, tz := range d.Teasers {
		if _, err := db.Exec(`INSERT INTO teaser_texts (headline, lead) VALUES (?, ?) ON CONFLICT DO NOTHING`, tz.Headline, tz.Lead); err != nil {
			t.Fatal(err)
		}
		if _, err := db.Exec(`INSERT INTO teasers (article_id, text_id, position, caption, start, "end")
			SELECT ?, id, ?, ?, ?, ? FROM teaser_texts WHERE headline = ? AND lead = ?`,
			id, i, tz.Caption, tz.Start, tz.End, tz.Headline, tz.Lead); err != nil {
			t.Fatal(err)
		}
	}
	for i, c := range d.Captions {
		if _, err := db.Exec(`INSERT INTO captions (article_id, position, text, start, "end") VALUES (?, ?, ?, ?, ?)`,
			id, i, c.Text, c.Start, c.End); err != nil {
			t.Fatal(err)
		}
	}
}

// copySchemaV1 puts a copy of the committed schema-1 library in a fresh
// folder (Open migrates in place) and returns its path and bytes.
func copySchemaV1(t *testing.T) (string, []byte) {
	t.Helper()
	raw, err := os.ReadFile(schemaV1Library)
	if err != nil {
		t.Fatalf("the schema-1 library is committed in testdata (rewrite it with -update): %v", err)
	}
	path := filepath.Join(apptest.TempDir(t), "library.db")
	if err := os.WriteFile(path, raw, 0o644); err != nil {
		t.Fatal(err)
	}
	return path, raw
}

// v1Snapshot is what the schema-1 file holds, read without changing it.
type v1Snapshot struct {
	version, articles, teasers, captions int
	hashes                               map[int64]string // article id -> hash
}

func readV1Snapshot(t *testing.T, path string) v1Snapshot {
	t.Helper()
	db, err := sql.Open("sqlite", fileURI(path, "mode=ro"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	s := v1Snapshot{hashes: map[int64]string{}}
	if err := db.QueryRow(`SELECT (SELECT user_version FROM pragma_user_version),
		(SELECT count(*) FROM articles), (SELECT count(*) FROM teasers), (SELECT count(*) FROM captions)`).
		Scan(&s.version, &s.articles, &s.teasers, &s.captions); err != nil {
		t.Fatal(err)
	}
	rows, err := db.Query(`SELECT id, hash FROM articles`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var h string
		if err := rows.Scan(&id, &h); err != nil {
			t.Fatal(err)
		}
		s.hashes[id] = h
	}
	return s
}

func TestOpenUpgradesTheFirstSchemaLibrary(t *testing.T) {
	path, _ := copySchemaV1(t)
	before := readV1Snapshot(t, path)
	if before.version != 1 || before.articles != schemaV1Articles || before.teasers == 0 {
		t.Fatalf("committed schema-1 library: %+v", before)
	}

	s := MustOpenStoreAt(t, path)
	ctx := context.Background()
	if v, err := s.SchemaVersion(ctx); err != nil || v != LatestSchemaVersion {
		t.Fatalf("schema after Open: %d, %v; want %d", v, err, LatestSchemaVersion)
	}
	if ok := integrityCheck(t, s.db); ok != "ok" {
		t.Fatalf("integrity_check after the upgrade: %s", ok)
	}

	// Every article, teaser and caption survived, each article whole.
	info := mustInfo(t, s)
	if info.Articles != before.articles || info.Teasers != before.teasers || info.Captions != before.captions {
		t.Errorf("after upgrade: %d articles, %d teasers, %d captions; the schema-1 file held %d, %d, %d",
			info.Articles, info.Teasers, info.Captions, before.articles, before.teasers, before.captions)
	}
	for id, hash := range before.hashes {
		a, err := s.Article(ctx, id)
		if err != nil {
			t.Fatalf("article %d after upgrade: %v", id, err)
		}
		if a.Hash != hash || hashPage(a.Page) != hash {
			t.Errorf("article %d (%s): page no longer matches its hash", id, a.Source)
		}
		// Search works on the index the first schema built: each title's
		// longest word finds its article.
		word := longestWord(a.Title)
		res, err := s.Search(ctx, app.SearchQuery{Text: word, Limit: 50})
		hits := res.Hits
		if err != nil {
			t.Fatalf("search %q: %v", word, err)
		}
		if !hasArticle(hits, id) {
			t.Errorf("search %q after upgrade does not find article %d (%s)", word, id, a.Title)
		}
	}

	// The upgrade took a backup holding the schema-1 library as it was.
	backups, _ := filepath.Glob(path + ".backup-*.db")
	if len(backups) != 1 {
		t.Fatalf("backups %v, want one", backups)
	}
	old := readV1Snapshot(t, backups[0])
	if old.version != 1 || old.articles != before.articles || old.teasers != before.teasers || old.captions != before.captions {
		t.Errorf("backup %s holds %+v, want the schema-1 library %+v", backups[0], old, before)
	}

	// A library written today still takes an import after the upgrade.
	mustSave(t, s, article("apres.txt", "Après la mise à niveau", "Le zébu a été importé après la migration."))
	if res, err := s.Search(ctx, searchText("zébu")); err != nil || len(res.Hits) != 1 {
		t.Errorf("search a new article after upgrade: %v, %v", res.Hits, err)
	}
}

func TestFailedMigrationLeavesTheFileUntouched(t *testing.T) {
	path, original := copySchemaV1(t)

	// The last migration does its work, then fails on its last statement.
	real := migrations
	t.Cleanup(func() { migrations = real })
	migrations = func() ([]migration, error) {
		ms, err := real()
		if err != nil {
			return nil, err
		}
		last := &ms[len(ms)-1]
		last.sql += "\nCREATE TABLE articles (broken INTEGER);"
		return ms, nil
	}

	s, err := Open(path)
	if err == nil {
		s.Close()
		t.Fatal("Open succeeded with a failing migration")
	}
	msg := err.Error()
	for _, want := range []string{path, "rolled back", "not changed", "already exists"} {
		if !strings.Contains(msg, want) {
			t.Errorf("error %q does not say %q", msg, want)
		}
	}
	after, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(after, original) {
		t.Errorf("the library file changed although the upgrade failed (%d bytes, was %d)", len(after), len(original))
	}
	for _, side := range []string{"-wal", "-shm", "-journal"} {
		if _, err := os.Stat(path + side); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("%s left beside the library: %v", path+side, err)
		}
	}

	// With the real migrations the same file upgrades.
	migrations = real
	s = MustOpenStoreAt(t, path)
	if v, _ := s.SchemaVersion(context.Background()); v != LatestSchemaVersion {
		t.Errorf("upgrade after the failed one: schema %d, want %d", v, LatestSchemaVersion)
	}
	if info := mustInfo(t, s); info.Articles != schemaV1Articles {
		t.Errorf("upgrade after the failed one: %d articles, want %d", info.Articles, schemaV1Articles)
	}
}

func integrityCheck(t *testing.T, db *sql.DB) string {
	t.Helper()
	var res string
	if err := db.QueryRow("PRAGMA integrity_check").Scan(&res); err != nil {
		t.Fatal(err)
	}
	return res
}

func longestWord(s string) string {
	best := ""
	for _, w := range strings.FieldsFunc(s, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 0x7f)
	}) {
		if len([]rune(w)) > len([]rune(best)) {
			best = w
		}
	}
	return best
}

func hasArticle(hits []app.SearchHit, id int64) bool {
	for _, h := range hits {
		if h.ArticleID == id && !h.InTeaser {
			return true
		}
	}
	return false
}

// hashPage is an article's Hash as the importer computes it (app/import.go):
// the SHA-256 of its normalised page.
func hashPage(page string) string {
	sum := sha256.Sum256([]byte(page))
	return hex.EncodeToString(sum[:])
}
