// Command parley is the desktop workbench. It opens the library (--db FILE,
// else $PARLEY_DB, else the library chosen last in the settings, else the
// user's library, created with the demo articles on first start) and shows
// it in a Fyne window.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"strings"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"

	"parley/app"
	"parley/assets"
	"parley/data"
	"parley/ui"
	"parley/ui/uikit"
)

// version is set at build time with -ldflags "-X main.version=…".
var version = "dev"

func main() {
	dbFlag := flag.String("db", "", "library `file` (default: $PARLEY_DB, else the last one opened, else the user's library)")
	showVersion := flag.Bool("version", false, "print the version")
	flag.Parse()
	if *showVersion {
		fmt.Println("parley", version)
		return
	}
	if flag.NArg() > 0 {
		fmt.Fprintf(os.Stderr, "parley: unexpected argument %q\n", flag.Arg(0))
		flag.Usage()
		os.Exit(2)
	}
	if err := run(*dbFlag); err != nil {
		fmt.Fprintln(os.Stderr, "parley:", err)
		os.Exit(1)
	}
}

func run(path string) error {
	a := fyneapp.NewWithID("org.parley.workbench")
	a.SetIcon(fyne.NewStaticResource("icon.png", assets.Icon))
	prefs := a.Preferences()
	if err := uikit.UseLanguage(prefs.String(ui.PrefLanguage)); err != nil {
		fyne.LogError("choosing the UI language", err)
	}
	ui.ApplyTheme(a, prefs.String(ui.PrefTheme))
	if list := strings.Split(prefs.String(ui.PrefPartners), ","); list[0] != "" {
		app.SetPartners(list)
	}
	focal := prefs.String(ui.PrefFocal)

	if path == "" {
		path = os.Getenv("PARLEY_DB")
	}
	if path == "" {
		path = prefs.String(ui.PrefLibrary)
	}
	if path == "" {
		p, err := app.DefaultLibraryPath()
		if err != nil {
			return err
		}
		path = p
	}
	ctx := context.Background()
	open := func(p string) (*app.Library, error) { return openLibrary(ctx, p, focal) }

	w := a.NewWindow("Parley")
	w.Resize(fyne.NewSize(1280, 800))
	lib, err := open(path)
	if err != nil {
		ui.ShowOpenFailure(w, path, err, open, func(l *app.Library, p string) {
			ui.NewShell(ctx, a, w, ui.Env{Path: p, Library: l, Version: version, Open: open})
		})
	} else {
		ui.NewShell(ctx, a, w, ui.Env{Path: path, Library: lib, Version: version, Open: open})
	}
	w.ShowAndRun()
	return nil
}

// openLibrary opens (or creates) a library file with meeting extraction on,
// and loads the demo articles into a library that has never had any.
func openLibrary(ctx context.Context, path, focal string) (*app.Library, error) {
	store, err := data.Open(path)
	if err != nil {
		return nil, err
	}
	lib := app.NewLibrary(store)
	lib.Focal = focal
	lib.Background = true // imports leave the analyst's queries a core
	if err := lib.EnableExtraction(ctx, assets.Gazetteer()); err != nil {
		store.Close()
		return nil, err
	}
	if _, err := lib.LoadDemo(ctx, assets.Demo()); err != nil {
		store.Close()
		return nil, fmt.Errorf("loading the demo library into %s: %w", path, err)
	}
	return lib, nil
}
