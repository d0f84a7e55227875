//go:build unix

package data

import (
	"context"
	"os"
	"slices"
	"syscall"
	"testing"
	"time"

	"parley/app"
)

// BenchmarkSearchCap times a common and a rare word on an existing library
// (PARLEY_SEARCH_LIBRARY names its file; skipped otherwise) under several
// caps of ranked matches (5,000 both in one statement and in rowid slices),
// and with no cap (every match ranked, as before the cap). The variants take
// turns within each iteration, so that a busy machine slows them alike.
// Besides wall p50/p95 it reports the processor time of a search (all
// threads), which is what a loaded machine has to find. It only reads the
// library, but opening it migrates an older schema: point it at a copy of a
// library you want to keep as it is.
//
//	PARLEY_SEARCH_LIBRARY=/tmp/copy/library.db CGO_ENABLED=0 go test -run '^$' -bench SearchCap -benchtime 40x ./data/
func BenchmarkSearchCap(b *testing.B) {
	path := os.Getenv("PARLEY_SEARCH_LIBRARY")
	if path == "" {
		b.Skip("PARLEY_SEARCH_LIBRARY is not set")
	}
	s := MustOpenStoreAt(b, path)
	oldCap, oldSlice := maxRankedMatches, minRowsPerSlice
	b.Cleanup(func() { maxRankedMatches, minRowsPerSlice = oldCap, oldSlice })
	const none = 1 << 40
	type variant struct {
		name       string
		cap        int
		sliceAbove int
		wall, cpu  []time.Duration
	}
	vs := []*variant{
		{name: "cap2000", cap: 2000, sliceAbove: oldSlice},
		{name: "cap3000", cap: 3000, sliceAbove: oldSlice},
		{name: "cap5000-sliced", cap: 5000, sliceAbove: oldSlice},
		{name: "cap5000-one", cap: 5000, sliceAbove: none},
	}
	uncapped := &variant{name: "nocap-sliced", cap: none, sliceAbove: oldSlice}
	for _, q := range []struct{ name, text string }{{"common", "Vietnam"}, {"rare", "zébrure"}} {
		b.Run(q.name, func(b *testing.B) {
			run := vs
			if q.name == "common" {
				run = append(slices.Clone(vs), uncapped)
			}
			for _, v := range run {
				v.wall, v.cpu = nil, nil
			}
			for b.Loop() {
				for _, v := range run {
					maxRankedMatches, minRowsPerSlice = v.cap, v.sliceAbove
					wall, cpu := timeSearch(b, s, q.text)
					v.wall, v.cpu = append(v.wall, wall), append(v.cpu, cpu)
				}
			}
			for _, v := range run {
				slices.Sort(v.wall)
				slices.Sort(v.cpu)
				b.ReportMetric(ms(v.wall[len(v.wall)/2]), v.name+"-p50-ms")
				b.ReportMetric(ms(v.wall[len(v.wall)*95/100]), v.name+"-p95-ms")
				b.ReportMetric(ms(v.cpu[len(v.cpu)/2]), v.name+"-cpu-p50-ms")
			}
		})
	}
}

func timeSearch(b *testing.B, s *Store, text string) (wall, cpu time.Duration) {
	cpu0 := processCPU()
	start := time.Now()
	res, err := s.Search(context.Background(), app.SearchQuery{Text: text, Limit: 20})
	wall = time.Since(start)
	if err != nil || len(res.Hits) == 0 {
		b.Fatalf("search %q: %d hits, %v", text, len(res.Hits), err)
	}
	return wall, processCPU() - cpu0
}

// processCPU is the processor time (user + system) of this process so far.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
