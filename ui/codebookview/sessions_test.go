package codebookview

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"parley/app"
)

func TestStartAndEndASession(t *testing.T) {
	s := newScreen(t)
	var told []app.Session
	s.v.OnSessionChanged = func(ss app.Session) { told = append(told, ss) }
	if !s.v.sessions.end.Disabled() || s.v.Coder() != "" {
		t.Fatalf("end enabled or a coder (%q) before any session", s.v.Coder())
	}
	if _, err := s.lib.AddCode(s.ctx, "Visites", "", "", ""); err != nil {
		t.Fatal(err)
	}
	arts := s.articles(t)

	s.v.tabs.SelectIndex(2)
	p := &s.v.sessions
	test.Type(p.name, "Tour 1")
	test.Type(p.coder, "ana")
	p.scopeKind.SetSelected("Articles")
	test.Type(p.scope, fmt.Sprintf("%d,%d", arts[0].ID, arts[1].ID))
	test.Tap(p.start)
	s.wait("the sessions after starting one")

	sessions, err := s.lib.Sessions(s.ctx)
	if err != nil || len(sessions) != 1 || !sessions[0].Open() || sessions[0].Coder != "ana" || sessions[0].InScope != 2 {
		t.Fatalf("sessions after Start: %+v %v", sessions, err)
	}
	if len(told) != 1 || told[0].ID != sessions[0].ID || s.v.Coder() != "ana" || s.v.Session().ID != sessions[0].ID {
		t.Errorf("the shell was told %+v; Coder() %q", told, s.v.Coder())
	}
	if p.end.Disabled() || len(p.rows) != 1 {
		t.Errorf("end disabled or %d rows after starting", len(p.rows))
	}

	// A coding in the session shows as progress, in the table and the label.
	s.code(t, arts[0].ID, 0, 12, "Visites", s.v.Coder())
	s.v.Refresh()
	s.wait("the sessions after a coding")
	want := "1 of 2 articles coded, 1 to do"
	if got := sessionCell(p.rows[0], 5); got != want {
		t.Errorf("progress cell %q, want %q", got, want)
	}
	if !slices.Contains(shownTexts(p.table), want) || !strings.Contains(p.activeLabel.Text, want) {
		t.Errorf("the table or label does not show %q: %q / %q", want, shownTexts(p.table), p.activeLabel.Text)
	}
	if len(told) != 1 {
		t.Errorf("a reload told the shell again: %+v", told)
	}

	test.Tap(p.end)
	s.wait("the sessions after ending one")
	sessions, _ = s.lib.Sessions(s.ctx)
	if sessions[0].Open() {
		t.Fatal("the session is still open in the library after End")
	}
	if len(told) != 2 || told[1].Open() || s.v.Session().ID != 0 || !p.end.Disabled() {
		t.Errorf("after End the shell was told %+v; active %+v", told, s.v.Session())
	}
	if got := sessionCell(p.rows[0], 4); got == "open" || got == "" {
		t.Errorf("ended cell %q", got)
	}
}

func TestASessionStartedElsewhereBecomesActive(t *testing.T) {
	s := newScreen(t)
	var told app.Session
	s.v.OnSessionChanged = func(ss app.Session) { told = ss }
	if _, err := s.lib.StartSession(s.ctx, "Tour 2", "bao", ""); err != nil { // as the CLI would
		t.Fatal(err)
	}
	s.v.Refresh()
	s.wait("the sessions")
	if s.v.Coder() != "bao" || told.Name != "Tour 2" {
		t.Errorf("Coder() %q, told %+v", s.v.Coder(), told)
	}
}
