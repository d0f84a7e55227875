package codebookview

import (
	"context"
	"slices"
	"strconv"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"parley/app"
	"parley/ui/uitest"
)

// screen is a view on the seed library in a test window, loaded once.
type screen struct {
	v    *View
	w    fyne.Window
	lib  *app.Library
	ctx  context.Context
	wait func(string)
}

func newScreen(t *testing.T) *screen {
	t.Helper()
	test.NewTempApp(t)
	s := &screen{lib: uitest.Seeded(t), ctx: context.Background()}
	s.v = New(s.ctx, s.lib)
	s.v.loaded, s.wait = uitest.Loaded(t)
	s.w = test.NewWindow(s.v.Content())
	s.w.Resize(fyne.NewSize(1300, 900))
	s.v.SetWindow(s.w)
	t.Cleanup(s.w.Close)
	s.v.Refresh()
	s.wait("the first load")
	return s
}

// dialogObjects are the objects of the dialog on top of the window.
func (s *screen) dialogObjects(t *testing.T) []fyne.CanvasObject {
	t.Helper()
	top := s.w.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no dialog is open")
	}
	return test.LaidOutObjects(top)
}

// dialogButton is the dialog's button labelled text.
func (s *screen) dialogButton(t *testing.T, text string) *widget.Button {
	t.Helper()
	for _, o := range s.dialogObjects(t) {
		if b, ok := o.(*widget.Button); ok && b.Text == text {
			return b
		}
	}
	t.Fatalf("the dialog has no %q button", text)
	return nil
}

// dialogWidget is the dialog's first widget of type T.
func dialogWidget[T fyne.CanvasObject](t *testing.T, s *screen) T {
	t.Helper()
	for _, o := range s.dialogObjects(t) {
		if w, ok := o.(T); ok {
			return w
		}
	}
	var zero T
	t.Fatalf("the dialog has no %T", zero)
	return zero
}

// dialogTexts are the texts of the dialog's labels.
func (s *screen) dialogTexts(t *testing.T) []string {
	var out []string
	for _, o := range s.dialogObjects(t) {
		if l, ok := o.(*widget.Label); ok {
			out = append(out, l.Text)
		}
	}
	return out
}

// shownTexts are the texts of the visible labels drawn inside o, read
// from the renderers in use (test.LaidOutObjects would build new ones, and
// a table's new renderer has no cells yet).
func shownTexts(o fyne.CanvasObject) []string {
	var out []string
	var walk func(fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		if !o.Visible() {
			return
		}
		if l, ok := o.(*widget.Label); ok {
			out = append(out, l.Text)
		}
		switch c := o.(type) {
		case fyne.Widget:
			for _, child := range test.WidgetRenderer(c).Objects() {
				walk(child)
			}
		case *fyne.Container:
			for _, child := range c.Objects {
				walk(child)
			}
		}
	}
	walk(o)
	return out
}

// book reads the codebook with counts.
func (s *screen) book(t *testing.T) *app.Codebook {
	t.Helper()
	b, err := s.lib.CountedCodebook(s.ctx)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// find is the code at path, failing the test when there is none.
func (s *screen) find(t *testing.T, path string) app.Code {
	t.Helper()
	c, err := s.book(t).Find(path)
	if err != nil {
		t.Fatalf("after the change: %v", err)
	}
	return c
}

// choose selects a code in the tree, as a click would.
func (s *screen) choose(t *testing.T, path string) {
	t.Helper()
	s.v.codes.tree.Select(nodeID(s.find(t, path).ID))
}

// code codes [start, end) of an article with the code, for coder.
func (s *screen) code(t *testing.T, article int64, start, end int, code, coder string) app.Passage {
	t.Helper()
	p, err := s.lib.CodePassage(s.ctx, app.CodingRequest{Article: strconv.FormatInt(article, 10),
		Start: start, End: end, Code: code, Coder: coder})
	if err != nil {
		t.Fatalf("code [%d,%d) of article %d as %s: %v", start, end, article, code, err)
	}
	return p
}

// articles are the seed articles, long ones first.
func (s *screen) articles(t *testing.T) []app.ArticleSummary {
	t.Helper()
	list, err := s.lib.Store.Articles(s.ctx)
	if err != nil || len(list) < 2 {
		t.Fatalf("articles: %d %v", len(list), err)
	}
	slices.SortFunc(list, func(a, b app.ArticleSummary) int { return b.Chars - a.Chars })
	return list
}
