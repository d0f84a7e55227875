package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"iter"
	"path/filepath"
	"slices"
	"time"

	"parley/app"
	"parley/app/benchgen"
	"parley/assets"
	"parley/charts"
	"parley/data"
)

// measureImport imports the generated folder as the app does (reading,
// parsing, finding meetings, storing, clustering, compacting the index)
// beside the baseline: bare INSERTs of the same texts into a library of the
// same schema.
func (b *bench) measureImport() error {
	bare, err := data.Open(b.barePath())
	if err != nil {
		return err
	}
	// The pages are generated again inside the loop; that time is the
	// generator's, not the database's, and is taken out.
	var generating time.Duration
	articles := func(yield func(app.Article) bool) {
		for i := range b.n {
			t := time.Now()
			a := benchArticle(b.pagesDir(), i, benchgen.Generate(b.seed, i))
			generating += time.Since(t)
			if !yield(a) {
				return
			}
		}
	}
	phasePeak := resetPeakRSS()
	start := time.Now()
	cpu0, _ := selfCPU()
	stored, err := bare.BareInsert(b.ctx, iter.Seq[app.Article](articles))
	bareTime := time.Since(start) - generating
	cpu1, hasCPU := selfCPU()
	bareCPU := cpu1 - cpu0 - generating.Seconds()
	bare.Close()
	if err != nil {
		return fmt.Errorf("baseline: %w", err)
	}
	barePeak, _ := peakRSSOfThisImage()
	if stored != b.n {
		return fmt.Errorf("baseline: %d articles stored of %d", stored, b.n)
	}

	store, err := data.Open(b.libraryPath())
	if err != nil {
		return err
	}
	defer store.Close()
	lib := app.NewLibrary(store)
	if err := lib.EnableExtraction(b.ctx, assets.Gazetteer()); err != nil {
		return err
	}
	stop, err := b.startProfile()
	if err != nil {
		return err
	}
	phasePeak = phasePeak && resetPeakRSS()
	start = time.Now()
	cpu0, _ = selfCPU()
	sum, err := lib.Import(b.ctx, []string{b.pagesDir()}, nil)
	importTime := time.Since(start)
	cpu1, _ = selfCPU()
	stop()
	if err != nil {
		return fmt.Errorf("import: %w", err)
	}
	if sum.ArticlesAdded != b.n {
		return fmt.Errorf("import: %d articles added of %d (%d files rejected)", sum.ArticlesAdded, b.n, sum.Rejected)
	}
	b.addVersus("import + extraction + indexing", importTime.Seconds(), bareTime.Seconds(), "s", "ratio ≤ 2.0")
	if hasCPU {
		// On a shared machine the processor time is steadier than the
		// wall-clock time (the import runs on two goroutines, so it may
		// exceed the wall-clock time).
		b.addVersus("the same, processor time (user + system)", cpu1-cpu0, bareCPU, "s", "")
	}
	b.add(benchResult{Name: "import rate", Value: float64(b.n) / importTime.Seconds(), Unit: "articles/s"})
	if importPeak, ok := peakRSSOfThisImage(); ok && phasePeak {
		// Each phase's own peak: the import must not hold the library.
		b.addVersus("peak RSS during the import", importPeak, barePeak, "MB", "")
	} else if rss, ok := selfMaxRSS(); ok {
		b.add(benchResult{Name: "max RSS of the bench process (import included)", Value: rss, Unit: "MB"})
	}
	mentions, errM := totalCount(b, lib, app.UnitMentions)
	clusters, errC := totalCount(b, lib, app.UnitClusters)
	if errM == nil && errC == nil {
		b.note("library: %d articles, %d meeting mentions (suggested) in %d clusters", b.n, mentions, clusters)
	}
	return nil
}

// totalCount counts every partner's meetings in unit, all dates.
func totalCount(b *bench, lib *app.Library, unit app.CountUnit) (int, error) {
	req := app.NewCountRequest()
	req.Unit, req.AllPartners, req.Partners, req.By = unit, true, nil, app.ByNone
	t, err := lib.Counts(b.ctx, req)
	n := 0
	for _, r := range append(t.Rows, t.Unknown...) {
		n += r.Count
	}
	return n, err
}

