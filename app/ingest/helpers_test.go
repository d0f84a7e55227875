package ingest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"parley/app/apptest"
)

// readSeed returns the bytes of one seed page by its number prefix ("001").
func readSeed(t testing.TB, prefix string) []byte {
	t.Helper()
	matches, err := filepath.Glob(filepath.Join(apptest.SeedsDir(t), prefix+"_*.txt"))
	if err != nil || len(matches) != 1 {
		t.Fatalf("seed %s: want exactly one file, found %v (%v)", prefix, matches, err)
	}
	data, err := os.ReadFile(matches[0])
	if err != nil {
		t.Fatalf("seed %s: %v", prefix, err)
	}
	return data
}

// span returns the code points [start, end) of page, failing the test when
// the offsets are out of range.
func span(t testing.TB, page string, start, end int) string {
	t.Helper()
	r := []rune(page)
	if start < 0 || end > len(r) || start > end {
		t.Fatalf("offsets [%d, %d) outside page of %d code points", start, end, len(r))
	}
	return string(r[start:end])
}

// checkOffsets verifies the invariant the fuzz tests rely on.
func checkOffsets(t testing.TB, d Document) {
	t.Helper()
	n := len([]rune(d.Page))
	for _, x := range d.Teasers {
		if x.Start < 0 || x.End > n || x.Start > x.End {
			t.Fatalf("teaser offsets [%d, %d) outside page of %d code points", x.Start, x.End, n)
		}
	}
	for _, c := range d.Captions {
		if c.Start < 0 || c.End > n || c.Start > c.End {
			t.Fatalf("caption offsets [%d, %d) outside page of %d code points", c.Start, c.End, n)
		}
	}
}

func paragraphs(body string) []string {
	return strings.Split(body, "\n\n")
}
