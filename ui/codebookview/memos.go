package codebookview

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"parley/app"
)

// memoRow is a memo with a label for what it is on.
type memoRow struct {
	memo app.Memo
	on   string
}

// memoPane is the Memos tab: the memos of the chosen code, or every memo
// of the library (on the library, articles, codes, passages), to add, edit
// and delete.
type memoPane struct {
	filter   *widget.RadioGroup
	list     *widget.List
	text     *widget.Label
	add      *widget.Button
	edit     *widget.Button
	remove   *widget.Button
	rows     []memoRow // those the filter shows
	selected int       // index in rows; -1: none
}

// The filter's choices.
func memosOfCode() string { return lang.L("Memos of the chosen code") }
func allMemos() string    { return lang.L("All memos") }

// readMemos loads every memo and names its target (runs off the UI
// goroutine: naming an article or a passage reads it).
func (v *View) readMemos(book *app.Codebook) ([]memoRow, error) {
	ms, err := v.lib.Store.Memos(v.ctx, app.MemoFilter{})
	if err != nil {
		return nil, err
	}
	articles := map[int64]string{}
	out := make([]memoRow, len(ms))
	for i, m := range ms {
		out[i] = memoRow{memo: m, on: v.memoTarget(book, m, articles)}
	}
	return out, nil
}

// memoTarget is the label of what a memo is on; articles caches the names
// of the articles already looked up.
func (v *View) memoTarget(book *app.Codebook, m app.Memo, articles map[int64]string) string {
	switch m.Kind {
	case app.MemoLibrary:
		return lang.L("the library")
	case app.MemoCode:
		return lang.L("code {{.Code}}", map[string]any{"Code": book.Path(m.TargetID)})
	case app.MemoArticle:
		name, ok := articles[m.TargetID]
		if !ok {
			name = strconv.FormatInt(m.TargetID, 10)
			if a, err := v.lib.Lookup(v.ctx, name); err == nil {
				name = app.ArticleName(a.Source)
			}
			articles[m.TargetID] = name
		}
		return lang.L("article {{.Article}}", map[string]any{"Article": name})
	case app.MemoPassage:
		if p, err := v.lib.Store.Passage(v.ctx, m.TargetID); err == nil {
			return lang.L("passage “{{.Quote}}” ({{.Code}}, {{.Article}})",
				map[string]any{"Quote": clip(p.Quote, 40), "Code": p.Code, "Article": app.ArticleName(p.Source)})
		}
		return lang.L("passage {{.ID}}", map[string]any{"ID": m.TargetID})
	}
	return string(m.Kind)
}

