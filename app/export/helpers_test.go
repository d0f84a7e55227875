package export

import (
	"bytes"
	"encoding/csv"
	"flag"
	"io"
	"os"
	"path/filepath"
	"testing"

	"parley/app/apptest"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// exportFile runs an export the way the CLI does, into a real file in a
// temporary folder, and returns the file's bytes.
func exportFile(t *testing.T, write func(io.Writer) error) []byte {
	t.Helper()
	path := filepath.Join(apptest.TempDir(t), "export.csv")
	if err := WriteFile(path, write); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// readBack parses an export with encoding/csv as a spreadsheet user's tool
// would, after the BOM if the options asked for one.
func readBack(t *testing.T, b []byte, opt CSVOptions) [][]string {
	t.Helper()
	if opt.BOM {
		if !bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}) {
			t.Fatalf("no UTF-8 BOM at the start: % x", b[:min(len(b), 8)])
		}
		b = b[3:]
	}
	r := csv.NewReader(bytes.NewReader(b))
	if opt.Separator != 0 {
		r.Comma = opt.Separator
	}
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatalf("not readable as CSV: %v\n%s", err, b)
	}
	return rows
}

// golden compares b with testdata/name, or rewrites it under -update.
func golden(t *testing.T, name string, b []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(b, want) {
		t.Errorf("%s differs from the golden file (go test -update rewrites it)\ngot:\n%s\nwant:\n%s", name, b, want)
	}
}

// hostileTexts are cells a spreadsheet would run as formulas.
var hostileTexts = []string{
	`=HYPERLINK("http://x","y")`,
	"+cmd",
	"-1+1",
	"@SUM(A1)",
	"\tVoir plus",
	"\rVoir plus",
}
