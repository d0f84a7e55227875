// Package readerview is the reader screen: an article's text in the Text
// widget with its coded passages and meeting evidence, its teaser items and
// captions apart, and the tools to code a selection, see and remove
// codings, write a passage's memo and add a meeting from a selection.
package readerview

import (
	"context"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"parley/app"
	"parley/charts"
)

// View is the reader screen. Build it with New, place Content, then call
// Show with an article.
type View struct {
	lib *app.Library
	ctx context.Context

	// OnChange, when set, is called on Fyne's goroutine after the view
	// wrote to the library (a coding, an uncoding, a memo, a meeting), so
	// that the shell can refresh the other screens; meeting is set when the
	// write added a meeting, so that codings do not reload the review queue.
	OnChange func(meeting bool)

	text    *Text
	title   *widget.Label
	details *widget.Label
	reading *fyne.Container // header above the body
	extras  *fyne.Container // teaser items and captions, under the body
	body    *fyne.Container // the text alone, or the text over the extras
	status  *widget.Label
	coding  *codingPanel
	content fyne.CanvasObject

	articleID int64
	article   app.Article
	book      *app.Codebook
	passages  []app.Passage
	meetings  []app.Meeting
	memos     map[int64][]app.Memo // by passage

	// loaded, when set, is called on Fyne's goroutine after each load or
	// write; tests wait on it.
	loaded func()
}

// New builds an empty reader; call Show to open an article.
func New(ctx context.Context, lib *app.Library) *View {
	v := &View{lib: lib, ctx: ctx, book: app.NewCodebook(nil)}
	v.text = NewText()
	v.title = widget.NewLabel(lang.L("No article open"))
	v.title.TextStyle = fyne.TextStyle{Bold: true}
	v.title.Wrapping = fyne.TextWrapWord
	v.title.SizeName = theme.SizeNameSubHeadingText
	v.details = widget.NewLabel("")
	v.details.Wrapping = fyne.TextWrapWord
	v.status = widget.NewLabel("")
	v.status.Wrapping = fyne.TextWrapWord
	v.extras = container.NewVBox()
	v.body = container.NewStack(v.text)
	v.coding = newCodingPanel(v)
	v.text.OnSelectionChanged = func(start, end int) { v.coding.selectionChanged(start, end) }
	v.text.OnSpanTapped = func(offset int, _ []Span) { v.coding.showAt(offset) }
	v.text.OnKey = v.coding.shortcut
	header := container.NewVBox(v.title, v.details)
	v.reading = container.NewBorder(header, nil, nil, nil, v.body)
	split := container.NewHSplit(v.reading, v.coding.content(v.status))
	split.Offset = 0.7
	v.content = split
	return v
}

// Content is the view's canvas object.
func (v *View) Content() fyne.CanvasObject { return v.content }

// Text is the reader widget, for the shell to focus.
func (v *View) Text() *Text { return v.text }

// SetCoder names who codes from now on (the shell sets it from its
// settings); "" lets the view take the coder of the newest open session.
func (v *View) SetCoder(name string) { v.coding.setCoder(name) }

// Coder is the coder the view codes as.
func (v *View) Coder() string { return v.coding.coder.Text }

// Show opens an article. When focusEnd > focusStart, that span (code
// points into the body, such as a meeting's evidence) is selected and
// scrolled into view.
func (v *View) Show(articleID int64, focusStart, focusEnd int) {
	v.articleID = articleID
	v.load(func() {
		v.showArticle()
		v.text.SetText(v.article.Body)
		v.showSpans()
		if focusEnd > focusStart {
			v.text.Select(focusStart, focusEnd)
			v.text.ScrollTo(focusStart)
		}
	})
}

// Reload reads the open article's codings, meetings and codebook again
// (after an undo or redo, or a change on another screen), keeping the
// place and the selection.
func (v *View) Reload() {
	if v.articleID == 0 {
		return
	}
	v.load(v.showSpans)
}

// Refresh is Reload, under the name the other screens use.
func (v *View) Refresh() { v.Reload() }

