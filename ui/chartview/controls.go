package chartview

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"parley/app"
	"parley/charts"
)

// controls are the choices of a count request and of its chart. Each
// change calls onChange, once the choices make a request.
type controls struct {
	unit, period, kind, breakdown *choice
	partners                      *partnerPicker
	from, to                      *widget.Entry
	statuses, modes, levels, tags *checks
	teasers                       *widget.Check
	tagCoder, tagSession          *widget.Select
	onChange                      func()
}

func newControls() *controls {
	def := app.NewCountRequest()
	c := &controls{
		unit: newChoice([]string{string(app.UnitClusters), string(app.UnitDays), string(app.UnitArticles),
			string(app.UnitMentions)}, string(def.Unit)),
		period: newChoice([]string{string(app.ByYear), string(app.ByQuarter), string(app.ByMonth), string(app.ByNone)},
			string(def.By)),
		kind:      newChoice(kindValues(), string(charts.Bars)),
		breakdown: newChoice([]string{"", app.BreakdownMode, app.BreakdownLevel}, ""),
		partners:  newPartnerPicker(def.Partners),
		from:      widget.NewEntry(),
		to:        widget.NewEntry(),
		statuses: newChecks([]string{string(app.Suggested), string(app.Confirmed), string(app.Planned),
			string(app.Rejected)}, statusValues(def.Statuses)),
		modes:      newChecks([]string{app.ModeInPerson, app.ModePhone, app.ModeVideo}, nil),
		levels:     newChecks(app.Levels, nil),
		tags:       newChecks(nil, nil),
		teasers:    widget.NewCheck(lang.L("Count meetings found in teaser items"), nil),
		tagCoder:   widget.NewSelect([]string{lang.L("Any coder")}, nil),
		tagSession: widget.NewSelect([]string{lang.L("Any session")}, nil),
	}
	c.teasers.SetChecked(def.Teasers)
	c.tagCoder.SetSelectedIndex(0)
	c.tagSession.SetSelectedIndex(0)
	c.from.SetPlaceHolder(lang.L("YYYY-MM-DD (open)"))
	c.to.SetPlaceHolder(lang.L("YYYY-MM-DD (open)"))

	// Wired after the defaults are set, so that building draws nothing.
	changed := func() {
		if c.onChange != nil {
			c.onChange()
		}
	}
	for _, s := range []*choice{c.unit, c.period, c.kind, c.breakdown} {
		s.OnChanged = func(string) { changed() }
	}
	for _, g := range []*checks{c.statuses, c.modes, c.levels, c.tags} {
		g.OnChanged = func([]string) { changed() }
	}
	for _, s := range []*widget.Select{c.tagCoder, c.tagSession} {
		s.OnChanged = func(string) { changed() }
	}
	c.teasers.OnChanged = func(bool) { changed() }
	c.partners.onChange = changed
	// A date redraws once it is whole (or emptied), not at each key.
	for _, e := range []*widget.Entry{c.from, c.to} {
		e.OnChanged = func(s string) {
			if s = strings.TrimSpace(s); s == "" || len(s) == len("2006-01-02") {
				changed()
			}
		}
		e.OnSubmitted = func(string) { changed() }
	}
	return c
}

func kindValues() []string {
	out := make([]string, len(charts.Kinds))
	for i, k := range charts.Kinds {
		out[i] = string(k)
	}
	return out
}

func statusValues(st []app.MeetingStatus) []string {
	out := make([]string, len(st))
	for i, s := range st {
		out[i] = string(s)
	}
	return out
}

