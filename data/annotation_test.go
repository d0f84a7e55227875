package data

import (
	"context"
	"errors"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"parley/app"
	"parley/app/apptest"
)

// annotated is a library with one article and the use cases over it.
type annotated struct {
	path string
	s    *Store
	lib  *app.Library
	art  int64
}

// body holds an accent, a no-break space and an emoji (two code points for
// the flag), so byte, UTF-16 and code point offsets all differ.
const annotationBody = "Le Vietnam et les États-Unis ont tenu des entretiens.\n" +
	"Le ministre a salué la coopération\u00a0: « très fructueuse » 🇻🇳. Puis la coopération continue."

func newAnnotated(t *testing.T) *annotated {
	t.Helper()
	path := filepath.Join(apptest.TempDir(t), "library.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	res := mustSave(t, s, article("a.txt", "Entretiens", annotationBody))
	a := &annotated{path: path, s: s, lib: app.NewLibrary(s), art: res[0].ID}
	// reopen replaces a.s, so the cleanup closes whichever is current.
	t.Cleanup(func() {
		if err := a.s.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	return a
}

// reopen closes the library file and opens it again, as a restart does.
func (a *annotated) reopen(t *testing.T) {
	t.Helper()
	if err := a.s.Close(); err != nil {
		t.Fatal(err)
	}
	s, err := Open(a.path)
	if err != nil {
		t.Fatal(err)
	}
	a.s, a.lib = s, app.NewLibrary(s)
}

func (a *annotated) codes(t *testing.T) string {
	t.Helper()
	b, err := a.lib.CountedCodebook(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, c := range b.Codes {
		out = append(out, b.Path(c.ID)+"="+strconv.Itoa(c.Passages))
	}
	return strings.Join(out, " ")
}

func (a *annotated) passages(t *testing.T) int {
	t.Helper()
	ps, err := a.s.Passages(context.Background(), app.PassageFilter{})
	if err != nil {
		t.Fatal(err)
	}
	return len(ps)
}

func must[T any](t *testing.T) func(T, error) T {
	return func(v T, err error) T {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
}

func (a *annotated) code(t *testing.T, r app.CodingRequest) app.Passage {
	t.Helper()
	r.Article = "a.txt"
	if r.Coder == "" {
		r.Coder = "alice"
	}
	return must[app.Passage](t)(a.lib.CodePassage(context.Background(), r))
}

func undo(t *testing.T, s *Store) app.Change {
	t.Helper()
	return must[app.Change](t)(s.Undo(context.Background()))
}

func redo(t *testing.T, s *Store) app.Change {
	t.Helper()
	return must[app.Change](t)(s.Redo(context.Background()))
}

func TestCodePointOffsetsAndQuotes(t *testing.T) {
	a := newAnnotated(t)
	ctx := context.Background()
	must[app.Code](t)(a.lib.AddCode(ctx, "ton", "", "#ff0000", ""))

	// "États-Unis" starts at code point 18 (byte 18 too, but ends at 28 in
	// code points and 29 in bytes).
	p := a.code(t, app.CodingRequest{Start: 18, End: 28, Code: "ton"})
	if p.Quote != "États-Unis" {
		t.Errorf("offsets 18-28: quote %q", p.Quote)
	}
	// A quote typed with a plain space and a plain apostrophe finds the
	// no-break space of the text; the stored quote is the text's.
	p = a.code(t, app.CodingRequest{Quote: "coopération : « très", Code: "ton"})
	if !strings.Contains(p.Quote, "\u00a0") || p.End-p.Start != len([]rune("coopération : « très")) {
		t.Errorf("NBSP quote: %q [%d,%d)", p.Quote, p.Start, p.End)
	}
	// The flag is two code points; the offsets after it count them so.
	p = a.code(t, app.CodingRequest{Quote: "🇻🇳. Puis", Code: "ton"})
	body := []rune(annotationBody)
	if string(body[p.Start:p.End]) != "🇻🇳. Puis" || p.End-p.Start != 8 {
		t.Errorf("emoji quote: [%d,%d) %q", p.Start, p.End, string(body[p.Start:p.End]))
	}
	// A decomposed "é" (as pasted on macOS) finds the composed text.
	p = a.code(t, app.CodingRequest{Quote: "E\u0301tats-Unis", Code: "ton", Coder: "bob"})
	if p.Start != 18 || p.End != 28 {
		t.Errorf("NFD quote: [%d,%d)", p.Start, p.End)
	}
	// --nth picks a later occurrence; one past the last is a clear error.
	p = a.code(t, app.CodingRequest{Quote: "coopération", Nth: 2, Code: "ton"})
	if want := strings.LastIndex(annotationBody, "coopération"); p.Start != len([]rune(annotationBody[:want])) {
		t.Errorf("second occurrence at %d", p.Start)
	}
	for _, r := range []app.CodingRequest{
		{Quote: "coopération", Nth: 3, Code: "ton"},
		{Quote: "absent", Code: "ton"},
		{Start: 0, End: len(body) + 1, Code: "ton"},
		{Start: 5, End: 5, Code: "ton"},
		{Start: -1, End: 3, Code: "ton"},
		{Start: 0, End: 3, Code: "nope"},
	} {
		r.Article, r.Coder = "a.txt", "alice"
		if _, err := a.lib.CodePassage(ctx, r); err == nil {
			t.Errorf("%+v: no error", r)
		}
	}
	// The last code point is codable; offsets are not bytes.
	p = a.code(t, app.CodingRequest{Start: len(body) - 1, End: len(body), Code: "ton"})
	if p.Quote != "." {
		t.Errorf("last code point: %q", p.Quote)
	}
}

func TestDuplicateCodingRefused(t *testing.T) {
	a := newAnnotated(t)
	ctx := context.Background()
	must[app.Code](t)(a.lib.AddCode(ctx, "ton", "", "", ""))
	a.code(t, app.CodingRequest{Start: 0, End: 10, Code: "ton"})
	_, err := a.lib.CodePassage(ctx, app.CodingRequest{Article: "a.txt", Start: 0, End: 10, Code: "ton", Coder: "alice"})
	if !errors.Is(err, app.ErrDuplicate) || !strings.Contains(err.Error(), "passage 1") {
		t.Errorf("duplicate: %v", err)
	}
	// Another coder, an overlapping span, or a whole-article coding are fine.
	a.code(t, app.CodingRequest{Start: 0, End: 10, Code: "ton", Coder: "bob"})
	a.code(t, app.CodingRequest{Start: 5, End: 12, Code: "ton"})
	w := a.code(t, app.CodingRequest{Whole: true, Code: "ton"})
	if !w.Whole || w.Start != 0 || w.End != len([]rune(annotationBody)) {
		t.Errorf("whole article: %+v", w)
	}
	// The failed coding left no step: undo removes the whole-article one.
	if ch := undo(t, a.s); !strings.Contains(ch.Label, "(whole)") {
		t.Errorf("undo after a refused coding undid %q", ch.Label)
	}
}

func TestCodebookOperationsUndoRedoAcrossRestarts(t *testing.T) {
	a := newAnnotated(t)
	ctx := context.Background()
	must[app.Code](t)(a.lib.AddCode(ctx, "coopération", "", "#00ff00", "tout accord"))
	must[app.Code](t)(a.lib.AddCode(ctx, "défense", "coopération", "", ""))
	must[app.Code](t)(a.lib.AddCode(ctx, "ton", "", "", ""))
	if _, err := a.lib.AddCode(ctx, "ton", "", "", ""); !errors.Is(err, app.ErrDuplicate) {
		t.Errorf("second top-level ton: %v", err)
	}
	must[app.Code](t)(a.lib.AddCode(ctx, "ton", "coopération", "", "")) // a sibling elsewhere is fine
	// A path names a code; a top-level code's path is its name, so "ton"
	// is the top-level one, and a name two sub-codes share is ambiguous.
	b := app.NewCodebook([]app.Code{{ID: 1, Name: "a"}, {ID: 2, Name: "b"}, {ID: 3, ParentID: 1, Name: "x"}, {ID: 4, ParentID: 2, Name: "x"}})
	if _, err := b.Find("x"); err == nil || !strings.Contains(err.Error(), "a/x, b/x") {
		t.Errorf("ambiguous name: %v", err)
	}
	if c, err := b.Find("b/x"); err != nil || c.ID != 4 {
		t.Errorf("path b/x: %v %v", c, err)
	}
	a.code(t, app.CodingRequest{Start: 0, End: 10, Code: "coopération/ton"})
	a.code(t, app.CodingRequest{Start: 0, End: 10, Code: "défense"})
	want := "coopération=0 coopération/défense=1 coopération/ton=1 ton=0"
	if got := a.codes(t); got != want {
		t.Fatalf("codebook %s, want %s", got, want)
	}

	steps := []struct {
		do   func() error
		want string
	}{
		{func() error { _, err := a.lib.RenameCode(ctx, "défense", "défense et sécurité"); return err },
			"coopération=0 coopération/défense et sécurité=1 coopération/ton=1 ton=0"},
		{func() error { _, err := a.lib.MoveCode(ctx, "défense et sécurité", ""); return err },
			"coopération=0 coopération/ton=1 ton=0 défense et sécurité=1"}, // last among its new siblings
		// ton (the top-level one) has no passage at [0,10): it moves over.
		{func() error { _, err := a.lib.MergeCodes(ctx, "défense et sécurité", "ton"); return err },
			"coopération=0 coopération/ton=1 ton=1"},
		{func() error { _, err := a.lib.DeleteCode(ctx, "coopération"); return err },
			"ton=1"},
	}
	var history []string
	for i, st := range steps {
		if err := st.do(); err != nil {
			t.Fatalf("step %d: %v", i, err)
		}
		if got := a.codes(t); got != st.want {
			t.Fatalf("step %d: %s, want %s", i, got, st.want)
		}
		history = append(history, st.want)
	}
	if n := a.passages(t); n != 1 {
		t.Fatalf("after delete: %d passages, want 1", n)
	}
	// Undo each step, reopening the file between steps: one undo per
	// operation, merge and delete included.
	for i := len(steps) - 1; i >= 0; i-- {
		a.reopen(t)
		undo(t, a.s)
		prev := want
		if i > 0 {
			prev = history[i-1]
		}
		if got := a.codes(t); got != prev {
			t.Fatalf("undo of step %d: %s, want %s", i, got, prev)
		}
	}
	if n := a.passages(t); n != 2 {
		t.Errorf("after undoing all: %d passages, want 2", n)
	}
	for i := range steps {
		a.reopen(t)
		redo(t, a.s)
		if got := a.codes(t); got != history[i] {
			t.Fatalf("redo of step %d: %s, want %s", i, got, history[i])
		}
	}
	if _, err := a.s.Redo(ctx); !errors.Is(err, app.ErrNothingToRedo) {
		t.Errorf("redo past the end: %v", err)
	}
}

func TestMergeDropsTwinsAndUndoesAsOneStep(t *testing.T) {
	a := newAnnotated(t)
	ctx := context.Background()
	for _, n := range []string{"chaleureux", "amical"} {
		must[app.Code](t)(a.lib.AddCode(ctx, n, "", "", ""))
	}
	must[app.Code](t)(a.lib.AddCode(ctx, "très", "amical", "", ""))
	a.code(t, app.CodingRequest{Start: 0, End: 10, Code: "chaleureux"})
	twin := a.code(t, app.CodingRequest{Start: 0, End: 10, Code: "amical"})
	a.code(t, app.CodingRequest{Start: 20, End: 30, Code: "amical"})
	must[app.Memo](t)(a.lib.AddMemo(ctx, app.MemoPassage, strconv.FormatInt(twin.ID, 10), "note", "sur le jumeau"))
	must[app.Memo](t)(a.lib.AddMemo(ctx, app.MemoCode, "amical", "def", "ce que amical veut dire"))
	before := a.codes(t)

	r := must[app.MergeResult](t)(a.lib.MergeCodes(ctx, "amical", "chaleureux"))
	if r.Moved != 1 || r.Dropped != 1 || r.Codes != 1 {
		t.Errorf("merge: %+v, want 1 moved, 1 dropped, 1 sub-code", r)
	}
	if got := a.codes(t); got != "chaleureux=2 chaleureux/très=0" {
		t.Errorf("after merge: %s", got)
	}
	memos := must[[]app.Memo](t)(a.s.Memos(ctx, app.MemoFilter{}))
	for _, m := range memos {
		if m.Kind == app.MemoPassage && m.TargetID == twin.ID {
			t.Errorf("memo still on the dropped passage %d", twin.ID)
		}
		if m.Kind == app.MemoCode && m.TargetID != 1 {
			t.Errorf("code memo on %d, want the target code 1", m.TargetID)
		}
	}
	ch := undo(t, a.s)
	if !strings.HasPrefix(ch.Label, "merge code") {
		t.Errorf("undo undid %q, want the merge", ch.Label)
	}
	if got := a.codes(t); got != before {
		t.Errorf("after undoing the merge: %s, want %s", got, before)
	}
	if p := must[app.Passage](t)(a.s.Passage(ctx, twin.ID)); p.Code != "amical" {
		t.Errorf("twin back as %q", p.Code)
	}
	if _, err := a.lib.MergeCodes(ctx, "amical", "très"); err == nil {
		t.Error("merging a code into its own sub-code: no error")
	}
	if _, err := a.lib.MoveCode(ctx, "amical", "très"); err == nil {
		t.Error("moving a code under its sub-code: no error")
	}
}

func TestNewChangeAfterUndoClearsRedo(t *testing.T) {
	a := newAnnotated(t)
	ctx := context.Background()
	must[app.Code](t)(a.lib.AddCode(ctx, "a", "", "", ""))
	must[app.Code](t)(a.lib.AddCode(ctx, "b", "", "", ""))
	undo(t, a.s)
	must[app.Code](t)(a.lib.AddCode(ctx, "c", "", "", ""))
	if _, err := a.s.Redo(ctx); !errors.Is(err, app.ErrNothingToRedo) {
		t.Errorf("redo after a new change: %v", err)
	}
	h := must[[]app.Change](t)(a.s.History(ctx, 0))
	if len(h) != 2 || h[0].Label != `add code "c"` || h[1].Label != `add code "a"` {
		t.Errorf("history %+v", h)
	}
	undo(t, a.s)
	undo(t, a.s)
	if _, err := a.s.Undo(ctx); !errors.Is(err, app.ErrNothingToUndo) {
		t.Errorf("undo past the start: %v", err)
	}
	if got := a.codes(t); got != "" {
		t.Errorf("codes after undoing all: %q", got)
	}
}

func TestUncodeMemosSessionsUndo(t *testing.T) {
	a := newAnnotated(t)
	ctx := context.Background()
	must[app.Code](t)(a.lib.AddCode(ctx, "ton", "", "", ""))
	must[app.Session](t)(a.lib.StartSession(ctx, "s1", "alice", "Laos"))
	p := a.code(t, app.CodingRequest{Start: 0, End: 10, Code: "ton", Memo: "à revoir"})
	if p.Session != "s1" || p.Memo != "à revoir" {
		t.Errorf("coding in the open session: %+v", p)
	}
	q := a.code(t, app.CodingRequest{Start: 0, End: 10, Code: "ton", Coder: "bob"})
	if q.SessionID != 0 {
		t.Errorf("bob has no open session, got %q", q.Session)
	}
	if _, err := a.lib.CodePassage(ctx, app.CodingRequest{Article: "a.txt", Start: 1, End: 2, Code: "ton", Coder: "bob", Session: "s1"}); err == nil {
		t.Error("coding in another coder's session: no error")
	}
	must[app.Memo](t)(a.lib.AddMemo(ctx, app.MemoPassage, strconv.FormatInt(p.ID, 10), "", "preuve"))
	must[app.Memo](t)(a.lib.AddMemo(ctx, app.MemoLibrary, "", "plan", "d'abord le Laos"))
	must[app.Memo](t)(a.lib.AddMemo(ctx, app.MemoArticle, "a.txt", "", "bon exemple"))

	must[app.Passage](t)(a.lib.Uncode(ctx, p.ID))
	if n := len(must[[]app.Memo](t)(a.s.Memos(ctx, app.MemoFilter{Kind: app.MemoPassage}))); n != 0 {
		t.Errorf("%d passage memos after uncoding", n)
	}
	a.reopen(t)
	undo(t, a.s)
	back := must[app.Passage](t)(a.s.Passage(ctx, p.ID))
	if back.Session != "s1" || back.Memo != "à revoir" || back.Quote != p.Quote {
		t.Errorf("uncode undone: %+v", back)
	}
	if n := len(must[[]app.Memo](t)(a.s.Memos(ctx, app.MemoFilter{Kind: app.MemoPassage, TargetID: p.ID}))); n != 1 {
		t.Errorf("%d memos back on the passage, want 1", n)
	}
	// Undo the article memo, then the library memo.
	undo(t, a.s)
	undo(t, a.s)
	if n := len(must[[]app.Memo](t)(a.s.Memos(ctx, app.MemoFilter{}))); n != 1 {
		t.Errorf("%d memos left, want the passage's", n)
	}
	redo(t, a.s)
	if ms := must[[]app.Memo](t)(a.s.Memos(ctx, app.MemoFilter{Kind: app.MemoLibrary})); len(ms) != 1 || ms[0].Title != "plan" {
		t.Errorf("library memo after redo: %+v", ms)
	}

	s := must[app.Session](t)(a.lib.EndSession(ctx, "s1"))
	if s.Open() || s.Passages != 1 || s.Articles != 1 {
		t.Errorf("ended session: %+v", s)
	}
	if _, err := a.lib.EndSession(ctx, "s1"); err == nil {
		t.Error("ending an ended session: no error")
	}
	if _, err := a.lib.StartSession(ctx, "s1", "bob", ""); !errors.Is(err, app.ErrDuplicate) {
		t.Errorf("second session s1: %v", err)
	}
}

func TestListPassagesFiltersAndContext(t *testing.T) {
	a := newAnnotated(t)
	ctx := context.Background()
	must[app.Code](t)(a.lib.AddCode(ctx, "coopération", "", "", ""))
	must[app.Code](t)(a.lib.AddCode(ctx, "défense", "coopération", "", ""))
	a.code(t, app.CodingRequest{Quote: "salué", Code: "coopération"})
	a.code(t, app.CodingRequest{Quote: "entretiens", Code: "défense", Coder: "bob"})
	list := func(q app.PassageQuery) []app.Passage {
		t.Helper()
		return must[[]app.Passage](t)(a.lib.ListPassages(ctx, q))
	}
	if n := len(list(app.PassageQuery{Code: "coopération"})); n != 1 {
		t.Errorf("code alone: %d", n)
	}
	if n := len(list(app.PassageQuery{Code: "coopération", SubCodes: true})); n != 2 {
		t.Errorf("with sub-codes: %d", n)
	}
	if n := len(list(app.PassageQuery{Coder: "bob"})); n != 1 {
		t.Errorf("bob: %d", n)
	}
	if _, err := a.lib.ListPassages(ctx, app.PassageQuery{Coder: "nobody"}); !errors.Is(err, app.ErrNotFound) {
		t.Errorf("unknown coder: %v", err)
	}
	ps := list(app.PassageQuery{Context: true})
	if len(ps) != 2 {
		t.Fatalf("%d passages", len(ps))
	}
	if ps[0].Context != "Le Vietnam et les États-Unis ont tenu des entretiens." {
		t.Errorf("context of entretiens: %q", ps[0].Context)
	}
	if ps[1].Context != "Le ministre a salué la coopération : « très fructueuse » 🇻🇳." {
		t.Errorf("context of salué: %q", ps[1].Context)
	}
}