func (v *View) buildMemos() {
	p := &v.memos
	p.selected = -1
	p.filter = widget.NewRadioGroup([]string{memosOfCode(), allMemos()}, nil)
	p.filter.Horizontal = true
	p.filter.Required = true
	p.filter.SetSelected(memosOfCode())
	p.filter.OnChanged = func(string) { v.applyMemos() } // set after the default: the list is not built yet
	p.text = widget.NewLabel("")
	p.text.Wrapping = fyne.TextWrapWord
	p.list = widget.NewList(
		func() int { return len(p.rows) },
		func() fyne.CanvasObject {
			title := widget.NewLabelWithStyle("title", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
			title.Truncation = fyne.TextTruncateEllipsis
			on := widget.NewLabel("on")
			on.Truncation = fyne.TextTruncateEllipsis
			on.Importance = widget.LowImportance
			return container.NewVBox(title, on)
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			r := p.rows[i]
			box := o.(*fyne.Container)
			title := r.memo.Title
			if title == "" {
				title = clip(r.memo.Text, 60)
			}
			box.Objects[0].(*widget.Label).SetText(title)
			box.Objects[1].(*widget.Label).SetText(lang.L("on {{.Target}} · {{.Date}}",
				map[string]any{"Target": r.on, "Date": r.memo.CreatedAt.Local().Format("2006-01-02 15:04")}))
		},
	)
	p.list.OnSelected = func(i widget.ListItemID) { p.choose(i) }
	p.list.OnUnselected = func(widget.ListItemID) { p.choose(-1) }
	p.add = widget.NewButtonWithIcon(lang.L("Add memo"), theme.ContentAddIcon(), v.showAddMemo)
	p.edit = widget.NewButtonWithIcon(lang.L("Edit"), theme.DocumentCreateIcon(), v.showEditMemo)
	p.remove = widget.NewButtonWithIcon(lang.L("Delete"), theme.DeleteIcon(), v.showDeleteMemo)
	p.choose(-1)
}

func (p *memoPane) content() fyne.CanvasObject {
	buttons := container.NewHBox(p.add, p.edit, p.remove)
	split := container.NewVSplit(p.list, container.NewVScroll(p.text))
	split.Offset = 0.6
	return container.NewBorder(p.filter, buttons, nil, nil, split)
}

// choose shows the memo at i of the rows (-1: none).
func (p *memoPane) choose(i int) {
	p.selected = i
	if i < 0 || i >= len(p.rows) {
		p.selected = -1
		p.text.SetText("")
		p.edit.Disable()
		p.remove.Disable()
		return
	}
	m := p.rows[i].memo
	p.text.SetText(m.Text)
	p.edit.Enable()
	p.remove.Enable()
}

// applyMemos lists the memos the filter asks for, keeping the chosen memo
// when it is still listed.
func (v *View) applyMemos() {
	p := &v.memos
	var keep int64
	if p.selected >= 0 && p.selected < len(p.rows) {
		keep = p.rows[p.selected].memo.ID
	}
	p.rows = p.rows[:0:0]
	for _, r := range v.state.memos {
		if p.filter.Selected == allMemos() || (r.memo.Kind == app.MemoCode && r.memo.TargetID == v.codes.selected) {
			p.rows = append(p.rows, r)
		}
	}
	p.list.UnselectAll()
	p.list.Refresh()
	p.choose(-1)
	for i, r := range p.rows {
		if r.memo.ID == keep {
			p.list.Select(i)
		}
	}
}

// memoForm is the title and text fields of the add and edit dialogs.
func memoForm(m app.Memo) (title, text *widget.Entry, items []*widget.FormItem) {
	title = widget.NewEntry()
	title.SetText(m.Title)
	text = widget.NewMultiLineEntry()
	text.Wrapping = fyne.TextWrapWord
	text.SetMinRowsVisible(6)
	text.SetText(m.Text)
	return title, text, []*widget.FormItem{
		widget.NewFormItem(lang.L("Title"), title),
		widget.NewFormItem(lang.L("Text"), text),
	}
}

// showAddMemo writes a memo on the chosen code, or on the library.
func (v *View) showAddMemo() {
	title, text, items := memoForm(app.Memo{})
	path, onCode := v.selectedPath()
	onLibrary := lang.L("On the library")
	onIt := lang.L("On the code {{.Code}}", map[string]any{"Code": path})
	target := widget.NewRadioGroup([]string{onIt, onLibrary}, nil)
	target.Required = true
	if onCode {
		target.SetSelected(onIt)
	} else {
		target.Options = []string{onLibrary}
		target.SetSelected(onLibrary)
	}
	items = append(items, widget.NewFormItem(lang.L("On"), target))
	v.showForm(lang.L("Add a memo"), lang.L("Add"), items, func() {
		kind, ref := app.MemoLibrary, ""
		if target.Selected == onIt {
			kind, ref = app.MemoCode, path
		}
		t, body := title.Text, text.Text
		v.write(lang.L("Could not add the memo"), false, func() error {
			_, err := v.lib.AddMemo(v.ctx, kind, ref, t, body)
			return err
		})
	})
}

// showEditMemo changes the chosen memo's title and text.
func (v *View) showEditMemo() {
	p := &v.memos
	if p.selected < 0 {
		return
	}
	m := p.rows[p.selected].memo
	title, text, items := memoForm(m)
	v.showForm(lang.L("Edit the memo"), lang.L("Save"), items, func() {
		t, body := title.Text, text.Text
		v.write(lang.L("Could not save memo {{.ID}}", map[string]any{"ID": m.ID}), false, func() error {
			return v.lib.Store.EditMemo(v.ctx, m.ID, t, body)
		})
	})
}

// showDeleteMemo deletes the chosen memo after asking.
func (v *View) showDeleteMemo() {
	p := &v.memos
	w := v.window()
	if p.selected < 0 || w == nil {
		return
	}
	r := p.rows[p.selected]
	d := dialog.NewConfirm(lang.L("Delete the memo"), lang.L("Delete this memo on {{.Target}}? Undo brings it back.",
		map[string]any{"Target": r.on}), func(ok bool) {
		if ok {
			v.write(lang.L("Could not delete memo {{.ID}}", map[string]any{"ID": r.memo.ID}), false, func() error {
				return v.lib.Store.DeleteMemo(v.ctx, r.memo.ID)
			})
		}
	}, w)
	d.SetConfirmText(lang.L("Delete"))
	d.SetConfirmImportance(widget.DangerImportance)
	d.Show()
}

// clip shortens s to n characters with an ellipsis.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
