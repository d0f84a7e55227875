package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"time"

	"parley/app"
	"parley/data"
)

// The cold open runs in a child process, so that nothing of the library is
// in the measuring process's memory and the RSS is the open's alone.
// "bench-open" is the child's command; it is left out of the usage.

const benchOpenCommand = "bench-open"

func init() {
	register(&command{
		name:      benchOpenCommand,
		args:      "LIBRARY",
		summary:   "Internal to 'bench': open a library, list the first screen and print the time taken as JSON.",
		noLibrary: true,
		execute: func(e *env, fs *flag.FlagSet, args []string) int {
			if len(args) != 1 {
				return usageError(e, fs, "give the library file")
			}
			took, rows, err := openFirstScreen(e.ctx, args[0])
			if err != nil {
				return fail(e, err)
			}
			rss, _ := peakRSSOfThisImage()
			json.NewEncoder(e.stdout).Encode(coldOpen{Seconds: took.Seconds(), Rows: rows, RSSMB: rss})
			return exitOK
		},
	})
}

// coldOpen is what the child reports.
type coldOpen struct {
	Seconds float64 `json:"seconds"`
	Rows    int     `json:"rows"`
	// RSSMB is the child's own peak resident memory where the system
	// tells it apart from its parent's (Linux); 0 otherwise.
	RSSMB float64 `json:"rss_mb,omitempty"`
}

// firstScreenRows is how many rows of the article list the first screen
// shows.
const firstScreenRows = 60

// openFirstScreen opens the library and reads what the window shows first:
// the article list (every id in order, one screen of rows) and the default
// counts.
func openFirstScreen(ctx context.Context, path string) (time.Duration, int, error) {
	start := time.Now()
	store, err := data.Open(path)
	if err != nil {
		return 0, 0, err
	}
	defer store.Close()
	ids, err := store.BrowseArticles(ctx, app.ArticleQuery{})
	if err != nil {
		return 0, 0, err
	}
	rows, err := store.ArticleRows(ctx, ids[:min(len(ids), firstScreenRows)], "")
	if err != nil {
		return 0, 0, err
	}
	if _, err := app.NewLibrary(store).Counts(ctx, app.NewCountRequest()); err != nil {
		return 0, 0, err
	}
	return time.Since(start), len(rows), nil
}

// benchChild makes the child's command; tests replace it, since their
// executable is the test binary.
var benchChild = func(ctx context.Context, library string) (*exec.Cmd, error) {
	self, err := os.Executable()
	if err != nil {
		return nil, err
	}
	return exec.CommandContext(ctx, self, benchOpenCommand, library), nil
}

// measureColdOpen opens the library in a child process and reports its
// time and its peak memory.
func (b *bench) measureColdOpen() error {
	cmd, err := benchChild(b.ctx, b.libraryPath())
	if err != nil {
		return err
	}
	var stderr strings.Builder
	cmd.Stderr = &stderr
	start := time.Now()
	out, err := cmd.Output()
	wall := time.Since(start)
	if err != nil {
		return fmt.Errorf("cold open in a child process: %v: %s", err, stderr.String())
	}
	var got coldOpen
	if err := json.Unmarshal(out, &got); err != nil {
		return fmt.Errorf("cold open: the child said %q: %w", out, err)
	}
	if got.Rows != min(b.n, firstScreenRows) {
		return fmt.Errorf("cold open: %d rows on the first screen, want %d", got.Rows, min(b.n, firstScreenRows))
	}
	b.add(benchResult{Name: "library open + first screen (child process, cold)", Value: got.Seconds, Unit: "s", Target: "≤ 1.5 s"})
	b.add(benchResult{Name: "the same, child process start to exit", Value: wall.Seconds(), Unit: "s"})
	// On Linux the rusage of a child started with vfork counts the
	// parent's memory at exec, so the child's own figure comes first.
	if got.RSSMB > 0 {
		b.add(benchResult{Name: "max RSS of the child process", Value: got.RSSMB, Unit: "MB", Target: "≤ 300 MB"})
	} else if rss, ok := childMaxRSS(cmd.ProcessState); ok {
		b.add(benchResult{Name: "max RSS of the child process", Value: rss, Unit: "MB", Target: "≤ 300 MB"})
	} else {
		b.note("max RSS of the child process: n/a on this system")
	}
	b.note("cold: a new process; the operating system's file cache is not emptied (that needs root)")
	return nil
}
