package readerview

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"parley/app"
	"parley/ui/uikit"
)

// shortcutCodes is how many codes get a digit key: 1 to 9.
const shortcutCodes = 9

// codingPanel is the reader's right side: who codes, with which code, the
// buttons, and what a click on the text found there.
type codingPanel struct {
	v         *View
	coder     *widget.Entry
	coderSet  bool // named by the shell or typed: a session's coder must not replace it
	picker    *widget.Select
	codeOf    map[string]int64 // picker option -> code id
	selection *widget.Label
	code      *widget.Button
	uncode    *widget.Button
	meeting   *widget.Button
	shown     *fyne.Container
	meetingForm
	// The memo editor's text and save, kept for tests.
	memoEntry *widget.Entry
	memoSave  func()

	// shownAt is the offset last clicked (-1: none); shownPassages and
	// shownMeetings are what the panel lists for it.
	shownAt       int
	shownPassages []app.Passage
	shownMeetings []app.Meeting
}

func newCodingPanel(v *View) *codingPanel {
	c := &codingPanel{v: v, shownAt: -1, codeOf: map[string]int64{}}
	c.coder = widget.NewEntry()
	c.coder.SetPlaceHolder(lang.L("Coder name"))
	c.coder.OnChanged = func(string) { c.coderSet = true }
	c.picker = widget.NewSelect(nil, nil)
	c.picker.PlaceHolder = lang.L("Choose a code")
	c.selection = widget.NewLabel(lang.L("Select text to code it."))
	c.selection.Wrapping = fyne.TextWrapWord
	c.code = widget.NewButton(lang.L("Code selection"), func() { c.codeSelection(c.codeOf[c.picker.Selected]) })
	c.uncode = widget.NewButton(lang.L("Uncode"), c.uncodeSelection)
	c.meeting = widget.NewButton(lang.L("Add meeting from selection"), c.openMeetingForm)
	c.shown = container.NewVBox()
	c.selectionChanged(0, 0)
	return c
}

func (c *codingPanel) content(status *widget.Label) fyne.CanvasObject {
	form := widget.NewForm(
		widget.NewFormItem(lang.L("Coder"), c.coder),
		widget.NewFormItem(lang.L("Code"), c.picker),
	)
	top := container.NewVBox(form, container.NewGridWithColumns(2, c.code, c.uncode), c.meeting, c.selection, widget.NewSeparator())
	return container.NewBorder(top, status, nil, nil, container.NewVScroll(c.shown))
}

func (c *codingPanel) setCoder(name string) {
	c.coder.SetText(name)
	c.coderSet = name != ""
}

// defaultCoder takes the open session's coder when nobody was named.
func (c *codingPanel) defaultCoder(sessionCoder string) {
	if !c.coderSet && sessionCoder != "" {
		c.coder.SetText(sessionCoder)
		c.coderSet = false
	}
}

// codebookChanged refills the picker: the first nine codes carry their
// digit key.
func (c *codingPanel) codebookChanged() {
	book := c.v.book
	var options []string
	selectedID := c.codeOf[c.picker.Selected]
	c.codeOf = map[string]int64{}
	for i, code := range book.Codes {
		option := book.Path(code.ID)
		if i < shortcutCodes {
			option = fmt.Sprintf("%d  %s", i+1, option)
		}
		options = append(options, option)
		c.codeOf[option] = code.ID
	}
	c.picker.SetOptions(options)
	for option, id := range c.codeOf {
		if id == selectedID && selectedID != 0 {
			c.picker.SetSelected(option)
		}
	}
}

// shortcut codes the selection when a digit names one of the first nine
// codes.
func (c *codingPanel) shortcut(r rune) bool {
	if r < '1' || r > '9' {
		return false
	}
	i := int(r - '1')
	if i >= len(c.v.book.Codes) {
		c.v.status.SetText(lang.L("No code has the key {{.Key}}: the codebook has {{.N}} codes.", map[string]any{"Key": string(r), "N": len(c.v.book.Codes)}))
		return true
	}
	c.codeSelection(c.v.book.Codes[i].ID)
	return true
}

// selectionChanged shows what is selected and enables the buttons that
// need a selection.
func (c *codingPanel) selectionChanged(start, end int) {
	if start == end {
		c.selection.SetText(lang.L("Select text to code it."))
		c.code.Disable()
		c.meeting.Disable()
		return
	}
	quote := []rune(c.v.text.SelectedText())
	if len(quote) > 80 {
		quote = append(quote[:77], '…')
	}
	c.selection.SetText(lang.L("Selected {{.Start}}–{{.End}}: “{{.Quote}}”", map[string]any{"Start": start, "End": end, "Quote": string(quote)}))
	c.code.Enable()
	c.meeting.Enable()
}

// codeSelection codes the selected text with a code.
func (c *codingPanel) codeSelection(codeID int64) {
	v := c.v
	start, end := v.text.Selection()
	coder := strings.TrimSpace(c.coder.Text)
	name := v.book.Path(codeID)
	switch {
	case v.articleID == 0 || start == end:
		v.status.SetText(lang.L("Select some text first."))
		return
	case codeID == 0:
		v.status.SetText(lang.L("Choose a code first (or press its digit)."))
		return
	case coder == "":
		v.status.SetText(lang.L("Enter a coder name first: each coding records who made it."))
		return
	}
	req := app.CodingRequest{Article: idRef(v.articleID), Start: start, End: end, Code: name, Coder: coder}
	v.write(func() (string, error) {
		p, err := v.lib.CodePassage(v.ctx, req)
		if err != nil {
			return "", fmt.Errorf("%s", lang.L("Could not code {{.Start}}–{{.End}} as {{.Code}}: {{.Err}}", map[string]any{"Start": start, "End": end, "Code": name, "Err": err.Error()}))
		}
		return lang.L("Coded {{.Start}}–{{.End}} as {{.Code}} (passage {{.ID}}).", map[string]any{"Start": p.Start, "End": p.End, "Code": name, "ID": p.ID}), nil
	})
}

