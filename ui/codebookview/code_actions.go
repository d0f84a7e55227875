package codebookview

import (
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// showForm opens a form dialog over the view's window; Enter in a one-line
// entry submits it. It returns nil when the view has no window.
func (v *View) showForm(title, confirm string, items []*widget.FormItem, onOK func()) *dialog.FormDialog {
	w := v.window()
	if w == nil {
		v.status.SetText(lang.L("This screen has no window to open a dialog in."))
		return nil
	}
	d := dialog.NewForm(title, confirm, lang.L("Cancel"), items, func(ok bool) {
		if ok {
			onOK()
		}
	}, w)
	for _, it := range items {
		if e, ok := it.Widget.(*widget.Entry); ok && !e.MultiLine {
			e.OnSubmitted = func(string) { d.Submit() }
		}
	}
	d.Resize(fyne.NewSize(460, d.MinSize().Height))
	d.Show()
	if len(items) > 0 {
		if e, ok := items[0].Widget.(*widget.Entry); ok {
			w.Canvas().Focus(e)
		}
	}
	return d
}

// showAddCode asks for a new code's name, its place (under the chosen
// code or at the top level) and description; its colour is the palette
// colour the codebook uses least.
func (v *View) showAddCode() {
	name := widget.NewEntry()
	name.SetPlaceHolder(lang.L("Name of the code"))
	desc := widget.NewMultiLineEntry()
	desc.SetPlaceHolder(lang.L("What the code means (optional)"))
	items := []*widget.FormItem{widget.NewFormItem(lang.L("Name"), name)}
	parent, under := v.selectedPath()
	topLevel := lang.L("At the top level")
	underIt := lang.L("Under {{.Code}}", map[string]any{"Code": parent})
	where := widget.NewRadioGroup([]string{underIt, topLevel}, nil)
	if under {
		where.SetSelected(underIt)
		items = append(items, widget.NewFormItem(lang.L("Place"), where))
	}
	items = append(items, widget.NewFormItem(lang.L("Description"), desc))
	color := nextColor(v.state.book)
	v.showForm(lang.L("Add a code"), lang.L("Add"), items, func() {
		to := ""
		if under && where.Selected == underIt {
			to = parent
		}
		n, d := name.Text, desc.Text
		v.write(lang.L("Could not add the code {{.Name}}", map[string]any{"Name": n}), true, func() error {
			c, err := v.lib.AddCode(v.ctx, n, to, color, d)
			if err == nil {
				fyne.DoAndWait(func() { v.codes.selected = c.ID })
			}
			return err
		})
	})
}

// showRenameCode asks for the chosen code's new name.
func (v *View) showRenameCode() {
	path, ok := v.selectedPath()
	if !ok {
		return
	}
	c, _ := v.state.book.Code(v.codes.selected)
	name := widget.NewEntry()
	name.SetText(c.Name)
	v.showForm(lang.L("Rename {{.Code}}", map[string]any{"Code": path}), lang.L("Rename"),
		[]*widget.FormItem{widget.NewFormItem(lang.L("New name"), name)}, func() {
			n := name.Text
			v.write(lang.L("Could not rename the code {{.Code}}", map[string]any{"Code": path}), true, func() error {
				_, err := v.lib.RenameCode(v.ctx, path, n)
				return err
			})
		})
}

// otherCodes lists the paths of the codes the chosen one may go under or
// merge into: every code outside its own subtree.
func (v *View) otherCodes() []string {
	b := v.state.book
	inside := map[int64]bool{}
	for _, id := range b.Subtree(v.codes.selected) {
		inside[id] = true
	}
	var out []string
	for _, c := range b.Codes {
		if !inside[c.ID] {
			out = append(out, b.Path(c.ID))
		}
	}
	return out
}

// showMoveCode asks for the chosen code's new parent, or the top level.
func (v *View) showMoveCode() {
	path, ok := v.selectedPath()
	if !ok {
		return
	}
	topLevel := lang.L("(top level)")
	to := widget.NewSelect(append([]string{topLevel}, v.otherCodes()...), nil)
	to.SetSelected(topLevel)
	v.showForm(lang.L("Move {{.Code}}", map[string]any{"Code": path}), lang.L("Move"),
		[]*widget.FormItem{widget.NewFormItem(lang.L("New parent"), to)}, func() {
			parent := to.Selected
			if parent == topLevel {
				parent = ""
			}
			v.write(lang.L("Could not move the code {{.Code}}", map[string]any{"Code": path}), true, func() error {
				_, err := v.lib.MoveCode(v.ctx, path, parent)
				return err
			})
		})
}

// showMergeCode asks which code the chosen one merges into: its passages,
// sub-codes and memos move there and it is deleted.
func (v *View) showMergeCode() {
	path, ok := v.selectedPath()
	if !ok {
		return
	}
	others := v.otherCodes()
	if len(others) == 0 {
		v.fail(lang.L("Could not merge the code {{.Code}}", map[string]any{"Code": path}),
			errors.New(lang.L("there is no other code to merge it into")))
		return
	}
	into := widget.NewSelect(others, nil)
	into.SetSelected(others[0])
	impact := v.state.book.CodeImpact(v.codes.selected)
	c, _ := v.state.book.Code(v.codes.selected)
	note := widget.NewLabel(lang.L("Its {{.Passages}} passages, {{.Codes}} sub-codes and its memos move to the chosen code; {{.Code}} is then deleted. Undo brings it back.",
		map[string]any{"Passages": c.Passages, "Codes": impact.Codes - 1, "Code": path}))
	note.Wrapping = fyne.TextWrapWord
	v.showForm(lang.L("Merge {{.Code}}", map[string]any{"Code": path}), lang.L("Merge"),
		[]*widget.FormItem{widget.NewFormItem(lang.L("Into"), into), widget.NewFormItem("", note)}, func() {
			target := into.Selected
			v.write(lang.L("Could not merge {{.Code}} into {{.Into}}", map[string]any{"Code": path, "Into": target}), true, func() error {
				r, err := v.lib.MergeCodes(v.ctx, path, target)
				if err == nil {
					fyne.DoAndWait(func() {
						v.codes.selected = 0
						if to, err := v.state.book.Find(target); err == nil {
							v.codes.selected = to.ID
						}
						v.status.SetText(lang.L("Merged {{.Code}} into {{.Into}}: {{.Moved}} passages moved, {{.Dropped}} already there dropped.",
							map[string]any{"Code": path, "Into": target, "Moved": r.Moved, "Dropped": r.Dropped}))
					})
				}
				return err
			})
		})
}

// showDeleteCode asks before deleting the chosen code, saying how many
// sub-codes go with it and how many passages will be uncoded.
func (v *View) showDeleteCode() {
	path, ok := v.selectedPath()
	if !ok {
		return
	}
	w := v.window()
	if w == nil {
		return
	}
	impact := v.state.book.CodeImpact(v.codes.selected)
	msg := lang.L("Delete {{.Code}}? {{.Passages}} passages will be uncoded and {{.Codes}} sub-codes deleted with it, with their memos. Undo brings them back.",
		map[string]any{"Code": path, "Passages": impact.Passages, "Codes": impact.Codes - 1})
	d := dialog.NewConfirm(lang.L("Delete {{.Code}}", map[string]any{"Code": path}), msg, func(ok bool) {
		if !ok {
			return
		}
		v.write(lang.L("Could not delete the code {{.Code}}", map[string]any{"Code": path}), true, func() error {
			_, err := v.lib.DeleteCode(v.ctx, path)
			return err
		})
	}, w)
	d.SetConfirmText(lang.L("Delete"))
	d.SetConfirmImportance(widget.DangerImportance)
	d.Show()
}

// saveDescription stores the description typed in the Code tab.
func (v *View) saveDescription() {
	path, ok := v.selectedPath()
	if !ok {
		return
	}
	text := v.details.description.Text
	v.write(lang.L("Could not save the description of {{.Code}}", map[string]any{"Code": path}), true, func() error {
		_, err := v.lib.ChangeCode(v.ctx, path, nil, &text)
		return err
	})
}

// setColor gives the chosen code a colour (#RRGGBB).
func (v *View) setColor(hex string) {
	path, ok := v.selectedPath()
	if !ok {
		return
	}
	v.write(lang.L("Could not change the colour of {{.Code}}", map[string]any{"Code": path}), true, func() error {
		_, err := v.lib.ChangeCode(v.ctx, path, &hex, nil)
		return err
	})
}
