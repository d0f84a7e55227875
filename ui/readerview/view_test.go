package readerview

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"parley/app"
	"parley/ui/uikit"
	"parley/ui/uitest"
)

// reader opens seed page 001 (accents, and "12e\u00a0Dialogue" with a
// no-break space) in a reader with two codes, as coder "ana".
type reader struct {
	t    *testing.T
	lib  *app.Library
	v    *View
	w    fyne.Window
	wait func(string)
	id   int64
	body string
}

func openReader(t *testing.T) *reader {
	test.NewTempApp(t)
	ctx := context.Background()
	lib := uitest.Seeded(t)
	for _, c := range []struct{ name, colour string }{{"Coopération", "#E69F00"}, {"Sécurité", "#56B4E9"}} {
		if _, err := lib.AddCode(ctx, c.name, "", c.colour, ""); err != nil {
			t.Fatal(err)
		}
	}
	a, err := lib.Lookup(ctx, "001_56ef91aa5f9d67eb.txt")
	if err != nil {
		t.Fatal(err)
	}
	r := &reader{t: t, lib: lib, id: a.ID, body: a.Body}
	r.v = New(ctx, lib)
	var hook func()
	hook, r.wait = uitest.Loaded(t)
	r.v.loaded = hook
	r.w = test.NewWindow(r.v.Content())
	r.w.Resize(fyne.NewSize(1100, 750))
	t.Cleanup(r.w.Close)
	r.v.SetCoder("ana")
	r.v.Show(a.ID, 0, 0)
	r.wait("the article")
	return r
}

// at is the on-screen place of a body offset, after scrolling it into view.
func (r *reader) at(offset int) fyne.Position {
	r.v.text.ScrollTo(offset)
	r.v.text.Refresh()
	return posOf(r.v.text, offset)
}

func (r *reader) passages() []app.Passage {
	r.t.Helper()
	ps, err := r.lib.ListPassages(context.Background(), app.PassageQuery{Article: idRef(r.id)})
	if err != nil {
		r.t.Fatal(err)
	}
	return ps
}

func (r *reader) pick(code string) {
	for option := range r.v.coding.codeOf {
		if strings.HasSuffix(option, code) {
			r.v.coding.picker.SetSelected(option)
			return
		}
	}
	r.t.Fatalf("no option for %s in %v", code, r.v.coding.picker.Options)
}

func TestCodeMouseSelectionStoresCodePoints(t *testing.T) {
	r := openReader(t)
	phrase := "12e\u00a0Dialogue sur la politique"
	from := runeIndex(t, r.body, phrase)
	to := from + len([]rune(phrase))
	start := r.at(from)
	r.v.text.MouseDown(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: start}, Button: desktop.MouseButtonPrimary})
	end := posOf(r.v.text, to)
	// test.Drag takes a place on the canvas; the text sits under the title.
	onCanvas := fyne.CurrentApp().Driver().AbsolutePositionForObject(r.v.text).Add(end)
	test.Drag(r.w.Canvas(), onCanvas, end.X-start.X, end.Y-start.Y)
	if s, e := r.v.text.Selection(); s != from || e != to {
		t.Fatalf("dragged selection %d-%d, want %d-%d", s, e, from, to)
	}
	var changes []bool
	r.v.OnChange = func(meeting bool) { changes = append(changes, meeting) }
	r.pick("Coopération")
	test.Tap(r.v.coding.code)
	r.wait("coding")
	ps := r.passages()
	if len(ps) != 1 {
		t.Fatalf("%d passages, want 1 (status %q)", len(ps), r.v.status.Text)
	}
	if len(changes) != 1 || changes[0] {
		t.Errorf("OnChange after a coding: %v, want one call without a meeting", changes)
	}
	p := ps[0]
	if p.Start != from || p.End != to || p.Code != "Coopération" || p.Coder != "ana" {
		t.Fatalf("stored %+v, want %d-%d Coopération by ana", p, from, to)
	}
	if p.Quote != app.Slice(r.body, from, to) || p.Quote != phrase {
		t.Fatalf("stored quote %q, want %q", p.Quote, phrase)
	}
	// The passage is drawn: the widget has a coded span with its id.
	if spans := r.v.text.SpansAt(from); len(spans) == 0 || spans[0].ID != p.ID {
		t.Fatalf("spans at %d: %+v", from, spans)
	}
}

