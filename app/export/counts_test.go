package export

import (
	"bytes"
	"io"
	"slices"
	"testing"

	"parley/app"
)

// smallCounts is a fixed table: two partners over three years with zeros,
// and meetings of unknown date for one of them.
func smallCounts() app.CountTable {
	req := app.NewCountRequest()
	req.Partners = []string{"USA", "CUB"}
	return app.CountTable{
		Request:  req,
		Partners: []string{"USA", "CUB"},
		Periods:  []string{"2022", "2023", "2024"},
		Rows: []app.CountRow{
			{Partner: "USA", Period: "2022", Count: 3}, {Partner: "USA", Period: "2023", Count: 0},
			{Partner: "USA", Period: "2024", Count: 12},
			{Partner: "CUB", Period: "2022", Count: 0}, {Partner: "CUB", Period: "2023", Count: 1},
			{Partner: "CUB", Period: "2024", Count: 0},
		},
		Unknown: []app.CountRow{{Partner: "CUB", Count: 2}},
	}
}

func TestCounts(t *testing.T) {
	ct := smallCounts()
	b := exportFile(t, func(w io.Writer) error { return Counts(w, CSVOptions{}, ct) })
	golden(t, "counts.csv", b)
	rows := readBack(t, b, CSVOptions{})
	want := [][]string{
		{"partner", "period", "count"},
		{"USA", "2022", "3"}, {"USA", "2023", "0"}, {"USA", "2024", "12"},
		{"CUB", "2022", "0"}, {"CUB", "2023", "1"}, {"CUB", "2024", "0"},
		{"CUB", "unknown", "2"},
	}
	if !slices.EqualFunc(rows, want, slices.Equal) {
		t.Errorf("got %q\nwant %q", rows, want)
	}
	// The file holds the table and nothing else: no title, comment or
	// request line before the header.
	if !bytes.HasPrefix(b, []byte("partner,period,count\n")) {
		t.Errorf("file does not start with the header: %q", b)
	}
}

// TestCountsFrench is the file Excel set to French opens right: a BOM and
// ';' between cells.
func TestCountsFrench(t *testing.T) {
	opt := CSVOptions{BOM: true, Separator: ';'}
	ct := smallCounts()
	b := exportFile(t, func(w io.Writer) error { return Counts(w, opt, ct) })
	golden(t, "counts_bom_semicolon.csv", b)
	if !bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF, 'p', 'a', 'r', 't', 'n', 'e', 'r', ';'}) {
		t.Errorf("want BOM then header with ';': % x", b[:min(len(b), 12)])
	}
	if rows := readBack(t, b, opt); len(rows) != 8 || !slices.Equal(rows[7], []string{"CUB", "unknown", "2"}) {
		t.Errorf("read back: %q", rows)
	}
}

func TestCountsEmpty(t *testing.T) {
	b := exportFile(t, func(w io.Writer) error { return Counts(w, CSVOptions{}, app.CountTable{}) })
	if string(b) != "partner,period,count\n" {
		t.Errorf("empty table: %q", b)
	}
}
