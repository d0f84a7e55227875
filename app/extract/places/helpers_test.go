package places

import (
	"os"
	"sync"
	"testing"
)

// curatedDir is the gazetteer tables as the repository holds them; the tests
// read the folder itself, not a copy, so a broken table fails here.
const curatedDir = "../../../assets/gazetteer"

var (
	loadOnce sync.Once
	loaded   *Gazetteer
	loadErr  error
)

// testGazetteer loads the real tables once for all tests of the package.
func testGazetteer(tb testing.TB) *Gazetteer {
	tb.Helper()
	loadOnce.Do(func() { loaded, loadErr = Load(os.DirFS(curatedDir)) })
	if loadErr != nil {
		tb.Fatal(loadErr)
	}
	return loaded
}

// checkOffsets fails unless every mention's Text is the text between its
// offsets, counted in code points, and the mentions are sorted and disjoint.
func checkOffsets(tb testing.TB, text string, ms []Mention) {
	tb.Helper()
	runes := []rune(text)
	prevEnd := 0
	for _, m := range ms {
		if m.Start < prevEnd || m.End <= m.Start || m.End > len(runes) {
			tb.Fatalf("mention %+v out of order or range (previous end %d, %d code points)", m, prevEnd, len(runes))
		}
		if got := string(runes[m.Start:m.End]); got != m.Text {
			tb.Fatalf("mention %+v: text[%d:%d] is %q", m, m.Start, m.End, got)
		}
		prevEnd = m.End
	}
}
