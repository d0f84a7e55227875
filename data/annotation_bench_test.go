package data

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"parley/app"
	"parley/app/apptest"
)

// benchPassages and benchCodes shape the annotated library of the issue-6
// targets: 50 000 passages on the 10 000 articles of benchLibraryPath, over
// 20 codes (2 500 segments a code).
const (
	benchPassages = 50_000
	benchCodes    = 20
)

// annotatedBenchStore copies the shared bench library (other benchmarks
// read it unchanged) and codes 50 000 passages into the copy in one
// transaction.
func annotatedBenchStore(b *testing.B) *Store {
	src, err := os.Open(benchLibraryPath(b))
	if err != nil {
		b.Fatal(err)
	}
	defer src.Close()
	path := filepath.Join(apptest.TempDir(b), "annotated.db")
	dst, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	if _, err := io.Copy(dst, src); err != nil {
		b.Fatal(err)
	}
	dst.Close()
	s := MustOpenStoreAt(b, path)
	ctx := context.Background()
	lib := app.NewLibrary(s)
	for i := range benchCodes {
		if _, err := lib.AddCode(ctx, "code "+strconv.Itoa(i), "", "", ""); err != nil {
			b.Fatal(err)
		}
	}
	tx, err := s.db.Begin()
	if err != nil {
		b.Fatal(err)
	}
	if _, err := tx.Exec(`INSERT INTO coders (name) VALUES ('bench'), ('bench2')`); err != nil {
		b.Fatal(err)
	}
	// Passage i: article i/5, 40 code points at 100*(i%5), code i%20, coder
	// 1 + i%2 (so two coders can be compared), with 200 code points around
	// it standing for its sentence, as a coding through the use case stores.
	if _, err := tx.Exec(`WITH RECURSIVE n (i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < ?)
		INSERT INTO passages (article_id, start, "end", quote, code_id, coder_id, created_at, context)
		SELECT a.id, 100 * (n.i % 5), 100 * (n.i % 5) + 40, substr(a.body, 100 * (n.i % 5) + 1, 40),
			1 + n.i % ?, 1 + n.i % 2, '2026-01-01T00:00:00Z', substr(a.body, max(100 * (n.i % 5) - 80, 0) + 1, 200)
		FROM n JOIN articles a ON a.id = 1 + n.i / 5`, benchPassages, benchCodes); err != nil {
		b.Fatal(err)
	}
	if err := tx.Commit(); err != nil {
		b.Fatal(err)
	}
	if n := count(b, s, `SELECT count(*) FROM passages`); n != benchPassages {
		b.Fatalf("%d passages, want %d", n, benchPassages)
	}
	return s
}

// BenchmarkAnnotation measures the issue-6 targets through the use cases:
// coding one passage then undoing it (each < 5 ms), listing one code's
// segments with their sentences (< 50 ms), and the agreement of two coders
// over the whole library, loading included (< 1 s).
func BenchmarkAnnotation(b *testing.B) {
	s := annotatedBenchStore(b)
	lib := app.NewLibrary(s)
	ctx := context.Background()
	b.Run("code", func(b *testing.B) {
		i := 0
		for b.Loop() {
			i++
			if _, err := lib.CodePassage(ctx, app.CodingRequest{Article: strconv.Itoa(1 + i%9000), Start: 7, End: 30,
				Code: "code 3", Coder: "bench"}); err != nil {
				b.Fatal(err)
			}
			b.StopTimer()
			if _, err := s.Undo(ctx); err != nil {
				b.Fatal(err)
			}
			b.StartTimer()
		}
	})
	b.Run("undo", func(b *testing.B) {
		i := 0
		for b.Loop() {
			i++
			b.StopTimer()
			if _, err := lib.CodePassage(ctx, app.CodingRequest{Article: strconv.Itoa(1 + i%9000), Start: 7, End: 30,
				Code: "code 3", Coder: "bench"}); err != nil {
				b.Fatal(err)
			}
			b.StartTimer()
			if _, err := s.Undo(ctx); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("agreement-library", func(b *testing.B) {
		for b.Loop() {
			r, err := lib.Agreement(ctx, app.AgreementRequest{Coders: []string{"bench", "bench2"}})
			if err != nil {
				b.Fatal(err)
			}
			if len(r.Codes) != benchCodes {
				b.Fatalf("%d codes compared", len(r.Codes))
			}
		}
	})
	b.Run("segments-with-context", func(b *testing.B) {
		var n int
		for b.Loop() {
			ps, err := lib.ListPassages(ctx, app.PassageQuery{Code: "code 7", Context: true})
			if err != nil {
				b.Fatal(err)
			}
			n = len(ps)
		}
		b.ReportMetric(float64(n), "segments")
	})
}
