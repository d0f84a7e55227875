package extract

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Matching works on folded words: lower case, accents stripped, curly
// apostrophes made straight, so that "Nguyên", "Nguyen" and "NGUYÊN" compare
// equal and the seeds' mixed apostrophes do not matter. Folding maps each
// code point to exactly one, which keeps every offset valid in the original.

// foldTable holds the folded form of the code points below foldLimit (Latin,
// Latin Extended, Vietnamese), computed once from the NFD decomposition.
const foldLimit = 0x2000

var foldTable = buildFoldTable()

func buildFoldTable() []rune {
	t := make([]rune, foldLimit)
	for r := rune(0); r < foldLimit; r++ {
		f := r
		if d := []rune(norm.NFD.String(string(r))); len(d) > 0 && unicode.IsLetter(d[0]) {
			f = d[0]
		}
		t[r] = unicode.ToLower(f)
	}
	t['đ'], t['Đ'] = 'd', 'd' // a letter of its own in Unicode, "d" to readers
	t['ı'] = 'i'
	return t
}

func foldRune(r rune) rune {
	switch {
	case r < foldLimit:
		return foldTable[r]
	case r == '’' || r == '‘' || r == 'ʼ':
		return '\''
	case r == '‑' || r == '‐':
		return '-'
	}
	return unicode.ToLower(r)
}

// fold returns s folded (see foldRune).
func fold(s string) string {
	rs := []rune(s)
	for i, r := range rs {
		rs[i] = foldRune(r)
	}
	return string(rs)
}

// token is a word (letters and digits, inner hyphens kept: "vice-ministre",
// "Díaz-Canel") or one punctuation code point. Start and End are code
// points into the document.
type token struct {
	start, end int
	text       string // as written
	f          string // folded
	word       bool
	upper      bool // a word whose first letter is a capital
	caps       bool // a word of two letters or more, all capitals (acronym)
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isHyphen(r rune) bool { return r == '-' || r == '‑' || r == '‐' }

// tokenize cuts rs into tokens. Spaces (including no-break spaces) separate
// tokens and are dropped; a newline is kept as a "\n" token because it ends
// a paragraph.
func tokenize(rs []rune) []token { return tokenizeText(string(rs), rs) }

// tokenizeText is tokenize for rs = []rune(text): the words' text is then
// a slice of text rather than a new string.
func tokenizeText(text string, rs []rune) []token {
	if !utf8.ValidString(text) { // []rune changed invalid bytes: offsets differ
		text = string(rs)
	}
	c := byteCursor{text: text}
	toks := make([]token, 0, len(rs)/5)
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case r == '\n':
			toks = append(toks, token{start: i, end: i + 1, text: "\n", f: "\n"})
			i++
		case unicode.IsSpace(r):
			i++
		case isWordRune(r):
			j := i + 1
			for j < len(rs) {
				if isWordRune(rs[j]) {
					j++
					continue
				}
				if isHyphen(rs[j]) && j+1 < len(rs) && isWordRune(rs[j+1]) {
					j += 2
					continue
				}
				break
			}
			toks = appendWord(toks, &c, rs, i, j)
			i = j
		default:
			toks = append(toks, token{start: i, end: i + 1, text: string(r), f: string(foldRune(r))})
			i++
		}
	}
	return toks
}

// byteCursor turns increasing code point offsets of text into byte
// offsets, walking forward only.
type byteCursor struct {
	text        string
	runes, byte int
}

func (c *byteCursor) at(rs []rune, n int) int {
	for ; c.runes < n; c.runes++ {
		c.byte += utf8.RuneLen(rs[c.runes])
	}
	return c.byte
}

func (c *byteCursor) slice(rs []rune, i, j int) string {
	b := c.at(rs, i)
	return c.text[b:c.at(rs, j)]
}

