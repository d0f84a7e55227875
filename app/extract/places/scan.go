package places

import (
	"cmp"
	"slices"
	"unicode"
)

// scratch holds the buffers of one Find call; a pool reuses them, so a call
// allocates little beyond the mentions it returns.
type scratch struct {
	runes   []rune
	byteOff []int32 // byte offset of each code point in the text, then len(text)
	folded  []byte
	orig    []int32 // code point index of each folded byte
	hits    []hit
	cands   []cand
}

// cand is an accepted match, in code points, with the meaning that won.
type cand struct{ start, end, entry int32 }

// fold fills the buffers from text. Separators collapse to one byte, so the
// keys need not list every spacing of "Vietnam - Laos". It writes by index into
// buffers sized once for the text (a code point folds to at most three bytes,
// a byte of text holds at most one code point): this loop is half of Find's
// time.
func (s *scratch) fold(text string) {
	n := len(text)
	s.runes = resize(s.runes, n)
	s.byteOff = resize(s.byteOff, n+1)
	s.folded = resize(s.folded, 3*n)
	s.orig = resize(s.orig, 3*n)
	runes, byteOff, folded, orig := s.runes, s.byteOff, s.folded, s.orig
	nr, nf := 0, 0
	last := byte(0)
	table := foldTable
	for i, r := range text {
		runes[nr] = r
		byteOff[nr] = int32(i)
		var f folding
		if r < tableSize {
			f = table[r]
		} else {
			f = foldSlow(r)
		}
		if f.n == 1 { // nearly every code point: keep it branch-light
			b := f.b[0]
			if b != sepByte || last != sepByte {
				folded[nf] = b
				orig[nf] = int32(nr)
				nf++
				last = b
			}
		} else {
			for k := uint8(0); k < f.n; k++ {
				b := f.b[k]
				if b == sepByte && last == sepByte {
					continue
				}
				folded[nf] = b
				orig[nf] = int32(nr)
				nf++
				last = b
			}
		}
		nr++
	}
	byteOff[nr] = int32(n)
	s.runes, s.byteOff, s.folded, s.orig = runes[:nr], byteOff[:nr+1], folded[:nf], orig[:nf]
}

// resize returns buf with length n, reusing its array when it is big enough.
func resize[T any](buf []T, n int) []T {
	if cap(buf) < n {
		return make([]T, n)
	}
	return buf[:n]
}

// minGlued is the shortest key, in letters, that may touch another word. The
// agency's pages glue words when copied ("vice-ministrevietnamien",
// "japonaisvenant", "lesÉtats-Unis"); short keys would then fire inside
// ordinary words ("lao" in "Laos", "Inde" in "Indes").
const minGlued = 5

// match finds the mentions of every kind in the folded text: s.cands ends up
// sorted by start, without overlaps, the longest match winning.
func (g *Gazetteer) match(s *scratch) {
	s.hits = g.auto.scan(s.folded, s.hits[:0])
	s.cands = s.cands[:0]
	for _, h := range s.hits {
		p := &g.patterns[h.key]
		fe := int(h.end)
		fs := fe - len(g.auto.keys[h.key])
		left := p.wordStart && fs > 0 && glues(s.folded[fs-1], p.digitStart)
		right := p.wordEnd && fe < len(s.folded) && glues(s.folded[fe], p.digitEnd)
		if left && right || (left || right) && p.letters < minGlued {
			continue
		}
		start := s.orig[fs]
		end := s.orig[fe-1] + 1
		for int(end) < len(s.runes) && foldRune(s.runes[end]).n == 0 {
			end++ // a combining mark belongs to the letter before it
		}
		for _, ei := range p.entries {
			if g.accept(s, &g.entries[ei], fs, start, end, left, right) {
				s.cands = append(s.cands, cand{start, end, ei})
				break
			}
		}
	}
	slices.SortFunc(s.cands, func(a, b cand) int {
		if c := cmp.Compare(a.start, b.start); c != 0 {
			return c
		}
		return cmp.Compare(b.end, a.end)
	})
	kept := s.cands[:0]
	for _, c := range s.cands {
		if len(kept) == 0 || c.start >= kept[len(kept)-1].end {
			kept = append(kept, c)
		}
	}
	s.cands = kept
}

// glues reports whether a folded neighbour makes a match part of a longer
// word: a letter always does, a digit only next to a digit ("G20" is not in
// "G200", but "ASEAN 2020" and "2020ASEAN" are still ASEAN).
func glues(b byte, digitEdge bool) bool {
	if isDigitByte(b) {
		return digitEdge
	}
	return isWordByte(b)
}

// accept checks one meaning of a match against the text as written.
func (g *Gazetteer) accept(s *scratch, e *entry, fs int, start, end int32, left, right bool) bool {
	if left || right {
		switch e.kind {
		case KindShort, kindPrefix:
			return false
		}
	}
	if left {
		// Glued after a lower-case word: an adjective may follow in lower
		// case ("ministrevietnamien"); a name must start a new capitalised
		// word ("lesÉtats-Unis"), else "Chine" would be found in "machine".
		if !unicode.IsLower(s.runes[s.orig[fs-1]]) {
			return false
		}
		if e.kind != KindAdjective && !unicode.IsUpper(s.runes[start]) {
			return false
		}
	}
	if e.flags&flagCap != 0 && !unicode.IsUpper(s.runes[start]) {
		return false
	}
	if e.flags&flagGiven != 0 && afterCapitalisedWord(s.runes, int(start)) {
		return false
	}
	if e.flags&(flagCS|flagAcc) != 0 {
		return sameLetters(s.runes[start:end], e.letters, e.flags)
	}
	return true
}

// afterCapitalisedWord reports whether the word before runes[start], across
// spaces only, starts with a capital: "Thai" in "Vu Le Thai Hoang" or "Nga"
// in "Nguyễn Thị Nga" is part of a Vietnamese personal name, while "the Thai
// minister" and "Tổng thống Nga" name the country.
func afterCapitalisedWord(runes []rune, start int) bool {
	i := start - 1
	for i >= 0 && isSpace(runes[i]) {
		i--
	}
	if i == start-1 || i < 0 || !unicode.IsLetter(runes[i]) {
		return false
	}
	for i > 0 && (unicode.IsLetter(runes[i-1]) || unicode.Is(unicode.Mn, runes[i-1])) {
		i--
	}
	return unicode.IsUpper(runes[i])
}

// sameLetters compares a matched span with the form as written, ignoring
// separators, for case (flagCS), accents (flagAcc) or both.
func sameLetters(span, form []rune, fl flags) bool {
	i := 0
	for _, r := range span {
		f := foldRune(r)
		if f.n == 0 || f.n == 1 && f.b[0] == sepByte {
			continue
		}
		if i >= len(form) {
			return false
		}
		want := form[i]
		i++
		switch {
		case fl&flagCS != 0 && fl&flagAcc != 0:
			if r != want {
				return false
			}
		case fl&flagAcc != 0:
			if unicode.ToLower(r) != unicode.ToLower(want) {
				return false
			}
		default: // case only: the folding already matched the letters
			if unicode.IsUpper(r) != unicode.IsUpper(want) || unicode.IsLower(r) != unicode.IsLower(want) {
				return false
			}
		}
	}
	return i == len(form)
}
