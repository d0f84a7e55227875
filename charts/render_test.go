package charts

import (
	"bytes"
	"encoding/xml"
	"flag"
	"image"
	"image/color"
	"image/png"
	"io"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"parley/app"
	"parley/app/apptest"
)

var update = flag.Bool("update", false, "rewrite the golden SVG files in testdata/")

func render(t *testing.T, tab app.CountTable, opt Options) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Render(&buf, tab, opt); err != nil {
		t.Fatalf("Render(%+v): %v", opt, err)
	}
	return buf.Bytes()
}

// TestGoldenSVG pins the SVG of the small table for every kind, and of the
// no-data image: any change to the drawing shows up as a diff to review.
// Regenerate with: go test ./charts -run Golden -update
func TestGoldenSVG(t *testing.T) {
	cases := map[string]app.CountTable{}
	for _, k := range Kinds {
		cases[string(k)] = smallTable()
	}
	cases["empty"] = edgeCases()["only unknown"]
	for name, tab := range cases {
		k := Kind(name)
		if name == "empty" {
			k = Bars
		}
		got := render(t, tab, Options{Kind: k, Format: SVG})
		if again := render(t, tab, Options{Kind: k, Format: SVG}); !bytes.Equal(got, again) {
			t.Errorf("%s: two renderings differ: the SVG is not stable", name)
		}
		apptest.Golden(t, filepath.Join("testdata", name+".svg"), got, *update)
	}
}

// TestPNGDecodes checks that each kind gives a real image of the default
// size, not blank, in which every partner's own colour appears.
func TestPNGDecodes(t *testing.T) {
	tab := smallTable()
	for _, k := range Kinds {
		img := decodePNG(t, render(t, tab, Options{Kind: k}))
		if b := img.Bounds(); b.Dx() != defaultWidth || b.Dy() != defaultHeight {
			t.Errorf("%s: size %v, want %dx%d", k, b.Size(), defaultWidth, defaultHeight)
		}
		colours, inked, exact := pixelStats(img)
		if len(colours) < 20 || inked < img.Bounds().Dx()*img.Bounds().Dy()/100 {
			t.Errorf("%s: looks blank: %d colours, %d non-white pixels", k, len(colours), inked)
		}
		for _, p := range tab.Partners {
			if exact[CountryColour(p)] < 20 {
				t.Errorf("%s: %s's colour %v covers %d pixels", k, p, CountryColour(p), exact[CountryColour(p)])
			}
		}
	}
}

func decodePNG(t *testing.T, b []byte) image.Image {
	t.Helper()
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("PNG does not decode: %v", err)
	}
	return img
}

// pixelStats counts distinct colours, non-white pixels and pixels of each
// exact colour.
func pixelStats(img image.Image) (map[color.RGBA]bool, int, map[color.RGBA]int) {
	colours := map[color.RGBA]bool{}
	exact := map[color.RGBA]int{}
	inked := 0
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			c := color.RGBAModel.Convert(img.At(x, y)).(color.RGBA)
			colours[c] = true
			exact[c]++
			if c != paper {
				inked++
			}
		}
	}
	return colours, inked, exact
}

// TestEdgeCasesRender: every awkward table renders in both formats, as a
// valid image, with the no-data message exactly when there is nothing to
// draw.
func TestEdgeCasesRender(t *testing.T) {
	nothing := map[string]bool{"zero value": true, "no rows": true, "all zeros": true, "only unknown": true}
	for name, tab := range edgeCases() {
		for _, k := range Kinds {
			svg := render(t, tab, Options{Kind: k, Format: SVG})
			checkXML(t, name+"/"+string(k), svg)
			if got := bytes.Contains(svg, []byte(NoDataMessage)); got != nothing[name] {
				t.Errorf("%s/%s: no-data message shown = %v", name, k, got)
			}
			img := decodePNG(t, render(t, tab, Options{Kind: k, Format: PNG}))
			if img.Bounds().Dx() < minSide || img.Bounds().Dy() < minSide {
				t.Errorf("%s/%s: image %v", name, k, img.Bounds())
			}
			if !hasInk(img) {
				t.Errorf("%s/%s: blank PNG", name, k)
			}
			// The smallest size allowed is cramped but must not fail.
			render(t, tab, Options{Kind: k, Format: PNG, Width: minSide, Height: minSide})
		}
	}
}

// hasInk is a quick not-blank check: some pixel is not the paper colour.
func hasInk(img image.Image) bool {
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y += 3 {
		for x := b.Min.X; x < b.Max.X; x += 3 {
			if r, g, bl, _ := img.At(x, y).RGBA(); r != 0xFFFF || g != 0xFFFF || bl != 0xFFFF {
				return true
			}
		}
	}
	return false
}

func checkXML(t *testing.T, name string, b []byte) {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(b))
	for {
		_, err := d.Token()
		if err == io.EOF {
			return
		}
		if err != nil {
			t.Fatalf("%s: SVG is not well-formed XML: %v", name, err)
		}
	}
}

