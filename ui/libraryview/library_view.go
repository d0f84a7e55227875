// Package libraryview is the Library screen of Parley's desktop app: the
// articles as a table that stays smooth at 100,000 rows, the full-text
// search with snippets, filters by partner, date range, code and session,
// and the sort. Choosing an article opens it in the reader (OnOpen).
package libraryview

import (
	"context"
	"errors"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"parley/app"
)

// View is the Library screen.
type View struct {
	lib *app.Library
	ctx context.Context

	search  *widget.Entry
	filters *filters
	table   *widget.Table
	status  *widget.Label

	// OnOpen is called on Fyne's goroutine with the chosen article.
	OnOpen func(articleID int64)

	// The list: every matching id in order, and the rows loaded so far,
	// page by page (see pages.go). Only touched on Fyne's goroutine.
	query app.ArticleQuery
	ids   []int64
	pages *pageCache

	generation int // bumps with each new query, so late pages are dropped

	// loaded, when set, is called on Fyne's goroutine after each background
	// load has updated the widgets; tests wait on it.
	loaded func()
}

// New builds the view; call Refresh to fill it.
func New(ctx context.Context, lib *app.Library) *View {
	v := &View{lib: lib, ctx: ctx}
	v.search = widget.NewEntry()
	v.search.SetPlaceHolder(lang.L("Search the library (accents and case ignored)…"))
	v.search.OnSubmitted = func(string) { v.Refresh() }
	v.status = widget.NewLabel("")
	v.status.Truncation = fyne.TextTruncateEllipsis
	v.filters = newFilters(v.Refresh)
	v.pages = newPageCache()
	v.table = v.newTable()
	return v
}

// Content is the view's canvas object.
func (v *View) Content() fyne.CanvasObject {
	top := container.NewVBox(v.search, v.filters.content())
	return container.NewBorder(top, v.status, nil, nil, v.table)
}

// FocusSearch puts the keyboard in the search box (Ctrl+F).
func (v *View) FocusSearch(c fyne.Canvas) { c.Focus(v.search) }

// Rows is how many articles the list holds.
func (v *View) Rows() int { return len(v.ids) }

// Refresh runs the query the search box and filters describe, off the UI
// goroutine, then shows the first screen of rows.
func (v *View) Refresh() {
	q := v.filters.query()
	q.Text = strings.TrimSpace(v.search.Text)
	if q.Text != "" && q.Sort == "" {
		q.Sort = app.ByRelevance
	}
	v.generation++
	gen := v.generation
	v.status.SetText(lang.L("Loading…"))
	go func() {
		if err := v.filters.load(v.ctx, v.lib); err != nil {
			fyne.LogError("loading the library filters", err)
		}
		ids, err := v.lib.Store.BrowseArticles(v.ctx, q)
		var first []app.ArticleRow
		if err == nil {
			first, err = v.lib.Store.ArticleRows(v.ctx, ids[:min(len(ids), pageSize)], q.Text)
		}
		fyne.Do(func() {
			if gen != v.generation {
				return
			}
			// The same query again (after a coding or an import) keeps the
			// analyst's place; a new one starts at the top.
			same := q == v.query
			v.query, v.pages = q, newPageCache()
			if err != nil {
				v.ids = nil
				v.status.SetText(errorText(err))
			} else {
				v.ids = ids
				v.pages.put(0, first)
				v.status.SetText(v.describe())
			}
			if !same {
				v.table.UnselectAll()
				v.table.ScrollToTop()
			}
			v.table.Refresh()
			v.notifyLoaded()
		})
	}()
}

func (v *View) describe() string {
	n := len(v.ids)
	if v.query.Text != "" {
		return lang.L("{{.N}} articles match {{.Query}}", map[string]any{"N": n, "Query": `"` + v.query.Text + `"`})
	}
	if v.filters.active() {
		return lang.L("{{.N}} articles match the filters", map[string]any{"N": n})
	}
	return lang.L("{{.N}} articles", map[string]any{"N": n})
}

// errorText words a failed query for the status line: a malformed search
// is the analyst's to fix, anything else is the library's.
func errorText(err error) string {
	var qe *app.QueryError
	if errors.As(err, &qe) {
		return lang.L("Search: {{.Error}}", map[string]any{"Error": qe.Err.Error()})
	}
	return lang.L("Could not list the library: {{.Error}}", map[string]any{"Error": err.Error()})
}

// row returns row i when its page is loaded; otherwise it asks for the
// page and returns false (the cell shows a placeholder until it comes).
func (v *View) row(i int) (app.ArticleRow, bool) {
	page := i / pageSize
	if rows, ok := v.pages.get(page); ok {
		if j := i - page*pageSize; j < len(rows) {
			return rows[j], true
		}
		return app.ArticleRow{}, false
	}
	v.loadPage(page)
	return app.ArticleRow{}, false
}

// loadPage fetches one page of rows off the UI goroutine, once.
func (v *View) loadPage(page int) {
	if !v.pages.claim(page) {
		return
	}
	gen, q := v.generation, v.query
	ids := v.ids[page*pageSize : min(len(v.ids), (page+1)*pageSize)]
	go func() {
		rows, err := v.lib.Store.ArticleRows(v.ctx, ids, q.Text)
		fyne.Do(func() {
			if gen != v.generation {
				return
			}
			if err != nil {
				v.pages.release(page)
				v.status.SetText(errorText(err))
				return
			}
			v.pages.put(page, rows)
			v.table.Refresh()
			v.notifyLoaded()
		})
	}()
}

func (v *View) notifyLoaded() {
	if v.loaded != nil {
		v.loaded()
	}
}
