package readerview

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"parley/app"
	"parley/ui/uikit"
)

// popUp shows a small modal form over the reader's window.
func (v *View) popUp(title string, body fyne.CanvasObject) *widget.PopUp {
	c := fyne.CurrentApp().Driver().CanvasForObject(v.text)
	if c == nil {
		return nil
	}
	p := widget.NewModalPopUp(container.NewVBox(heading(title), body), c)
	p.Resize(fyne.NewSize(420, p.MinSize().Height))
	p.Show()
	return p
}

// editMemo writes the memo of a passage: the first memo on it is edited,
// else one is added; either is one undo step.
func (c *codingPanel) editMemo(p app.Passage) {
	v := c.v
	var existing *app.Memo
	if ms := v.memos[p.ID]; len(ms) > 0 {
		existing = &ms[0]
	}
	text := widget.NewMultiLineEntry()
	text.Wrapping = fyne.TextWrapWord
	text.SetMinRowsVisible(4)
	if existing != nil {
		text.SetText(existing.Text)
	}
	var pop *widget.PopUp
	c.memoEntry = text
	form := &widget.Form{
		Items:      []*widget.FormItem{widget.NewFormItem(lang.L("Memo"), text)},
		SubmitText: lang.L("Save"),
		CancelText: lang.L("Cancel"),
		OnCancel: func() {
			if pop != nil {
				pop.Hide()
			}
		},
		OnSubmit: func() {
			if pop != nil {
				pop.Hide()
			}
			memo := text.Text
			v.write(func() (string, error) {
				var err error
				if existing != nil {
					err = v.lib.Store.EditMemo(v.ctx, existing.ID, existing.Title, memo)
				} else {
					_, err = v.lib.AddMemo(v.ctx, app.MemoPassage, idRef(p.ID), "", memo)
				}
				if err != nil {
					return "", fmt.Errorf("%s", lang.L("Could not save the memo of passage {{.ID}}: {{.Err}}", map[string]any{"ID": p.ID, "Err": err.Error()}))
				}
				return lang.L("Memo of passage {{.ID}} saved.", map[string]any{"ID": p.ID}), nil
			})
		},
	}
	c.memoSave = form.OnSubmit
	pop = v.popUp(lang.L("Memo on passage {{.ID}} ({{.Code}})", map[string]any{"ID": p.ID, "Code": v.book.Path(p.CodeID)}), form)
}

// Precisions offered for a hand-made meeting's date, and the length of
// the date each keeps ("2023-07-01"[:7] is the month).
var precisions = []struct {
	name app.Precision
	keep int
}{{app.PrecisionDay, 10}, {app.PrecisionMonth, 7}, {app.PrecisionYear, 4}, {app.PrecisionUnknown, 0}}

// Modes offered; "" is "not said".
var modes = []string{app.ModeInPerson, app.ModePhone, app.ModeVideo, ""}

// meetingForm is the "Add meeting from selection" form's fields, kept so
// that tests can fill them.
type meetingForm struct {
	partner   *widget.Entry
	date      *widget.Entry
	precision *widget.Select
	mode      *widget.Select
	formError *widget.Label
	submit    func()
	pop       *widget.PopUp
}

// openMeetingForm asks for the partner, date and mode of a meeting whose
// evidence is the selection.
func (c *codingPanel) openMeetingForm() {
	v := c.v
	start, end := v.text.Selection()
	if v.articleID == 0 || start == end {
		v.status.SetText(lang.L("Select the passage that reports the meeting first."))
		return
	}
	f := &c.meetingForm
	f.partner = widget.NewEntry()
	f.partner.SetPlaceHolder(lang.L("JPN, Japon, Japan…"))
	f.date = widget.NewEntry()
	f.date.SetPlaceHolder("YYYY-MM-DD")
	f.date.SetText(v.article.Published.String())
	f.precision = widget.NewSelect(nil, nil)
	for _, p := range precisions {
		f.precision.Options = append(f.precision.Options, uikit.PrecisionText(p.name))
	}
	f.precision.SetSelected(uikit.PrecisionText(v.article.Published.Precision))
	f.mode = widget.NewSelect(nil, nil)
	for _, m := range modes {
		f.mode.Options = append(f.mode.Options, uikit.ModeText(m))
	}
	f.mode.SetSelected(uikit.ModeText(app.ModeInPerson))
	f.formError = widget.NewLabel("")
	f.formError.Wrapping = fyne.TextWrapWord
	f.submit = func() { c.addMeeting(start, end) }
	form := &widget.Form{
		Items: []*widget.FormItem{
			widget.NewFormItem(lang.L("Partner"), f.partner),
			widget.NewFormItem(lang.L("Date"), f.date),
			widget.NewFormItem(lang.L("Precision"), f.precision),
			widget.NewFormItem(lang.L("Mode"), f.mode),
		},
		SubmitText: lang.L("Add meeting"),
		CancelText: lang.L("Cancel"),
		OnSubmit:   f.submit,
		OnCancel: func() {
			if f.pop != nil {
				f.pop.Hide()
			}
		},
	}
	quote := []rune(v.text.SelectedText())
	if len(quote) > 120 {
		quote = append(quote[:117], '…')
	}
	evidence := widget.NewLabel(lang.L("Evidence: “{{.Quote}}”", map[string]any{"Quote": string(quote)}))
	evidence.Wrapping = fyne.TextWrapWord
	f.pop = v.popUp(lang.L("Add meeting from selection"), container.NewVBox(evidence, form, f.formError))
}

// addMeeting stores the form's meeting; a refused field keeps the form
// open with the reason.
func (c *codingPanel) addMeeting(start, end int) {
	v, f := c.v, &c.meetingForm
	date, err := dateAtPrecision(f.date.Text, f.precision.SelectedIndex())
	if err != nil {
		f.formError.SetText(err.Error())
		return
	}
	req := app.ManualMeeting{ArticleID: v.articleID, Start: start, End: end, Partner: f.partner.Text, Date: date}
	if i := f.mode.SelectedIndex(); i >= 0 {
		req.Mode = modes[i]
	}
	go func() {
		m, err := v.lib.AddManualMeeting(v.ctx, req)
		fyne.Do(func() {
			if err != nil {
				f.formError.SetText(lang.L("Could not add the meeting: {{.Err}}", map[string]any{"Err": err.Error()}))
				v.notifyLoaded()
				return
			}
			if f.pop != nil {
				f.pop.Hide()
			}
			v.status.SetText(lang.L("Added meeting {{.ID}} with {{.Partner}}.", map[string]any{"ID": m.ID, "Partner": m.Partner}))
			v.changed(true)
			v.Reload()
		})
	}()
}

// dateAtPrecision cuts the typed date to the chosen precision, refusing a
// date that says less than the precision asks.
func dateAtPrecision(date string, precision int) (string, error) {
	date = strings.TrimSpace(date)
	if precision < 0 {
		precision = 0
	}
	keep := precisions[precision].keep
	if keep == 0 {
		return "", nil
	}
	if len(date) < keep {
		return "", fmt.Errorf("%s", lang.L("Date {{.Date}}: too short for {{.Precision}} precision (write YYYY-MM-DD, YYYY-MM or YYYY).",
			map[string]any{"Date": date, "Precision": uikit.PrecisionText(precisions[precision].name)}))
	}
	return date[:keep], nil
}
