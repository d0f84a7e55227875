package extract

import (
	"strings"
	"testing"
	"time"
)

// A text without stops, or a paragraph of thousands of sentences each with
// a cue, is read in time proportional to its length: 40,000 characters of
// one run-on sentence took 35 s before sentences were capped, and a long
// paragraph grew with its square before the place search was bounded.
func TestLongTextsTakeLinearTime(t *testing.T) {
	x := New(gazetteer(t), nil)
	for name, text := range map[string]string{
		"one sentence":  strings.Repeat("Le ministre a rencontré son homologue japonais ", 4000),
		"one paragraph": strings.Repeat("Le ministre a reçu l'ambassadeur du Japon. ", 4000),
	} {
		start := time.Now()
		ms := x.Extract(Document{Text: text, Lang: "fr"})
		if d := time.Since(start); d > 10*time.Second {
			t.Errorf("%s of %d KB took %v", name, len(text)>>10, d)
		}
		if len(ms) == 0 {
			t.Errorf("%s: no meeting found", name)
		}
	}
}

func TestRunOnSentenceIsCut(t *testing.T) {
	toks := tokenize([]rune(strings.Repeat("mot ", 1000) + "fin."))
	ss := sentences(toks)
	if len(ss) != 3 {
		t.Fatalf("%d sentences, want 3 pieces of at most %d tokens", len(ss), maxSentenceTokens)
	}
	for i, s := range ss {
		if s.to-s.from > maxSentenceTokens || i > 0 && s.para == ss[i-1].para {
			t.Errorf("piece %d: %+v", i, s)
		}
	}
}