func TestShortcutDigitCodesKeyboardSelection(t *testing.T) {
	r := openReader(t)
	word := "coprésider le 12e\u00a0Dialogue" // an accent and a no-break space
	from := runeIndex(t, r.body, word)
	test.TapAt(r.v.text, r.at(from))
	r.w.Canvas().Focus(r.v.text)
	shift := &fyne.KeyEvent{Name: desktop.KeyShiftLeft}
	r.v.text.KeyDown(shift)
	for range len([]rune(word)) {
		r.v.text.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	}
	r.v.text.KeyUp(shift)
	if got := r.v.text.SelectedText(); got != word {
		t.Fatalf("shift+right selected %q", got)
	}
	test.Type(r.v.text, "2") // the second code: Sécurité
	r.wait("coding by shortcut")
	ps := r.passages()
	if len(ps) != 1 || ps[0].Code != "Sécurité" || ps[0].Start != from || ps[0].End != from+len([]rune(word)) || ps[0].Quote != word {
		t.Fatalf("after the shortcut: %+v (status %q)", ps, r.v.status.Text)
	}
	if !strings.Contains(r.v.coding.picker.Options[1], "2") {
		t.Fatalf("the picker should show the digit of each code: %v", r.v.coding.picker.Options)
	}
}

func TestClickPassageShowsCodesThenUncode(t *testing.T) {
	r := openReader(t)
	ctx := context.Background()
	word := "Washington"
	from := runeIndex(t, r.body, word)
	for _, code := range []string{"Coopération", "Sécurité"} {
		if _, err := r.lib.CodePassage(ctx, app.CodingRequest{Article: idRef(r.id), Start: from, End: from + len(word), Code: code, Coder: "bob"}); err != nil {
			t.Fatal(err)
		}
	}
	r.v.Reload()
	r.wait("reload")
	test.TapAt(r.v.text, r.at(from+2))
	shown := r.v.coding.shownPassages
	if len(shown) != 2 || shown[0].Code != "Coopération" || shown[1].Code != "Sécurité" || shown[0].Coder != "bob" {
		t.Fatalf("the click showed %+v", shown)
	}
	// The first card's buttons: Memo…, Uncode.
	card := r.v.coding.shown.Objects[0].(*fyne.Container)
	buttons := card.Objects[2].(*fyne.Container)
	test.Tap(buttons.Objects[1].(*widget.Button))
	r.wait("uncode")
	ps := r.passages()
	if len(ps) != 1 || ps[0].Code != "Sécurité" {
		t.Fatalf("after uncoding Coopération: %+v", ps)
	}
	if shown := r.v.coding.shownPassages; len(shown) != 1 {
		t.Fatalf("the panel still lists %d passages", len(shown))
	}
}

func TestAddMeetingFromSelection(t *testing.T) {
	r := openReader(t)
	phrase := "12e\u00a0Dialogue sur la politique"
	from := runeIndex(t, r.body, phrase)
	to := from + len([]rune(phrase))
	r.v.text.Select(from, to)
	var changes []bool
	r.v.OnChange = func(meeting bool) { changes = append(changes, meeting) }
	test.Tap(r.v.coding.meeting)
	f := &r.v.coding.meetingForm
	f.partner.SetText("États-Unis")
	f.date.SetText("2024-03-30")
	f.precision.SetSelected(uikit.PrecisionText(app.PrecisionDay))
	f.mode.SetSelected(uikit.ModeText(app.ModeInPerson))
	f.submit()
	r.wait("the meeting")
	ms, err := r.lib.Store.Meetings(context.Background(), app.MeetingFilter{ArticleID: r.id})
	if err != nil {
		t.Fatal(err)
	}
	var found *app.Meeting
	for i, m := range ms {
		if m.Origin == app.OriginManual {
			found = &ms[i]
		}
	}
	if found == nil {
		t.Fatalf("no manual meeting among %d (form %q, status %q)", len(ms), f.formError.Text, r.v.status.Text)
	}
	if len(changes) != 1 || !changes[0] {
		t.Errorf("OnChange after adding a meeting: %v, want one call with a meeting", changes)
	}
	if found.Partner != "USA" || found.EvidenceStart != from || found.EvidenceEnd != to || found.Evidence != phrase ||
		found.DateStart != "2024-03-30" || found.Status != app.Confirmed {
		t.Fatalf("stored %+v", *found)
	}
	// Its evidence is now underlined in the reader.
	var evidence bool
	for _, s := range r.v.text.SpansAt(from) {
		evidence = evidence || s.Kind == SpanEvidence && s.ID == found.ID
	}
	if !evidence {
		t.Fatal("the new meeting's evidence is not drawn")
	}
}

