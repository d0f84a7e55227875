package data

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"parley/app"
	"parley/app/apptest"
)

// MustOpenStore opens a new library in tb's temporary folder and closes it
// when the test ends.
func MustOpenStore(tb testing.TB) *Store {
	tb.Helper()
	return MustOpenStoreAt(tb, filepath.Join(apptest.TempDir(tb), "library.db"))
}

// MustOpenStoreAt opens the library at path and closes it when the test ends.
func MustOpenStoreAt(tb testing.TB, path string) *Store {
	tb.Helper()
	s, err := Open(path)
	if err != nil {
		tb.Fatalf("Open(%s): %v", path, err)
	}
	tb.Cleanup(func() {
		if err := s.Close(); err != nil {
			tb.Errorf("Close: %v", err)
		}
	})
	return s
}

// article builds an article whose Hash is the SHA-256 of its page, as the
// importer makes it.
func article(source, title, body string) app.Article {
	page := title + "\n\n" + body
	sum := sha256.Sum256([]byte(page))
	return app.Article{
		Source:     source,
		SourceKey:  "/corpus/" + source,
		Hash:       hex.EncodeToString(sum[:]),
		Title:      title,
		Body:       body,
		Page:       page,
		Lang:       "fr",
		Format:     "text",
		ImportedAt: time.Date(2026, 3, 1, 9, 30, 0, 0, time.UTC),
	}
}

func mustSave(tb testing.TB, s *Store, arts ...app.Article) []app.SaveResult {
	tb.Helper()
	res, err := s.SaveFile(context.Background(), arts)
	if err != nil {
		tb.Fatalf("SaveFile: %v", err)
	}
	if len(res) != len(arts) {
		tb.Fatalf("SaveFile: %d results for %d articles", len(res), len(arts))
	}
	return res
}

func mustInfo(tb testing.TB, s *Store) app.LibraryInfo {
	tb.Helper()
	info, err := s.Info(context.Background())
	if err != nil {
		tb.Fatalf("Info: %v", err)
	}
	return info
}

// count runs a count(*)-like query; for checking tables the API hides (FTS).
func count(tb testing.TB, s *Store, query string, args ...any) int {
	tb.Helper()
	var n int
	if err := s.db.QueryRow(query, args...).Scan(&n); err != nil {
		tb.Fatalf("%s: %v", query, err)
	}
	return n
}

func mustDate(tb testing.TB, s string) app.Date {
	tb.Helper()
	d, err := app.ParseDate(s)
	if err != nil {
		tb.Fatal(err)
	}
	return d
}

func ids(hits []app.SearchHit) string {
	out := ""
	for _, h := range hits {
		out += fmt.Sprintf("%d%s ", h.ArticleID, map[bool]string{true: "t", false: ""}[h.InTeaser])
	}
	return out
}

func searchText(text string) app.SearchQuery { return app.SearchQuery{Text: text} }
