package meetingsview

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"parley/app"
	"parley/charts"
	"parley/ui/uikit"
)

// detailPane shows the selected meeting: partner, date, mode, people,
// status and origin, its evidence in the text around it, and the review
// buttons.
type detailPane struct {
	v        *View
	swatch   *canvas.Rectangle
	title    *widget.Label
	values   map[string]*widget.Label // by field key
	evidence *widget.RichText
	confirm  *widget.Button
	reject   *widget.Button
	planned  *widget.Button
	edit     *widget.Button
	open     *widget.Button
	content  fyne.CanvasObject
	shown    app.Meeting
}

// detailFields are the fields shown, in order (keys are lang keys).
var detailFields = []string{"Date", "Mode", "Setting", "Location", "Status", "Origin",
	"Focal side", "Partner side", "Article"}

func newDetailPane(v *View) *detailPane {
	d := &detailPane{v: v, values: map[string]*widget.Label{}}
	d.swatch = canvas.NewRectangle(color.Transparent)
	d.swatch.SetMinSize(fyne.NewSize(18, 18))
	d.swatch.CornerRadius = 4
	d.title = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	grid := container.New(layout.NewFormLayout())
	for _, key := range detailFields {
		value := widget.NewLabel("")
		value.Wrapping = fyne.TextWrapWord
		d.values[key] = value
		grid.Add(widget.NewLabelWithStyle(lang.L(key), fyne.TextAlignTrailing, fyne.TextStyle{Bold: true}))
		grid.Add(value)
	}
	d.evidence = widget.NewRichText()
	d.evidence.Wrapping = fyne.TextWrapWord
	d.confirm = widget.NewButton(lang.L("Confirm (c)"), func() { v.review(app.Confirmed) })
	d.reject = widget.NewButton(lang.L("Reject (r)"), func() { v.review(app.Rejected) })
	d.planned = widget.NewButton(lang.L("Planned (p)"), func() { v.review(app.Planned) })
	d.edit = widget.NewButton(lang.L("Edit (e)"), v.startEdit)
	d.open = widget.NewButton(lang.L("Open in reader (o)"), v.openEvidence)
	d.confirm.Importance = widget.HighImportance
	d.content = container.NewVBox(
		container.NewBorder(nil, nil, container.NewCenter(d.swatch), nil, d.title),
		container.NewGridWithColumns(5, d.confirm, d.reject, d.planned, d.edit, d.open),
		grid,
		widget.NewLabelWithStyle(lang.L("Evidence"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		d.evidence,
	)
	return d
}

func (d *detailPane) buttons() []*widget.Button {
	return []*widget.Button{d.confirm, d.reject, d.planned, d.edit, d.open}
}

// show fills the pane with m; the zero Meeting empties it.
func (d *detailPane) show(m app.Meeting) {
	d.shown = m
	for _, b := range d.buttons() {
		if m.ID == 0 {
			b.Disable()
		} else {
			b.Enable()
		}
	}
	if m.ID == 0 {
		d.swatch.FillColor = color.Transparent
		d.swatch.Refresh()
		d.title.SetText(lang.L("Choose a meeting to see its evidence."))
		for _, l := range d.values {
			l.SetText("")
		}
		d.evidence.Segments = nil
		d.evidence.Refresh()
		return
	}
	d.swatch.FillColor = charts.CountryColour(m.Partner)
	d.swatch.Refresh()
	d.title.SetText(uikit.CountryName(m.Partner) + " (" + m.Partner + ")")
	set := func(key, value string) { d.values[key].SetText(value) }
	set("Date", dateText(m))
	set("Mode", uikit.ModeText(m.Mode))
	set("Setting", uikit.SettingText(m.Setting)+" · CAMEO "+m.CAMEO)
	set("Location", orDash(m.Location))
	reviewed := ""
	if m.Reviewed {
		reviewed = " · " + lang.L("reviewed")
	}
	set("Status", uikit.StatusText(m.Status)+reviewed)
	set("Origin", originText(m))
	set("Focal side", peopleText(m.Focal))
	set("Partner side", peopleText(m.PartnerSide))
	set("Article", app.ArticleName(m.Source))
	d.showEvidence(m)
}

// showEvidence shows the evidence alone at once, then in its paragraph once
// the article is read (off the UI goroutine, once per article).
func (d *detailPane) showEvidence(m app.Meeting) {
	if a, ok := d.v.articles[m.ArticleID]; ok {
		d.setEvidence(a, m)
		return
	}
	d.setSegments("", m.Evidence, "")
	go func() {
		a, err := d.v.lib.Store.Article(d.v.ctx, m.ArticleID)
		d.v.do(func() {
			if err != nil {
				d.v.status.SetText(lang.L("Could not read article {{.Name}}: {{.Err}}",
					map[string]any{"Name": app.ArticleName(m.Source), "Err": err.Error()}))
				return
			}
			d.v.articles[m.ArticleID] = a
			if d.shown.ID == m.ID {
				d.setEvidence(a, m)
			}
		})
	}()
}

func (d *detailPane) setEvidence(a app.Article, m app.Meeting) {
	text, ok := evidenceText(a, m)
	if !ok {
		d.setSegments("", m.Evidence, "")
		return
	}
	d.setSegments(evidenceInContext(text, m.EvidenceStart, m.EvidenceEnd))
	if d.v.evidenceShown != nil {
		d.v.evidenceShown(m)
	}
}

// setSegments shows the evidence emphasised between its context.
func (d *detailPane) setSegments(before, evidence, after string) {
	plain := widget.RichTextStyleInline
	strong := widget.RichTextStyle{Inline: true, ColorName: theme.ColorNamePrimary, TextStyle: fyne.TextStyle{Bold: true}}
	d.evidence.Segments = []widget.RichTextSegment{
		&widget.TextSegment{Text: before, Style: plain},
		&widget.TextSegment{Text: evidence, Style: strong},
		&widget.TextSegment{Text: after, Style: plain},
	}
	d.evidence.Refresh()
	// The wrapped text's height is known only now: lay the pane out again.
	if d.v.right != nil {
		d.v.right.Objects[0].Refresh()
	}
}