// snapshot is what one load reads off the UI goroutine.
type snapshot struct {
	article  app.Article
	book     *app.Codebook
	passages []app.Passage
	meetings []app.Meeting
	memos    map[int64][]app.Memo
	coder    string // of the newest open session
}

func (v *View) read(id int64) (snapshot, error) {
	var s snapshot
	var err error
	if s.article, err = v.lib.Store.Article(v.ctx, id); err != nil {
		return s, err
	}
	if s.book, err = v.lib.Codebook(v.ctx); err != nil {
		return s, err
	}
	if s.passages, err = v.lib.Store.Passages(v.ctx, app.PassageFilter{ArticleID: id}); err != nil {
		return s, err
	}
	if s.meetings, err = v.lib.Store.Meetings(v.ctx, app.MeetingFilter{ArticleID: id}); err != nil {
		return s, err
	}
	// One query for the passage memos; those of this article's passages stay.
	memos, err := v.lib.Store.Memos(v.ctx, app.MemoFilter{Kind: app.MemoPassage})
	if err != nil {
		return s, err
	}
	mine := map[int64]bool{}
	for _, p := range s.passages {
		mine[p.ID] = true
	}
	s.memos = map[int64][]app.Memo{}
	for _, m := range memos {
		if mine[m.TargetID] {
			s.memos[m.TargetID] = append(s.memos[m.TargetID], m)
		}
	}
	sessions, err := v.lib.Store.Sessions(v.ctx)
	for _, ses := range sessions { // oldest first: the newest open one wins
		if ses.Open() {
			s.coder = ses.Coder
		}
	}
	return s, err
}

// load reads the article off the UI goroutine, then shows it and runs
// then on Fyne's goroutine.
func (v *View) load(then func()) {
	id := v.articleID
	go func() {
		s, err := v.read(id)
		fyne.Do(func() {
			if id != v.articleID {
				return // another article was opened meanwhile
			}
			if err != nil {
				v.status.SetText(lang.L("Could not open article {{.ID}}: {{.Err}}", map[string]any{"ID": id, "Err": err.Error()}))
				v.notifyLoaded()
				return
			}
			v.article, v.book, v.passages, v.meetings, v.memos = s.article, s.book, s.passages, s.meetings, s.memos
			v.coding.defaultCoder(s.coder)
			then()
			v.coding.codebookChanged()
			v.coding.refreshShown()
			v.notifyLoaded()
		})
	}()
}

// showArticle fills the title and the teaser items of a newly opened
// article.
func (v *View) showArticle() {
	a := v.article
	title := a.Title
	if title == "" {
		title = app.ArticleName(a.Source)
	}
	v.title.SetText(title)
	v.fillExtras()
	v.reading.Refresh() // a wrapped title's height is known only now
}

// showSpans gives the widget the passages (by their code's colour) and
// the evidence of the body's meetings (by the partner's colour), and
// updates the details line, which lists whole-article codes.
func (v *View) showSpans() {
	var spans []Span
	for _, p := range v.passages {
		if p.Whole {
			continue // listed in the details: a band over the whole text would hide the others
		}
		c, _ := v.book.Code(p.CodeID)
		spans = append(spans, Span{Start: p.Start, End: p.End, Color: hexColor(c.Color), Kind: SpanCoded, ID: p.ID, Label: v.book.Path(p.CodeID)})
	}
	for _, m := range v.meetings {
		if m.Teaser || m.EvidenceEnd <= m.EvidenceStart {
			continue
		}
		spans = append(spans, Span{Start: m.EvidenceStart, End: m.EvidenceEnd, Color: charts.CountryColour(m.Partner), Kind: SpanEvidence, ID: m.ID, Label: m.Partner})
	}
	v.text.SetSpans(spans)
	v.details.SetText(articleDetails(v.article, v.passages, v.book))
	v.reading.Refresh()
}

// changed is called after the view wrote to the library.
func (v *View) changed(meeting bool) {
	if v.OnChange != nil {
		v.OnChange(meeting)
	}
}

func (v *View) notifyLoaded() {
	if v.loaded != nil {
		v.loaded()
	}
}

func idRef(id int64) string { return strconv.FormatInt(id, 10) }
