// Package codebookview is the Codebook and sessions screen of Parley's
// desktop interface: the code tree (add, rename, colour, move, merge,
// delete, describe), memos, annotation sessions with their progress, and
// the agreement table between two coders. It talks to the app use cases
// only. Widgets change on Fyne's goroutine: every read and write of the
// library runs in a goroutine and reports back with fyne.Do.
package codebookview

import (
	"context"
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"parley/app"
)

// View is the Codebook and sessions screen.
type View struct {
	lib *app.Library
	ctx context.Context
	win fyne.Window

	// OnSessionChanged, when set, is called on Fyne's goroutine when the
	// active session changes: a session started or chosen in the list
	// (Open() true), or the active one ended (Open() false; no session is
	// active afterwards). The shell tells the reader which coder codes.
	OnSessionChanged func(app.Session)
	// OnCodebookChanged, when set, is called on Fyne's goroutine after this
	// screen changed the codebook (a code added, renamed, recoloured,
	// moved, merged or deleted), so other screens can reload their codes.
	OnCodebookChanged func()

	state   state
	content fyne.CanvasObject
	tabs    *container.AppTabs
	status  *widget.Label

	codes     codeTree
	details   codeDetails
	memos     memoPane
	sessions  sessionPane
	agreement agreementPane

	// loaded, when set, is called on Fyne's goroutine after each
	// background load or write has updated the widgets; tests wait on it.
	loaded func()
}

// state is what one background load reads from the library.
type state struct {
	book     *app.Codebook // counted: each code with its passages
	memos    []memoRow
	sessions []app.Session
	coders   []app.Coder
}

// New builds the view; call Refresh to fill it, and SetWindow so that its
// dialogs have a parent.
func New(ctx context.Context, lib *app.Library) *View {
	v := &View{lib: lib, ctx: ctx, state: state{book: app.NewCodebook(nil)}}
	v.status = widget.NewLabel("")
	v.status.Wrapping = fyne.TextWrapWord
	v.buildTree()
	v.buildDetails()
	v.buildMemos()
	v.buildSessions()
	v.buildAgreement()
	v.selectCode(0)
	return v
}

// SetWindow gives the window the view's dialogs open over. Without it the
// view looks for the window showing it.
func (v *View) SetWindow(w fyne.Window) { v.win = w }

// Content is the view's canvas object: the code tree on the left; the
// chosen code, memos, sessions and agreement in tabs on the right.
func (v *View) Content() fyne.CanvasObject {
	if v.content != nil {
		return v.content
	}
	v.tabs = container.NewAppTabs(
		container.NewTabItem(lang.L("Code"), v.details.content()),
		container.NewTabItem(lang.L("Memos"), v.memos.content()),
		container.NewTabItem(lang.L("Sessions"), v.sessions.content()),
		container.NewTabItem(lang.L("Agreement"), v.agreement.content()),
	)
	split := container.NewHSplit(v.codes.content(), v.tabs)
	split.Offset = 0.35
	v.content = container.NewBorder(nil, v.status, nil, nil, split)
	return v.content
}

// Refresh reloads the codebook, memos, sessions and coders off the UI
// goroutine. The shell calls it when the screen is shown and after an undo
// or redo.
func (v *View) Refresh() { go v.reload(nil) }

// reload reads the library (on the calling goroutine, never the UI's),
// shows what it read, then runs after (when not nil) on Fyne's goroutine.
func (v *View) reload(after func()) {
	s, err := v.read()
	fyne.Do(func() {
		if err != nil {
			v.status.SetText(lang.L("Could not read the codebook: {{.Err}}", map[string]any{"Err": err.Error()}))
		} else {
			if after == nil {
				v.status.SetText("") // an earlier failure to read is over
			}
			v.apply(s)
		}
		if after != nil {
			after()
		}
		v.notifyLoaded()
	})
}

func (v *View) read() (state, error) {
	book, err := v.lib.CountedCodebook(v.ctx)
	if err != nil {
		return state{}, err
	}
	memos, err := v.readMemos(book)
	if err != nil {
		return state{}, err
	}
	sessions, err := v.lib.Sessions(v.ctx)
	if err != nil {
		return state{}, err
	}
	coders, err := v.lib.Store.Coders(v.ctx)
	if err != nil {
		return state{}, err
	}
	return state{book: book, memos: memos, sessions: sessions, coders: coders}, nil
}

// apply shows a load, keeping the chosen code when it still exists.
func (v *View) apply(s state) {
	v.state = s
	v.applyTree()
	v.applyMemos()
	v.applySessions()
	v.applyAgreementChoices()
}

// write runs a change of the library off the UI goroutine, then reloads;
// a failure is shown as an error naming what was being done. codebook
// says whether the change touches the codebook (for OnCodebookChanged).
func (v *View) write(what string, codebook bool, do func() error) {
	v.status.SetText("")
	go func() {
		if err := do(); err != nil {
			fyne.Do(func() {
				v.fail(what, err)
				v.notifyLoaded()
			})
			return
		}
		v.reload(func() {
			if codebook && v.OnCodebookChanged != nil {
				v.OnCodebookChanged()
			}
		})
	}()
}

// fail shows an error in the status line and, when the view has a window,
// in a dialog.
func (v *View) fail(what string, err error) {
	msg := what + ": " + err.Error()
	v.status.SetText(msg)
	if w := v.window(); w != nil {
		dialog.ShowError(errors.New(msg), w)
	}
}

// window is the window dialogs open over: the one given to SetWindow, else
// the one whose canvas shows the view.
func (v *View) window() fyne.Window {
	if v.win != nil {
		return v.win
	}
	a := fyne.CurrentApp()
	if a == nil || v.content == nil {
		return nil
	}
	c := a.Driver().CanvasForObject(v.content)
	for _, w := range a.Driver().AllWindows() {
		if w.Canvas() == c {
			return w
		}
	}
	return nil
}

func (v *View) notifyLoaded() {
	if v.loaded != nil {
		v.loaded()
	}
}
