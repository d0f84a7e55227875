package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"

	"parley/charts"
)

// Shortcuts of the app; Ctrl on Linux and Windows, Cmd on macOS.
var (
	shortcutImport = &desktop.CustomShortcut{KeyName: fyne.KeyO, Modifier: fyne.KeyModifierShortcutDefault}
	shortcutFind   = &desktop.CustomShortcut{KeyName: fyne.KeyF, Modifier: fyne.KeyModifierShortcutDefault}
	shortcutExport = &desktop.CustomShortcut{KeyName: fyne.KeyE, Modifier: fyne.KeyModifierShortcutDefault}
	shortcutUndo   = &desktop.CustomShortcut{KeyName: fyne.KeyZ, Modifier: fyne.KeyModifierShortcutDefault}
	shortcutRedo   = &desktop.CustomShortcut{KeyName: fyne.KeyZ, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
)

func (s *Shell) mainMenu() *fyne.MainMenu {
	item := func(label string, sc fyne.Shortcut, action func()) *fyne.MenuItem { // label already translated
		it := fyne.NewMenuItem(label, action)
		it.Shortcut = sc
		return it
	}
	file := fyne.NewMenu(lang.L("File"),
		item(lang.L("Import files…"), shortcutImport, s.showImportFile),
		item(lang.L("Import folder…"), nil, s.showImportFolder),
		fyne.NewMenuItemSeparator(),
		item(lang.L("Export CSV…"), shortcutExport, s.showExport),
		item(lang.L("Save chart as PNG…"), nil, func() { s.charts.ShowSaveChart(charts.PNG) }),
		item(lang.L("Save chart as SVG…"), nil, func() { s.charts.ShowSaveChart(charts.SVG) }),
		fyne.NewMenuItemSeparator(),
		item(lang.L("Open library…"), nil, s.showOpenLibrary),
		item(lang.L("New library…"), nil, s.showNewLibrary),
	)
	edit := fyne.NewMenu(lang.L("Edit"),
		item(lang.L("Undo coding"), shortcutUndo, func() { s.undo(false) }),
		item(lang.L("Redo coding"), shortcutRedo, func() { s.undo(true) }),
		fyne.NewMenuItemSeparator(),
		item(lang.L("Search the library"), shortcutFind, s.focusSearch),
	)
	help := fyne.NewMenu(lang.L("Help"), item(lang.L("About Parley"), nil, s.showAbout))
	return fyne.NewMainMenu(file, edit, help)
}

// addShortcuts registers the shortcuts on the window's canvas: on Linux and
// Windows Fyne's menu bar only shows them.
func (s *Shell) addShortcuts() {
	c := s.win.Canvas()
	c.AddShortcut(shortcutImport, func(fyne.Shortcut) { s.showImportFile() })
	c.AddShortcut(shortcutFind, func(fyne.Shortcut) { s.focusSearch() })
	c.AddShortcut(shortcutExport, func(fyne.Shortcut) { s.showExport() })
	c.AddShortcut(shortcutUndo, func(fyne.Shortcut) { s.undo(false) })
	c.AddShortcut(shortcutRedo, func(fyne.Shortcut) { s.undo(true) })
}

func (s *Shell) focusSearch() {
	s.Select(TabLibrary)
	s.library.FocusSearch(s.win.Canvas())
}

// Import starts importing paths and shows the import tab.
func (s *Shell) Import(paths []string) {
	s.Select(TabImport)
	if err := s.importer.start(paths); err != nil {
		s.showError(err)
	}
}

func (s *Shell) importURIs(uris []fyne.URI) {
	var paths []string
	for _, u := range uris {
		if u.Scheme() == "file" {
			paths = append(paths, u.Path())
		}
	}
	s.Import(paths)
}

// pickFile asks for an existing file (of those extensions) and passes on
// its URI; the dialog's own file handle is closed at once, as the app
// reads the file by its path.
func (s *Shell) pickFile(exts []string, then func(fyne.URI)) {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			s.showError(err)
			return
		}
		if r == nil {
			return
		}
		r.Close()
		then(r.URI())
	}, s.win)
	d.SetFilter(storage.NewExtensionFileFilter(exts))
	d.Show()
}

// pickNewFile asks where to write a file, proposing name, and passes on
// the path. The dialog creates the file empty; what the app writes there
// (export.WriteFile, a new library) replaces it.
func (s *Shell) pickNewFile(name string, exts []string, then func(path string)) {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			s.showError(err)
			return
		}
		if w == nil {
			return
		}
		path := w.URI().Path()
		w.Close()
		then(path)
	}, s.win)
	d.SetFileName(name)
	if exts != nil {
		d.SetFilter(storage.NewExtensionFileFilter(exts))
	}
	d.Show()
}

func (s *Shell) showImportFile() {
	s.pickFile([]string{".txt", ".text", ".html", ".htm", ".xhtml", ".csv"}, func(u fyne.URI) { s.importURIs([]fyne.URI{u}) })
}

func (s *Shell) showImportFolder() {
	dialog.ShowFolderOpen(func(u fyne.ListableURI, err error) {
		if err != nil {
			s.showError(err)
			return
		}
		if u != nil {
			s.importURIs([]fyne.URI{u})
		}
	}, s.win)
}

func (s *Shell) showOpenLibrary() {
	s.pickFile([]string{".parley", ".db"}, func(u fyne.URI) { s.openLibrary(u.Path()) })
}

func (s *Shell) showNewLibrary() {
	s.pickNewFile("library.parley", nil, s.openLibrary)
}

func (s *Shell) showAbout() {
	dialog.ShowInformation(lang.L("About Parley"),
		lang.L("Parley {{.Version}}: a workbench for analysts of foreign relations.", map[string]any{"Version": s.env.Version})+
			"\n"+lang.L("Library: {{.File}}", map[string]any{"File": s.path}), s.win)
}
