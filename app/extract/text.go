package extract

import (
	"unicode"

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
func tokenize(rs []rune) []token {
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
			toks = appendWord(toks, rs, i, j)
			i = j
		default:
			toks = append(toks, token{start: i, end: i + 1, text: string(r), f: string(foldRune(r))})
			i++
		}
	}
	return toks
}

// appendWord adds the word rs[i:j], split where a copy-paste glued two words
// with a case change ("SerizawaKiyoshi"): three lower-case letters then a
// capital followed by a lower-case letter.
func appendWord(toks []token, rs []rune, i, j int) []token {
	lower := 0
	for k := i; k < j; k++ {
		r := rs[k]
		if unicode.IsUpper(r) && lower >= 3 && k+1 < j && unicode.IsLower(rs[k+1]) {
			toks = append(toks, makeWord(rs, i, k))
			i, lower = k, 0
			continue
		}
		if unicode.IsLower(r) {
			lower++
		} else {
			lower = 0
		}
	}
	return append(toks, makeWord(rs, i, j))
}

func makeWord(rs []rune, i, j int) token {
	w := rs[i:j]
	f := make([]rune, len(w))
	caps := len(w) >= 2
	for k, r := range w {
		f[k] = foldRune(r)
		if unicode.IsLetter(r) && !unicode.IsUpper(r) {
			caps = false
		}
	}
	return token{start: i, end: j, text: string(w), f: string(f), word: true,
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