func TestShowFocusesAndTeasersApart(t *testing.T) {
	test.NewTempApp(t)
	ctx := context.Background()
	lib := uitest.Seeded(t)
	a, err := lib.Lookup(ctx, "000_0ee9b2a42e9ba755.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Teasers) == 0 {
		t.Fatal("seed 000 should have teaser items")
	}
	v := New(ctx, lib)
	hook, wait := uitest.Loaded(t)
	v.loaded = hook
	w := test.NewWindow(v.Content())
	w.Resize(fyne.NewSize(1000, 700))
	defer w.Close()
	end := len([]rune(a.Body)) - 5
	v.Show(a.ID, end-20, end)
	wait("the article")
	if s, e := v.text.Selection(); s != end-20 || e != end {
		t.Fatalf("focus span %d-%d selected as %d-%d", end-20, end, s, e)
	}
	if v.text.ScrollOffset() == 0 {
		t.Fatal("the focus span at the end should scroll the text")
	}
	if strings.Contains(string(v.text.runes), a.Teasers[0].Headline) {
		t.Fatal("a teaser headline is in the body")
	}
	var texts []string
	for _, o := range v.extras.Objects {
		if c, ok := o.(*widget.Card); ok {
			texts = append(texts, c.Content.(*fyne.Container).Objects[0].(*widget.Label).Text)
		}
	}
	if len(texts) != len(a.Teasers) || texts[0] != a.Teasers[0].Headline {
		t.Fatalf("teaser items shown: %q", texts)
	}
}

func TestPassageMemo(t *testing.T) {
	r := openReader(t)
	from := runeIndex(t, r.body, "Washington")
	p, err := r.lib.CodePassage(context.Background(), app.CodingRequest{Article: idRef(r.id), Start: from, End: from + 10, Code: "Coopération", Coder: "ana"})
	if err != nil {
		t.Fatal(err)
	}
	r.v.Reload()
	r.wait("reload")
	test.TapAt(r.v.text, r.at(from+1))
	for i, text := range []string{"à revoir", "vu avec Bob"} { // added, then edited
		card := r.v.coding.shown.Objects[0].(*fyne.Container)
		test.Tap(card.Objects[2].(*fyne.Container).Objects[0].(*widget.Button))
		if i == 1 && r.v.coding.memoEntry.Text != "à revoir" {
			t.Fatalf("the editor opened with %q", r.v.coding.memoEntry.Text)
		}
		r.v.coding.memoEntry.SetText(text)
		r.v.coding.memoSave()
		r.wait("memo")
		memos, err := r.lib.Store.Memos(context.Background(), app.MemoFilter{Kind: app.MemoPassage, TargetID: p.ID})
		if err != nil || len(memos) != 1 || memos[0].Text != text {
			t.Fatalf("memos on passage %d: %+v %v (status %q)", p.ID, memos, err, r.v.status.Text)
		}
		detail := r.v.coding.shown.Objects[0].(*fyne.Container).Objects[1].(*widget.Label)
		if !strings.Contains(detail.Text, text) {
			t.Fatalf("the panel shows %q", detail.Text)
		}
	}
}

func TestCoderDefaultsToOpenSession(t *testing.T) {
	test.NewTempApp(t)
	ctx := context.Background()
	lib := uitest.Seeded(t)
	if _, err := lib.StartSession(ctx, "lecture-1", "chloé", ""); err != nil {
		t.Fatal(err)
	}
	v := New(ctx, lib)
	hook, wait := uitest.Loaded(t)
	v.loaded = hook
	w := test.NewWindow(v.Content())
	defer w.Close()
	ids, err := lib.Store.ArticleIDs(ctx)
	if err != nil {
		t.Fatal(err)
	}
	v.Show(ids[0], 0, 0)
	wait("the article")
	if v.Coder() != "chloé" {
		t.Fatalf("coder %q, want the open session's", v.Coder())
	}
	v.SetCoder("ana") // the shell's setting wins from then on
	v.Reload()
	wait("reload")
	if v.Coder() != "ana" {
		t.Fatalf("coder %q after SetCoder", v.Coder())
	}
}
