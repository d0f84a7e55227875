package codebookview

import (
	"context"
	"fmt"
	"testing"

	"fyne.io/fyne/v2/test"

	"parley/app"
	"parley/ui/uitest"
)

// BenchmarkLoad measures one load of the screen (codebook with counts,
// memos, sessions with progress, coders) and showing it, on the seed
// library with 200 codes, 5,000 passages, 100 memos and 10 sessions.
func BenchmarkLoad(b *testing.B) {
	test.NewTempApp(b)
	ctx := context.Background()
	lib := uitest.Seeded(b)
	arts, err := lib.Store.Articles(ctx)
	if err != nil {
		b.Fatal(err)
	}
	var codes []app.Code
	for i := range 200 {
		parent := ""
		if i%4 != 0 {
			parent = fmt.Sprintf("code %d", i-i%4)
		}
		c, err := lib.AddCode(ctx, fmt.Sprintf("code %d", i), parent, "", "")
		if err != nil {
			b.Fatal(err)
		}
		codes = append(codes, c)
	}
	var ps []app.Passage
	for i := range 5000 {
		a := arts[i%len(arts)]
		start := (i * 7) % (a.Chars - 20)
		ps = append(ps, app.Passage{ArticleID: a.ID, CodeID: codes[i%len(codes)].ID, Coder: []string{"ana", "bao"}[i%2],
			Start: start, End: start + 15})
	}
	if _, err := lib.Store.AddPassages(ctx, "bench", ps); err != nil {
		b.Fatal(err)
	}
	for i := range 100 {
		if _, err := lib.AddMemo(ctx, app.MemoCode, codes[i].Name, "memo", "text"); err != nil {
			b.Fatal(err)
		}
	}
	for i := range 10 {
		if _, err := lib.StartSession(ctx, fmt.Sprintf("s%d", i), "ana", "Vietnam"); err != nil {
			b.Fatal(err)
		}
	}
	v := New(ctx, lib)
	w := test.NewWindow(v.Content())
	defer w.Close()
	b.ResetTimer()
	for b.Loop() {
		s, err := v.read()
		if err != nil {
			b.Fatal(err)
		}
		v.apply(s)
	}
}
