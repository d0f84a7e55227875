package charts

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"testing"

	"parley/app"
)

// regionCases are tables and options whose regions are checked: every kind,
// with and without a breakdown, crowded and small.
func regionCases() map[string]struct {
	tab app.CountTable
	opt Options
} {
	cases := map[string]struct {
		tab app.CountTable
		opt Options
	}{}
	for _, k := range Kinds {
		cases["small/"+string(k)] = struct {
			tab app.CountTable
			opt Options
		}{smallTable(), Options{Kind: k}}
		cases["months/"+string(k)] = struct {
			tab app.CountTable
			opt Options
		}{monthTable(app.DefaultPartners, 36), Options{Kind: k}}
		if k != Lines {
			cases["breakdown/"+string(k)] = struct {
				tab app.CountTable
				opt Options
			}{smallBreakdownTable(), Options{Kind: k}}
		}
	}
	cases["small/bars 640×360"] = struct {
		tab app.CountTable
		opt Options
	}{smallTable(), Options{Kind: Bars, Width: 640, Height: 360}}
	return cases
}

func TestRegionsCoverEveryBarInsideTheImage(t *testing.T) {
	for name, c := range regionCases() {
		l, err := LayoutOf(c.tab, c.opt)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		img := image.Rect(0, 0, l.Width, l.Height)
		for _, r := range l.Regions {
			if r.Hit.Empty() || !r.Hit.In(img) || !r.Mark.In(img) {
				t.Errorf("%s: region %+v outside the %v image", name, r, img.Size())
			}
			got, ok := l.At(centre(r.Hit))
			if c.opt.Kind == Lines && ok && got.Category == r.Category && got.Count == r.Count {
				continue // another partner's point with the same value
			}
			if !ok || got.Partner != r.Partner || got.Category != r.Category || got.Group != r.Group {
				t.Errorf("%s: click at the centre of %s %s %s finds %+v", name, r.Partner, r.Category, r.Group, got)
			}
		}
		// Every count drawn has a region that names it with its number.
		d := seriesOf(c.tab, c.opt.Kind)
		for _, s := range d.Series {
			for i, cat := range d.Labels {
				if d.Groups != nil {
					for g, grp := range d.Groups {
						if v := s.Parts[i][g]; v > 0 && find(l, s.Partner, cat, grp).Count != v {
							t.Errorf("%s: segment %s %s %s (%d) has no region", name, s.Partner, cat, grp, v)
						}
					}
					continue
				}
				if c.opt.Kind == Stacked && s.Values[i] == 0 {
					continue // nothing drawn, nothing to click
				}
				if r := find(l, s.Partner, cat, ""); r.Partner == "" || r.Count != s.Values[i] {
					t.Errorf("%s: bar %s %s (%d) has region %+v", name, s.Partner, cat, s.Values[i], r)
				}
			}
		}
		if c.opt.Kind == Lines {
			continue // points of equal value coincide
		}
		for i, a := range l.Regions {
			for _, b := range l.Regions[i+1:] {
				if a.Hit.Overlaps(b.Hit) {
					t.Errorf("%s: regions %s %s %s and %s %s %s overlap", name, a.Partner, a.Category, a.Group, b.Partner, b.Category, b.Group)
				}
			}
		}
	}
}

// TestRegionsAreWhereTheBarsAreDrawn renders the PNG and reads the colour
// at the middle of each mark: the partner's own colour (or, in a
// breakdown, a shade of it) must be there.
func TestRegionsAreWhereTheBarsAreDrawn(t *testing.T) {
	for name, c := range regionCases() {
		if c.opt.Kind == Lines {
			continue
		}
		l, err := LayoutOf(c.tab, c.opt)
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := Render(&buf, c.tab, c.opt); err != nil {
			t.Fatal(err)
		}
		img, err := png.Decode(&buf)
		if err != nil {
			t.Fatal(err)
		}
		if img.Bounds().Dx() != l.Width || img.Bounds().Dy() != l.Height {
			t.Fatalf("%s: image %v, layout %dx%d", name, img.Bounds().Size(), l.Width, l.Height)
		}
		checked := 0
		for _, r := range l.Regions {
			if r.Mark.Dx() < 3 || r.Mark.Dy() < 3 || (r.Group == "" && c.tab.Groups != nil) {
				continue // too thin to sample, or a whole stack of shades
			}
			want := CountryColour(r.Partner)
			if r.Group != "" {
				d := seriesOf(c.tab, c.opt.Kind)
				for g, grp := range d.Groups {
					if grp == r.Group {
						want = lighten(want, d.Lighten[g])
					}
				}
			}
			// Sample off-centre: a breakdown prints its count in the middle.
			p := image.Pt(r.Mark.Min.X+1, r.Mark.Max.Y-2)
			if got := color.RGBAModel.Convert(img.At(p.X, p.Y)).(color.RGBA); got != want {
				t.Errorf("%s: %s %s %s at %v is %v, want %v", name, r.Partner, r.Category, r.Group, p, got, want)
			}
			checked++
		}
		if checked < 4 {
			t.Errorf("%s: only %d marks sampled", name, checked)
		}
	}
}

func TestLinePointsFindTheNearest(t *testing.T) {
	l, err := LayoutOf(smallTable(), Options{Kind: Lines})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range l.Regions {
		got, ok := l.At(centre(r.Mark))
		if !ok || got.Category != r.Category || got.Count != r.Count {
			t.Errorf("point %s %s (%d): click finds %+v", r.Partner, r.Category, r.Count, got)
		}
	}
	if _, ok := l.At(image.Pt(1, 1)); ok {
		t.Error("a click in the corner found a mark")
	}
}

func TestEmptyChartHasNoRegions(t *testing.T) {
	for name, tab := range edgeCases() {
		l, err := LayoutOf(tab, Options{})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if seriesOf(tab, Bars).empty() != (len(l.Regions) == 0) {
			t.Errorf("%s: %d regions", name, len(l.Regions))
		}
	}
}

func centre(r image.Rectangle) image.Point { return r.Min.Add(r.Max).Div(2) }

func find(l Layout, partner, cat, group string) Region {
	for _, r := range l.Regions {
		if r.Partner == partner && r.Category == cat && r.Group == group {
			return r
		}
	}
	return Region{}
}
