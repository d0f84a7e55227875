package app

import (
	"context"
	"runtime"
	"sync"
)

// parseJob reads and parses one file (or reports at once why it will not
// be stored). The walk of an import emits jobs, not results, so that files
// are parsed on several cores while the walk goes on.
type parseJob func() prepared

// parsed is the job of a file whose outcome is known without reading it.
func parsed(p prepared) parseJob { return func() prepared { return p } }

// parsersPerCore: reading and parsing a page costs about a fifth of its
// import, finding its meetings a quarter and storing it the rest. One
// parser per core keeps ahead of the two stages that must go one file after
// another (meetings, which learn people in file order, and the store); more
// would only hold more files in memory.
const parsersPerCore = 1

// parseFiles is the first stage of an import. The walk, in a goroutine of
// its own, hands each job to a pool of parsers; this goroutine puts the
// results back in the walk's order, finds their meetings one file after
// another (findAllMeetings) and sends them to ready for storing, within
// budget. At most inFlight files are between the walk and ready, so that
// memory stays bounded when one large file holds the line. ready is closed
// at the end.
func (l *Library) parseFiles(ctx context.Context, walk func(emit func(parseJob) bool), budget *byteBudget, ready chan<- prepared) {
	defer close(ready)
	if l.Background {
		lowerPriority() // ends with this goroutine
	}
	workers := max(1, parsersPerCore*runtime.GOMAXPROCS(0))
	inFlight := 4 * workers

	type numbered struct {
		n   int
		job parseJob
		out prepared
	}
	jobs := make(chan numbered)
	// Buffered for every file in flight: a parser never waits to hand in.
	results := make(chan numbered, inFlight)
	slots := make(chan struct{}, inFlight)
	var parsers sync.WaitGroup
	for range workers {
		parsers.Go(func() {
			if l.Background {
				lowerPriority()
			}
			for j := range jobs {
				j.out, j.job = j.job(), nil
				results <- j
			}
		})
	}
	go func() {
		parsers.Wait()
		close(results)
	}()

	// The walk, on its own goroutine: it waits for a slot, then a parser.
	go func() {
		defer close(jobs)
		n := 0
		walk(func(job parseJob) bool {
			select {
			case slots <- struct{}{}:
			case <-ctx.Done():
				return false
			}
			select {
			case jobs <- numbered{n: n, job: job}:
				n++
				return true
			case <-ctx.Done():
				<-slots
				return false
			}
		})
	}()

	// Back in order: meetings, budget, then ready.
	waiting := map[int]prepared{}
	next := 0
	for r := range results {
		waiting[r.n] = r.out
		for {
			p, ok := waiting[next]
			if !ok {
				break
			}
			delete(waiting, next)
			next++
			if ctx.Err() != nil {
				<-slots
				continue // drain: the parsers finish what they hold
			}
			l.findAllMeetings(&p)
			if !budget.acquire(p.size()) {
				<-slots
				continue
			}
			select {
			case ready <- p:
			case <-ctx.Done():
			}
			<-slots
		}
	}
}
