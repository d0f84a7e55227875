package app

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Auto-coding by a full-text query lets the index pick the articles, then
// finds the matched words in each body itself: the index knows which
// articles match, not where in the body in code points. The query's words
// are matched the way the index's tokenizer (unicode61, remove_diacritics 2)
// reads text: words are runs of letters and digits, compared without case
// or accents, so "etats-unis" finds "États-Unis" and "defense*" finds
// "défenses".

// ftsTerm is a word or phrase of a query, folded: its words must follow one
// another in the text; with prefix, the last one need only start the word.
type ftsTerm struct {
	words  []string
	prefix bool
}

// ftsTerms lists the terms of a query (FTS5 syntax) whose matches are to be
// coded. Operators are left out: with AND and OR, every word the query names
// is a match wherever it is; what follows NOT is never one, nor is a term
// filtered to a column other than the body (title:, search_extra:).
// NEAR(a b, 5) gives a and b; its distance is not a term.
func ftsTerms(query string) []ftsTerm {
	rs := []rune(query)
	var out []ftsTerm
	negate, afterComma := false, false
	column := ""
	add := func(text string, prefix bool) {
		keep := !negate && (column == "" || column == "body")
		negate, column = false, ""
		if words := foldedWords(text); keep && len(words) > 0 {
			out = append(out, ftsTerm{words: words, prefix: prefix})
		}
	}
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case unicode.IsSpace(r) || r == ')' || r == '+':
			i++
		case r == ',':
			afterComma = true
			i++
		case r == '(':
			if negate { // NOT ( ... ): skip the whole group
				depth := 0
				for ; i < len(rs); i++ {
					if rs[i] == '(' {
						depth++
					} else if rs[i] == ')' {
						if depth--; depth == 0 {
							break
						}
					}
				}
				negate = false
			}
			i++
		case r == '"':
			j := i + 1
			for j < len(rs) && rs[j] != '"' {
				j++
			}
			text := string(rs[i+1 : min(j, len(rs))])
			i = j + 1
			prefix := i < len(rs) && rs[i] == '*'
			if prefix {
				i++
			}
			add(text, prefix)
		default:
			j := i
			for j < len(rs) && !unicode.IsSpace(rs[j]) && !strings.ContainsRune(`()",`, rs[j]) {
				j++
			}
			tok := string(rs[i:j])
			i = j
			if afterComma && strings.Trim(tok, "0123456789") == "" {
				afterComma = false
				continue // NEAR's distance
			}
			afterComma = false
			switch tok {
			case "AND", "OR", "NEAR":
				continue
			case "NOT":
				negate = true
				continue
			}
			if col, rest, ok := strings.Cut(tok, ":"); ok {
				column = strings.ToLower(strings.TrimLeft(col, "-{"))
				if tok = rest; tok == "" {
					continue // the filter applies to the next term
				}
			}
			tok = strings.TrimPrefix(tok, "^")
			prefix := strings.HasSuffix(tok, "*")
			add(strings.TrimSuffix(tok, "*"), prefix)
		}
	}
	return out
}

// token is a word of a text: its place in code points and its folded form.
type token struct {
	start, end int
	word       string
}

// tokenize splits t into words as unicode61 does: runs of letters, digits
// and marks (private-use characters too), everything else separating them.
func tokenize(t []rune) []token {
	var out []token
	var b strings.Builder
	for i := 0; i < len(t); {
		if !isTokenRune(t[i]) {
			i++
			continue
		}
		j := i
		b.Reset()
		for ; j < len(t) && isTokenRune(t[j]); j++ {
			if f := foldRune(t[j]); f != 0 {
				b.WriteRune(f)
			}
		}
		out = append(out, token{start: i, end: j, word: b.String()})
		i = j
	}
	return out
}

func isTokenRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsNumber(r) || unicode.IsMark(r) || unicode.Is(unicode.Co, r)
}

func foldedWords(text string) []string {
	toks := tokenize([]rune(text))
	words := make([]string, 0, len(toks))
	for _, t := range toks {
		if t.word != "" {
			words = append(words, t.word)
		}
	}
	return words
}

// foldRune lowers a letter and takes off its accents; a lone combining
// mark folds to 0 (dropped). A few letters whose stroke is not a combining
// mark, which the index folds all the same, are mapped by hand. The Latin
// letters of our languages come from a table: decomposing each rune costs
// a microsecond, which sorting 100,000 titles felt.
func foldRune(r rune) rune {
	if r < rune(len(latinFolds)) {
		return latinFolds[r]
	}
	return foldRuneSlow(r)
}

// latinFolds holds foldRuneSlow of Basic Latin to Latin Extended-B and the
// combining marks.
var latinFolds = func() (t [0x370]rune) {
	for r := range t {
		t[r] = foldRuneSlow(rune(r))
	}
	return t
}()

func foldRuneSlow(r rune) rune {
	if r < 0x80 {
		return unicode.ToLower(r)
	}
	if unicode.Is(unicode.Mn, r) {
		return 0
	}
	r = unicode.ToLower(r)
	switch r {
	case 'đ':
		return 'd'
	case 'ø':
		return 'o'
	case 'ł':
		return 'l'
	}
	for _, d := range norm.NFD.String(string(r)) {
		return d // the base letter comes first
	}
	return r
}

// termSpans returns every match of the terms in t, in text order (matches
// of different terms may overlap; the same span twice is kept once by
// widen).
func termSpans(t []rune, terms []ftsTerm) []span {
	toks := tokenize(t)
	var out []span
	for _, term := range terms {
		n := len(term.words)
		for i := 0; i+n <= len(toks); i++ {
			if matchAt(toks[i:i+n], term) {
				out = append(out, span{toks[i].start, toks[i+n-1].end})
			}
		}
	}
	return out
}

func matchAt(toks []token, term ftsTerm) bool {
	last := len(term.words) - 1
	for k, w := range term.words {
		if k == last && term.prefix {
			if !strings.HasPrefix(toks[k].word, w) {
				return false
			}
		} else if toks[k].word != w {
			return false
		}
	}
	return true
}

// FoldText lowers s and takes off its accents as the search index does, so
// that "Économie" sorts and compares beside "economie".
func FoldText(s string) string {
	return strings.Map(func(r rune) rune {
		if f := foldRune(r); f != 0 {
			return f
		}
		return -1
	}, s)
}
