package dates

// parser walks the tokens of one text. Each grammar function takes the index
// of the token where it starts and returns the index after what it read and
// whether it read anything: no function looks further than a few tokens, so
// Find stays linear in the text.
type parser struct {
	text string
	t    []token
	n    int // index of the first token of the next line: nothing reads past it
}

// Pseudo keys that seq matches against punctuation.
const (
	pApos  key = 250 + iota // ' or ’
	pDash                   // - – — and friends
	pComma                  // ,
)

// word returns the vocabulary entry of token i, or class wNone.
func (p *parser) word(i int) word {
	if i >= p.n || p.t[i].kind != tWord || p.t[i].glue != kNone {
		return word{}
	}
	return p.t[i].w
}

// isKey reports whether token i is the keyword k (or the punctuation that a
// pseudo key names).
func (p *parser) isKey(i int, k key) bool {
	if i >= p.n {
		return false
	}
	switch k {
	case pApos:
		return p.t[i].kind == tPunct && isApostrophe(p.t[i].r)
	case pDash:
		return p.t[i].kind == tPunct && isDash(p.t[i].r)
	case pComma:
		return p.t[i].kind == tPunct && p.t[i].r == ','
	}
	w := p.word(i)
	return w.class == wKey && key(w.val) == k
}

// seq matches the keys in order from token i.
func (p *parser) seq(i int, keys ...key) (next int, ok bool) {
	for _, k := range keys {
		if !p.isKey(i, k) {
			return i, false
		}
		i++
	}
	return i, true
}

// anyKey returns which of keys token i is.
func (p *parser) anyKey(i int, keys ...key) (key, bool) {
	for _, k := range keys {
		if p.isKey(i, k) {
			return k, true
		}
	}
	return kNone, false
}

// punct returns the rune of token i when it is punctuation.
func (p *parser) punct(i int) (rune, bool) {
	if i >= p.n || p.t[i].kind != tPunct {
		return 0, false
	}
	return p.t[i].r, true
}

// gluedNum reports whether token i is a number glued to what precedes it.
func (p *parser) gluedNum(i int) bool {
	return i < p.n && p.t[i].kind == tNum && p.t[i].glued
}

// mention cuts the span of tokens [i,j) out of the text.
func (p *parser) mention(i, j int) Mention {
	a, b := p.t[i], p.t[j-1]
	return Mention{Start: a.start, End: b.end, Text: p.text[a.bs:b.be]}
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' || r == '‘' }

func isDash(r rune) bool {
	switch r {
	case '-', '–', '—', '‐', '‑', '‒', '−':
		return true
	}
	return false
}

// todSuffix reads a time of day written after a date: "au matin",
// "après-midi", "à midi", "dans la soirée", "en matinée", "morning".
func (p *parser) todSuffix(i int) (tod string, next int) {
	if j, ok := p.seq(i, kDans, kLa); ok {
		if t, ok := todWord(p, j); ok {
			return t, j + 1
		}
	}
	if j, ok := p.seq(i, kDans, kL, pApos, kApres, pDash, kMidi); ok {
		return "afternoon", j
	}
	if k, ok := p.anyKey(i, kAu, kEn); ok {
		if t, ok := todWord(p, i+1); ok && (k == kEn || t != "night") {
			return t, i + 2
		}
	}
	if j, ok := p.seq(i, kA, kMidi); ok {
		return "noon", j
	}
	if j, ok := p.seq(i, kApres, pDash, kMidi); ok {
		return "afternoon", j
	}
	if t, ok := todWord(p, i); ok {
		return t, i + 1
	}
	return "", i
}

// todWord reads one word naming a part of the day.
func todWord(p *parser, i int) (string, bool) {
	w := p.word(i)
	if w.class != wKey {
		return "", false
	}
	switch key(w.val) {
	case kMatin, kMorning:
		return "morning", true
	case kSoir, kEvening:
		return "evening", true
	case kNuit, kNight:
		return "night", true
	case kAfternoon:
		return "afternoon", true
	}
	return "", false
}

// todPrefix reads a time of day written before a date and the "du"/"of" that
// ties it to the date: "dans la soirée du", "dans l'après-midi du", "au matin
// du", "le soir du", "on the morning of".
func (p *parser) todPrefix(i int) (tod string, next int, ok bool) {
	j := i
	switch {
	case p.isKey(j, kDans) && p.isKey(j+1, kLa):
		j += 2
	case p.isKey(j, kLa):
		j++ // "la nuit du 31 décembre au 1er janvier"
	case p.isKey(j, kDans) && p.isKey(j+1, kL) && p.isKey(j+2, pApos):
		j += 3
	case p.isKey(j, kL) && p.isKey(j+1, pApos):
		j += 2
	case p.isKey(j, kAu), p.isKey(j, kLe):
		j++
	case p.isKey(j, kOn) || p.isKey(j, kIn):
		if !p.isKey(j+1, kThe) {
			return "", i, false
		}
		j += 2
	case p.isKey(j, kThe):
		j++
	default:
		return "", i, false
	}
	if k, ok := p.seq(j, kApres, pDash, kMidi); ok {
		tod, j = "afternoon", k
	} else if t, ok := todWord(p, j); ok {
		tod, j = t, j+1
	} else {
		return "", i, false
	}
	if _, ok := p.anyKey(j, kDu, kDe, kOf); !ok {
		return "", i, false
	}
	return tod, j + 1, true
}
