package codebookview

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// codeTree is the left pane: the codebook as a tree and the buttons that
// change it.
type codeTree struct {
	tree     *keyTree
	selected int64 // 0: no code chosen
	// closed remembers the branches the analyst closed, so that a reload
	// (which opens every branch, new ones included) keeps them closed.
	closed map[int64]bool

	add, rename, recolor, move, merge, remove *widget.Button
}

func nodeID(id int64) widget.TreeNodeID { return strconv.FormatInt(id, 10) }

// codeID reads a node id; the root "" is 0.
func codeID(uid widget.TreeNodeID) int64 {
	id, _ := strconv.ParseInt(uid, 10, 64)
	return id
}

func (v *View) buildTree() {
	t := &v.codes
	t.closed = map[int64]bool{}
	t.tree = newKeyTree(
		func(uid widget.TreeNodeID) []widget.TreeNodeID {
			kids := v.state.book.Children(codeID(uid))
			out := make([]widget.TreeNodeID, len(kids))
			for i, k := range kids {
				out[i] = nodeID(k)
			}
			return out
		},
		func(uid widget.TreeNodeID) bool {
			return uid == "" || len(v.state.book.Children(codeID(uid))) > 0
		},
		func(bool) fyne.CanvasObject {
			chip := canvas.NewRectangle(parseColor(""))
			chip.SetMinSize(fyne.NewSquareSize(theme.IconInlineSize()))
			chip.CornerRadius = 3
			name := widget.NewLabel("code")
			count := widget.NewLabel("0")
			count.Importance = widget.LowImportance
			return container.NewHBox(container.NewCenter(chip), name, count)
		},
		func(uid widget.TreeNodeID, _ bool, o fyne.CanvasObject) {
			c, ok := v.state.book.Code(codeID(uid))
			if !ok {
				return
			}
			box := o.(*fyne.Container)
			chip := box.Objects[0].(*fyne.Container).Objects[0].(*canvas.Rectangle)
			chip.FillColor = parseColor(c.Color)
			chip.Refresh()
			box.Objects[1].(*widget.Label).SetText(c.Name)
			box.Objects[2].(*widget.Label).SetText(strconv.Itoa(c.Passages))
		},
	)
	t.tree.OnSelected = func(uid widget.TreeNodeID) { v.selectCode(codeID(uid)) }
	t.tree.OnUnselected = func(widget.TreeNodeID) { v.selectCode(0) }
	t.tree.OnBranchClosed = func(uid widget.TreeNodeID) { t.closed[codeID(uid)] = true }
	t.tree.OnBranchOpened = func(uid widget.TreeNodeID) { delete(t.closed, codeID(uid)) }

	t.add = widget.NewButtonWithIcon(lang.L("Add"), theme.ContentAddIcon(), v.showAddCode)
	t.rename = widget.NewButtonWithIcon(lang.L("Rename"), theme.DocumentCreateIcon(), v.showRenameCode)
	t.recolor = widget.NewButtonWithIcon(lang.L("Colour"), theme.ColorPaletteIcon(), v.showColorCode)
	t.move = widget.NewButtonWithIcon(lang.L("Move"), theme.MoveUpIcon(), v.showMoveCode)
	t.merge = widget.NewButtonWithIcon(lang.L("Merge"), theme.ContentPasteIcon(), v.showMergeCode)
	t.remove = widget.NewButtonWithIcon(lang.L("Delete"), theme.DeleteIcon(), v.showDeleteCode)
	t.tree.keys = map[fyne.KeyName]func(){
		fyne.KeyF2:     v.showRenameCode,
		fyne.KeyDelete: v.showDeleteCode,
		fyne.KeyInsert: v.showAddCode,
	}
}

// keyTree is the code tree with keys of its own when it has the focus:
// F2 renames the chosen code, Delete deletes it, Insert adds one; the
// arrows move as in any tree.
type keyTree struct {
	widget.Tree
	keys map[fyne.KeyName]func()
}

func newKeyTree(children func(widget.TreeNodeID) []widget.TreeNodeID, isBranch func(widget.TreeNodeID) bool,
	create func(bool) fyne.CanvasObject, update func(widget.TreeNodeID, bool, fyne.CanvasObject)) *keyTree {
	t := &keyTree{}
	t.ChildUIDs, t.IsBranch, t.CreateNode, t.UpdateNode = children, isBranch, create, update
	t.ExtendBaseWidget(t)
	return t
}

func (t *keyTree) TypedKey(e *fyne.KeyEvent) {
	if f, ok := t.keys[e.Name]; ok {
		f()
		return
	}
	t.Tree.TypedKey(e)
}

func (t *codeTree) content() fyne.CanvasObject {
	buttons := container.NewGridWithColumns(3, t.add, t.rename, t.recolor, t.move, t.merge, t.remove)
	return container.NewBorder(buttons, nil, nil, nil, t.tree)
}

// applyTree shows a new codebook, keeping the chosen code when it is still
// there.
func (v *View) applyTree() {
	t := &v.codes
	closed := make([]int64, 0, len(t.closed))
	for id := range t.closed {
		closed = append(closed, id)
	}
	t.tree.OpenAllBranches()
	for _, id := range closed {
		if _, ok := v.state.book.Code(id); ok {
			t.tree.CloseBranch(nodeID(id))
		} else {
			delete(t.closed, id)
		}
	}
	t.tree.Refresh()
	if _, ok := v.state.book.Code(t.selected); !ok {
		t.tree.UnselectAll()
		v.selectCode(0)
		return
	}
	t.tree.Select(nodeID(t.selected)) // a code just added becomes the chosen one
	t.tree.ScrollTo(nodeID(t.selected))
	v.selectCode(t.selected)
}

// selectCode makes a code the chosen one (0: none) and sets the buttons and
// the panes that follow the choice.
func (v *View) selectCode(id int64) {
	t := &v.codes
	t.selected = id
	for _, b := range []*widget.Button{t.rename, t.recolor, t.move, t.merge, t.remove} {
		if id == 0 {
			b.Disable()
		} else {
			b.Enable()
		}
	}
	v.showDetails()
	v.applyMemos()
}

// selectedPath is the chosen code's path, the name the app's use cases
// take; ok is false when no code is chosen.
func (v *View) selectedPath() (string, bool) {
	if _, ok := v.state.book.Code(v.codes.selected); !ok {
		return "", false
	}
	return v.state.book.Path(v.codes.selected), true
}
