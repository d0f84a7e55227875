package libraryview

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"parley/app"
	"parley/ui/uikit"
)

// filters are the choices above the table: partner, date range, code,
// session and sort. Each change runs the query again.
type filters struct {
	partner  *widget.Select
	from, to *widget.Entry
	code     *widget.Select
	session  *widget.Select
	sort     *widget.Select

	partners []string // alpha-3, in the order of partner.Options[1:]
	codes    []app.Code
	sessions []app.Session
	onChange func()
}

func newFilters(onChange func()) *filters {
	f := &filters{onChange: onChange}
	any := lang.L("Any")
	f.partner = widget.NewSelect(nil, func(string) { f.onChange() })
	f.setPartners(app.Partners())
	f.from, f.to = widget.NewEntry(), widget.NewEntry()
	f.from.SetPlaceHolder(lang.L("from YYYY-MM-DD"))
	f.to.SetPlaceHolder(lang.L("to YYYY-MM-DD"))
	for _, e := range []*widget.Entry{f.from, f.to} {
		e.Validator = func(s string) error {
			if _, err := app.ParseDate(s); s != "" && err != nil {
				return errBadDate
			}
			return nil
		}
		e.OnSubmitted = func(string) { f.onChange() }
	}
	f.code = widget.NewSelect([]string{any}, func(string) { f.onChange() })
	f.session = widget.NewSelect([]string{any}, func(string) { f.onChange() })
	sorts := make([]string, len(app.ArticleSorts))
	for i, s := range app.ArticleSorts {
		sorts[i] = sortName(s)
	}
	f.sort = widget.NewSelect(sorts, func(string) { f.onChange() })
	f.silently(func() {
		f.partner.SetSelectedIndex(0)
		f.code.SetSelectedIndex(0)
		f.session.SetSelectedIndex(0)
		f.sort.SetSelectedIndex(0)
	})
	return f
}

type dateError struct{}

func (dateError) Error() string { return lang.L("a date is YYYY, YYYY-MM or YYYY-MM-DD") }

var errBadDate = dateError{}

func sortName(s app.ArticleSort) string {
	switch s {
	case app.OldestFirst:
		return lang.L("Oldest first")
	case app.ByTitle:
		return lang.L("Title")
	case app.ByRelevance:
		return lang.L("Best match")
	}
	return lang.L("Newest first")
}

// silently changes selections without running the query.
func (f *filters) silently(change func()) {
	keep := f.onChange
	f.onChange = func() {}
	change()
	f.onChange = keep
}

func (f *filters) content() fyne.CanvasObject {
	// Two rows, so that the list keeps room for the reader beside it.
	return container.NewVBox(
		container.NewHBox(
			widget.NewLabel(lang.L("Partner")), f.partner,
			widget.NewLabel(lang.L("Published")), sized(f.from, 150), sized(f.to, 150)),
		container.NewHBox(
			widget.NewLabel(lang.L("Code")), f.code,
			widget.NewLabel(lang.L("Session")), f.session,
			widget.NewLabel(lang.L("Sort")), f.sort),
	)
}

// sized gives an entry a usable width in a box, where it would shrink to
// its placeholder.
func sized(o fyne.CanvasObject, width float32) fyne.CanvasObject {
	return container.NewGridWrap(fyne.NewSize(width, o.MinSize().Height), o)
}

func (f *filters) setPartners(partners []string) {
	f.partners = partners
	opts := []string{lang.L("Any")}
	for _, p := range partners {
		opts = append(opts, uikit.CountryName(p))
	}
	f.partner.Options = opts
}

// load fills the code and session choices from the library; call it off
// the UI goroutine. It keeps the current choices when they still exist.
func (f *filters) load(ctx context.Context, lib *app.Library) error {
	book, err := lib.Codebook(ctx)
	if err != nil {
		return err
	}
	// Names and ids only: the store's list, without the scope progress
	// Library.Sessions counts with a search per session.
	sessions, err := lib.Store.Sessions(ctx)
	if err != nil {
		return err
	}
	fyne.Do(func() {
		f.silently(func() {
			code, session := f.code.Selected, f.session.Selected
			f.codes, f.sessions = book.Codes, sessions
			opts := []string{lang.L("Any")}
			for _, c := range book.Codes {
				opts = append(opts, book.Path(c.ID))
			}
			f.code.Options = opts
			f.code.SetSelected(code)
			if f.code.SelectedIndex() < 0 {
				f.code.SetSelectedIndex(0)
			}
			opts = []string{lang.L("Any")}
			for _, s := range sessions {
				opts = append(opts, s.Name+" ("+s.Coder+")")
			}
			f.session.Options = opts
			f.session.SetSelected(session)
			if f.session.SelectedIndex() < 0 {
				f.session.SetSelectedIndex(0)
			}
		})
	})
	return nil
}

func (f *filters) query() app.ArticleQuery {
	var q app.ArticleQuery
	if i := f.partner.SelectedIndex(); i > 0 {
		q.Partner = f.partners[i-1]
	}
	if d, err := app.ParseDate(f.from.Text); err == nil && f.from.Text != "" {
		q.From = d.FirstDay()
	}
	if d, err := app.ParseDate(f.to.Text); err == nil && f.to.Text != "" {
		q.To = d.LastDay()
	}
	if i := f.code.SelectedIndex(); i > 0 && i-1 < len(f.codes) {
		q.CodeID = f.codes[i-1].ID
	}
	if i := f.session.SelectedIndex(); i > 0 && i-1 < len(f.sessions) {
		q.SessionID = f.sessions[i-1].ID
	}
	if i := f.sort.SelectedIndex(); i >= 0 {
		q.Sort = app.ArticleSorts[i]
	}
	return q
}

func (f *filters) active() bool {
	q := f.query()
	q.Sort = ""
	return q != app.ArticleQuery{}
}