// uncodeSelection removes the chosen code's passages (the coder's own
// when a coder is named) that overlap the selection or hold the caret.
func (c *codingPanel) uncodeSelection() {
	v := c.v
	codeID := c.codeOf[c.picker.Selected]
	if codeID == 0 {
		v.status.SetText(lang.L("Choose the code to remove."))
		return
	}
	start, end := v.text.Selection()
	coder := strings.TrimSpace(c.coder.Text)
	var ids []int64
	for _, p := range v.passages {
		hit := p.Start < end && start < p.End || start == end && p.Start <= start && start < p.End
		if p.CodeID == codeID && !p.Whole && hit && (coder == "" || p.Coder == coder) {
			ids = append(ids, p.ID)
		}
	}
	if len(ids) == 0 {
		v.status.SetText(lang.L("No passage coded {{.Code}} here.", map[string]any{"Code": v.book.Path(codeID)}))
		return
	}
	c.uncodeIDs(ids)
}

// uncodeIDs removes codings, each its own undo step.
func (c *codingPanel) uncodeIDs(ids []int64) {
	v := c.v
	v.write(func() (string, error) {
		for _, id := range ids {
			if _, err := v.lib.Uncode(v.ctx, id); err != nil {
				return "", fmt.Errorf("%s", lang.L("Could not uncode passage {{.ID}}: {{.Err}}", map[string]any{"ID": id, "Err": err.Error()}))
			}
		}
		return lang.L("Removed {{.N}} coding(s).", map[string]any{"N": len(ids)}), nil
	})
}

// write runs a change off the UI goroutine, then reports it and reloads.
func (v *View) write(do func() (string, error)) {
	go func() {
		msg, err := do()
		fyne.Do(func() {
			if err != nil {
				v.status.SetText(err.Error())
				v.notifyLoaded()
				return
			}
			v.status.SetText(msg)
			v.changed(false)
			v.Reload()
		})
	}()
}

// showAt lists what the text holds at offset: its codings (code, coder,
// memo, with Memo and Uncode buttons) and meeting evidence.
func (c *codingPanel) showAt(offset int) {
	c.shownAt = offset
	c.refreshShown()
}

// refreshShown rebuilds the list for the offset last clicked, after a
// reload.
func (c *codingPanel) refreshShown() {
	v := c.v
	c.shown.RemoveAll()
	c.shownPassages, c.shownMeetings = nil, nil
	if c.shownAt < 0 {
		return
	}
	for _, p := range v.passages {
		if !p.Whole && p.Start <= c.shownAt && c.shownAt < p.End {
			c.shownPassages = append(c.shownPassages, p)
			c.shown.Add(c.passageCard(p))
		}
	}
	for _, m := range v.meetings {
		if !m.Teaser && m.EvidenceStart <= c.shownAt && c.shownAt < m.EvidenceEnd {
			c.shownMeetings = append(c.shownMeetings, m)
			date := m.DateStart
			if m.DatePrecision == app.PrecisionUnknown {
				date = lang.L("date unknown")
			}
			l := widget.NewLabel(lang.L("Meeting evidence: {{.Partner}}, {{.Date}}, {{.Status}} (meeting {{.ID}})",
				map[string]any{"Partner": m.Partner, "Date": date, "Status": uikit.StatusText(m.Status), "ID": m.ID}))
			l.Wrapping = fyne.TextWrapWord
			c.shown.Add(l)
		}
	}
	if len(c.shown.Objects) == 0 {
		c.shown.Add(widget.NewLabel(lang.L("Nothing is coded here.")))
	}
}

// passageCard shows one coding with its memo and buttons.
func (c *codingPanel) passageCard(p app.Passage) fyne.CanvasObject {
	v := c.v
	code, _ := v.book.Code(p.CodeID)
	swatch := canvas.NewRectangle(hexColor(code.Color))
	swatch.SetMinSize(fyne.NewSize(14, 14))
	name := widget.NewLabel(v.book.Path(p.CodeID))
	name.TextStyle = fyne.TextStyle{Bold: true}
	who := lang.L("by {{.Coder}}, {{.Start}}–{{.End}}", map[string]any{"Coder": p.Coder, "Start": p.Start, "End": p.End})
	if p.Session != "" {
		who += " · " + lang.L("session {{.Name}}", map[string]any{"Name": p.Session})
	}
	lines := []string{who}
	if p.Memo != "" {
		lines = append(lines, p.Memo)
	}
	for _, m := range v.memos[p.ID] {
		lines = append(lines, strings.TrimSpace(m.Title+"\n"+m.Text))
	}
	detail := widget.NewLabel(strings.Join(lines, "\n"))
	detail.Wrapping = fyne.TextWrapWord
	memo := widget.NewButton(lang.L("Memo…"), func() { c.editMemo(p) })
	uncode := widget.NewButton(lang.L("Uncode"), func() { c.uncodeIDs([]int64{p.ID}) })
	return container.NewVBox(
		container.NewHBox(container.NewCenter(swatch), name),
		detail,
		container.NewHBox(memo, uncode),
		widget.NewSeparator(),
	)
}