// content lays the choices out as a column, in the order an analyst
// narrows a question.
func (c *controls) content() fyne.CanvasObject {
	heading := func(s string) fyne.CanvasObject {
		return widget.NewLabelWithStyle(s, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	}
	return container.NewVBox(
		heading(lang.L("Count")), c.unit.Select,
		heading(lang.L("Partners")), c.partners.box,
		heading(lang.L("Period")), c.period.Select,
		widget.NewForm(widget.NewFormItem(lang.L("From"), c.from), widget.NewFormItem(lang.L("To"), c.to)),
		heading(lang.L("Statuses")), c.statuses.CheckGroup,
		heading(lang.L("Modes (none checked: every mode)")), c.modes.CheckGroup,
		heading(lang.L("Levels (none checked: every level)")), c.levels.CheckGroup,
		c.teasers,
		heading(lang.L("Tags (codes on the evidence)")), c.tags.CheckGroup,
		widget.NewForm(widget.NewFormItem(lang.L("Coder"), c.tagCoder), widget.NewFormItem(lang.L("Session"), c.tagSession)),
		heading(lang.L("Chart")), c.kind.Select,
		heading(lang.L("Breakdown")), c.breakdown.Select,
	)
}

// request is the count and chart kind the choices describe, or an error
// naming the choice that is wrong.
func (c *controls) request() (app.CountRequest, charts.Kind, error) {
	r := app.NewCountRequest()
	r.Unit, r.By = app.CountUnit(c.unit.value()), app.Period(c.period.value())
	r.Partners = c.partners.chosen()
	if len(r.Partners) == 0 {
		return r, "", fmt.Errorf("%s", lang.L("Partners: check at least one partner"))
	}
	for _, f := range []struct {
		name string
		e    *widget.Entry
		dst  *string
	}{{lang.L("From"), c.from, &r.From}, {lang.L("To"), c.to, &r.To}} {
		s := strings.TrimSpace(f.e.Text)
		if _, err := time.Parse("2006-01-02", s); s != "" && err != nil {
			return r, "", fmt.Errorf("%s", lang.L("{{.Field}} date {{.Value}}: want YYYY-MM-DD, e.g. 2024-03-31",
				map[string]any{"Field": f.name, "Value": s}))
		}
		*f.dst = s
	}
	r.Statuses = nil
	for _, s := range c.statuses.chosen() {
		r.Statuses = append(r.Statuses, app.MeetingStatus(s))
	}
	if len(r.Statuses) == 0 {
		return r, "", fmt.Errorf("%s", lang.L("Statuses: check at least one status"))
	}
	r.Modes, r.Levels, r.Teasers = c.modes.chosen(), c.levels.chosen(), c.teasers.Checked
	r.Tags = c.tags.chosen()
	if len(r.Tags) > 0 {
		if i := c.tagCoder.SelectedIndex(); i > 0 {
			r.TagCoder = c.tagCoder.Options[i]
		}
		if i := c.tagSession.SelectedIndex(); i > 0 {
			r.TagSession = c.tagSession.Options[i]
		}
	}
	r.Breakdown = c.breakdown.value()
	kind := charts.Kind(c.kind.value())
	if kind == charts.Lines && r.Breakdown != "" {
		return r, "", fmt.Errorf("%s", lang.L("Chart: lines do not take a breakdown; choose bars, stacked or totals"))
	}
	if err := r.Validate(); err != nil {
		return r, "", err
	}
	return r, kind, nil
}

// setOptions fills the choices that come from the library: its partners,
// codes, coders and sessions. What was chosen stays chosen.
func (c *controls) setOptions(o libraryOptions) {
	c.partners.setAvailable(o.partners)
	c.tags.setValues(o.codes)
	setNames(c.tagCoder, lang.L("Any coder"), o.coders)
	setNames(c.tagSession, lang.L("Any session"), o.sessions)
}

// setNames lists names after the "any" entry, keeping the selection.
func setNames(s *widget.Select, any string, names []string) {
	keep := s.Selected
	s.Options = append([]string{any}, names...)
	if !slices.Contains(s.Options, keep) {
		keep = any
	}
	s.Selected = keep // no OnChanged: the request is the same
	s.Refresh()
}

// libraryOptions are the values the library offers to choose from.
type libraryOptions struct {
	partners, codes, coders, sessions []string
}
