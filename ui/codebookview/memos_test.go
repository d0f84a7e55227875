package codebookview

import (
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"parley/app"
)

func TestMemoOnTheChosenCode(t *testing.T) {
	s := newScreen(t)
	code, err := s.lib.AddCode(s.ctx, "Visites", "", "", "")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.lib.AddMemo(s.ctx, app.MemoLibrary, "", "Plan", "Lire les dépêches de 2020"); err != nil {
		t.Fatal(err)
	}
	s.v.Refresh()
	s.wait("the codebook")
	s.choose(t, "Visites")
	s.v.tabs.SelectIndex(1)
	p := &s.v.memos
	if len(p.rows) != 0 {
		t.Fatalf("the code's memos list shows %d memos before any", len(p.rows))
	}

	test.Tap(p.add)
	test.Type(dialogWidget[*widget.Entry](t, s), "Critère")
	test.Tap(s.dialogButton(t, "Add"))
	s.wait("the memos after adding one")
	memos := func() []app.Memo {
		ms, err := s.lib.Store.Memos(s.ctx, app.MemoFilter{Kind: app.MemoCode, TargetID: code.ID})
		if err != nil {
			t.Fatal(err)
		}
		return ms
	}
	if ms := memos(); len(ms) != 1 || ms[0].Title != "Critère" || len(p.rows) != 1 {
		t.Fatalf("memos on the code: %+v; %d listed", ms, len(p.rows))
	}
	p.filter.SetSelected(allMemos())
	if len(p.rows) != 2 || p.rows[0].on != "the library" || p.rows[1].on != "code Visites" {
		t.Errorf("all memos: %+v", p.rows)
	}

	p.list.Select(1)
	test.Tap(p.edit)
	for _, o := range s.dialogObjects(t) {
		if e, ok := o.(*widget.Entry); ok && e.MultiLine {
			test.Type(e, "Une rencontre en personne.")
		}
	}
	test.Tap(s.dialogButton(t, "Save"))
	s.wait("the memos after editing")
	if ms := memos(); len(ms) != 1 || ms[0].Text != "Une rencontre en personne." || p.text.Text != ms[0].Text {
		t.Errorf("edited memo %+v; shown %q", ms, p.text.Text)
	}

	test.Tap(p.remove)
	test.Tap(s.dialogButton(t, "Delete"))
	s.wait("the memos after deleting")
	if ms := memos(); len(ms) != 0 || len(p.rows) != 1 {
		t.Errorf("after Delete: %+v on the code, %d listed", ms, len(p.rows))
	}
}