// TestTitleFootnoteAndEscaping: the request is stated, unknown dates are
// reported, and a request holding XML characters still gives valid SVG.
func TestTitleFootnoteAndEscaping(t *testing.T) {
	tab := smallTable()
	svg := string(render(t, tab, Options{Kind: Lines, Format: SVG}))
	for _, want := range []string{tab.Request.Describe(), "+ 5 meetings with unknown date, not shown (USA 2, LAO 3)", ">Year<", ">Meetings<"} {
		if !strings.Contains(svg, want) {
			t.Errorf("SVG lacks %q", want)
		}
	}
	svg = string(render(t, tab, Options{Kind: Bars, Format: SVG, Title: "Viet Nam & partners"}))
	if !strings.Contains(svg, "Viet Nam &amp; partners") || !strings.Contains(svg, tab.Request.Describe()) {
		t.Error("a custom title must be escaped and keep the request as subtitle")
	}
	tab.Request.Modes = []string{"<visit>", "call & letter"}
	for _, k := range Kinds {
		checkXML(t, string(k), render(t, tab, Options{Kind: k, Format: SVG}))
	}
	tab.Request.Unit = app.UnitArticles
	tab.Unknown = []app.CountRow{{Partner: "CUB", Count: 1}}
	if svg := string(render(t, tab, Options{Format: SVG})); !strings.Contains(svg, "+ 1 article with unknown date, not shown") {
		t.Error("the footnote must count in the request's unit")
	}
}

// smallText matches the value labels printed on bars and after totals.
var smallText = regexp.MustCompile(`font-size:11\.3px[^>]*>([0-9]+)</text>`)

// TestDrawnNumbersAreTheTable reads the numbers printed on the chart back
// from the SVG: bars carry each count, stacks their period's total, totals
// each partner's total, in drawing order.
func TestDrawnNumbersAreTheTable(t *testing.T) {
	tab := smallTable()
	printed := func(k Kind) []string {
		var out []string
		for _, m := range smallText.FindAllStringSubmatch(string(render(t, tab, Options{Kind: k, Format: SVG})), -1) {
			out = append(out, m[1])
		}
		return out
	}
	var bars, stacks, totals []string
	for _, per := range tab.Periods {
		sum := 0
		for _, p := range tab.Partners {
			bars = append(bars, itoa(tab.Count(p, per)))
			sum += tab.Count(p, per)
		}
		stacks = append(stacks, itoa(sum))
	}
	for _, p := range tab.Partners {
		totals = append(totals, itoa(tab.Total(p)))
	}
	for k, want := range map[Kind][]string{Bars: bars, Stacked: stacks, Totals: totals} {
		if got := printed(k); strings.Join(got, " ") != strings.Join(want, " ") {
			t.Errorf("%s: printed %v, table says %v", k, got, want)
		}
	}
}

// TestValuesAreTheTable: the numbers the renderer draws (seriesOf, which
// Values exposes) are the table's counts, for every kind and table, zeros
// included: the chart and the CSV of a request hold the same numbers.
func TestValuesAreTheTable(t *testing.T) {
	cases := edgeCases()
	cases["small"] = smallTable()
	for name, tab := range cases {
		for _, k := range Kinds {
			v := Values(tab, k)
			for _, p := range tab.Partners {
				if k == Totals {
					if v[p][TotalLabel] != tab.Total(p) {
						t.Errorf("%s/%s: %s total %d, table %d", name, k, p, v[p][TotalLabel], tab.Total(p))
					}
					continue
				}
				for _, per := range tab.Periods {
					got, ok := v[p][per]
					if !ok || got != tab.Count(p, per) {
						t.Errorf("%s/%s: %s %s = %d (present %v), table %d", name, k, p, per, got, ok, tab.Count(p, per))
					}
				}
			}
			for _, r := range tab.Rows {
				if k != Totals && v[r.Partner][r.Period] != r.Count {
					t.Errorf("%s/%s: row %+v drawn as %d", name, k, r, v[r.Partner][r.Period])
				}
			}
		}
	}
}

func TestOptions(t *testing.T) {
	tab := smallTable()
	for _, opt := range []Options{{Kind: "pie"}, {Format: "gif"}, {Width: 50}, {Height: 1 << 20}, {Breakdown: "mode"}} {
		if err := Render(io.Discard, tab, opt); err == nil {
			t.Errorf("%+v: no error", opt)
		}
	}
	img := decodePNG(t, render(t, monthTable(app.DefaultPartners, 120), Options{Width: 800, Height: 400}))
	if img.Bounds().Dx() != 800 || img.Bounds().Dy() != 400 {
		t.Errorf("explicit size not kept: %v", img.Bounds())
	}
	for in, want := range map[string]Kind{"bars": Bars, " Stacked ": Stacked, "LINES": Lines, "totals": Totals} {
		if k, err := ParseKind(in); err != nil || k != want {
			t.Errorf("ParseKind(%q) = %q, %v", in, k, err)
		}
	}
	if _, err := ParseKind("bar"); err == nil || !strings.Contains(err.Error(), "stacked") {
		t.Errorf("ParseKind(bar): %v, want an error listing the kinds", err)
	}
	for in, want := range map[string]Format{"a/b.png": PNG, "C.SVG": SVG} {
		if f, err := FormatOf(in); err != nil || f != want {
			t.Errorf("FormatOf(%q) = %q, %v", in, f, err)
		}
	}
	for _, in := range []string{"chart.jpg", "chart", ""} {
		if _, err := FormatOf(in); err == nil || !strings.Contains(err.Error(), ".png or .svg") {
			t.Errorf("FormatOf(%q): %v", in, err)
		}
	}
}
