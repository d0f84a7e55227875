package ui

import (
	"context"
	"errors"
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"parley/app"
	"parley/ui/chartview"
	"parley/ui/codebookview"
	"parley/ui/libraryview"
	"parley/ui/meetingsview"
	"parley/ui/readerview"
)

// Env is what the command gives the window: the open library and how to
// open another. The UI never opens a library file itself: cmd/parley wires
// the store, so ui keeps to the app use cases.
type Env struct {
	Path    string
	Library *app.Library
	Version string
	// Open opens (creating it when it does not exist) the library file at
	// path, ready to use; the shell closes the one it replaces.
	Open func(path string) (*app.Library, error)
}

// Shell is the main window: a navigation on the side, one screen per
// tab, the menus, the shortcuts and drag-and-drop import.
type Shell struct {
	ctx  context.Context
	app  fyne.App
	win  fyne.Window
	env  Env
	lib  *app.Library
	path string

	library  *libraryview.View
	reader   *readerview.View
	meetings *meetingsview.View
	codebook *codebookview.View
	charts   *chartview.View
	importer *importer
	settings *settings

	tabs   *container.AppTabs
	status *widget.Label
}

// Tab names, also used by tests and screenshots.
const (
	TabLibrary  = "Library"
	TabMeetings = "Meetings"
	TabCodebook = "Codebook"
	TabCharts   = "Charts"
	TabImport   = "Import"
	TabSettings = "Settings"
)

// NewShell builds the window's content on env's library.
func NewShell(ctx context.Context, a fyne.App, w fyne.Window, env Env) *Shell {
	s := &Shell{ctx: ctx, app: a, win: w, env: env}
	s.status = widget.NewLabel("")
	s.status.Truncation = fyne.TextTruncateEllipsis
	s.importer = newImporter(ctx, func() *app.Library { return s.lib }, func(app.ImportSummary) { s.refreshAll() })
	s.settings = newSettings(s)
	s.use(env.Library, env.Path)
	w.SetMainMenu(s.mainMenu())
	s.addShortcuts()
	w.SetOnDropped(func(_ fyne.Position, uris []fyne.URI) { s.importURIs(uris) })
	return s
}

// use builds every screen on lib (at start, and when the analyst opens
// another library).
func (s *Shell) use(lib *app.Library, path string) {
	s.lib, s.path = lib, path
	s.win.SetTitle("Parley — " + path)
	s.library = libraryview.New(s.ctx, lib)
	s.reader = readerview.New(s.ctx, lib)
	s.meetings = meetingsview.New(s.ctx, lib)
	s.codebook = codebookview.New(s.ctx, lib)
	s.codebook.SetWindow(s.win)
	s.charts = chartview.New(s.ctx, lib)
	s.wire()

	split := container.NewHSplit(s.library.Content(), s.reader.Content())
	split.Offset = 0.45
	s.tabs = container.NewAppTabs(
		container.NewTabItem(tabTitle(TabLibrary), split),
		container.NewTabItem(tabTitle(TabMeetings), s.meetings.Content()),
		container.NewTabItem(tabTitle(TabCodebook), s.codebook.Content()),
		container.NewTabItem(tabTitle(TabCharts), s.charts.Content()),
		container.NewTabItem(tabTitle(TabImport), s.importer.content()),
		container.NewTabItem(tabTitle(TabSettings), s.settings.content()),
	)
	s.tabs.SetTabLocation(container.TabLocationLeading)
	s.win.SetContent(container.NewBorder(nil, s.status, nil, nil, s.tabs))
	s.settings.update()
	s.refreshAll()
}

// wire connects the screens: a meeting or a bar leads to its evidence in
// the reader, the active session gives the reader its coder.
func (s *Shell) wire() {
	s.library.OnOpen = func(id int64) { s.reader.Show(id, 0, 0) }
	openEvidence := func(m app.Meeting) {
		s.tabs.SelectIndex(0)
		start, end := m.EvidenceStart, m.EvidenceEnd
		if m.Teaser { // teaser evidence points into the teaser item, not the body
			start, end = 0, 0
		}
		s.reader.Show(m.ArticleID, start, end)
	}
	s.meetings.OnOpenEvidence = openEvidence
	s.charts.OnOpenMeeting = openEvidence
	s.codebook.OnSessionChanged = func(sess app.Session) {
		if sess.Open() {
			s.reader.SetCoder(sess.Coder)
		}
	}
	s.codebook.OnCodebookChanged = s.reader.Reload
	// A coding in the reader changes the list's and the codebook's counts
	// and charts filtered by tag; a meeting added there changes the review
	// queue too, which is the one reload that reads every meeting.
	s.reader.OnChange = func(meeting bool) {
		s.library.Refresh()
		s.codebook.Refresh()
		s.charts.Refresh()
		if meeting {
			s.meetings.Refresh()
		}
	}
}

// refreshAll reloads every screen from the library (after an import, an
// undo, or opening another library).
func (s *Shell) refreshAll() {
	s.library.Refresh()
	s.meetings.Refresh()
	s.codebook.Refresh()
	s.charts.Refresh()
	s.reader.Reload()
}

// tabTitle is a tab's name in the UI language.
func tabTitle(name string) string {
	switch name {
	case TabLibrary:
		return lang.L("Library")
	case TabMeetings:
		return lang.L("Meetings")
	case TabCodebook:
		return lang.L("Codebook")
	case TabCharts:
		return lang.L("Charts")
	case TabImport:
		return lang.L("Import")
	case TabSettings:
		return lang.L("Settings")
	}
	return name
}

// Select shows the tab of that name (TabLibrary…).
func (s *Shell) Select(name string) {
	for i, t := range s.tabs.Items {
		if t.Text == tabTitle(name) {
			s.tabs.SelectIndex(i)
		}
	}
}

func (s *Shell) setStatus(text string) { s.status.SetText(text) }

// showError shows a failure in a dialog; its message names the file or
// field and the problem.
func (s *Shell) showError(err error) {
	dialog.ShowError(err, s.win)
}

// undo and redo step through the coding history (codes, passages, memos).
func (s *Shell) undo(redo bool) {
	lib := s.lib
	go func() {
		var ch app.Change
		var err error
		if redo {
			ch, err = lib.Store.Redo(s.ctx)
		} else {
			ch, err = lib.Store.Undo(s.ctx)
		}
		fyne.Do(func() {
			switch {
			case errors.Is(err, app.ErrNothingToUndo):
				s.setStatus(lang.L("Nothing to undo."))
			case errors.Is(err, app.ErrNothingToRedo):
				s.setStatus(lang.L("Nothing to redo."))
			case err != nil:
				s.showError(err)
			default:
				if redo {
					s.setStatus(lang.L("Redone: {{.Step}}", map[string]any{"Step": ch.Label}))
				} else {
					s.setStatus(lang.L("Undone: {{.Step}}", map[string]any{"Step": ch.Label}))
				}
				s.reader.Reload()
				s.codebook.Refresh()
				s.library.Refresh()
			}
		})
	}()
}

// openLibrary switches to another library file; the current one stays
// open when the new one cannot be opened.
func (s *Shell) openLibrary(path string) {
	go func() {
		lib, err := s.env.Open(path)
		fyne.Do(func() {
			if err != nil {
				s.showError(fmt.Errorf("%s: %w", path, err))
				return
			}
			old := s.lib
			s.use(lib, path)
			if err := old.Store.Close(); err != nil {
				fyne.LogError("closing the previous library", err)
			}
			s.app.Preferences().SetString(PrefLibrary, path)
			s.setStatus(lang.L("Opened {{.File}}", map[string]any{"File": path}))
		})
	}()
}
