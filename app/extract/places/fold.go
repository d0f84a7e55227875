package places

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Folded text is one byte per folded letter, so that the automaton runs on a
// small alphabet and every folded byte maps back to one code point of the text.
// Letters are lower-case ASCII without accents; the bytes below stand for the
// rest.
const (
	sepByte     = ' '  // any space, hyphen or dash; a run of them folds to one
	breakByte   = '\n' // line and paragraph breaks: no match spans them
	punctByte   = '#'  // any other punctuation or symbol
	otherLetter = 0x80 // a letter with no ASCII folding (CJK, Cyrillic…)
)

// folding is what one code point becomes: up to three bytes (œ -> "oe"), or
// nothing for a combining mark, which belongs to the letter before it.
type folding struct {
	n uint8
	b [3]byte
}

// tableSize covers Latin, Greek, Cyrillic and Latin Extended Additional (the
// precomposed Vietnamese letters end at U+1EF9); rarer code points are folded
// on the fly.
const tableSize = 0x2000

var foldTable = buildFoldTable()

func buildFoldTable() *[tableSize]folding {
	var t [tableSize]folding
	for r := rune(0); r < tableSize; r++ {
		t[r] = foldSlow(r)
	}
	return &t
}

func foldRune(r rune) folding {
	if r >= 0 && r < tableSize {
		return foldTable[r]
	}
	return foldSlow(r)
}

func one(b byte) folding { return folding{n: 1, b: [3]byte{b}} }

// letterExceptions are letters that Unicode does not decompose into a base
// letter and a mark but that readers see as accented Latin letters.
var letterExceptions = map[rune]string{
	'đ': "d", 'Đ': "d", 'ø': "o", 'Ø': "o", 'æ': "ae", 'Æ': "ae",
	'œ': "oe", 'Œ': "oe", 'ß': "ss", 'ł': "l", 'Ł': "l", 'ı': "i",
	'þ': "th", 'Þ': "th", 'ð': "d", 'Ð': "d", 'ħ': "h", 'Ħ': "h",
}

func foldSlow(r rune) folding {
	switch {
	case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
		return one(byte(r))
	case r >= 'A' && r <= 'Z':
		return one(byte(r) + 'a' - 'A')
	case r == '.' || r == '&' || r == '\'':
		return one(byte(r))
	case isApostrophe(r):
		return one('\'')
	case r == '\n' || r == '\r' || r == '\v' || r == '\f' || r == 0x85 || r == 0x2028 || r == 0x2029:
		return one(breakByte)
	case isDash(r) || isSpace(r):
		return one(sepByte)
	case r == 0xAD || r == 0x200C || r == 0x200D || r == 0x2060 || r == 0xFEFF:
		return folding{} // soft hyphen and invisible joiners: not there for a reader
	case unicode.Is(unicode.Mn, r):
		return folding{}
	}
	if s, ok := letterExceptions[r]; ok {
		var f folding
		f.n = uint8(copy(f.b[:], s))
		return f
	}
	if !unicode.IsLetter(r) {
		return one(punctByte)
	}
	var f folding
	for _, d := range norm.NFD.String(string(r)) {
		if unicode.Is(unicode.Mn, d) {
			continue
		}
		d = unicode.ToLower(d)
		if d > 0x7F || f.n == 3 {
			return one(otherLetter)
		}
		f.b[f.n] = byte(d)
		f.n++
	}
	if f.n == 0 {
		return one(otherLetter)
	}
	return f
}

// isDash reports the hyphens and dashes that join words ("États-Unis",
// "Vietnam – Laos"); they fold like spaces.
func isDash(r rune) bool {
	switch r {
	case '-', 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D:
		return true
	}
	return false
}

// isSpace reports spaces within a line, including the no-break spaces that
// French typography puts before colons and inside "États-Unis" on web pages.
func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', 0xA0, 0x1680, 0x202F, 0x205F, 0x3000, 0x200B:
		return true
	}
	return r >= 0x2000 && r <= 0x200A
}

func isApostrophe(r rune) bool {
	switch r {
	case 0x2018, 0x2019, 0x201B, 0x2032, 0x02BC, 0x00B4, '`', 0xFF07:
		return true
	}
	return false
}

// isWordByte reports folded bytes that belong to a word.
func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b == otherLetter
}

func isDigitByte(b byte) bool { return b >= '0' && b <= '9' }

// foldKey folds a table form the way Find folds text, minus the separators at
// either end, so that the key is what the automaton will meet in folded text.
func foldKey(form string) string {
	var sb strings.Builder
	last := byte(sepByte) // drops leading separators
	for _, r := range norm.NFC.String(form) {
		f := foldRune(r)
		for i := uint8(0); i < f.n; i++ {
			b := f.b[i]
			if b == sepByte && last == sepByte {
				continue
			}
			sb.WriteByte(b)
			last = b
		}
	}
	return strings.TrimRight(sb.String(), string(rune(sepByte)))
}

// strictLetters is a form's code points without separators, to compare case or
// accents letter by letter when a table asks for it.
func strictLetters(form string) []rune {
	var out []rune
	for _, r := range norm.NFC.String(form) {
		f := foldRune(r)
		if f.n == 0 || f.n == 1 && f.b[0] == sepByte {
			continue
		}
		out = append(out, r)
	}
	return out
}
