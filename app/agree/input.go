package agree

import (
	"fmt"
	"slices"
)

// Span is a run of characters [Start, End) in Unicode code points of an
// article's stored text (DESIGN §3). Start == End is an empty span: legal,
// it covers nothing.
type Span struct{ Start, End int }

// Coding is what one coder applied with one code in one article: any
// number of spans, overlapping, nested or adjacent.
//
// The article's length is deliberately not part of a Coding: it comes from
// the texts map given to [Compare] and [Alpha], so one article cannot have
// two lengths. Several Codings with the same (Article, Code, Coder) are
// pooled. A Coding with no spans is legal and means "this coder applied
// nothing here"; it is the way to make a code nobody used appear in a
// report (as "no variation").
type Coding struct {
	Article string
	Code    string
	Coder   string
	Spans   []Span
}

// InputError reports input that cannot be compared: a span outside its
// article or ending before it starts, an article with no known length, or a
// coding by a coder who, according to the caller, never saw the article.
// It names the article, code and coder so the faulty passage can be found.
type InputError struct {
	Article, Code, Coder string
	Span                 Span
	Length               int
	Reason               string
}

func (e *InputError) Error() string {
	return fmt.Sprintf("agree: article %q, code %q, coder %q: %s", e.Article, e.Code, e.Coder, e.Reason)
}

// cellKey names one (article, code) pair: the unit over which each coder's
// spans are merged and a 2×2 table or α counts are computed.
type cellKey struct{ article, code string }

// cell is one (article, code) with codings: a merged span list per coder,
// in the order of the coders being compared.
type cell struct {
	cellKey
	spans [][]Span
}

// grouped is the validated input: for every (article, code) that has at
// least one Coding by a selected coder, one merged span list per coder.
type grouped struct {
	coders   []string
	articles []string // every article of texts, sorted
	codes    []string // every code used by a selected coder, sorted
	cells    []cell   // sorted by article, then code
}

// group validates codings against texts and merges each coder's spans.
// Codings by coders not in coders are ignored, not validated: they belong
// to another comparison. seen may be nil (every coder saw every article).
//
// Out-of-range spans are errors rather than being clipped silently: stored
// texts never change (DESIGN §3), so a span past the end means a corrupt or
// mismatched coding, and hiding it would distort every figure.
func group(texts map[string]int, codings []Coding, coders []string, seen func(article, coder string) bool) (*grouped, error) {
	g := &grouped{coders: coders}
	at := map[cellKey]int{} // index of a key in g.cells
	index := make(map[string]int, len(coders))
	for i, c := range coders {
		if _, dup := index[c]; dup {
			return nil, fmt.Errorf("agree: coder %q listed twice", c)
		}
		index[c] = i
	}
	for a, n := range texts {
		if n < 0 {
			return nil, &InputError{Article: a, Length: n, Reason: fmt.Sprintf("negative text length %d", n)}
		}
		g.articles = append(g.articles, a)
	}
	slices.Sort(g.articles)

	codes := map[string]bool{}
	for _, c := range codings {
		ci, ok := index[c.Coder]
		if !ok {
			continue
		}
		n, ok := texts[c.Article]
		if !ok {
			return nil, &InputError{Article: c.Article, Code: c.Code, Coder: c.Coder,
				Reason: "article is not among the texts compared (no length known)"}
		}
		if seen != nil && !seen(c.Article, c.Coder) {
			return nil, &InputError{Article: c.Article, Code: c.Code, Coder: c.Coder, Length: n,
				Reason: "coder coded an article marked as not seen by them"}
		}
		for _, s := range c.Spans {
			if err := checkSpan(c, s, n); err != nil {
				return nil, err
			}
		}
		key := cellKey{c.Article, c.Code}
		i, ok := at[key]
		if !ok {
			i = len(g.cells)
			at[key] = i
			g.cells = append(g.cells, cell{key, make([][]Span, len(coders))})
		}
		// append to a nil list copies, so the caller's spans are never
		// reordered by normalise below.
		g.cells[i].spans[ci] = append(g.cells[i].spans[ci], c.Spans...)
		codes[c.Code] = true
	}
	for _, c := range g.cells {
		for i := range c.spans {
			c.spans[i] = normalise(c.spans[i])
		}
	}
	for c := range codes {
		g.codes = append(g.codes, c)
	}
	slices.Sort(g.codes)
	slices.SortFunc(g.cells, func(x, y cell) int {
		if x.article != y.article {
			return compareStrings(x.article, y.article)
		}
		return compareStrings(x.code, y.code)
	})
	return g, nil
}

func compareStrings(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// checkSpan rejects a span that ends before it starts or leaves [0, n].
func checkSpan(c Coding, s Span, n int) error {
	bad := func(reason string) error {
		return &InputError{Article: c.Article, Code: c.Code, Coder: c.Coder, Span: s, Length: n, Reason: reason}
	}
	switch {
	case s.End < s.Start:
		return bad(fmt.Sprintf("span [%d,%d) ends before it starts", s.Start, s.End))
	case s.Start < 0 || s.End > n:
		return bad(fmt.Sprintf("span [%d,%d) is outside the text [0,%d)", s.Start, s.End, n))
	}
	return nil
}
