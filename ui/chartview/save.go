package chartview

import (
	"errors"
	"io"
	"os"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"parley/app"
	"parley/app/export"
	"parley/charts"
)

// errNothingDrawn: a save before the first chart is shown.
var errNothingDrawn = errors.New("nothing to save yet: the chart is still being drawn")

// SaveChart writes the chart on screen to path, as PNG or SVG by the
// name's extension, at the size the chart takes by itself. The file
// appears complete or not at all (export.WriteFile).
func (v *View) SaveChart(path string) error {
	if v.drawn == nil {
		return errNothingDrawn
	}
	return saveChart(path, v.drawn.table, v.drawn.kind)
}

// ExportCounts writes the counts on screen (the chart's numbers, unknown
// dates included) as CSV, with a BOM and separator as opt says, as the
// CLI's `export counts` does.
func (v *View) ExportCounts(path string, opt export.CSVOptions) error {
	if v.drawn == nil {
		return errNothingDrawn
	}
	return exportCounts(path, v.drawn.table, opt)
}

func saveChart(path string, t app.CountTable, kind charts.Kind) error {
	format, err := charts.FormatOf(path)
	if err != nil {
		return err
	}
	return export.WriteFile(path, func(w io.Writer) error {
		return charts.Render(w, t, charts.Options{Kind: kind, Format: format})
	})
}

func exportCounts(path string, t app.CountTable, opt export.CSVOptions) error {
	return export.WriteFile(path, func(w io.Writer) error { return export.Counts(w, opt, t) })
}

// ShowSaveChart asks where to save the chart in the format (charts.PNG or
// charts.SVG) and saves it there, off the UI goroutine.
func (v *View) ShowSaveChart(format charts.Format) {
	if v.drawn == nil {
		v.showError(errNothingDrawn)
		return
	}
	t, kind := v.drawn.table, v.drawn.kind
	v.askFile("chart."+string(format), "."+string(format), func(path string) error {
		return saveChart(path, t, kind)
	})
}

// ShowExportCounts asks for the CSV options (byte order mark, separator:
// what Excel set to French needs) and the file, then writes the counts on
// screen there, off the UI goroutine.
func (v *View) ShowExportCounts() {
	if v.drawn == nil {
		v.showError(errNothingDrawn)
		return
	}
	t := v.drawn.table
	bom := widget.NewCheck(lang.L("Start with a byte order mark (Excel)"), nil)
	seps := []string{lang.L("Comma (,)"), lang.L("Semicolon (;)"), lang.L("Tab")}
	sep := widget.NewSelect(seps, nil)
	sep.SetSelectedIndex(0)
	items := []*widget.FormItem{widget.NewFormItem("", bom), widget.NewFormItem(lang.L("Separator"), sep)}
	dialog.ShowForm(lang.L("Export the counts as CSV"), lang.L("Choose the file…"), lang.L("Cancel"), items, func(ok bool) {
		if !ok {
			return
		}
		opt := export.CSVOptions{BOM: bom.Checked, Separator: []rune{',', ';', '\t'}[max(sep.SelectedIndex(), 0)]}
		v.askFile("counts.csv", ".csv", func(path string) error { return exportCounts(path, t, opt) })
	}, v.window())
}

// askFile shows a file-save dialog and runs write with the chosen path in
// a goroutine; the outcome shows in the status line or an error dialog.
func (v *View) askFile(name, ext string, write func(path string) error) {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			v.showError(err)
			return
		}
		if w == nil {
			return // cancelled
		}
		path := w.URI().Path()
		// The dialog created the file; the export replaces it whole, or
		// writes beside it when the name lacked the extension.
		w.Close()
		if !strings.HasSuffix(strings.ToLower(path), ext) {
			os.Remove(path)
			path += ext
		}
		go func() {
			err := write(path)
			fyne.Do(func() {
				if err != nil {
					v.showError(err)
					return
				}
				v.status.SetText(lang.L("Saved {{.Path}}", map[string]any{"Path": path}))
			})
		}()
	}, v.window())
	d.SetFileName(name)
	d.SetFilter(storage.NewExtensionFileFilter([]string{ext}))
	d.Show()
}

// window is where the view's dialogs open: Window when the shell set it,
// else the window showing the view.
func (v *View) window() fyne.Window {
	if v.Window != nil {
		return v.Window
	}
	c := fyne.CurrentApp().Driver().CanvasForObject(v.root)
	for _, w := range fyne.CurrentApp().Driver().AllWindows() {
		if w.Canvas() == c {
			return w
		}
	}
	if ws := fyne.CurrentApp().Driver().AllWindows(); len(ws) > 0 {
		return ws[0]
	}
	return nil
}

func (v *View) showError(err error) {
	if w := v.window(); w != nil {
		dialog.ShowError(err, w)
	}
	v.status.SetText(err.Error())
}
