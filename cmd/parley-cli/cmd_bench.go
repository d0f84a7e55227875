package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"strings"
	"text/tabwriter"
	"time"

	"parley/app/benchgen"
)

func init() {
	var (
		n          *int
		seed       *uint64
		out, keep  *string
		cpuprofile *string
	)
	register(&command{
		name: "bench",
		args: "--articles N",
		summary: `Build a library of N generated agency pages (French and English, with meetings,
dates and teasers; the same for the same seed) in a temporary folder and
measure it, each figure beside its baseline in the same run: the import
(extraction and indexing included) against bare INSERTs of the same texts,
searches, counts, a chart, and opening the library cold in a child process.
Prints a table; --out writes the figures as JSON. Big runs take long: about
a minute per 10,000 articles, and twice the library's size on disk.`,
		flags: func(fs *flag.FlagSet) {
			n = fs.Int("articles", 1000, "how many articles to generate")
			seed = fs.Uint64("seed", 20260301, "the generator's seed")
			out = fs.String("out", "", "write the figures as JSON to this `file`")
			keep = fs.String("keep", "", "build in this `folder` and keep it (default: a temporary folder, removed)")
			cpuprofile = fs.String("cpuprofile", "", "write a CPU profile of the import to this `file`")
		},
		noLibrary: true,
		execute: func(e *env, fs *flag.FlagSet, args []string) int {
			if len(args) > 0 {
				return usageError(e, fs, "unexpected argument %q", args[0])
			}
			if *n < 1 {
				return usageError(e, fs, "--articles must be at least 1")
			}
			dir := *keep
			if dir == "" {
				tmp, err := os.MkdirTemp("", "parley-bench-")
				if err != nil {
					return fail(e, err)
				}
				defer os.RemoveAll(tmp)
				dir = tmp
			} else if err := os.MkdirAll(dir, 0o755); err != nil {
				return fail(e, err)
			}
			b := &bench{env: e, dir: dir, n: *n, seed: *seed, cpuprofile: *cpuprofile}
			report, err := b.run()
			if err != nil {
				return fail(e, err)
			}
			printBench(e.stdout, report)
			if *out != "" {
				data, err := json.MarshalIndent(report, "", "  ")
				if err != nil {
					return fail(e, err)
				}
				if err := os.WriteFile(*out, append(data, '\n'), 0o644); err != nil {
					return fail(e, err)
				}
				fmt.Fprintf(e.stdout, "wrote %s\n", *out)
			}
			return exitOK
		},
	})
}

// benchReport is the JSON that bench writes.
type benchReport struct {
	N       int           `json:"n"`
	Seed    uint64        `json:"seed"`
	Machine string        `json:"machine"`
	Date    string        `json:"date"`
	Results []benchResult `json:"results"`
	Notes   []string      `json:"notes,omitempty"`
}

// benchResult is one measure; Baseline and Ratio (value / baseline) only
// for measures that have a baseline in the same run.
type benchResult struct {
	Name     string   `json:"name"`
	Value    float64  `json:"value"`
	Unit     string   `json:"unit"`
	Baseline *float64 `json:"baseline,omitempty"`
	Ratio    *float64 `json:"ratio,omitempty"`
	Target   string   `json:"target,omitempty"`
}

// bench is one run: the folder it builds in and what it has measured.
type bench struct {
	*env
	dir        string
	n          int
	seed       uint64
	cpuprofile string
	report     benchReport
}

func (b *bench) pagesDir() string    { return filepath.Join(b.dir, "pages") }
func (b *bench) libraryPath() string { return filepath.Join(b.dir, "library.db") }
func (b *bench) barePath() string    { return filepath.Join(b.dir, "bare.db") }

func (b *bench) add(r benchResult) {
	b.report.Results = append(b.report.Results, r)
	fmt.Fprintf(b.stderr, "bench: %s: %.4g %s\n", r.Name, r.Value, r.Unit)
}

// addVersus records a measure beside its baseline.
func (b *bench) addVersus(name string, value, baseline float64, unit, target string) {
	ratio := value / baseline
	b.add(benchResult{Name: name, Value: value, Unit: unit, Baseline: &baseline, Ratio: &ratio, Target: target})
}

func (b *bench) note(format string, a ...any) {
	b.report.Notes = append(b.report.Notes, fmt.Sprintf(format, a...))
}

func (b *bench) run() (benchReport, error) {
	b.report = benchReport{N: b.n, Seed: b.seed, Machine: machine(), Date: time.Now().UTC().Format("2006-01-02")}
	for _, p := range []string{b.libraryPath(), b.barePath()} {
		for _, suffix := range []string{"", "-wal", "-shm"} {
			os.Remove(p + suffix) // a kept folder is measured afresh
		}
	}
	start := time.Now()
	size, err := benchgen.WriteFolder(b.pagesDir(), b.seed, b.n)
	if err != nil {
		return b.report, fmt.Errorf("generating the pages: %w", err)
	}
	b.add(benchResult{Name: "generate the pages (not measured against anything)", Value: time.Since(start).Seconds(), Unit: "s"})
	b.note("%d pages, %.0f MB of text, in %s", b.n, float64(size)/1e6, b.pagesDir())

	if err := b.measureImport(); err != nil {
		return b.report, err
	}
	if err := b.measureQueries(); err != nil {
		return b.report, err
	}
	if err := b.measureColdOpen(); err != nil {
		return b.report, err
	}
	b.note("reader widget, a 50 KB article beside widget.Entry: measured by the widget's own benchmark (the CLI has no Fyne): CGO_ENABLED=0 go test -run '^$' -bench Open50KB ./ui/readerview/")
	return b.report, nil
}

// startProfile starts the CPU profile when asked for; the returned function
// stops it.
func (b *bench) startProfile() (func(), error) {
	if b.cpuprofile == "" {
		return func() {}, nil
	}
	f, err := os.Create(b.cpuprofile)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, err
	}
	return func() { pprof.StopCPUProfile(); f.Close() }, nil
}

// machine describes where the figures come from.
func machine() string {
	cpu := runtime.GOARCH
	if info, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, l := range strings.Split(string(info), "\n") {
			if name, ok := strings.CutPrefix(l, "model name"); ok {
				cpu = strings.TrimSpace(strings.TrimLeft(name, " \t:"))
				break
			}
		}
	}
	return fmt.Sprintf("%s/%s, %d cores (%s), %s", runtime.GOOS, runtime.GOARCH, runtime.NumCPU(), cpu, runtime.Version())
}

func printBench(w io.Writer, r benchReport) {
	fmt.Fprintf(w, "parley-cli bench: %d articles, seed %d, %s, %s\n\n", r.N, r.Seed, r.Machine, r.Date)
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "measure\tvalue\tbaseline\tratio\ttarget")
	for _, x := range r.Results {
		base, ratio := "—", "—"
		if x.Baseline != nil {
			base = fmt.Sprintf("%.4g %s", *x.Baseline, x.Unit)
			ratio = fmt.Sprintf("%.2f", *x.Ratio)
		}
		target := x.Target
		if target == "" {
			target = "—"
		}
		fmt.Fprintf(tw, "%s\t%.4g %s\t%s\t%s\t%s\n", x.Name, x.Value, x.Unit, base, ratio, target)
	}
	tw.Flush()
	for _, n := range r.Notes {
		fmt.Fprintln(w, "note:", n)
	}
}
