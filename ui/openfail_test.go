package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"parley/app"
	"parley/ui/uitest"
)

func TestAFileThatIsNotALibraryIsExplained(t *testing.T) {
	test.NewTempApp(t)
	bad := filepath.Join(t.TempDir(), "notes.parley")
	if err := os.WriteFile(bad, []byte("these are my notes, not a library\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := uitest.Open(bad)
	if err == nil {
		t.Fatal("a text file opened as a library")
	}
	w := test.NewWindow(nil)
	defer w.Close()
	ShowOpenFailure(w, bad, err, uitest.Open, func(*app.Library, string) { t.Error("opened without a choice") })

	var texts []string
	var buttons []string
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch o := o.(type) {
		case *widget.Label:
			texts = append(texts, o.Text)
		case *widget.Button:
			buttons = append(buttons, o.Text)
		case *fyne.Container:
			for _, c := range o.Objects {
				walk(c)
			}
		}
	}
	walk(w.Content())
	all := strings.Join(texts, "\n")
	if !strings.Contains(all, bad) || !strings.Contains(all, err.Error()) {
		t.Errorf("the message does not name the file and the reason:\n%s", all)
	}
	if strings.Join(buttons, ",") != "Open another library…,Create a new library…,Quit" {
		t.Errorf("buttons %v", buttons)
	}
	if b, _ := os.ReadFile(bad); string(b) != "these are my notes, not a library\n" {
		t.Error("the file was changed by the failed open")
	}
}
