package dates

import "sync"

// tokenPool keeps token buffers between calls: Find runs on every imported
// article, and the buffer is the only sizeable allocation it makes.
var tokenPool = sync.Pool{New: func() any { s := make([]token, 0, 1024); return &s }}

// maxLead is the most tokens a date may have before its first anchor (a
// number, month, weekday or relative word): "dans l'après-midi du 3 mai"
// has seven. Find skips the stretches of text farther than that from any
// anchor, which is most of an article, without trying the grammar there.
const maxLead = 8

// Find returns the date expressions of text, sorted by Start and not
// overlapping. lang is "fr" or "en"; "" (or any other value) tries both
// vocabularies. Offsets are Unicode code points; in text that is not valid
// UTF-8 each invalid byte counts as one, as []rune(text) counts it. Find is
// safe for concurrent use.
func Find(text, lang string) []Mention {
	buf := tokenPool.Get().(*[]token)
	toks := tokenize(text, maskFor(lang), *buf)
	p := parser{text: text, t: toks}
	var out []Mention
	anchor := 0 // the first anchor token at or after i
	for i := 0; i < len(toks); {
		if anchor < i {
			anchor = i
		}
		for anchor < len(toks) && !toks[anchor].anchor {
			anchor++
		}
		if anchor == len(toks) {
			break
		}
		if i < anchor-maxLead {
			i = anchor - maxLead
		}
		if i >= p.n {
			p.n = i + 1
			for p.n < len(toks) && !toks[p.n].nl {
				p.n++
			}
		}
		if m, next, ok := p.at(i); ok {
			out = append(out, m)
			i = next
			continue
		}
		i++
	}
	*buf = toks[:0]
	tokenPool.Put(buf)
	return out
}

// at tries the grammar at token i: numeric dates, day-level dates and
// ranges (which may begin with a weekday), month and year dates, then
// relative dates, so that "mercredi 1er juillet" is one date before "mercredi"
// alone could be a relative one.
func (p *parser) at(i int) (Mention, int, bool) {
	t := &p.t[i]
	switch {
	case t.kind == tNum:
		if m, j, ok := p.numericExpr(i); ok {
			return m, j, true
		}
		return p.dayExpr(i)
	case t.kind == tWord && (t.w.class != wNone):
		if m, j, ok := p.dayExpr(i); ok {
			return m, j, true
		}
		if m, j, ok := p.monthExpr(i); ok {
			return m, j, true
		}
		return p.relativeExpr(i)
	}
	return Mention{}, i, false
}
