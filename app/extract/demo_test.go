package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"parley/app/ingest"
)

// demoGold reads the "Body meetings" table of assets/demo/README.md: rows
// whose last cell starts with "**no**" are not meetings.
func demoGold(tb testing.TB) map[string][]goldEvent {
	data, err := os.ReadFile("../../assets/demo/README.md")
	if err != nil {
		tb.Fatal(err)
	}
	text := string(data)
	start := strings.Index(text, "### Body meetings")
	end := strings.Index(text, "### Teaser meetings")
	if start < 0 || end < start {
		tb.Fatal("demo README: no Body meetings table")
	}
	out := map[string][]goldEvent{}
	for _, line := range strings.Split(text[start:end], "\n") {
		cells := strings.Split(line, "|")
		if len(cells) < 9 || !strings.HasPrefix(strings.TrimSpace(cells[1]), "demo_") {
			continue
		}
		id := strings.TrimSpace(cells[1])
		out[id] = append(out[id], goldEvent{}) // the article exists
		out[id] = out[id][:len(out[id])-1]
		if strings.HasPrefix(strings.TrimSpace(cells[8]), "**no**") {
			continue
		}
		mode := strings.ReplaceAll(strings.TrimSpace(cells[4]), " ", "_")
		date := strings.Fields(cells[3])[0] // "2021-11 (early)"
		out[id] = append(out[id], goldEvent{Partner: strings.TrimSpace(cells[2]), Mode: &mode, Date: &date,
			Who: strings.TrimSpace(cells[6])})
	}
	return out
}

// TestDemoArticles logs the scores on the 20 demo pages (no threshold:
// they are few, and written by us).
func TestDemoArticles(t *testing.T) {
	gold := demoGold(t)
	x := New(gazetteer(t), NewPeople(nil))
	var tp, np, ng int
	for id, events := range gold {
		data, err := os.ReadFile(filepath.Join("../../assets/demo", id+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		d, err := ingest.ParseText(data)
		if err != nil {
			t.Fatal(err)
		}
		got := x.Extract(Document{Text: d.Body, Lang: d.Lang, Published: d.Published})
		a, b, c, missed, extra := score(got, events)
		tp, np, ng = tp+a, np+b, ng+c
		for _, g := range missed {
			t.Logf("%s: MISSED %s %s %s %s", id, g.Partner, deref(g.Mode), deref(g.Date), g.Who)
		}
		for _, m := range extra {
			t.Logf("%s: EXTRA %s %s %s %s %v | %.80s", id, m.Partner, m.Mode, m.DateStart, m.CAMEO, names(m.PartnerSide), m.Evidence)
		}
	}
	p, r, f := f1(tp, np, ng)
	t.Logf("demo: events P=%.2f R=%.2f F1=%.2f (tp %d, predicted %d, gold %d)", p, r, f, tp, np, ng)
}
