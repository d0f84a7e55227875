package ui

import (
	"errors"
	"fmt"
	"os"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"parley/app"
)

// ShowOpenFailure fills w with why the library at path could not be opened
// (locked, written by a newer Parley, not a library, damaged: err says
// which) and the choice to open another library, create a new one or
// quit. open is tried on the file the analyst picks; opened gets the
// library that opens.
func ShowOpenFailure(w fyne.Window, path string, err error, open func(string) (*app.Library, error), opened func(*app.Library, string)) {
	text := lang.L("Parley could not open the library {{.File}}:", map[string]any{"File": path}) + "\n" + err.Error()
	if errors.Is(err, os.ErrPermission) {
		text += "\n" + lang.L("(The file or its folder cannot be written.)")
	}
	msg := widget.NewLabel(text + "\n\n" + lang.L("Open another library, or create a new one."))
	msg.Wrapping = fyne.TextWrapWord
	try := func(p string) {
		lib, err := open(p)
		if err != nil {
			dialog.ShowError(fmt.Errorf("%s: %w", p, err), w)
			return
		}
		opened(lib, p)
	}
	openBtn := widget.NewButton(lang.L("Open another library…"), func() {
		dialog.ShowFileOpen(func(r fyne.URIReadCloser, err error) {
			if err == nil && r != nil {
				r.Close()
				try(r.URI().Path())
			}
		}, w)
	})
	createBtn := widget.NewButton(lang.L("Create a new library…"), func() {
		dialog.ShowFileSave(func(wc fyne.URIWriteCloser, err error) {
			if err == nil && wc != nil {
				wc.Close()
				try(wc.URI().Path())
			}
		}, w)
	})
	quit := widget.NewButton(lang.L("Quit"), func() { fyne.CurrentApp().Quit() })
	w.SetContent(container.NewPadded(container.NewBorder(nil, container.NewHBox(openBtn, createBtn, quit), nil, nil, msg)))
}
