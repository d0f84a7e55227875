package data

import (
	"context"
	"fmt"
	"runtime"
	"slices"
	"sync"
	"testing"
	"time"

	"parley/app"
	"parley/app/apptest"
	"parley/assets"
)

// The desktop app reads (search, counts, the list) while an import writes.
// In WAL mode readers never wait for the writer: this test runs readers in
// a loop during a large import with meeting extraction, on the import's own
// Store (as the desktop app shares one) and on a second Store of the same
// file (as a second process would), and requires no error (no "database is
// locked") and no query over slowQuery. make test runs it alone, after the
// other packages' tests, which would otherwise take its two cores:
//
//	CGO_ENABLED=0 go test -run ReadersDuringImport -v ./data/
const (
	concurrentPages = 1500
	slowQuery       = 200 * time.Millisecond
)

// A query that loses its core to another program for a moment is not a
// defect of the library: an attempt with slow queries is repeated once, on
// a new library, and the test fails when both have them (or on any error).
const readerAttempts = 2

func TestReadersDuringImport(t *testing.T) {
	if testing.Short() {
		t.Skip("imports 1,500 pages; not with -short")
	}
	for attempt := 1; ; attempt++ {
		idle, busy, errs := readersDuringImport(t)
		for _, err := range errs[:min(len(errs), 5)] {
			t.Errorf("query failed during the import: %v", err)
		}
		if len(errs) > 0 || t.Failed() {
			return
		}
		t.Logf("attempt %d: without an import: %s", attempt, idle)
		t.Logf("attempt %d: during the import: %s", attempt, busy)
		if busy.over == 0 {
			return
		}
		if runtime.GOOS != "linux" {
			// Elsewhere a background import keeps the normal priority
			// (app/import_priority_other.go), and this test also runs
			// under Wine: only a clear breach fails there.
			if busy.p95 > slowQuery {
				t.Errorf("queries during the import: %s (without the import: %s)", busy, idle)
			}
			return
		}
		if attempt == readerAttempts {
			t.Errorf("%d attempts had queries over %v during the import; the last: %s (without the import: %s)",
				attempt, slowQuery, busy, idle)
			return
		}
	}
}

// readersDuringImport measures the readers' latencies on a new library,
// first alone, then during an import.
func readersDuringImport(t *testing.T) (idle, busy latencies, errs []error) {
	path := apptest.TempDir(t) + "/library.db"
	writer := MustOpenStoreAt(t, path)
	libraryOf := func(s app.Store) *app.Library {
		l := app.NewLibrary(s)
		if err := l.EnableExtraction(context.Background(), assets.Gazetteer()); err != nil {
			t.Fatal(err)
		}
		return l
	}
	importer := libraryOf(writer)
	// A library with something in it already, as the analyst's is.
	if _, err := importer.ImportFS(context.Background(), pageFiles(0, 200), "c:", nil); err != nil {
		t.Fatal(err)
	}
	other := MustOpenStoreAt(t, path)

	ctx, stop := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	type sample struct {
		what string
		took time.Duration
	}
	var mu sync.Mutex
	var samples []sample
	reader := func(name string, l *app.Library) {
		defer wg.Done()
		queries := []struct {
			what string
			run  func() error
		}{
			{"search common word", func() error {
				_, err := l.Search(ctx, app.SearchQuery{Text: "coopération"})
				return err
			}},
			{"search rare word", func() error {
				_, err := l.Search(ctx, app.SearchQuery{Text: "riziculture"})
				return err
			}},
			{"count partners × month", func() error {
				r := app.NewCountRequest()
				r.By = app.ByMonth
				_, err := l.Counts(ctx, r)
				return err
			}},
			{"library info", func() error {
				_, err := l.Store.Info(ctx)
				return err
			}},
		}
		for i := 0; ctx.Err() == nil; i++ {
			q := queries[i%len(queries)]
			start := time.Now()
			err := q.run()
			took := time.Since(start)
			if ctx.Err() != nil {
				return // the import ended during this query
			}
			mu.Lock()
			samples = append(samples, sample{name + ": " + q.what, took})
			if err != nil {
				errs = append(errs, fmt.Errorf("%s: %s: %w", name, q.what, err))
			}
			mu.Unlock()
			time.Sleep(5 * time.Millisecond) // an analyst's pace, not a benchmark's
		}
	}
	// The same readers with no import first: what this machine gives
	// them now, since other work may load its cores.
	wg.Add(2)
	go reader("same Store", app.NewLibrary(writer))
	go reader("second Store", app.NewLibrary(other))
	time.Sleep(4 * time.Second)
	stop()
	wg.Wait()
	idle = summarize(samples, func(s sample) time.Duration { return s.took })
	samples, errs = nil, nil
	ctx, stop = context.WithCancel(context.Background())
	defer stop()

	wg.Add(2)
	go reader("same Store", app.NewLibrary(writer))
	go reader("second Store", app.NewLibrary(other))

	// As in the desktop app, the import runs in the background.
	importer.Background = true
	start := time.Now()
	sum, err := importer.ImportFS(context.Background(), pageFiles(200, concurrentPages), "c:", nil)
	importTime := time.Since(start)
	stop()
	wg.Wait()
	if err != nil || sum.Imported != concurrentPages {
		t.Fatalf("import during the reads: %+v, %v", sum, err)
	}
	if len(samples) < 50 {
		t.Fatalf("only %d queries ran during a %v import", len(samples), importTime)
	}
	busy = summarize(samples, func(s sample) time.Duration { return s.took })
	t.Logf("import of %d pages: %v", concurrentPages, importTime.Round(time.Millisecond))
	for _, s := range samples {
		if s.took > slowQuery {
			t.Logf("slow: %s took %v", s.what, s.took)
		}
	}
	return idle, busy, errs
}

type latencies struct {
	n             int
	p50, p95, max time.Duration
	over          int // over slowQuery
}

func (l latencies) String() string {
	return fmt.Sprintf("%d queries, p50 %v, p95 %v, max %v, %d over %v",
		l.n, l.p50.Round(time.Microsecond*100), l.p95.Round(time.Microsecond*100), l.max.Round(time.Millisecond), l.over, slowQuery)
}

func summarize[S any](samples []S, took func(S) time.Duration) latencies {
	d := make([]time.Duration, len(samples))
	l := latencies{n: len(samples)}
	for i, s := range samples {
		d[i] = took(s)
		if d[i] > slowQuery {
			l.over++
		}
	}
	if len(d) == 0 {
		return l
	}
	slices.Sort(d)
	l.p50, l.p95, l.max = d[len(d)/2], d[len(d)*95/100], d[len(d)-1]
	return l
}
