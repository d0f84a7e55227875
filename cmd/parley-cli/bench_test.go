package main

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"parley/app/apptest"
)

// TestBench runs the benchmark on 200 articles and checks the JSON: every
// result has a name, a unit and a positive value; the import stands beside
// its baseline with their ratio; the cold open ran in a child process.
func TestBench(t *testing.T) {
	if testing.Short() {
		t.Skip("builds two libraries of 200 articles")
	}
	// The child is this test binary, running TestBenchOpenChild.
	benchChild = func(ctx context.Context, library string) (*exec.Cmd, error) {
		cmd := exec.CommandContext(ctx, os.Args[0], "-test.run=^TestBenchOpenChild$")
		cmd.Env = append(os.Environ(), "PARLEY_BENCH_OPEN_CHILD="+library)
		return cmd, nil
	}
	dir := apptest.TempDir(t)
	out := filepath.Join(dir, "bench.json")
	var stdout, stderr strings.Builder
	code := run(context.Background(), []string{"bench", "--articles", "200", "--seed", "7", "--out", out, "--keep", filepath.Join(dir, "lib")}, &stdout, &stderr)
	if code != exitOK {
		t.Fatalf("exit %d\nstdout:\n%s\nstderr:\n%s", code, stdout.String(), stderr.String())
	}
	raw, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	// Decode loosely, to check the field names as written.
	var report struct {
		N       *int    `json:"n"`
		Machine *string `json:"machine"`
		Results []map[string]any
	}
	if err := json.Unmarshal(raw, &report); err != nil {
		t.Fatal(err)
	}
	if report.N == nil || *report.N != 200 || report.Machine == nil || *report.Machine == "" {
		t.Fatalf("n or machine missing or wrong:\n%s", raw)
	}
	names := map[string]bool{}
	for _, r := range report.Results {
		name, _ := r["name"].(string)
		unit, _ := r["unit"].(string)
		value, ok := r["value"].(float64)
		if name == "" || unit == "" || !ok || value <= 0 {
			t.Errorf("result without a name, unit or positive value: %v", r)
		}
		names[name] = true
		base, hasBase := r["baseline"].(float64)
		ratio, hasRatio := r["ratio"].(float64)
		if hasBase != hasRatio {
			t.Errorf("%s: a baseline without a ratio or the reverse: %v", name, r)
		}
		if hasBase && (base <= 0 || ratio <= 0 || abs(ratio-value/base) > 1e-9*ratio) {
			t.Errorf("%s: ratio %v is not value %v / baseline %v", name, ratio, value, base)
		}
		if strings.HasPrefix(name, "import + extraction") && !hasBase {
			t.Errorf("the import has no baseline: %v", r)
		}
	}
	for _, want := range []string{
		"import + extraction + indexing",
		"meeting counts, clusters, 4 partners × month (120 months), p50",
		"chart, bars, 4 partners × 120 months, PNG, p50",
		"library open + first screen (child process, cold)",
	} {
		if !names[want] {
			t.Errorf("no result %q in %v", want, names)
		}
	}
	searches := 0
	for n := range names {
		if strings.HasPrefix(n, "search top-20") {
			searches++
		}
	}
	if searches != 4 {
		t.Errorf("%d search results, want p50 and p95 of a common and a rare word", searches)
	}
	if !strings.Contains(stdout.String(), "Open50KB ./ui/readerview/") {
		t.Errorf("the table does not say where the reader widget's figure comes from:\n%s", stdout.String())
	}
}

// TestBenchOpenChild is the cold-open child when TestBench starts it.
func TestBenchOpenChild(t *testing.T) {
	library := os.Getenv("PARLEY_BENCH_OPEN_CHILD")
	if library == "" {
		t.Skip("run by TestBench as its child process")
	}
	os.Exit(run(context.Background(), []string{benchOpenCommand, library}, os.Stdout, os.Stderr))
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}
