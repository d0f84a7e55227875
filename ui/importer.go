package ui

import (
	"context"
	"errors"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"parley/app"
)

// importer runs an import off the UI goroutine and shows it: a progress bar
// over the files, the current file, a Cancel button, then a summary of what
// was imported, already present or rejected, with the reasons.
type importer struct {
	ctx  context.Context
	lib  func() *app.Library
	done func(app.ImportSummary) // called on Fyne's goroutine when it ends

	progress *widget.ProgressBar
	current  *widget.Label
	summary  *widget.Label
	rejects  *widget.Label
	cancel   *widget.Button
	box      *fyne.Container

	stop    context.CancelFunc
	running bool

	// finished, when set, is called on Fyne's goroutine after an import
	// ends and the panel shows its summary; tests wait on it.
	finished func()
}

func newImporter(ctx context.Context, lib func() *app.Library, done func(app.ImportSummary)) *importer {
	im := &importer{ctx: ctx, lib: lib, done: done}
	im.progress = widget.NewProgressBar()
	im.current = widget.NewLabel(lang.L("Drop files or folders on the window, or use File › Import."))
	im.current.Truncation = fyne.TextTruncateEllipsis
	im.summary = widget.NewLabel("")
	im.summary.Wrapping = fyne.TextWrapWord
	im.rejects = widget.NewLabel("")
	im.rejects.Wrapping = fyne.TextWrapWord
	im.cancel = widget.NewButton(lang.L("Cancel"), func() {
		if im.stop != nil {
			im.stop()
		}
	})
	im.cancel.Disable()
	im.box = container.NewBorder(
		container.NewVBox(widget.NewLabelWithStyle(lang.L("Import"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
			im.current, container.NewBorder(nil, nil, nil, im.cancel, im.progress), im.summary),
		nil, nil, nil, container.NewVScroll(im.rejects))
	return im
}

func (im *importer) content() fyne.CanvasObject { return im.box }

// start imports paths; it refuses a second import while one runs.
func (im *importer) start(paths []string) error {
	if im.running {
		return errors.New(lang.L("An import is already running; wait for it or cancel it."))
	}
	if len(paths) == 0 {
		return nil
	}
	ctx, stop := context.WithCancel(im.ctx)
	im.stop, im.running = stop, true
	im.cancel.Enable()
	im.progress.SetValue(0)
	im.summary.SetText("")
	im.rejects.SetText("")
	im.current.SetText(lang.L("Counting files…"))
	lib := im.lib()
	go func() {
		defer stop()
		total := app.CountFiles(paths)
		seen := 0
		var rejected []string
		sum, err := lib.Import(ctx, paths, func(r app.FileReport) {
			seen++
			if r.Outcome == app.FileRejected {
				rejected = append(rejected, rejectLine(r))
			}
			n, name := seen, filepath.Base(r.Path)
			fyne.Do(func() {
				im.progress.SetValue(float64(n) / float64(max(total, 1)))
				im.current.SetText(lang.L("{{.N}} of {{.Total}}: {{.File}}", map[string]any{"N": n, "Total": total, "File": name}))
			})
		})
		fyne.Do(func() {
			im.running, im.stop = false, nil
			im.cancel.Disable()
			im.showSummary(sum, err, rejected)
			if im.done != nil {
				im.done(sum)
			}
			if im.finished != nil {
				im.finished()
			}
		})
	}()
	return nil
}

func rejectLine(r app.FileReport) string {
	if r.Err != nil {
		return r.Err.Error()
	}
	return r.Path
}

func (im *importer) showSummary(sum app.ImportSummary, err error, rejected []string) {
	switch {
	case errors.Is(err, context.Canceled):
		im.current.SetText(lang.L("Import cancelled: the files stored so far stay, each one whole."))
	case err != nil:
		im.current.SetText(lang.L("Import stopped: {{.Error}}", map[string]any{"Error": err.Error()}))
	default:
		im.progress.SetValue(1)
		im.current.SetText(lang.L("Import finished."))
	}
	im.summary.SetText(lang.L("{{.Files}} files: {{.Imported}} imported, {{.Versions}} new versions, {{.Present}} already in the library, {{.Rejected}} rejected, {{.Skipped}} skipped (not a text, HTML or CSV file).",
		map[string]any{"Files": sum.Files, "Imported": sum.Imported, "Versions": sum.NewVersions,
			"Present": sum.Present, "Rejected": sum.Rejected, "Skipped": sum.Skipped}))
	if len(rejected) > 0 {
		im.rejects.SetText(lang.L("Rejected:") + "\n" + strings.Join(rejected, "\n"))
	}
}
