package ui

import (
	"context"
	"image/png"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"parley/app"
	"parley/app/apptest"
	"parley/ui/uitest"
)

// TestScreenshots writes a PNG of each screen on the demo library to the
// folder $PARLEY_SCREENSHOTS (`make screenshots` sets docs/), drawn by
// Fyne's software painter at 1280×800 in the light theme. It checks each
// image is a drawn screen, not a blank one.
func TestScreenshots(t *testing.T) {
	dir := os.Getenv("PARLEY_SCREENSHOTS")
	if dir == "" {
		t.Skip("set PARLEY_SCREENSHOTS=folder (make screenshots)")
	}
	lib := uitest.Demo(t)
	ctx := context.Background()
	// A little annotation, so the reader and the codebook show colours.
	for _, c := range []struct{ name, colour string }{{"coopération économique", "#E69F00"}, {"défense et sécurité", "#56B4E9"}, {"ton cordial", "#009E73"}} {
		if _, err := lib.AddCode(ctx, c.name, "", c.colour, ""); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := lib.StartSession(ctx, "lecture 2023", "anne", ""); err != nil {
		t.Fatal(err)
	}
	arts, err := lib.Store.FindArticles(ctx, "demo_04_biden_trong_partenariat.txt")
	if err != nil || len(arts) != 1 {
		t.Fatalf("demo article: %v %v", arts, err)
	}
	ref := strconv.FormatInt(arts[0].ID, 10)
	for _, c := range []struct{ quote, code string }{{"partenariat stratégique intégral", "coopération économique"}, {"semi-conducteurs", "coopération économique"}} {
		if _, err := lib.CodePassage(ctx, app.CodingRequest{Article: ref, Quote: c.quote, Code: c.code, Coder: "anne"}); err != nil {
			t.Logf("coding %q: %v", c.quote, err)
		}
	}

	a := test.NewTempApp(t)
	a.Settings().SetTheme(fixedVariant{theme.DefaultTheme(), theme.VariantLight})
	w := test.NewWindow(nil)
	defer w.Close()
	s := NewShell(ctx, a, w, Env{Path: "demo.parley", Library: lib, Version: "screenshots"})
	w.Resize(fyne.NewSize(1280, 800))
	settle := func() { time.Sleep(1500 * time.Millisecond) }
	settle()
	s.reader.Show(arts[0].ID, 0, 0)
	settle()
	for _, tab := range []string{TabLibrary, TabMeetings, TabCodebook, TabCharts, TabImport, TabSettings} {
		s.Select(tab)
		settle()
		img := w.Canvas().Capture()
		if n := apptest.Colours(img, 4); n < 20 {
			t.Errorf("%s: %d colours, the screen looks blank", tab, n)
		}
		f, err := os.Create(filepath.Join(dir, "screen-"+lower(tab)+".png"))
		if err != nil {
			t.Fatal(err)
		}
		if err := png.Encode(f, img); err != nil {
			t.Fatal(err)
		}
		f.Close()
	}
}

func lower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
