package data

import (
	"context"
	"fmt"
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
// locked") and no slow query.
//
//	CGO_ENABLED=0 go test -run ReadersDuringImport -v ./data/
const (
	concurrentPages = 1500
	slowQuery       = 200 * time.Millisecond
)

func TestReadersDuringImport(t *testing.T) {
	if testing.Short() {
		t.Skip("imports 1,500 pages; not with -short")
	}
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
	var errs []error
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
	idle := summarize(samples, func(s sample) time.Duration { return s.took })
	t.Logf("without an import: %s", idle)
	samples, errs = nil, nil
	ctx, stop = context.WithCancel(context.Background())
	defer stop()

	wg.Add(2)
	go reader("same Store", app.NewLibrary(writer))
	go reader("second Store", app.NewLibrary(other))

	start := time.Now()
	sum, err := importer.ImportFS(context.Background(), pageFiles(200, concurrentPages), "c:", nil)
	importTime := time.Since(start)
	stop()
	wg.Wait()
	if err != nil || sum.Imported != concurrentPages {
		t.Fatalf("import during the reads: %+v, %v", sum, err)
	}

	for _, err := range errs[:min(len(errs), 5)] {
		t.Errorf("query failed during the import: %v", err)
	}
	if len(samples) < 50 {
		t.Fatalf("only %d queries ran during a %v import", len(samples), importTime)
	}
	busy := summarize(samples, func(s sample) time.Duration { return s.took })
	t.Logf("during an import of %d pages (%v): %s", concurrentPages, importTime.Round(time.Millisecond), busy)
	for _, s := range samples {
		if s.took > slowQuery {
			t.Logf("slow: %s took %v", s.what, s.took)
		}
	}
	// This machine is shared and noisy: with other work on its two cores a
	// query may lose its core for a while, import or not (the idle run
	// shows it: up to 1% of the same queries over 200 ms at a load of 9).
	// A clear breach is a p95 over the limit; the queries over it are
	// logged above, with the idle figures beside them.
	if busy.p95 > slowQuery {
		t.Errorf("queries during the import: %s (without the import: %s)", busy, idle)
	}
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