// benchArticle is a generated page as the baseline stores it: the same
// title, body, page and teasers the import reads from the file.
func benchArticle(dir string, i int, p benchgen.Page) app.Article {
	path := benchgen.PagePath(dir, i)
	sum := sha256.Sum256([]byte(p.Text))
	a := app.Article{
		Source: filepath.Base(path), SourceKey: path, Hash: hex.EncodeToString(sum[:]),
		Title: p.Title, Body: p.Body, Page: p.Text, Lang: p.Lang, Format: "text",
		ImportedAt: time.Now(),
	}
	if a.Title == "" {
		a.Title = app.Slice(p.Body, 0, 80)
	}
	if d, err := app.ParseDate(p.Published); err == nil {
		a.Published = d
	}
	for k, t := range p.Teasers {
		a.Teasers = append(a.Teasers, app.Teaser{Position: k, Caption: t.Headline + ". Photo : VNA", Headline: t.Headline, Lead: t.Lead})
	}
	return a
}

// measureQueries times searches, counts and a chart on the imported
// library, warm (as the app sees it once open).
func (b *bench) measureQueries() error {
	store, err := data.Open(b.libraryPath())
	if err != nil {
		return err
	}
	defer store.Close()
	lib := app.NewLibrary(store)

	for _, q := range []struct{ name, text string }{
		{"common word", benchgen.CommonWord},
		{"rare word", benchgen.RareWord},
	} {
		var res app.SearchResult
		times, err := repeat(searchRuns, func() error {
			var err error
			res, err = lib.Search(b.ctx, app.SearchQuery{Text: q.text, Limit: 20})
			return err
		})
		if err != nil {
			return fmt.Errorf("search %q: %w", q.text, err)
		}
		if res.Partial {
			b.note("search %q: more articles match than are ranked; the %d most recently imported matches were ranked", q.text, res.Ranked)
		}
		b.add(benchResult{Name: fmt.Sprintf("search top-20 with snippets, %s (%q), p50", q.name, q.text), Value: ms(percentile(times, 50)), Unit: "ms"})
		b.add(benchResult{Name: fmt.Sprintf("search top-20 with snippets, %s (%q), p95", q.name, q.text), Value: ms(percentile(times, 95)), Unit: "ms", Target: "≤ 30 ms"})
	}

	req := app.NewCountRequest()
	req.By, req.From, req.To = app.ByMonth, "2015-01-01", "2024-12-31"
	var table app.CountTable
	times, err := repeat(otherRuns, func() error {
		table, err = lib.Counts(b.ctx, req)
		return err
	})
	if err != nil {
		return fmt.Errorf("counts: %w", err)
	}
	b.add(benchResult{Name: "meeting counts, clusters, 4 partners × month (120 months), p50", Value: ms(percentile(times, 50)), Unit: "ms", Target: "≤ 20 ms"})

	times, err = repeat(otherRuns, func() error {
		return charts.Render(io.Discard, table, charts.Options{Kind: charts.Bars, Format: charts.PNG})
	})
	if err != nil {
		return fmt.Errorf("chart: %w", err)
	}
	b.add(benchResult{Name: "chart, bars, 4 partners × 120 months, PNG, p50", Value: ms(percentile(times, 50)), Unit: "ms", Target: "≤ 50 ms"})
	return nil
}

const (
	searchRuns = 60 // per query
	otherRuns  = 20
)

// repeat runs f n times and returns each run's time.
func repeat(n int, f func() error) ([]time.Duration, error) {
	times := make([]time.Duration, 0, n)
	for range n {
		start := time.Now()
		if err := f(); err != nil {
			return nil, err
		}
		times = append(times, time.Since(start))
	}
	return times, nil
}

// percentile is the nearest-rank percentile p of times.
func percentile(times []time.Duration, p int) time.Duration {
	s := slices.Clone(times)
	slices.Sort(s)
	k := (len(s)*p + 99) / 100
	return s[max(k-1, 0)]
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
