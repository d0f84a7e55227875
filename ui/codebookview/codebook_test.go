package codebookview

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"parley/app"
)

// addCode adds a code through the Add button and its dialog; topLevel
// chooses "At the top level" when a code is chosen.
func (s *screen) addCode(t *testing.T, name string, topLevel bool) {
	t.Helper()
	test.Tap(s.v.codes.add)
	test.Type(dialogWidget[*widget.Entry](t, s), name)
	if topLevel {
		dialogWidget[*widget.RadioGroup](t, s).SetSelected("At the top level")
	}
	test.Tap(s.dialogButton(t, "Add"))
	s.wait("the codebook after adding " + name)
}

func TestCodeTreeChangesTheCodebook(t *testing.T) {
	s := newScreen(t)
	if !s.v.codes.rename.Disabled() || !s.v.codes.remove.Disabled() {
		t.Fatal("rename and delete are enabled with no code chosen")
	}

	// Add: at the top level with nothing chosen, then under the chosen code.
	s.addCode(t, "Coopération", false)
	coop := s.find(t, "Coopération")
	if coop.ParentID != 0 || s.v.codes.selected != coop.ID {
		t.Fatalf("added code %+v; chosen %d", coop, s.v.codes.selected)
	}
	s.addCode(t, "Défense", false)
	if def := s.find(t, "Coopération/Défense"); s.v.codes.selected != def.ID {
		t.Errorf("the new sub-code is not the chosen one")
	}
	s.addCode(t, "Economie", true)
	eco := s.find(t, "Economie")
	if eco.ParentID != 0 || eco.Color == coop.Color {
		t.Errorf("top-level code %+v; the first code's colour %s", eco, coop.Color)
	}

	// Rename the chosen code.
	test.Tap(s.v.codes.rename)
	name := dialogWidget[*widget.Entry](t, s)
	name.SetText("")
	test.Type(name, "Économie")
	test.Tap(s.dialogButton(t, "Rename"))
	s.wait("the codebook after renaming")
	if c := s.find(t, "Économie"); c.ID != eco.ID {
		t.Errorf("renamed code has id %d, want %d", c.ID, eco.ID)
	}

	// Move it under Coopération.
	test.Tap(s.v.codes.move)
	to := dialogWidget[*widget.Select](t, s)
	if slices.Contains(to.Options, "Économie") {
		t.Errorf("a code is offered as its own parent: %q", to.Options)
	}
	to.SetSelected("Coopération")
	test.Tap(s.dialogButton(t, "Move"))
	s.wait("the codebook after moving")
	if c := s.find(t, "Coopération/Économie"); c.ParentID != coop.ID {
		t.Errorf("moved code has parent %d, want %d", c.ParentID, coop.ID)
	}

	// The tree shows each code's name and passage count.
	arts := s.articles(t)
	s.code(t, arts[0].ID, 0, 10, "Coopération/Défense", "ana")
	s.code(t, arts[1].ID, 5, 25, "Coopération/Défense", "ana")
	s.code(t, arts[0].ID, 20, 40, "Coopération/Économie", "ana")
	s.code(t, arts[0].ID, 0, 10, "Coopération/Économie", "ana") // same span: dropped by the merge
	s.v.Refresh()
	s.wait("the codebook after coding")
	shown := shownTexts(s.v.codes.tree)
	for _, want := range []string{"Coopération", "Défense", "Économie", "2", "0"} {
		if !slices.Contains(shown, want) {
			t.Errorf("the tree does not show %q: %q", want, shown)
		}
	}

	// Merge Économie into Défense.
	s.choose(t, "Coopération/Économie")
	test.Tap(s.v.codes.merge)
	into := dialogWidget[*widget.Select](t, s)
	into.SetSelected("Coopération/Défense")
	test.Tap(s.dialogButton(t, "Merge"))
	s.wait("the codebook after merging")
	b := s.book(t)
	if _, err := b.Find("Économie"); err == nil {
		t.Error("the merged code is still in the codebook")
	}
	if def := s.find(t, "Coopération/Défense"); def.Passages != 3 || s.v.codes.selected != def.ID {
		t.Errorf("Défense after the merge: %d passages (want 2 + 1 moved, 1 dropped); chosen %d", def.Passages, s.v.codes.selected)
	}

	// Colour from the palette, and the description.
	test.Tap(s.v.codes.recolor)
	var sw *swatch
	for _, o := range s.dialogObjects(t) {
		if c, ok := o.(*swatch); ok && c.hex == palette[3] {
			sw = c
		}
	}
	if sw == nil {
		t.Fatalf("no swatch %s in the colour dialog", palette[3])
	}
	test.Tap(sw)
	s.wait("the codebook after the colour")
	s.v.details.description.SetText("Accords de défense, exercices communs.")
	test.Tap(s.v.details.save)
	s.wait("the codebook after the description")
	if def := s.find(t, "Coopération/Défense"); def.Color != palette[3] || def.Description != "Accords de défense, exercices communs." {
		t.Errorf("Défense: colour %s description %q", def.Color, def.Description)
	}

	// Delete Coopération: the dialog says what goes with it.
	s.choose(t, "Coopération")
	test.Tap(s.v.codes.remove)
	msg := strings.Join(s.dialogTexts(t), " ")
	if !strings.Contains(msg, "3 passages will be uncoded") || !strings.Contains(msg, "1 sub-codes") {
		t.Errorf("delete dialog says %q", msg)
	}
	test.Tap(s.dialogButton(t, "Delete"))
	s.wait("the codebook after deleting")
	if b := s.book(t); len(b.Codes) != 0 {
		t.Errorf("codes left after deleting the only top-level code: %+v", b.Codes)
	}
	if ps, _ := s.lib.ListPassages(s.ctx, app.PassageQuery{}); len(ps) != 0 {
		t.Errorf("%d passages left coded", len(ps))
	}
	if s.v.codes.selected != 0 || !s.v.codes.remove.Disabled() {
		t.Errorf("a deleted code is still chosen: %d", s.v.codes.selected)
	}
}

func TestCodeErrorsNameTheCode(t *testing.T) {
	s := newScreen(t)
	s.addCode(t, "Paix/Guerre", false)
	if got := s.v.status.Text; !strings.Contains(got, "Paix/Guerre") || !strings.Contains(got, "separates") {
		t.Errorf("status after a bad name: %q", got)
	}
	if b := s.book(t); len(b.Codes) != 0 {
		t.Errorf("a bad name was stored: %+v", b.Codes)
	}
}

func TestCodebookChangeIsReported(t *testing.T) {
	s := newScreen(t)
	changes := 0
	s.v.OnCodebookChanged = func() { changes++ }
	s.addCode(t, "Visites", false)
	if changes != 1 {
		t.Errorf("OnCodebookChanged called %d times after adding a code", changes)
	}
}

func TestTreeKeysRenameAndDelete(t *testing.T) {
	s := newScreen(t)
	s.addCode(t, "Visite", false)
	s.w.Canvas().Focus(s.v.codes.tree)
	s.w.Canvas().Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyF2})
	name := dialogWidget[*widget.Entry](t, s)
	name.SetText("Visites")
	test.Tap(s.dialogButton(t, "Rename"))
	s.wait("the codebook after F2")
	s.find(t, "Visites")

	s.w.Canvas().Focus(s.v.codes.tree)
	s.w.Canvas().Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyDelete})
	test.Tap(s.dialogButton(t, "Delete"))
	s.wait("the codebook after Delete")
	if b := s.book(t); len(b.Codes) != 0 {
		t.Errorf("codes after the Delete key: %+v", b.Codes)
	}
}
