package meetingsview

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
	"golang.org/x/text/language"

	"parley/app"
	"parley/ui/uikit"
)

// editForm corrects every field of a meeting in place of the detail pane.
// Saving stores the whole correction in one ChangeMeeting, which marks the
// meeting reviewed.
type editForm struct {
	v         *View
	meeting   app.Meeting
	partner   *widget.Entry
	dateStart *widget.Entry
	dateEnd   *widget.Entry
	precision *widget.Select
	mode      *widget.Select
	setting   *widget.Select
	location  *widget.Entry
	focal     *widget.Entry
	side      *widget.Entry
	problem   *widget.Label
	save      *widget.Button
	cancel    *widget.Button
	content   *fyne.Container
}

// The choices of the selects, in order; "" is unknown.
var (
	precisions = []app.Precision{app.PrecisionDay, app.PrecisionMonth, app.PrecisionYear, app.PrecisionUnknown}
	modes      = []string{app.ModeInPerson, app.ModePhone, app.ModeVideo, ""}
	settings   = []string{app.SettingVisitAbroad, app.SettingHosting, app.SettingThirdPlace, ""}
)

func newEditForm(v *View) *editForm {
	f := &editForm{v: v}
	f.partner = widget.NewEntry()
	f.partner.SetPlaceHolder("USA")
	f.dateStart = widget.NewEntry()
	f.dateStart.SetPlaceHolder("YYYY-MM-DD")
	f.dateEnd = widget.NewEntry()
	f.dateEnd.SetPlaceHolder(lang.L("same as the start"))
	f.precision = widget.NewSelect(texts(precisions, uikit.PrecisionText), nil)
	f.mode = widget.NewSelect(texts(modes, uikit.ModeText), nil)
	f.setting = widget.NewSelect(texts(settings, uikit.SettingText), nil)
	f.location = widget.NewEntry()
	f.focal = widget.NewMultiLineEntry()
	f.side = widget.NewMultiLineEntry()
	for _, e := range []*widget.Entry{f.focal, f.side} {
		e.SetPlaceHolder(lang.L("One person a line: name | title | level"))
		e.SetMinRowsVisible(3)
	}
	f.problem = widget.NewLabel("")
	f.problem.Wrapping = fyne.TextWrapWord
	f.problem.Importance = widget.DangerImportance
	f.save = widget.NewButton(lang.L("Save"), f.submit)
	f.save.Importance = widget.HighImportance
	f.cancel = widget.NewButton(lang.L("Cancel"), func() {
		f.close()
		v.focusQueue()
	})
	form := widget.NewForm(
		widget.NewFormItem(lang.L("Partner"), f.partner),
		widget.NewFormItem(lang.L("Date start"), f.dateStart),
		widget.NewFormItem(lang.L("Date end"), f.dateEnd),
		widget.NewFormItem(lang.L("Precision"), f.precision),
		widget.NewFormItem(lang.L("Mode"), f.mode),
		widget.NewFormItem(lang.L("Setting"), f.setting),
		widget.NewFormItem(lang.L("Location"), f.location),
		widget.NewFormItem(lang.L("Focal side"), f.focal),
		widget.NewFormItem(lang.L("Partner side"), f.side),
	)
	levels := lang.L("Levels: {{.Levels}}", map[string]any{"Levels": strings.Join(app.Levels, ", ")})
	hint := widget.NewLabel(levels)
	hint.Wrapping = fyne.TextWrapWord
	f.content = container.NewVBox(
		widget.NewLabelWithStyle(lang.L("Correct the meeting"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		form, hint, f.problem, container.NewHBox(f.save, f.cancel))
	return f
}

func texts[T any](values []T, text func(T) string) []string {
	out := make([]string, len(values))
	for i, v := range values {
		out[i] = text(v)
	}
	return out
}

// startEdit opens the form on the selected meeting.
func (v *View) startEdit() {
	m, ok := v.current()
	if !ok {
		return
	}
	v.editor.open(m)
}

// open fills the form with m and shows it instead of the detail pane.
func (f *editForm) open(m app.Meeting) {
	f.meeting = m
	f.partner.SetText(m.Partner)
	f.dateStart.SetText(m.DateStart)
	f.dateEnd.SetText(m.DateEnd)
	f.precision.SetSelectedIndex(max(0, slices.Index(precisions, m.DatePrecision)))
	f.mode.SetSelectedIndex(max(0, slices.Index(modes, m.Mode)))
	f.setting.SetSelectedIndex(max(0, slices.Index(settings, m.Setting)))
	f.location.SetText(m.Location)
	f.focal.SetText(participantLines(m.Focal))
	f.side.SetText(participantLines(m.PartnerSide))
	f.problem.SetText("")
	f.v.right.Objects[0].Hide()
	f.v.right.Objects[1].Show()
	f.v.right.Refresh()
	if c := fyne.CurrentApp().Driver().CanvasForObject(f.v.list); c != nil {
		c.Focus(f.partner)
	}
}

// close shows the detail pane again.
func (f *editForm) close() {
	if f.v.right == nil {
		return
	}
	f.v.right.Objects[1].Hide()
	f.v.right.Objects[0].Show()
	f.v.right.Refresh()
}

func (f *editForm) isOpen() bool { return f.v.right != nil && f.v.right.Objects[1].Visible() }

// submit checks the form and stores the correction.
func (f *editForm) submit() {
	c, err := f.change()
	if err != nil {
		f.problem.SetText(err.Error())
		return
	}
	f.problem.SetText("")
	f.v.change(f.meeting, c, false, lang.L("Meeting {{.ID}} corrected.", map[string]any{"ID": f.meeting.ID}))
}

// change reads the form into a correction, naming the field at fault.
func (f *editForm) change() (app.MeetingChange, error) {
	partner := strings.ToUpper(strings.TrimSpace(f.partner.Text))
	if _, err := language.ParseRegion(partner); err != nil || len(partner) != 3 {
		return app.MeetingChange{}, errors.New(lang.L("Partner: {{.Value}} is not an ISO 3166-1 alpha-3 country code (such as USA, JPN).",
			map[string]any{"Value": fmt.Sprintf("%q", partner)}))
	}
	precision := precisions[max(0, f.precision.SelectedIndex())]
	start, end, err := dateInterval(f.dateStart.Text, f.dateEnd.Text, precision)
	if err != nil {
		return app.MeetingChange{}, err
	}
	focal, err := parseParticipantLines(lang.L("Focal side"), f.focal.Text)
	if err != nil {
		return app.MeetingChange{}, err
	}
	side, err := parseParticipantLines(lang.L("Partner side"), f.side.Text)
	if err != nil {
		return app.MeetingChange{}, err
	}
	keepCountries(focal, f.meeting.Focal)
	keepCountries(side, f.meeting.PartnerSide)
	mode := modes[max(0, f.mode.SelectedIndex())]
	setting := settings[max(0, f.setting.SelectedIndex())]
	location := strings.TrimSpace(f.location.Text)
	return app.MeetingChange{Partner: &partner, DateStart: &start, DateEnd: &end, DatePrecision: &precision,
		Mode: &mode, Setting: &setting, Location: &location, Focal: &focal, PartnerSide: &side}, nil
}

// dateInterval reads the form's dates at the chosen precision: the first
// day of the start and the last day of the end (the start's, when the end
// is empty). A date coarser than the precision is refused; a finer one is
// widened ("2023-07-14" at month precision is July 2023).
func dateInterval(startText, endText string, p app.Precision) (string, string, error) {
	if p == app.PrecisionUnknown {
		return "", "", nil
	}
	read := func(field, text string) (app.Date, error) {
		d, err := app.ParseDate(text)
		if err == nil && !finerOrEqual(d.Precision, p) {
			err = fmt.Errorf("%q is less precise than a %s", text, uikit.PrecisionText(p))
		}
		if err != nil {
			return d, errors.New(lang.L("{{.Field}}: {{.Err}}", map[string]any{"Field": field, "Err": err.Error()}))
		}
		d.Precision = p
		return d, nil
	}
	if strings.TrimSpace(startText) == "" {
		return "", "", errors.New(lang.L("Date start: give a date, or choose the precision unknown."))
	}
	s, err := read(lang.L("Date start"), startText)
	if err != nil {
		return "", "", err
	}
	e := s
	if strings.TrimSpace(endText) != "" {
		if e, err = read(lang.L("Date end"), endText); err != nil {
			return "", "", err
		}
	}
	if e.LastDay() < s.FirstDay() {
		return "", "", errors.New(lang.L("Date end: {{.End}} is before the start {{.Start}}.",
			map[string]any{"End": e.LastDay(), "Start": s.FirstDay()}))
	}
	return s.FirstDay(), e.LastDay(), nil
}

func finerOrEqual(have, want app.Precision) bool {
	return slices.Index(precisions, have) <= slices.Index(precisions, want)
}

// keepCountries gives the people the form kept the country the extractor
// found for them (the form does not show it).
func keepCountries(ps, before []app.Participant) {
	for i := range ps {
		for _, b := range before {
			if b.Name == ps[i].Name {
				ps[i].Country = b.Country
			}
		}
	}
}

// participantLines writes participants one a line, as the form reads them.
func participantLines(ps []app.Participant) string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = strings.Join([]string{p.Name, p.Title, p.Level}, " | ")
	}
	return strings.Join(lines, "\n")
}

