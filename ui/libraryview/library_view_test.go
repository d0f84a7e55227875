package libraryview

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"parley/ui/uitest"
)

func TestViewListsSearchesAndOpens(t *testing.T) {
	test.NewTempApp(t)
	v := New(context.Background(), uitest.Seeded(t))
	var wait func(string)
	v.loaded, wait = uitest.Loaded(t)
	w := test.NewWindow(v.Content())
	defer w.Close()

	v.Refresh()
	wait("the list")
	if n := v.list.Length(); n != 5 {
		t.Fatalf("list shows %d articles, want 5", n)
	}
	if got := v.status.Text; got != "5 articles" {
		t.Errorf("status %q", got)
	}

	test.Type(v.search, "Etats-Unis")
	v.search.OnSubmitted(v.search.Text)
	wait("search results")
	if v.list.Length() == 0 || !strings.Contains(v.status.Text, `matches for "Etats-Unis"`) {
		t.Fatalf("no hits for Etats-Unis: %d rows, status %q", v.list.Length(), v.status.Text)
	}

	v.list.Select(0)
	wait("the article")
	if !strings.Contains(v.body.Text, "États-Unis") {
		t.Errorf("opened article does not show its body: %.200q", v.body.Text)
	}
}