// appendWord adds the word rs[i:j], split where a copy-paste glued two words
// with a case change ("SerizawaKiyoshi"): three lower-case letters then a
// capital followed by a lower-case letter.
func appendWord(toks []token, c *byteCursor, rs []rune, i, j int) []token {
	lower := 0
	for k := i; k < j; k++ {
		r := rs[k]
		if unicode.IsUpper(r) && lower >= 3 && k+1 < j && unicode.IsLower(rs[k+1]) {
			toks = append(toks, makeWord(c.slice(rs, i, k), rs, i, k))
			i, lower = k, 0
			continue
		}
		if unicode.IsLower(r) {
			lower++
		} else {
			lower = 0
		}
	}
	return append(toks, makeWord(c.slice(rs, i, j), rs, i, j))
}

// makeWord is the token of the word rs[i:j], whose text is text. Most
// words fold to themselves (lower case, no accent): their folded form is
// the same string, and the folded runes stay on the stack. These were the
// extractor's most frequent allocations.
func makeWord(text string, rs []rune, i, j int) token {
	w := rs[i:j]
	var buf [32]rune
	f := buf[:0]
	caps, same := len(w) >= 2, true
	for _, r := range w {
		fr := foldRune(r)
		f = append(f, fr)
		same = same && fr == r
		if unicode.IsLetter(r) && !unicode.IsUpper(r) {
			caps = false
		}
	}
	folded := text
	if !same {
		folded = string(f)
	}
	return token{start: i, end: j, text: text, f: folded, word: true,
		upper: unicode.IsUpper(w[0]), caps: caps}
}

// span is a sentence: tokens [from, to) of the document, and its paragraph
// number.
type span struct {
	from, to int
	para     int
}

// abbreviations end with a full stop that does not end a sentence.
var abbreviations = wordSet(`m mm mme mmes mlle mr mrs ms dr st sr jr prof gen gal lt col cap capt no nos p pp art vol etc
	lieut maj brig adm cdr sgt`)

// sentences cuts the tokens into sentences: at a newline, and at ". ! ? …"
// followed by a capital or a quote, unless the stop ends an initial ("David
// F. Helvey") or an abbreviation ("M. Blinken").
func sentences(toks []token) []span {
	var out []span
	from, para := 0, 0
	cut := func(to int) {
		if to > from {
			out = append(out, span{from: from, to: to, para: para})
		}
		from = to
	}
	for i, t := range toks {
		if i-from >= maxSentenceTokens {
			cut(i)
			para++ // nor do the rules look back across the pieces
		}
		if t.f == "\n" {
			cut(i)
			from = i + 1
			para++
			continue
		}
		if t.word || !isStop(t.f) {
			continue
		}
		if t.f == "." && i > 0 && toks[i-1].word && toks[i-1].end == t.start {
			p := toks[i-1]
			if (len([]rune(p.text)) == 1 && p.upper) || abbreviations[p.f] {
				continue
			}
			// "Sen. Lieut. Gen. X": a rank before another abbreviated rank.
			if rankAbbrevs[p.f] && i+2 < len(toks) && rankAbbrevs[toks[i+1].f] && toks[i+2].f == "." {
				continue
			}
		}
		if i+1 < len(toks) {
			n := toks[i+1]
			if n.word && !n.upper {
				continue
			}
		}
		cut(i + 1)
	}
	cut(len(toks))
	return out
}

// maxSentenceTokens cuts a "sentence" that runs on without a stop: the
// longest of real articles hold about 150 tokens, while the cue rules look
// across a whole sentence, so that a text without stops (a list, a hostile
// file) cost the cube of its length (40,000 characters of one sentence took
// 35 s). Cut into pieces, it costs time in proportion to its length.
const maxSentenceTokens = 400

func isStop(s string) bool { return s == "." || s == "!" || s == "?" || s == "…" }

func wordSet(list string) map[string]bool {
	m := map[string]bool{}
	w := ""
	for _, r := range list + " " {
		if unicode.IsSpace(r) {
			if w != "" {
				m[w] = true
			}
			w = ""
			continue
		}
		w += string(r)
	}
	return m
}
