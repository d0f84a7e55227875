package libraryview

import (
	"context"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"parley/app"
	"parley/ui/uitest"
)

// cell is the text the table shows at row, col.
func cell(t *testing.T, v *View, row, col int) string {
	t.Helper()
	if _, ok := v.row(row); !ok {
		t.Fatalf("row %d not loaded", row)
	}
	return columns[col].text(v, row)
}

func TestListsSearchesFiltersAndOpens(t *testing.T) {
	test.NewTempApp(t)
	lib := uitest.Seeded(t)
	v := New(context.Background(), lib)
	var wait func(string)
	v.loaded, wait = uitest.Loaded(t)
	var opened int64
	v.OnOpen = func(id int64) { opened = id }
	w := test.NewWindow(v.Content())
	defer w.Close()

	v.Refresh()
	wait("the list")
	if v.Rows() != 5 || v.status.Text != "5 articles" {
		t.Fatalf("list shows %d articles, status %q", v.Rows(), v.status.Text)
	}
	// Newest first: the dates of the rows never increase.
	for i := 1; i < 5; i++ {
		if a, b := cell(t, v, i-1, 1), cell(t, v, i, 1); a < b && b != "" {
			t.Errorf("row %d dated %s before row %d dated %s", i-1, a, i, b)
		}
	}

	test.Type(v.search, "Etats-Unis")
	v.search.OnSubmitted(v.search.Text)
	wait("search results")
	if v.Rows() == 0 || !strings.Contains(v.status.Text, `match "Etats-Unis"`) {
		t.Fatalf("no hits for Etats-Unis: %d rows, status %q", v.Rows(), v.status.Text)
	}
	if s := cell(t, v, 0, 5); !strings.Contains(s, "[États]") {
		t.Errorf("first hit's match column %q does not mark the match", s)
	}

	// The partner filter keeps articles reporting a meeting with Japan.
	v.search.SetText("")
	v.filters.partner.SetSelectedIndex(1 + slices.Index(app.DefaultPartners, "JPN"))
	wait("the partner filter")
	ms, err := lib.Store.Meetings(context.Background(), app.MeetingFilter{Partners: []string{"JPN"}})
	if err != nil {
		t.Fatal(err)
	}
	withJapan := map[int64]bool{}
	for _, m := range ms {
		withJapan[m.ArticleID] = true
	}
	if v.Rows() != len(withJapan) || v.Rows() == 0 || v.Rows() == 5 {
		t.Errorf("Japan filter: %d rows, %d articles have meetings with Japan", v.Rows(), len(withJapan))
	}
	for i := range v.Rows() {
		if r, _ := v.row(i); !withJapan[r.ID] {
			t.Errorf("row %d (%s) has no meeting with Japan", i, r.Source)
		}
	}

	// A date range before every article empties the list.
	v.filters.partner.SetSelectedIndex(0)
	wait("no partner filter")
	v.filters.to.SetText("2000")
	v.filters.to.OnSubmitted("2000")
	wait("the date filter")
	if v.Rows() != 0 {
		t.Errorf("articles published by 2000: %d", v.Rows())
	}
	v.filters.to.SetText("")
	v.filters.to.OnSubmitted("")
	wait("no date filter")

	// Sorting by title.
	v.filters.sort.SetSelected(sortName(app.ByTitle))
	wait("title order")
	for i := 1; i < v.Rows(); i++ {
		if a, b := app.FoldText(cell(t, v, i-1, 0)), app.FoldText(cell(t, v, i, 0)); a > b {
			t.Errorf("title order: %q before %q", a, b)
		}
	}

	v.table.Select(widget.TableCellID{Row: 2, Col: 0})
	if r, _ := v.row(2); opened != r.ID || opened == 0 {
		t.Errorf("choosing row 2 opened %d, want %d", opened, r.ID)
	}
}

func TestBadSearchIsReported(t *testing.T) {
	test.NewTempApp(t)
	v := New(context.Background(), uitest.Seeded(t))
	var wait func(string)
	v.loaded, wait = uitest.Loaded(t)
	w := test.NewWindow(v.Content())
	defer w.Close()
	v.search.SetText(`"unbalanced`)
	v.Refresh()
	wait("the search")
	if v.Rows() != 0 || !strings.HasPrefix(v.status.Text, "Search: ") {
		t.Errorf("malformed query: %d rows, status %q", v.Rows(), v.status.Text)
	}
}
