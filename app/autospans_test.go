package app

import (
	"reflect"
	"regexp"
	"testing"
)

// Offsets are code points: "é" (NFC), the no-break space and each of the
// flag's two regional indicators count one.
func TestRegexSpansInCodePoints(t *testing.T) {
	text := "Défense\u00a0🇻🇳 défense, DÉFENSE"
	got := regexSpans(text, regexp.MustCompile(`(?i)défense`))
	want := []span{{0, 7}, {11, 18}, {20, 27}}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	for _, s := range got {
		if q := Slice(text, s.start, s.end); len([]rune(q)) != 7 {
			t.Errorf("span %v slices %q", s, q)
		}
	}
	if got := regexSpans("abc", regexp.MustCompile(`x*`)); len(got) != 0 {
		t.Errorf("empty matches kept: %v", got)
	}
}

func TestTermSpansFoldLikeTheIndex(t *testing.T) {
	text := "Les États-Unis et les etats unis ; la Défense, les défenses. NOT here"
	tr := []rune(text)
	for _, c := range []struct {
		query string
		want  []string
	}{
		{"etats-unis", []string{"États-Unis", "etats unis"}},
		{`"ETATS UNIS"`, []string{"États-Unis", "etats unis"}},
		{"defense*", []string{"Défense", "défenses"}},
		{"defense", []string{"Défense"}},
		{"defense NOT unis", []string{"Défense"}},
		{"title:defense OR body:here", []string{"here"}},
		{"NEAR(defense here, 5)", []string{"Défense", "here"}},
	} {
		var got []string
		for _, s := range widen(tr, termSpans(tr, ftsTerms(c.query)), UnitMatch) {
			got = append(got, string(tr[s.start:s.end]))
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: got %q, want %q", c.query, got, c.want)
		}
	}
}

func TestWidenToSentenceAndParagraph(t *testing.T) {
	text := "Un. Deux mer trois.\nQuatre.\n \nCinq mer. Six."
	tr := []rune(text)
	spans := regexSpans(text, regexp.MustCompile(`mer`))
	var got []string
	for _, s := range widen(tr, spans, UnitSentence) {
		got = append(got, string(tr[s.start:s.end]))
	}
	if want := []string{"Deux mer trois.", "Cinq mer."}; !reflect.DeepEqual(got, want) {
		t.Errorf("sentences: %q, want %q", got, want)
	}
	got = nil
	for _, s := range widen(tr, spans, UnitParagraph) {
		got = append(got, string(tr[s.start:s.end]))
	}
	if want := []string{"Un. Deux mer trois.\nQuatre.", "Cinq mer. Six."}; !reflect.DeepEqual(got, want) {
		t.Errorf("paragraphs: %q, want %q", got, want)
	}
}
