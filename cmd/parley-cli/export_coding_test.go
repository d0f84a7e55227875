package main

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"parley/app/apptest"
)

func readCSV(t *testing.T, path string, sep rune) [][]string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	r := csv.NewReader(strings.NewReader(strings.TrimPrefix(string(b), "\ufeff")))
	r.Comma = sep
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return rows
}

func TestExportPassagesAndCodebook(t *testing.T) {
	dir := apptest.TempDir(t)
	db := filepath.Join(dir, "lib.parley")
	mustCLI(t, db, "import", apptest.SeedsDir(t))
	const art = "000_0ee9b2a42e9ba755.txt"
	mustCLI(t, db, "codes", "add", "coopération", "--color", "#1f77b4", "--description", "tout accord")
	mustCLI(t, db, "codes", "add", "défense", "--parent", "coopération")
	mustCLI(t, db, "sessions", "start", "s1", "--coder", "alice")
	mustCLI(t, db, "code", "--article", art, "--quote", "Nguyên Chi Vinh", "--code", "défense", "--coder", "alice",
		"--memo", "=le général")

	out := filepath.Join(dir, "passages.csv")
	mustCLI(t, db, "export", "passages", "--out", out, "--bom", "--sep", ";")
	if b, _ := os.ReadFile(out); !strings.HasPrefix(string(b), "\ufeffid;article;") {
		t.Errorf("no BOM or ';': %.40q", b)
	}
	rows := readCSV(t, out, ';')
	if len(rows) != 2 {
		t.Fatalf("%d rows, want a header and one passage", len(rows))
	}
	if want := []string{"id", "article", "start", "end", "quote", "context", "code", "coder", "session", "memo",
		"created_at"}; !reflect.DeepEqual(rows[0], want) {
		t.Errorf("header %q", rows[0])
	}
	row := rows[1]
	// The offsets are the ones 'code --quote' stored; the memo starting
	// with '=' is neutralised against formula injection.
	p := passagesOut(t, db)[0]
	want := []string{"1", "000_0ee9b2a42e9ba755", strconv.Itoa(p.Start), strconv.Itoa(p.End), "Nguyên Chi Vinh", row[5],
		"coopération/défense", "alice", "s1", "'=le général", row[10]}
	if !reflect.DeepEqual(row, want) {
		t.Errorf("row\n %q\nwant\n %q", row, want)
	}
	if !strings.Contains(row[5], "Nguyên Chi Vinh") || !strings.HasSuffix(row[10], "Z") {
		t.Errorf("context %q or time %q", row[5], row[10])
	}

	// Filters: bob's passages and another code are left out.
	mustCLI(t, db, "code", "--article", art, "--start", "0", "--end", "10", "--code", "coopération", "--coder", "bob")
	for _, tc := range []struct {
		args []string
		rows int
	}{
		{[]string{"--coder", "alice"}, 2},
		{[]string{"--coder", "bob"}, 2},
		{[]string{"--session", "s1"}, 2},
		{[]string{"--code", "défense"}, 2},
		{[]string{"--code", "coopération"}, 3}, // with its sub-code
		{nil, 3},
	} {
		out := filepath.Join(dir, "filtered.csv")
		mustCLI(t, db, append([]string{"export", "passages", "--out", out}, tc.args...)...)
		if rows := readCSV(t, out, ','); len(rows) != tc.rows {
			t.Errorf("export passages %v: %d rows, want %d", tc.args, len(rows), tc.rows)
		}
	}

	out = filepath.Join(dir, "codebook.csv")
	mustCLI(t, db, "export", "codebook", "--out", out)
	rows = readCSV(t, out, ',')
	if want := [][]string{
		{"path", "name", "parent", "description", "color", "passages"},
		{"coopération", "coopération", "", "tout accord", "#1F77B4", "1"},
		{"coopération/défense", "défense", "coopération", "", "#808080", "1"},
	}; !reflect.DeepEqual(rows, want) {
		t.Errorf("codebook\n %q\nwant\n %q", rows, want)
	}
}
