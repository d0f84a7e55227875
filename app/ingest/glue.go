package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Copying an agency page loses some spaces ("vice-ministrevietnamien",
// "avecsatisfaction", "30mars"). The stored text must stay as imported, so
// instead of repairing it SearchExtra lists the words hidden in such glue and
// the store indexes them beside the text: a search for "vietnamien" then
// finds the article.

// glueFunctionWords are very frequent French and English words that may be
// one side of a split even when the text never has them standalone.
var glueFunctionWords = wordSet(`le la les de des du et avec en au aux à a un une
	sur pour par dans que qui ne se sa son ses leur leurs ce ces cet cette est ont
	il elle ils elles nous the of and to in on at for with by from an is are was were be
	as that this it its their`)

// glueSafePrefixes are function words after which a long unknown remainder is
// still split off ("avecsatisfaction" when "satisfaction" never stands alone
// in the text). Only words that rarely begin a longer French word qualify:
// "des" (description), "par" (partenaires), "en" (entretien) do not.
var glueSafePrefixes = []string{"avec", "les", "dans"}

// oneLetterPrefixes may be glued in front of a word ("àcontinuer",
// "aréaffirmé"); other parts must have two letters at least.
var oneLetterPrefixes = wordSet(`à a`)

const (
	minGlued        = 6  // shortest token, in letters, that is tried for a split
	minRealPart     = 3  // shortest part that counts as a word of the text
	minUnknownPart  = 6  // shortest unknown remainder after a glueSafePrefix
	maxGlued        = 64 // longer tokens are not words (URLs, hashes): skipped
	elisionLetters  = "dlnsjmtc"
	apostropheRunes = "'’"
)

func wordSet(list string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(list) {
		m[w] = true
	}
	return m
}

// token is a word of the text as written and whether an apostrophe follows
// it directly (a glued elision: "secrétaired'État").
type token struct {
	word   string
	elided bool
}

// tokenize cuts text into runs of letters, marks and digits.
func tokenize(text string) []token {
	var out []token
	start := -1
	for i, r := range text {
		inWord := unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r)
		if inWord && start < 0 {
			start = i
		}
		if !inWord && start >= 0 {
			out = append(out, token{word: text[start:i], elided: strings.ContainsRune(apostropheRunes, r)})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, token{word: text[start:]})
	}
	return out
}

// SearchExtra returns the words hidden in glued tokens of text, lower case,
// deduplicated, space separated, in order of first appearance; "" when there
// are none. Parts are accepted only when the text itself vouches for them:
// a split needs one part that stands alone elsewhere in the text (three
// letters at least) and another that does too or is a function word, and the
// glued form must be rarer than each part that is not a function word. Digit-letter runs
// ("30mars") and lower-to-upper case changes ("SerizawaKiyoshi") are split
// whatever the vocabulary.
//
// The cost is linear in the text times the longest word (each token is tried
// at each split point once).
func SearchExtra(text string) string {
	return searchExtra(text, text)
}

// searchExtra splits the glued tokens of text using the vocabulary of
// vocabText. The parsers pass the whole page as vocabulary: captions and
// teasers use the same words ("vietnamien" stands alone only in a caption of
// 001), and more evidence makes fewer wrong splits.
func searchExtra(text, vocabText string) string {
	toks := tokenize(text)
	g := glueSplitter{count: map[string]int{}}
	for _, t := range tokenize(vocabText) {
		g.count[strings.ToLower(t.word)]++
	}
	var out []string
	seen := map[string]bool{}
	add := func(parts []string) {
		for _, p := range parts {
			if !seen[p] {
				seen[p] = true
				out = append(out, p)
			}
		}
	}
	done := map[token]bool{}
	for _, t := range toks {
		if done[t] {
			continue
		}
		done[t] = true
		add(g.split(t))
	}
	return strings.Join(out, " ")
}

// glueSplitter holds the vocabulary of one text: each word with its count.
type glueSplitter struct {
	count map[string]int
}

// split returns the parts hidden in one token, or nil.
func (g glueSplitter) split(t token) []string {
	n := utf8.RuneCountInString(t.word)
	if n > maxGlued {
		return nil
	}
	var parts []string
	if pieces := caseChangePieces(t.word); len(pieces) > 1 {
		for _, p := range pieces {
			lp := strings.ToLower(p)
			parts = append(parts, lp)
			parts = append(parts, g.splitWord(lp)...)
		}
		return parts
	}
	w := strings.ToLower(t.word)
	if pieces := digitLetterPieces(w); len(pieces) > 1 {
		return pieces
	}
	parts = g.splitWord(w)
	if parts == nil && t.elided {
		parts = g.splitElision(w)
	}
	return parts
}

