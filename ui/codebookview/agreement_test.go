package codebookview

import (
	"slices"
	"testing"

	"fyne.io/fyne/v2/test"

	"parley/app"
)

func TestAgreementTableShowsTheLibraryFigures(t *testing.T) {
	s := newScreen(t)
	for _, name := range []string{"Visites", "Accords"} {
		if _, err := s.lib.AddCode(s.ctx, name, "", "", ""); err != nil {
			t.Fatal(err)
		}
	}
	arts := s.articles(t)
	a, b := arts[0].ID, arts[1].ID
	// ana and bao overlap on Visites in a, differ in b; only ana uses Accords.
	s.code(t, a, 0, 120, "Visites", "ana")
	s.code(t, a, 40, 160, "Visites", "bao")
	s.code(t, b, 10, 60, "Visites", "ana")
	s.code(t, b, 200, 260, "Visites", "bao")
	s.code(t, a, 300, 400, "Accords", "ana")
	s.v.Refresh()
	s.wait("the coders")

	s.v.tabs.SelectIndex(3)
	p := &s.v.agreement
	if !slices.Equal(p.first.Options, []string{"ana", "bao"}) {
		t.Fatalf("coders offered: %q", p.first.Options)
	}
	p.first.SetSelected("ana")
	p.second.SetSelected("bao")
	test.Tap(p.compute)
	s.wait("the agreement table")

	rep, err := s.lib.Agreement(s.ctx, app.AgreementRequest{Coders: []string{"ana", "bao"}})
	if err != nil {
		t.Fatal(err)
	}
	want := append(slices.Clone(rep.Codes), rep.Overall)
	if len(p.rows) != len(want) || len(want) != 3 {
		t.Fatalf("%d rows shown, library gives %d: %+v", len(p.rows), len(want), want)
	}
	shown := shownTexts(p.table)
	for i, w := range want {
		for col := 1; col <= 4; col++ {
			if got, exp := agreementCell(p.rows[i], col), agreementCell(w, col); got != exp {
				t.Errorf("row %s column %d: %q, library gives %q", w.Name, col, got, exp)
			}
		}
		if w.Kappa != nil && !slices.Contains(shown, figure(w.Kappa, 3)) {
			t.Errorf("κ %s of %s not drawn: %q", figure(w.Kappa, 3), w.Name, shown)
		}
	}
	for _, w := range want {
		if w.Name == "Visites" && (w.Kappa == nil || *w.Kappa <= 0 || *w.Kappa >= 1) {
			t.Errorf("the Visites codings should agree partly: κ %s", figure(w.Kappa, 3))
		}
	}

	// One code only.
	p.code.SetSelected("Accords")
	test.Tap(p.compute)
	s.wait("the agreement on one code")
	if len(p.rows) != 2 || p.rows[0].Name != "Accords" {
		t.Errorf("rows for Accords only: %+v", p.rows)
	}
}
