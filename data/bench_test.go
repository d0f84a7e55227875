package data

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	"parley/app"
	"parley/assets"
)

// Benchmarks:
//
//	CGO_ENABLED=0 go test -bench 'Import|Bare' -benchtime 2000x -run '^$' ./data/
//	CGO_ENABLED=0 go test -bench 'Search|Articles' -run '^$' ./data/
//
// BenchmarkImport and BenchmarkBareInsert store the same generated articles
// (with their teasers), the first through SaveFile with one transaction per
// article as a real import of text files does, the second as a bare loop of
// prepared INSERTs in one transaction: the floor for this schema and its FTS
// triggers (teaser texts stored once, as SaveFile does). A fixed -benchtime
// count keeps the two comparable, since the cost per article grows a little
// with the index. BenchmarkSearch and BenchmarkArticles use a 10 000-article
// library built once per run (set PARLEY_BENCH_LIBRARY to a file name to
// keep it between runs).

const (
	benchSeed     = 20260301
	benchLibrary  = 10_000
	benchRareWord = "zébrure" // planted in a few articles
)

func BenchmarkImport(b *testing.B) {
	s := MustOpenStore(b)
	ctx := context.Background()
	arts := make([]app.Article, b.N)
	for i := range arts {
		arts[i] = genArticle(benchSeed, i)
	}
	b.ResetTimer()
	for i := range b.N {
		if _, err := s.SaveFile(ctx, arts[i:i+1]); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

func BenchmarkBareInsert(b *testing.B) {
	arts := make([]app.Article, b.N)
	for i := range arts {
		arts[i] = genArticle(benchSeed, i)
	}
	s := MustOpenStore(b)
	b.ResetTimer()
	bareInsert(b, s, arts)
	b.StopTimer()
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkImportFiles measures the whole import of text pages — reading,
// parsing (title, teasers, captions, language, glued words), hashing, one
// transaction per file; then again with the meetings of body and teasers
// found, stored and clustered — next to its baseline in the same run: a bare loop of
// plain INSERTs of the same texts into the same schema. The ratio is the
// figure to watch (target ≤ 2.0), since this machine is shared and noisy.
//
//	CGO_ENABLED=0 go test -bench ImportFiles -benchtime 2000x -run '^$' ./data/
func BenchmarkImportFiles(b *testing.B) {
	ctx := context.Background()
	arts := make([]app.Article, b.N)
	files := fstest.MapFS{}
	for i := range arts {
		arts[i] = genArticle(benchSeed, i)
		files[fmt.Sprintf("vna/%05d.txt", i)] = &fstest.MapFile{Data: genPageFile(arts[i])}
	}
	b.ResetTimer()
	start := time.Now()
	bareInsert(b, MustOpenStore(b), arts)
	bareTime := time.Since(start)

	// The same files twice: text only (a library without the gazetteer),
	// then as Parley imports them, finding meetings too.
	importTime := func(extract bool) time.Duration {
		lib := app.NewLibrary(MustOpenStore(b))
		if extract {
			if err := lib.EnableExtraction(ctx, assets.Gazetteer()); err != nil {
				b.Fatal(err)
			}
		}
		start := time.Now()
		sum, err := lib.ImportFS(ctx, files, "bench:", nil)
		if err != nil || sum.Imported != b.N {
			b.Fatalf("import: %+v %v", sum, err)
		}
		return time.Since(start)
	}
	textTime, meetingsTime := importTime(false), importTime(true)
	b.StopTimer()
	rate := func(d time.Duration) float64 { return float64(b.N) / d.Seconds() }
	b.ReportMetric(rate(bareTime), "bare-articles/s")
	b.ReportMetric(rate(textTime), "text-articles/s")
	b.ReportMetric(textTime.Seconds()/bareTime.Seconds(), "text-ratio")
	b.ReportMetric(rate(meetingsTime), "meetings-articles/s")
	b.ReportMetric(meetingsTime.Seconds()/bareTime.Seconds(), "meetings-ratio")
}

// genPageFile lays a generated article out as the agency's text pages are:
// title, paragraphs, then "Voir plus" and each teaser as caption, headline
// and lead.
func genPageFile(a app.Article) []byte {
	var page strings.Builder
	page.WriteString(a.Title + "\n\n")
	for _, para := range strings.Split(a.Body, "\n") {
		page.WriteString(strings.TrimSpace(para) + "\n\n")
	}
	if len(a.Teasers) > 0 {
		page.WriteString("Voir plus\n\n")
		for _, t := range a.Teasers {
			page.WriteString(t.Headline + ". Photo : VNA\n\n" + t.Headline + "\n\n" + t.Lead + "\n\n")
		}
	}
	return []byte(page.String())
}

// bareInsert is Store.BareInsert for the benchmarks.
func bareInsert(b *testing.B, s *Store, arts []app.Article) {
	if _, err := s.BareInsert(context.Background(), slices.Values(arts)); err != nil {
		b.Fatal(err)
	}
}

var (
	libOnce sync.Once
	libPath string
	libErr  error
)

// benchLibraryPath builds the 10 000-article library once per test binary,
// imported file by file like a real folder import (one SaveFile per
// article), then optimized as after a bulk import.
func benchLibraryPath(b *testing.B) string {
	libOnce.Do(func() {
		ctx := context.Background()
		// PARLEY_BENCH_LIBRARY keeps the built library between runs (it
		// takes about half a minute to build); it is rebuilt if it does not
		// hold the expected articles.
		if libPath = os.Getenv("PARLEY_BENCH_LIBRARY"); libPath != "" {
			if s, err := Open(libPath); err == nil {
				info, err := s.Info(ctx)
				s.Close()
				if err == nil && info.Articles == benchLibrary {
					return
				}
			}
			os.Remove(libPath)
			os.Remove(libPath + "-wal")
			os.Remove(libPath + "-shm")
		} else {
			dir, err := os.MkdirTemp("", "parley-bench-")
			if err != nil {
				libErr = err
				return
			}
			benchCleanup = func() { os.RemoveAll(dir) }
			libPath = filepath.Join(dir, "library.db")
		}
		s, err := Open(libPath)
		if err != nil {
			libErr = err
			return
		}
		defer s.Close()
		start := time.Now()
		for i := range benchLibrary {
			a := genArticle(benchSeed, i)
			if i%1000 == 7 { // ten articles carry the rare word
				a.Body += " Une " + benchRareWord + " a été observée."
			}
			if _, err := s.SaveFile(ctx, []app.Article{a}); err != nil {
				libErr = err
				return
			}
		}
		imported := time.Since(start)
		if err := s.Optimize(ctx); err != nil {
			libErr = err
			return
		}
		st, _ := os.Stat(libPath)
		fmt.Fprintf(os.Stderr, "bench library: %d articles imported in %v, optimized in %v, %.0f MB\n",
			benchLibrary, imported.Round(time.Millisecond), (time.Since(start) - imported).Round(time.Millisecond), float64(st.Size())/1e6)
	})
	if libErr != nil {
		b.Fatal(libErr)
	}
	return libPath
}

var benchCleanup = func() {}

func TestMain(m *testing.M) {
	code := m.Run()
	benchCleanup()
	os.Exit(code)
}

func BenchmarkSearch(b *testing.B) {
	path := benchLibraryPath(b)
	s := MustOpenStoreAt(b, path)
	for _, bc := range []struct{ name, query string }{
		{"common", "coopération"},           // in nearly every article
		{"common-phrase", `"deux parties"`}, // phrase over common words
		{"prefix", "relation*"},
		{"rare", benchRareWord},
	} {
		b.Run(bc.name, func(b *testing.B) {
			benchQuery(b, s, bc.query)
		})
	}
}

func benchQuery(b *testing.B, s *Store, query string) {
	ctx := context.Background()
	q := app.SearchQuery{Text: query, Limit: 20}
	times := make([]time.Duration, 0, b.N)
	var n int
	for b.Loop() {
		start := time.Now()
		res, err := s.Search(ctx, q)
		hits := res.Hits
		times = append(times, time.Since(start))
		if err != nil {
			b.Fatal(err)
		}
		n = len(hits)
	}
	slices.Sort(times)
	ms := func(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
	b.ReportMetric(ms(times[len(times)/2]), "p50-ms")
	b.ReportMetric(ms(times[(len(times)*95)/100]), "p95-ms")
	b.ReportMetric(float64(n), "hits")
}

func BenchmarkArticles(b *testing.B) {
	s := MustOpenStoreAt(b, benchLibraryPath(b))
	ctx := context.Background()
	for b.Loop() {
		list, err := s.Articles(ctx)
		if err != nil || len(list) != benchLibrary {
			b.Fatalf("%d articles, %v", len(list), err)
		}
	}
}

// BenchmarkBrowse is the library list's cost: every id in each order, then
// one screen of rows, beside the full summary listing (BenchmarkArticles).
func BenchmarkBrowse(b *testing.B) {
	s := MustOpenStoreAt(b, benchLibraryPath(b))
	ctx := context.Background()
	for _, sort := range []app.ArticleSort{app.NewestFirst, app.ByTitle} {
		b.Run("ids-"+string(sort), func(b *testing.B) {
			for b.Loop() {
				ids, err := s.BrowseArticles(ctx, app.ArticleQuery{Sort: sort})
				if err != nil || len(ids) != benchLibrary {
					b.Fatalf("%d ids, %v", len(ids), err)
				}
			}
		})
	}
	ids, err := s.BrowseArticles(ctx, app.ArticleQuery{})
	if err != nil {
		b.Fatal(err)
	}
	b.Run("screen-of-60-rows", func(b *testing.B) {
		for b.Loop() {
			if rows, err := s.ArticleRows(ctx, ids[5000:5060], ""); err != nil || len(rows) != 60 {
				b.Fatalf("%d rows, %v", len(rows), err)
			}
		}
	})
}
