package codebookview

import (
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"parley/app"
)

// sessionPane is the Sessions tab: the sessions with their progress, a
// form to start one and a button to end the active one.
type sessionPane struct {
	table *widget.Table
	rows  []app.Session // newest first

	name, coder, scope *widget.Entry
	scopeKind          *widget.RadioGroup
	start, end         *widget.Button
	activeLabel        *widget.Label

	// active is the session the reader's codings go to (ID 0: none).
	// While none is active, a load makes the newest open session active
	// (one started from the CLI, or left open at the last quit), unless
	// the analyst ended one here: then only they choose the next.
	active     app.Session
	ended      bool
	selectedID int64
}

// The scope kinds of the start form.
func scopeSearch() string   { return lang.L("Search") }
func scopeArticles() string { return lang.L("Articles") }

// Coder is the name of the coder at work: the active session's coder, else
// the name typed in the Sessions tab's Coder field ("" when none). Call it
// on Fyne's goroutine.
func (v *View) Coder() string {
	if a := v.sessions.active; a.ID != 0 && a.Open() {
		return a.Coder
	}
	return strings.TrimSpace(v.sessions.coder.Text)
}

// Session is the active session (ID 0 when none is). Call it on Fyne's
// goroutine.
func (v *View) Session() app.Session {
	if a := v.sessions.active; a.ID != 0 && a.Open() {
		return a
	}
	return app.Session{}
}

func (v *View) buildSessions() {
	p := &v.sessions
	header := []string{lang.L("Session"), lang.L("Coder"), lang.L("Scope"), lang.L("Started"), lang.L("Ended"), lang.L("Progress")}
	p.table = newTextTable(header, []float32{140, 100, 160, 130, 130, 200},
		func() int { return len(p.rows) },
		func(row, col int) string { return sessionCell(p.rows[row], col) })
	p.table.OnSelected = func(id widget.TableCellID) {
		if id.Row < 0 || id.Row >= len(p.rows) {
			return
		}
		s := p.rows[id.Row]
		p.selectedID = s.ID
		if s.Open() {
			v.setActive(s)
		}
	}
	p.name = widget.NewEntry()
	p.name.SetPlaceHolder(lang.L("e.g. Round 1"))
	p.coder = widget.NewEntry()
	p.coder.SetPlaceHolder(lang.L("Your name"))
	p.scopeKind = widget.NewRadioGroup([]string{scopeSearch(), scopeArticles()}, nil)
	p.scopeKind.Horizontal = true
	p.scopeKind.Required = true
	p.scopeKind.SetSelected(scopeSearch())
	p.scope = widget.NewEntry()
	p.scope.SetPlaceHolder(lang.L("A search, or article ids and names separated by commas (optional)"))
	p.start = widget.NewButtonWithIcon(lang.L("Start session"), theme.MediaPlayIcon(), v.startSession)
	p.start.Importance = widget.HighImportance
	p.end = widget.NewButtonWithIcon(lang.L("End active session"), theme.MediaStopIcon(), v.endSession)
	p.activeLabel = widget.NewLabel("")
	p.activeLabel.Wrapping = fyne.TextWrapWord
	v.showActive()
}

