package ui

import (
	"context"
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"parley/app"
	"parley/app/export"
)

// separators offered for CSV files, as shown and as written.
var separators = []struct {
	label func() string
	r     rune
}{
	{func() string { return lang.L(", (comma)") }, ','},
	{func() string { return lang.L("; (semicolon, Excel in French)") }, ';'},
	{func() string { return lang.L("tab") }, '\t'},
}

// exportCSV writes one CSV of the library to path, as the CLI's export
// does; it runs off the UI goroutine.
func exportCSV(ctx context.Context, lib *app.Library, kind export.Kind, opt export.CSVOptions, path string) error {
	write, err := export.Prepare(ctx, lib, kind, opt, export.Selection{Count: app.NewCountRequest()})
	if err != nil {
		return err
	}
	return export.WriteFile(path, write)
}

// showExport asks what to export and how, then where, and writes the file.
func (s *Shell) showExport() {
	kinds := make([]string, len(export.Kinds))
	for i, k := range export.Kinds {
		kinds[i] = string(k)
	}
	kind := widget.NewSelect(kinds, nil)
	kind.SetSelectedIndex(0)
	seps := make([]string, len(separators))
	for i, sp := range separators {
		seps[i] = sp.label()
	}
	sep := widget.NewSelect(seps, nil)
	sep.SetSelectedIndex(0)
	bom := widget.NewCheck(lang.L("Byte order mark (for Excel)"), nil)
	items := []*widget.FormItem{
		widget.NewFormItem(lang.L("What"), kind),
		widget.NewFormItem(lang.L("Separator"), sep),
		widget.NewFormItem("", bom),
	}
	dialog.ShowForm(lang.L("Export CSV"), lang.L("Choose file…"), lang.L("Cancel"), items, func(ok bool) {
		if !ok {
			return
		}
		k := export.Kinds[kind.SelectedIndex()]
		opt := export.CSVOptions{BOM: bom.Checked, Separator: separators[sep.SelectedIndex()].r}
		s.pickNewFile(string(k)+".csv", []string{".csv"}, func(path string) {
			lib := s.lib
			go func() {
				err := exportCSV(s.ctx, lib, k, opt, path)
				fyne.Do(func() {
					if err != nil {
						s.showError(fmt.Errorf("%s: %w", path, err))
						return
					}
					s.setStatus(lang.L("Wrote {{.File}}", map[string]any{"File": path}))
				})
			}()
		})
	}, s.win)
}
