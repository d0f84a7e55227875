// Package libraryview is the Library screen of Parley's desktop interface in Fyne. It talks to the app use
// cases only, never to the store. Widgets change on Fyne's goroutine: work
// that may take time runs in a goroutine and reports back with fyne.Do.
package libraryview

import (
	"context"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"parley/app"
)

// View lists the library's articles, searches them and shows the
// chosen one. It is the first screen; later issues add the reader, meeting
// review, coding and charts beside it.
type View struct {
	lib    *app.Library
	ctx    context.Context
	search *widget.Entry
	list   *widget.List
	status *widget.Label
	title  *widget.Label
	body   *widget.Label

	rows []libraryRow
	// loaded, when set, is called on Fyne's goroutine after each background
	// load has updated the widgets; tests wait on it.
	loaded func()
}

// libraryRow is one line of the list: an article or a search hit.
type libraryRow struct {
	id     int64
	title  string
	detail string
}

// New builds the view; call Refresh to fill it.
func New(ctx context.Context, lib *app.Library) *View {
	v := &View{lib: lib, ctx: ctx}
	v.search = widget.NewEntry()
	v.search.SetPlaceHolder("Search the library (accents and case ignored)…")
	v.search.OnSubmitted = func(string) { v.Refresh() }
	v.status = widget.NewLabel("")
	v.title = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	v.title.Wrapping = fyne.TextWrapWord
	v.body = widget.NewLabel("Choose an article.")
	v.body.Wrapping = fyne.TextWrapWord
	v.list = widget.NewList(
		func() int { return len(v.rows) },
		func() fyne.CanvasObject {
			t := widget.NewLabel("title")
			t.Truncation = fyne.TextTruncateEllipsis
			d := widget.NewLabel("detail")
			d.Truncation = fyne.TextTruncateEllipsis
			d.Importance = widget.LowImportance
			return container.NewVBox(t, d)
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			box := o.(*fyne.Container)
			box.Objects[0].(*widget.Label).SetText(v.rows[i].title)
			box.Objects[1].(*widget.Label).SetText(v.rows[i].detail)
		},
	)
	v.list.OnSelected = func(i widget.ListItemID) { v.open(v.rows[i].id) }
	return v
}

// Content is the view's canvas object.
func (v *View) Content() fyne.CanvasObject {
	left := container.NewBorder(v.search, v.status, nil, nil, v.list)
	right := container.NewVScroll(container.NewVBox(v.title, v.body))
	split := container.NewHSplit(left, right)
	split.Offset = 0.4
	return split
}

// Refresh reloads the list, or runs the search when the box holds a query.
// It loads off the UI goroutine and updates the widgets with fyne.Do.
func (v *View) Refresh() {
	query := strings.TrimSpace(v.search.Text)
	v.status.SetText("Loading…")
	go func() {
		rows, status := v.load(query)
		fyne.Do(func() {
			v.rows = rows
			v.list.UnselectAll()
			v.list.Refresh()
			v.status.SetText(status)
			v.notifyLoaded()
		})
	}()
}

func (v *View) load(query string) ([]libraryRow, string) {
	if query == "" {
		list, err := v.lib.Store.Articles(v.ctx)
		if err != nil {
			return nil, "Could not list the library: " + err.Error()
		}
		rows := make([]libraryRow, len(list))
		for i, a := range list {
			rows[i] = libraryRow{id: a.ID, title: a.Title, detail: joinNonEmpty(a.Published.String(), a.Lang, a.Source)}
		}
		return rows, fmt.Sprintf("%d articles", len(rows))
	}
	hits, err := v.lib.Search(v.ctx, app.SearchQuery{Text: query, Limit: 200})
	if err != nil {
		return nil, err.Error()
	}
	rows := make([]libraryRow, len(hits))
	for i, h := range hits {
		where := ""
		if h.InTeaser {
			where = "in a teaser"
		}
		rows[i] = libraryRow{id: h.ArticleID, title: h.Title, detail: joinNonEmpty(h.Published.String(), where, h.Snippet)}
	}
	return rows, fmt.Sprintf("%d matches for %q", len(rows), query)
}

func (v *View) open(id int64) {
	go func() {
		a, err := v.lib.Store.Article(v.ctx, id)
		fyne.Do(func() {
			if err != nil {
				v.title.SetText("")
				v.body.SetText("Could not open the article: " + err.Error())
				v.notifyLoaded()
				return
			}
			v.title.SetText(a.Title)
			v.body.SetText(articleText(a))
			v.notifyLoaded()
		})
	}()
}

func (v *View) notifyLoaded() {
	if v.loaded != nil {
		v.loaded()
	}
}

// articleText is the article as the right pane shows it: details, body, then
// the teasers apart.
func articleText(a app.Article) string {
	var b strings.Builder
	b.WriteString(joinNonEmpty(a.Published.String(), a.Lang, a.Source))
	b.WriteString("\n\n")
	b.WriteString(a.Body)
	if len(a.Teasers) > 0 {
		b.WriteString("\n\n— Other articles on this page —\n")
		for _, t := range a.Teasers {
			b.WriteString("\n• " + t.Headline)
		}
	}
	return b.String()
}

func joinNonEmpty(parts ...string) string {
	kept := parts[:0:0]
	for _, p := range parts {
		if p != "" {
			kept = append(kept, p)
		}
	}
	return strings.Join(kept, " · ")
}