func (p *sessionPane) content() fyne.CanvasObject {
	form := widget.NewForm(
		widget.NewFormItem(lang.L("Name"), p.name),
		widget.NewFormItem(lang.L("Coder"), p.coder),
		widget.NewFormItem(lang.L("Scope"), container.NewBorder(nil, nil, p.scopeKind, nil, p.scope)),
	)
	bottom := container.NewVBox(widget.NewSeparator(), p.activeLabel, container.NewHBox(p.end),
		widget.NewSeparator(), widget.NewLabelWithStyle(lang.L("New session"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		form, container.NewHBox(p.start))
	return container.NewBorder(nil, bottom, nil, nil, p.table)
}

// sessionCell is the text of one cell of the sessions table.
func sessionCell(s app.Session, col int) string {
	switch col {
	case 0:
		return s.Name
	case 1:
		return s.Coder
	case 2:
		return s.Scope
	case 3:
		return stamp(s.Started)
	case 4:
		if s.Open() {
			return lang.L("open")
		}
		return stamp(s.Ended)
	case 5:
		return progress(s)
	}
	return ""
}

func stamp(t time.Time) string { return t.Local().Format("2006-01-02 15:04") }

// progress says how far a session got: articles coded of its scope, or
// what it coded when it has no scope.
func progress(s app.Session) string {
	if strings.TrimSpace(s.Scope) != "" {
		return lang.L("{{.Done}} of {{.InScope}} articles coded, {{.ToDo}} to do",
			map[string]any{"Done": s.InScope - s.ToDo, "InScope": s.InScope, "ToDo": s.ToDo})
	}
	return lang.L("{{.Passages}} passages in {{.Articles}} articles", map[string]any{"Passages": s.Passages, "Articles": s.Articles})
}

// applySessions shows a load of the sessions and keeps the active one up
// to date (its progress, or its end if it was ended elsewhere).
func (v *View) applySessions() {
	p := &v.sessions
	p.rows = make([]app.Session, len(v.state.sessions))
	for i, s := range v.state.sessions {
		p.rows[len(p.rows)-1-i] = s
	}
	p.table.UnselectAll()
	p.table.Refresh()
	for i, s := range p.rows {
		switch {
		case s.ID == p.active.ID:
			v.setActive(s)
		case !p.ended && (p.active.ID == 0 || !p.active.Open()) && s.Open():
			v.setActive(s) // rows are newest first: the newest open one
		}
		if s.ID == p.selectedID {
			p.table.Select(widget.TableCellID{Row: i, Col: 0})
		}
	}
	v.showActive()
}

// setActive makes s the active session, telling the shell when that
// changes which session (or whether it is open).
func (v *View) setActive(s app.Session) {
	p := &v.sessions
	changed := s.ID != p.active.ID || s.Open() != p.active.Open()
	p.active = s
	v.showActive()
	if changed && v.OnSessionChanged != nil {
		v.OnSessionChanged(s)
	}
}

// showActive says which session is active and enables End accordingly.
func (v *View) showActive() {
	p := &v.sessions
	if a := p.active; a.ID != 0 && a.Open() {
		p.activeLabel.SetText(lang.L("Active session: {{.Name}}, coder {{.Coder}}; {{.Progress}}.",
			map[string]any{"Name": a.Name, "Coder": a.Coder, "Progress": progress(a)}))
		p.end.Enable()
		return
	}
	p.activeLabel.SetText(lang.L("No active session: start one below, or choose an open one in the list."))
	p.end.Disable()
}

// startSession starts a session from the form and makes it active.
func (v *View) startSession() {
	p := &v.sessions
	name, coder, scope := p.name.Text, p.coder.Text, strings.TrimSpace(p.scope.Text)
	if scope != "" && p.scopeKind.Selected == scopeArticles() {
		scope = app.ArticleScope + scope
	}
	v.write(lang.L("Could not start the session {{.Name}}", map[string]any{"Name": name}), false, func() error {
		s, err := v.lib.StartSession(v.ctx, name, coder, scope)
		if err == nil {
			fyne.DoAndWait(func() {
				p.selectedID, p.ended = s.ID, false
				p.name.SetText("")
				p.scope.SetText("")
				v.setActive(s)
			})
		}
		return err
	})
}

// endSession ends the active session.
func (v *View) endSession() {
	a := v.sessions.active
	if a.ID == 0 || !a.Open() {
		return
	}
	v.write(lang.L("Could not end the session {{.Name}}", map[string]any{"Name": a.Name}), false, func() error {
		s, err := v.lib.EndSession(v.ctx, a.Name)
		if err == nil {
			fyne.DoAndWait(func() {
				v.sessions.ended = true
				v.setActive(s)
			})
		}
		return err
	})
}
