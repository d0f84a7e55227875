package export

import (
	"bytes"
	"encoding/csv"
	"testing"
)

func TestNeutraliseCell(t *testing.T) {
	for in, want := range map[string]string{
		"=HYPERLINK(\"x\")": "'=HYPERLINK(\"x\")",
		"+33 1 23":          "'+33 1 23",
		"-2+3":              "'-2+3",
		"@SUM(A1)":          "'@SUM(A1)",
		"\tx":               "'\tx",
		"\rx":               "'\rx",
		"États-Unis":        "États-Unis",
		"a=b":               "a=b",
		"":                  "",
	} {
		if got := NeutraliseCell(in); got != want {
			t.Errorf("NeutraliseCell(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCSVWriterBOMAndSeparator(t *testing.T) {
	var buf bytes.Buffer
	w, err := NewCSVWriter(&buf, CSVOptions{BOM: true, Separator: ';'})
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Write("titre", "texte"); err != nil {
		t.Fatal(err)
	}
	if err := w.Write("Hanoï; Washington", "=1+1\n\"cité\""); err != nil {
		t.Fatal(err)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	out := buf.Bytes()
	if !bytes.HasPrefix(out, []byte("\ufeff")) {
		t.Fatalf("no BOM: %q", out)
	}
	r := csv.NewReader(bytes.NewReader(out[3:]))
	r.Comma = ';'
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 2 || rows[1][0] != "Hanoï; Washington" || rows[1][1] != "'=1+1\n\"cité\"" {
		t.Fatalf("round trip: %q", rows)
	}
}
