package extract

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"parley/app/apptest"
	"parley/app/extract/places"
	"parley/app/ingest"
)

var (
	gazOnce sync.Once
	gaz     *places.Gazetteer
	gazErr  error
)

// gazetteer loads the real curated gazetteer once for all tests.
func gazetteer(tb testing.TB) *places.Gazetteer {
	tb.Helper()
	gazOnce.Do(func() { gaz, gazErr = places.Load(os.DirFS("../../assets/gazetteer")) })
	if gazErr != nil {
		tb.Fatalf("load gazetteer: %v", gazErr)
	}
	return gaz
}

// goldEvent is one labelled meeting (see shared/gold/README.md).
type goldEvent struct {
	Partner string  `json:"partner"`
	Mode    *string `json:"mode"`
	Date    *string `json:"date"`
	Who     string  `json:"foreign_participant"`
}

type goldArticle struct {
	ID     string      `json:"id"`
	Events []goldEvent `json:"events"`
}

func readGold(tb testing.TB, path string) map[string][]goldEvent {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	out := map[string][]goldEvent{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var g goldArticle
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			tb.Fatal(err)
		}
		out[g.ID] = g.Events
	}
	return out
}

// score matches predicted meetings (planned ones left out) to gold events
// one to one, as the gold README says: same partner, compatible dates and
// the same mode where both give them. It returns true positives, predicted
// and gold counts, and the unmatched ones for the log.
func score(pred []Meeting, gold []goldEvent) (tp, np, ng int, missed []goldEvent, extra []Meeting) {
	used := make([]bool, len(gold))
	for _, m := range pred {
		if m.Planned {
			continue
		}
		np++
		hit := false
		for i, g := range gold {
			if used[i] || g.Partner != m.Partner {
				continue
			}
			if g.Mode != nil && m.Mode != "" && *g.Mode != m.Mode {
				continue
			}
			if g.Date != nil && m.DateStart != "" && !dateInside(m.DateStart, m.DateEnd, *g.Date) {
				continue
			}
			used[i], hit = true, true
			tp++
			break
		}
		if !hit {
			extra = append(extra, m)
		}
	}
	for i, g := range gold {
		if !used[i] {
			missed = append(missed, g)
		}
	}
	return tp, np, len(gold), missed, extra
}

// dateInside: the predicted interval overlaps the gold day, month or
// interval.
func dateInside(start, end, gold string) bool {
	gs, ge, _ := strings.Cut(gold, "/")
	if ge == "" {
		ge = gs
	}
	if end == "" {
		end = start
	}
	return lowDay(start) <= highDay(ge) && lowDay(gs) <= highDay(end)
}

func f1(tp, np, ng int) (p, r, f float64) {
	if np > 0 {
		p = float64(tp) / float64(np)
	}
	if ng > 0 {
		r = float64(tp) / float64(ng)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

// seedDocs returns the seed pages' bodies as Documents, by article id.
func seedDocs(tb testing.TB) (ids []string, docs map[string]Document) {
	tb.Helper()
	dir := apptest.SeedsDir(tb)
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) == 0 {
		tb.Fatalf("no seed pages in %s", dir)
	}
	docs = map[string]Document{}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		d, err := ingest.ParseText(data)
		if err != nil {
			tb.Fatalf("%s: %v", f, err)
		}
		id := strings.TrimSuffix(filepath.Base(f), ".txt")
		ids = append(ids, id)
		docs[id] = Document{Text: d.Body, Lang: d.Lang, Published: d.Published}
	}
	return ids, docs
}