// splitWord tries every split point of a lower-case letter word and keeps
// the accepted split whose parts are the most frequent in the text. Parts
// are substrings of w (no copies): every distinct token of every page goes
// through here.
func (g glueSplitter) splitWord(w string) []string {
	n := utf8.RuneCountInString(w)
	if n < minGlued {
		return nil
	}
	for _, c := range w {
		if !unicode.IsLetter(c) && !unicode.IsMark(c) {
			return nil
		}
	}
	best, bestScore := -1, -1
	k := 0 // runes before byte offset i
	for i := range w {
		if k > 0 && n-k >= 2 {
			p, s := w[:i], w[i:]
			if (k > 1 || oneLetterPrefixes[p]) && g.accept(w, p, s) {
				if score := g.freq(p) + g.freq(s); score > bestScore {
					best, bestScore = i, score
				}
			}
		}
		k++
	}
	if best > 0 {
		return []string{w[:best], w[best:]}
	}
	// No split vouched for by the text: a safe function word in front of a
	// long remainder, in a word that occurs once, is still glue.
	for _, p := range glueSafePrefixes {
		if s, ok := strings.CutPrefix(w, p); ok && g.count[w] == 1 && utf8.RuneCountInString(s) >= minUnknownPart {
			return []string{p, s}
		}
	}
	return nil
}

// accept decides one split of w into prefix p and suffix s.
func (g glueSplitter) accept(w, p, s string) bool {
	isReal := func(x string) bool {
		return g.count[x] > 0 && utf8.RuneCountInString(x) >= minRealPart && !glueFunctionWords[x]
	}
	known := func(x string) bool { return g.count[x] > 0 || glueFunctionWords[x] }
	if !(isReal(p) && known(s) || known(p) && isReal(s)) {
		return false
	}
	// Accidental glue is rarer than each of its parts ("lesdeux", 3 times in
	// 003, against "deux" 5 and "les" many); an ordinary word that merely
	// looks like two words ("poursuivre": "pour" + "suivre") usually is not.
	// Function words are frequent by nature and are not compared.
	rarer := func(x string) bool { return glueFunctionWords[x] || g.count[w] < g.count[x] }
	return rarer(p) && rarer(s)
}

// freq is a word's count in the text; a function word missing from the text
// still counts once, being frequent by nature.
func (g glueSplitter) freq(x string) int {
	if c := g.count[x]; c > 0 {
		return c
	}
	if glueFunctionWords[x] {
		return 1
	}
	return 0
}

// splitElision handles a token glued to an elided article: in
// "secrétaired'État" the token "secrétaired" hides "secrétaire" + "d'".
func (g glueSplitter) splitElision(w string) []string {
	r := []rune(w)
	if len(r) < minRealPart+1 || !strings.ContainsRune(elisionLetters, r[len(r)-1]) {
		return nil
	}
	rest := string(r[:len(r)-1])
	if strings.HasSuffix(w, "qu") {
		rest = string(r[:len(r)-2])
	}
	if g.count[rest] > 0 && utf8.RuneCountInString(rest) >= minRealPart && !glueFunctionWords[rest] {
		return []string{rest}
	}
	return nil
}

// caseChangePieces cuts a word where a lower-case letter is followed by an
// upper-case one and then a lower-case one ("SerizawaKiyoshi"), when both
// sides have two letters at least; such a change inside a word is a lost
// space between two names.
func caseChangePieces(w string) []string {
	r := []rune(w)
	var out []string
	last := 0
	for i := 1; i+1 < len(r); i++ {
		if unicode.IsLower(r[i-1]) && unicode.IsUpper(r[i]) && unicode.IsLower(r[i+1]) && i-last >= 2 && len(r)-i >= 2 {
			out = append(out, string(r[last:i]))
			last = i
		}
	}
	if last == 0 {
		return nil
	}
	return append(out, string(r[last:]))
}

// digitLetterPieces cuts a word between digits and letters ("30mars") when
// every letter run has minRealPart letters at least, so that ordinals and
// codes ("12e", "1er", "G20") stay whole.
func digitLetterPieces(w string) []string {
	var out []string
	r := []rune(w)
	last := 0
	for i := 1; i <= len(r); i++ {
		if i == len(r) || unicode.IsDigit(r[i]) != unicode.IsDigit(r[i-1]) {
			piece := r[last:i]
			if !unicode.IsDigit(piece[0]) && len(piece) < minRealPart {
				return nil
			}
			out = append(out, string(piece))
			last = i
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}
