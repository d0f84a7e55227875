// Command parley is the desktop workbench. It opens the library (--db FILE,
// else $PARLEY_DB, else the user's library) and shows it in a Fyne window.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/container"

	"parley/app"
	"parley/assets"
	"parley/data"
	"parley/ui/chartview"
	"parley/ui/libraryview"
	"parley/ui/meetingsview"
)

// version is set at build time with -ldflags "-X main.version=…".
var version = "dev"

func main() {
	dbFlag := flag.String("db", "", "library `file` (default: $PARLEY_DB, else the user's library)")
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
	if path == "" {
		p, err := app.DefaultLibraryPath()
		if err != nil {
			return err
		}
		path = p
	}
	store, err := data.Open(path)
	if err != nil {
		return err
	}
	defer store.Close()
	lib := app.NewLibrary(store)
	ctx := context.Background()
	if err := lib.EnableExtraction(ctx, assets.Gazetteer()); err != nil {
		return err
	}
	if _, err := lib.LoadDemo(ctx, assets.Demo()); err != nil {
		return fmt.Errorf("loading the demo library into %s: %w", path, err)
	}

	a := fyneapp.NewWithID("org.parley.workbench")
	a.SetIcon(fyne.NewStaticResource("icon.png", assets.Icon))
	w := a.NewWindow("Parley — " + path)
	view := libraryview.New(ctx, lib)
	meetings := meetingsview.New(ctx, lib)
	chart := chartview.New(ctx, lib)
	w.SetContent(container.NewAppTabs(
		container.NewTabItem("Library", view.Content()),
		container.NewTabItem("Meetings", meetings.Content()),
		container.NewTabItem("Charts", chart.Content()),
	))
	w.Resize(fyne.NewSize(1100, 720))
	view.Refresh()
	meetings.Refresh()
	chart.Refresh()
	w.ShowAndRun()
	return nil
}
