package codebookview

import (
	"fmt"
	"slices"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"parley/app"
)

// agreementPane is the Agreement tab: two coders, a code or all, and the
// table of percent agreement, Cohen's κ and Krippendorff's α that
// Library.Agreement computes, per code or per article, then overall.
type agreementPane struct {
	first, second, code *widget.Select
	by                  *widget.RadioGroup
	compute             *widget.Button
	table               *widget.Table
	note                *widget.Label
	rows                []app.AgreementRow // the rows asked for, then the overall one
}

// Choices of the code and row selectors.
func everyCode() string  { return lang.L("All codes") }
func rowsByCode() string { return lang.L("Per code") }
func rowsByArticle() string {
	return lang.L("Per article")
}

func (v *View) buildAgreement() {
	p := &v.agreement
	p.first = widget.NewSelect(nil, nil)
	p.first.PlaceHolder = lang.L("First coder")
	p.second = widget.NewSelect(nil, nil)
	p.second.PlaceHolder = lang.L("Second coder")
	p.code = widget.NewSelect([]string{everyCode()}, nil)
	p.code.SetSelected(everyCode())
	p.by = widget.NewRadioGroup([]string{rowsByCode(), rowsByArticle()}, nil)
	p.by.Horizontal = true
	p.by.Required = true
	p.by.SetSelected(rowsByCode())
	p.compute = widget.NewButtonWithIcon(lang.L("Compute"), theme.ViewRefreshIcon(), v.computeAgreement)
	p.compute.Importance = widget.HighImportance
	p.note = widget.NewLabel(lang.L("Choose two coders and compute. Agreement is counted character by character over every article, as NVivo does: text neither coder coded is agreement too."))
	p.note.Wrapping = fyne.TextWrapWord
	header := []string{lang.L("Code or article"), lang.L("Agreement %"), lang.L("Cohen's κ"), lang.L("Krippendorff's α"), lang.L("Characters"), lang.L("Note")}
	p.table = newTextTable(header, []float32{200, 110, 90, 130, 100, 260},
		func() int { return len(p.rows) },
		func(row, col int) string { return agreementCell(p.rows[row], col) })
}

func (p *agreementPane) content() fyne.CanvasObject {
	choices := container.NewVBox(
		container.NewGridWithColumns(3, p.first, p.second, p.code),
		container.NewBorder(nil, nil, nil, p.compute, p.by),
	)
	return container.NewBorder(choices, p.note, nil, nil, p.table)
}

// agreementCell is the text of one cell; an undefined figure is a dash
// (the note says why).
func agreementCell(r app.AgreementRow, col int) string {
	switch col {
	case 0:
		return r.Name
	case 1:
		return figure(r.Percent, 1)
	case 2:
		return figure(r.Kappa, 3)
	case 3:
		return figure(r.Alpha, 3)
	case 4:
		return strconv.Itoa(r.Chars)
	case 5:
		return r.Note
	}
	return ""
}

func figure(f *float64, decimals int) string {
	if f == nil {
		return "—"
	}
	return fmt.Sprintf("%.*f", decimals, *f)
}

// applyAgreementChoices offers the coders and codes of the last load,
// keeping the choices still possible.
func (v *View) applyAgreementChoices() {
	p := &v.agreement
	names := make([]string, len(v.state.coders))
	for i, c := range v.state.coders {
		names[i] = c.Name
	}
	p.first.SetOptions(names)
	p.second.SetOptions(names)
	if !slices.Contains(names, p.first.Selected) {
		p.first.ClearSelected()
		if len(names) > 0 {
			p.first.SetSelected(names[0])
		}
	}
	if !slices.Contains(names, p.second.Selected) {
		p.second.ClearSelected()
		if len(names) > 1 {
			p.second.SetSelected(names[1])
		}
	}
	codes := []string{everyCode()}
	for _, c := range v.state.book.Codes {
		codes = append(codes, v.state.book.Path(c.ID))
	}
	p.code.SetOptions(codes)
	if !slices.Contains(codes, p.code.Selected) {
		p.code.SetSelected(everyCode())
	}
}

// computeAgreement computes the table off the UI goroutine.
func (v *View) computeAgreement() {
	p := &v.agreement
	a, b := p.first.Selected, p.second.Selected
	if a == "" || b == "" || a == b {
		p.note.SetText(lang.L("Choose two different coders: agreement compares one coder with another."))
		v.notifyLoaded()
		return
	}
	code := p.code.Selected
	if code == everyCode() {
		code = ""
	}
	perArticle := p.by.Selected == rowsByArticle()
	p.compute.Disable()
	p.note.SetText(lang.L("Computing…"))
	go func() {
		rep, err := v.lib.Agreement(v.ctx, app.AgreementRequest{Coders: []string{a, b}, Code: code})
		fyne.Do(func() {
			p.compute.Enable()
			if err != nil {
				p.rows = nil
				v.fail(lang.L("Could not compute the agreement of {{.A}} and {{.B}}", map[string]any{"A": a, "B": b}), err)
				p.note.SetText("")
			} else {
				rows := rep.Codes
				if perArticle {
					rows = rep.Articles
				}
				p.rows = append(slices.Clone(rows), rep.Overall)
				p.rows[len(p.rows)-1].Name = lang.L("Overall")
				p.note.SetText(lang.L("{{.A}} and {{.B}}, character by character over every article; a dash is a figure that is undefined (see the note).",
					map[string]any{"A": a, "B": b}))
			}
			p.table.Refresh()
			v.notifyLoaded()
		})
	}()
}
