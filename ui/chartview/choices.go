package chartview

import (
	"slices"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// word is the analyst's word for a value of a count request (a unit, a
// period, a status…); values it does not know (partner codes, code paths)
// are shown as they are. Each key is a literal so that the translators'
// list of keys finds it.
func word(v string) string {
	switch v {
	case "clusters":
		return lang.L("Meetings (clusters)")
	case "days":
		return lang.L("Meeting days")
	case "articles":
		return lang.L("Articles reporting meetings")
	case "mentions":
		return lang.L("Meeting mentions")
	case "year":
		return lang.L("Year")
	case "quarter":
		return lang.L("Quarter")
	case "month":
		return lang.L("Month")
	case "none":
		return lang.L("None (totals)")
	case "bars":
		return lang.L("Grouped bars")
	case "stacked":
		return lang.L("Stacked bars")
	case "lines":
		return lang.L("Lines")
	case "totals":
		return lang.L("Totals per partner")
	case "":
		return lang.L("None")
	case "mode":
		return lang.L("Mode")
	case "level":
		return lang.L("Level")
	case "suggested":
		return lang.L("Suggested")
	case "confirmed":
		return lang.L("Confirmed")
	case "planned":
		return lang.L("Planned")
	case "rejected":
		return lang.L("Rejected")
	case "in_person":
		return lang.L("In person")
	case "phone":
		return lang.L("Phone")
	case "video":
		return lang.L("Video")
	case "unknown":
		return lang.L("Unknown")
	case "head_of_state_or_party":
		return lang.L("Head of state or party")
	case "head_of_government":
		return lang.L("Head of government")
	case "minister":
		return lang.L("Minister")
	case "vice_minister":
		return lang.L("Vice-minister")
	case "ambassador":
		return lang.L("Ambassador")
	case "other":
		return lang.L("Other")
	}
	return v
}

// choice is a drop-down over values shown in words.
type choice struct {
	*widget.Select
	values []string
}

func newChoice(values []string, selected string) *choice {
	c := &choice{Select: widget.NewSelect(nil, nil)}
	c.setValues(values)
	c.set(selected)
	return c
}

// setValues replaces the values, keeping the selected one when it remains.
func (c *choice) setValues(values []string) {
	keep := c.value()
	c.values = slices.Clone(values)
	labels := make([]string, len(values))
	for i, v := range values {
		labels[i] = word(v)
	}
	c.Options = labels
	if i := slices.Index(values, keep); i >= 0 {
		c.Select.Selected = labels[i] // no OnChanged: nothing changed
	}
	c.Refresh()
}

func (c *choice) value() string {
	if i := c.SelectedIndex(); i >= 0 && i < len(c.values) {
		return c.values[i]
	}
	return ""
}

func (c *choice) set(v string) { c.SetSelectedIndex(slices.Index(c.values, v)) }

// checks is a group of check boxes over values shown in words.
type checks struct {
	*widget.CheckGroup
	values []string
}

func newChecks(values, selected []string) *checks {
	c := &checks{CheckGroup: widget.NewCheckGroup(nil, nil)}
	c.setValues(values)
	c.setChosen(selected)
	return c
}

// setValues replaces the values, keeping those chosen that remain.
func (c *checks) setValues(values []string) {
	keep := c.chosen()
	c.values = slices.Clone(values)
	c.Options = make([]string, len(values))
	for i, v := range values {
		c.Options[i] = word(v)
	}
	c.Selected = nil
	for _, v := range keep {
		if i := slices.Index(values, v); i >= 0 {
			c.Selected = append(c.Selected, c.Options[i])
		}
	}
	c.Refresh()
}

// chosen are the checked values, in the group's order.
func (c *checks) chosen() []string {
	var out []string
	for i, label := range c.Options {
		if slices.Contains(c.Selected, label) && i < len(c.values) {
			out = append(out, c.values[i])
		}
	}
	return out
}

func (c *checks) setChosen(values []string) {
	var labels []string
	for i, v := range c.values {
		if slices.Contains(values, v) {
			labels = append(labels, c.Options[i])
		}
	}
	c.SetSelected(labels)
}