// parseParticipantLines reads "name | title | level" lines; title and level
// may be left out (level then is "other"). The country stays unset: the
// side says whose the person is.
func parseParticipantLines(field, text string) ([]app.Participant, error) {
	out := []app.Participant{}
	for n, line := range strings.Split(text, "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		parts := strings.Split(line, "|")
		for i := range parts {
			parts[i] = strings.TrimSpace(parts[i])
		}
		p := app.Participant{Name: parts[0], Level: "other"}
		if p.Name == "" {
			return nil, errors.New(lang.L("{{.Field}}, line {{.Line}}: the name is missing.", map[string]any{"Field": field, "Line": n + 1}))
		}
		if len(parts) > 1 {
			p.Title = parts[1]
		}
		if len(parts) > 2 && parts[2] != "" {
			p.Level = parts[2]
		}
		if len(parts) > 3 || !slices.Contains(app.Levels, p.Level) {
			return nil, errors.New(lang.L("{{.Field}}, line {{.Line}}: {{.Level}} is not a level (want one of {{.Levels}}).",
				map[string]any{"Field": field, "Line": n + 1, "Level": fmt.Sprintf("%q", p.Level), "Levels": strings.Join(app.Levels, ", ")}))
		}
		out = append(out, p)
	}
	return out, nil
}
