package chartview

import (
	"bytes"
	"encoding/csv"
	"encoding/xml"
	"image/png"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"parley/app/export"
	"parley/ui/uitest"
)

func TestSavingWritesFilesThatParse(t *testing.T) {
	v, wait := open(t, uitest.Demo(t))
	v.controls.breakdown.set("mode")
	wait("the chart by mode")
	dir := t.TempDir()

	pngPath := filepath.Join(dir, "chart.png")
	if err := v.SaveChart(pngPath); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(pngPath)
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(f)
	f.Close()
	if err != nil {
		t.Fatalf("saved PNG: %v", err)
	}
	if img.Bounds().Dx() != v.drawn.layout.Width || img.Bounds().Dy() != v.drawn.layout.Height {
		t.Errorf("saved PNG %v, chart on screen %dx%d", img.Bounds().Size(), v.drawn.layout.Width, v.drawn.layout.Height)
	}

	svgPath := filepath.Join(dir, "chart.svg")
	if err := v.SaveChart(svgPath); err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(svgPath)
	if err != nil {
		t.Fatal(err)
	}
	dec := xml.NewDecoder(bytes.NewReader(raw))
	elements := 0
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("saved SVG does not parse: %v", err)
		}
		if _, ok := tok.(xml.StartElement); ok {
			elements++
		}
	}
	if elements < 20 || !bytes.Contains(raw, []byte("by mode")) {
		t.Errorf("saved SVG has %d elements", elements)
	}

	csvPath := filepath.Join(dir, "counts.csv")
	if err := v.ExportCounts(csvPath, export.CSVOptions{BOM: true, Separator: ';'}); err != nil {
		t.Fatal(err)
	}
	raw, err = os.ReadFile(csvPath)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(raw, []byte("\ufeff")) {
		t.Error("CSV without the byte order mark asked for")
	}
	r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(raw, []byte("\ufeff"))))
	r.Comma = ';'
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatalf("saved CSV: %v", err)
	}
	tab := v.drawn.table
	if strings.Join(rows[0], ",") != "partner,period,group,count" || len(rows) != 1+len(tab.Rows)+len(tab.Unknown) {
		t.Fatalf("CSV header %v and %d rows, want %d", rows[0], len(rows), 1+len(tab.Rows)+len(tab.Unknown))
	}
	// The same numbers as the table on screen.
	for _, row := range rows[1:] {
		if row[1] == export.UnknownPeriod {
			continue
		}
		if n, _ := strconv.Atoi(row[3]); n != tab.CountIn(row[0], row[1], row[2]) {
			t.Errorf("CSV row %v, table %d", row, tab.CountIn(row[0], row[1], row[2]))
		}
	}

	if err := v.SaveChart(filepath.Join(dir, "chart.jpg")); err == nil || !strings.Contains(err.Error(), "chart.jpg") {
		t.Errorf("saving as .jpg: %v", err)
	}
}

// TestSaveDialogsOpen: the buttons open their dialogs without error.
func TestSaveDialogsOpen(t *testing.T) {
	v, _ := open(t, uitest.Demo(t))
	v.ShowExportCounts()
	if n := len(v.window().Canvas().Overlays().List()); n != 1 {
		t.Errorf("%d dialogs after Export counts, want the CSV options", n)
	}
	v.ShowSaveChart("png")
	if n := len(v.window().Canvas().Overlays().List()); n != 2 || strings.Contains(v.status.Text, "nothing to save") {
		t.Errorf("%d dialogs after Save as PNG; status %q", n, v.status.Text)
	}
}
