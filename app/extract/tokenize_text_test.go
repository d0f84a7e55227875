package extract

import "testing"

// TestTokenizeTextSlicesTheDocument checks that the words' text, sliced
// from the document by byte offsets, is the text of their code points,
// with accents, glued words, hyphens, curly apostrophes and invalid UTF-8.
func TestTokenizeTextSlicesTheDocument(t *testing.T) {
	for _, text := range []string{
		"Le Premier ministre Phạm Minh Chính a reçu SerizawaKiyoshi à Hà Nội.",
		"Díaz-Canel s’est entretenu avec l’ambassadeur\u00a0japonais\nNguyên Phu Trong",
		"bad \xff\xfe bytes then Genève, and ÉTATS-UNIS",
		"",
	} {
		rs := []rune(text)
		toks := tokenizeText(text, rs)
		if len(toks) == 0 && text != "" {
			t.Errorf("%q: no tokens", text)
		}
		for _, tok := range toks {
			if want := string(rs[tok.start:tok.end]); tok.text != want {
				t.Errorf("%q: token [%d,%d) is %q, want %q", text, tok.start, tok.end, tok.text, want)
			}
			if tok.word && tok.f != fold(tok.text) {
				t.Errorf("%q: token %q folds to %q, want %q", text, tok.text, tok.f, fold(tok.text))
			}
		}
	}
}
