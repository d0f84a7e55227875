package chartview

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"parley/app"
	"parley/charts"
)

// partnerPicker checks the partners to count, each beside its colour in
// every chart: the default partners first, then the others the library
// holds, most met first.
type partnerPicker struct {
	box       *fyne.Container
	codes     []string
	inLibrary []string
	checks    map[string]*widget.Check
	onChange  func()
}

func newPartnerPicker(chosen []string) *partnerPicker {
	p := &partnerPicker{box: container.NewGridWrap(fyne.NewSize(84, 36)), checks: map[string]*widget.Check{}}
	p.setAvailable(nil)
	p.setChosen(chosen)
	return p
}

// setAvailable lists the default partners and those given; the checks of
// partners listed before keep their state. A chosen partner no longer in
// the library stays listed, so that a choice never vanishes silently.
func (p *partnerPicker) setAvailable(inLibrary []string) {
	p.inLibrary = slices.Clone(inLibrary)
	p.rebuild(nil)
}

// rebuild lists the default partners, the library's, the chosen ones and
// extra.
func (p *partnerPicker) rebuild(extra []string) {
	codes := app.Partners()
	for _, c := range slices.Concat(p.inLibrary, p.chosen(), extra) {
		if !slices.Contains(codes, c) {
			codes = append(codes, c)
		}
	}
	if slices.Equal(codes, p.codes) {
		return
	}
	p.codes = codes
	p.box.RemoveAll()
	for _, c := range codes {
		check, ok := p.checks[c]
		if !ok {
			check = widget.NewCheck(c, func(bool) {
				if p.onChange != nil {
					p.onChange()
				}
			})
			p.checks[c] = check
		}
		swatch := canvas.NewRectangle(charts.CountryColour(c))
		swatch.SetMinSize(fyne.NewSize(12, 12))
		p.box.Add(container.NewBorder(nil, nil, container.NewCenter(swatch), nil, check))
	}
	p.box.Refresh()
}

// chosen are the checked partners in the list's order: the order of the
// bars in a group and of the legend.
func (p *partnerPicker) chosen() []string {
	var out []string
	for _, c := range p.codes {
		if p.checks[c].Checked {
			out = append(out, c)
		}
	}
	return out
}

// setChosen checks exactly the given partners, without redrawing for
// each.
func (p *partnerPicker) setChosen(codes []string) {
	on := p.onChange
	p.onChange = nil
	defer func() { p.onChange = on }()
	p.rebuild(codes)
	for _, c := range p.codes {
		p.checks[c].SetChecked(slices.Contains(codes, c))
	}
}
