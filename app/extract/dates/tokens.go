package dates

import (
	"unicode"
	"unicode/utf8"
)

// tkind is the kind of a token.
type tkind uint8

const (
	tWord  tkind = iota + 1 // a run of letters (and combining marks)
	tNum                    // a run of ASCII digits
	tPunct                  // any other single rune that is not a space
)

// token is one piece of the text. Whitespace is not a token: it only sets
// glued and nl on the token that follows it.
type token struct {
	kind   tkind
	glued  bool // no whitespace before it (first token: false)
	nl     bool // a line break lies between it and the previous token
	anchor bool // a number, month, weekday or relative word: see maxLead
	start  int  // code point offsets [start,end)
	end    int
	bs, be int  // byte offsets, to cut Mention.Text
	w      word // vocabulary entry of a word (class wNone when not one)
	glue   key  // a function word glued in front of a month ("enseptembre")
	r      rune // the rune of a punctuation token
	val    int  // value of a number (-1 when longer than maxNumDigits)
	ndig   int  // digits in a number
}

// anchorKeys are the keywords that can anchor a date on their own: the
// relative words. The others ("le", "du", "en"…) only introduce a number, a
// month or a weekday, which are anchors.
var anchorKeys = func() (a [256]bool) {
	for _, k := range []key{kHier, kAujourd, kDemain, kMatin, kSoir, kNuit, kMidi,
		kYesterday, kToday, kTomorrow, kTonight, kMorning, kAfternoon, kEvening, kNight} {
		a[k] = true
	}
	return a
}()

// maxNumDigits bounds the digits a number's value is computed from; longer
// runs are never part of a date and keep val -1.
const maxNumDigits = 9

// tokenize cuts text into tokens in one pass over its bytes, counting code
// points for the offsets and looking words up as they are read. dst is
// reused when it has room.
func tokenize(text string, mask langMask, dst []token) []token {
	toks := dst[:0]
	var fbuf [maxFolded]byte
	glued, nl := false, false
	rn := 0 // code point offset of byte i
	for i := 0; i < len(text); {
		c := text[i]
		switch {
		case c == ' ' || c == '\t' || c == '\r':
			i++
			rn++
			glued = false
			continue
		case c == '\n':
			i++
			rn++
			glued, nl = false, true
			continue
		case '0' <= c && c <= '9':
			j, v := i, 0
			for j < len(text) && '0' <= text[j] && text[j] <= '9' {
				if j-i < maxNumDigits {
					v = v*10 + int(text[j]-'0')
				}
				j++
			}
			if j-i > maxNumDigits {
				v = -1
			}
			toks = append(toks, token{kind: tNum, anchor: true, glued: glued && len(toks) > 0, nl: nl,
				start: rn, end: rn + j - i, bs: i, be: j, val: v, ndig: j - i})
			rn += j - i
			i = j
			glued, nl = true, false
			continue
		}
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		if c < utf8.RuneSelf && !isASCIILetter(c) || c >= utf8.RuneSelf && !isLetter(r) {
			if c >= utf8.RuneSelf && unicode.IsSpace(r) {
				// NBSP, U+202F, U+2009…: separators like a space.
				i += size
				rn++
				glued = false
				if r == '\u2028' || r == '\u2029' || r == '\u0085' {
					nl = true
				}
				continue
			}
			toks = append(toks, token{kind: tPunct, glued: glued && len(toks) > 0, nl: nl,
				start: rn, end: rn + 1, bs: i, be: i + size, r: r})
			i += size
			rn++
			glued, nl = true, false
			continue
		}
		// A word: letters and marks. It is folded while it is read; a rune
		// outside the vocabulary alphabet or a long word is not looked up.
		start, rstart := i, rn
		n, foldable := 0, true
		for i < len(text) {
			c := text[i]
			r, size := rune(c), 1
			if c >= utf8.RuneSelf {
				r, size = utf8.DecodeRuneInString(text[i:])
				if !isLetter(r) {
					break
				}
			} else if !isASCIILetter(c) {
				break
			}
			switch {
			case !foldable:
			case n >= maxFolded:
				foldable = false
			case c < utf8.RuneSelf:
				fbuf[n] = c | 0x20 // ASCII letter to lower case
				n++
			default:
				f, ok := foldRune(r)
				if !ok || n+len(f) > maxFolded {
					foldable = false
				} else {
					n += copy(fbuf[n:], f)
				}
			}
			i += size
			rn++
		}
		t := token{kind: tWord, glued: glued && len(toks) > 0, nl: nl, start: rstart, end: rn, bs: start, be: i}
		if foldable && mask != 0 {
			t.w, t.glue = lookup(fbuf[:n], mask)
			if t.w.class == wMonth && t.w.lang == en && c >= 'a' && c <= 'z' {
				// English writes months with a capital; "may" and
				// "march" in lower case are verbs.
				if f := string(fbuf[:n]); f == "may" || f == "march" {
					t.w = word{}
				}
			}
		}
		t.anchor = t.w.class == wMonth || t.w.class == wMonthAbbr || t.w.class == wWeekday ||
			t.w.class == wKey && anchorKeys[t.w.val]
		toks = append(toks, t)
		glued, nl = true, false
	}
	return toks
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// isLetter reports a non-ASCII rune that belongs inside a word: a letter or a
// combining mark (text that escaped NFC keeps its accents as marks).
func isLetter(r rune) bool { return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) }
