package codebookview

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// codeDetails is the Code tab: the chosen code's path, colour, passages and
// description, which is edited here.
type codeDetails struct {
	title       *widget.Label
	chip        *canvas.Rectangle
	counts      *widget.Label
	description *widget.Entry
	save        *widget.Button
	// shownID and shownText are the code and the description last put in
	// the entry: a reload leaves the analyst's unsaved typing alone unless
	// another code is chosen or the stored description changed.
	shownID   int64
	shownText string
}

func (v *View) buildDetails() {
	d := &v.details
	d.title = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	d.title.Wrapping = fyne.TextWrapWord
	d.chip = canvas.NewRectangle(parseColor(""))
	d.chip.SetMinSize(fyne.NewSquareSize(theme.IconInlineSize()))
	d.chip.CornerRadius = 3
	d.counts = widget.NewLabel("")
	d.description = widget.NewMultiLineEntry()
	d.description.Wrapping = fyne.TextWrapWord
	d.description.SetPlaceHolder(lang.L("What the code means, when to use it, examples…"))
	d.description.SetMinRowsVisible(6)
	d.save = widget.NewButtonWithIcon(lang.L("Save description"), theme.DocumentSaveIcon(), v.saveDescription)
}

func (d *codeDetails) content() fyne.CanvasObject {
	head := container.NewBorder(nil, nil, container.NewPadded(container.NewCenter(d.chip)), nil, d.title)
	return container.NewBorder(container.NewVBox(head, d.counts, widget.NewLabel(lang.L("Description"))),
		container.NewHBox(d.save), nil, nil, d.description)
}

// showDetails fills the tab with the chosen code, or says to choose one.
func (v *View) showDetails() {
	d := &v.details
	b := v.state.book
	c, ok := b.Code(v.codes.selected)
	if !ok {
		d.title.SetText(lang.L("Choose a code in the tree, or add one."))
		d.chip.Hide()
		d.counts.SetText("")
		d.description.SetText("")
		d.shownID, d.shownText = 0, ""
		d.description.Disable()
		d.save.Disable()
		return
	}
	d.title.SetText(b.Path(c.ID))
	d.chip.FillColor = parseColor(c.Color)
	d.chip.Show()
	d.chip.Refresh()
	impact := b.CodeImpact(c.ID)
	d.counts.SetText(lang.L("{{.Own}} passages coded with it, {{.All}} with its sub-codes; colour {{.Color}}",
		map[string]any{"Own": c.Passages, "All": impact.Passages, "Color": c.Color}))
	d.description.Enable()
	if d.shownID != c.ID || d.shownText != c.Description {
		d.description.SetText(c.Description)
		d.shownID, d.shownText = c.ID, c.Description
	}
	d.save.Enable()
}
