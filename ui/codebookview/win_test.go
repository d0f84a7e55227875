package codebookview

import (
	"context"
	"testing"

	"fyne.io/fyne/v2/test"

	"parley/ui/uitest"
)

func TestDialogsFindTheirWindowWithoutSetWindow(t *testing.T) {
	test.NewTempApp(t)
	v := New(context.Background(), uitest.MustOpen(t))
	w := test.NewWindow(v.Content())
	defer w.Close()
	test.Tap(v.codes.add)
	if w.Canvas().Overlays().Top() == nil {
		t.Fatalf("Add opened no dialog in the window showing the view; status %q", v.status.Text)
	}
}
