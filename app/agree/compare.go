package agree

import "fmt"

// Report is the comparison of two coders: per code (over all articles), per
// article (over all codes), per (article, code) cell and overall.
//
// Cells lists only the (article, code) pairs for which either coder has a
// Coding. Every other pair is implied, and counted in the per-code,
// per-article and overall figures: N characters both coders left uncoded.
// Listing them would mean articles × codes rows, millions in a library.
type Report struct {
	CoderA   string        `json:"coder_a"`
	CoderB   string        `json:"coder_b"`
	Codes    []CodePair    `json:"codes"`    // sorted by code
	Articles []ArticlePair `json:"articles"` // every article of texts, sorted
	Cells    []CellPair    `json:"cells"`    // sorted by article, then code
	Overall  Pair          `json:"overall"`
}

// CodePair is one code's figures pooled over all articles.
type CodePair struct {
	Code string `json:"code"`
	Pair
}

// ArticlePair is one article's figures pooled over all codes.
type ArticlePair struct {
	Article string `json:"article"`
	Pair
}

// CellPair is the figures for one code in one article.
type CellPair struct {
	Article string `json:"article"`
	Code    string `json:"code"`
	Pair
}

// Compare compares coderA with coderB at the character level.
//
// texts gives the length in code points of every article both coders were
// asked to code; each of them counts for every code. The codes compared are
// those of the two coders' codings (add a Coding with no spans to include a
// code neither used). Codings by other coders are ignored.
//
// Figures pool characters: a code's table is the sum of its tables in every
// article, an article's the sum over codes, the overall table the sum over
// both — the character-weighted aggregate NVivo's users are told to build,
// and well defined even where most single cells have no variation.
func Compare(texts map[string]int, codings []Coding, coderA, coderB string) (Report, error) {
	if coderA == coderB {
		return Report{}, fmt.Errorf("agree: cannot compare coder %q with themself", coderA)
	}
	g, err := group(texts, codings, []string{coderA, coderB}, nil)
	if err != nil {
		return Report{}, err
	}
	r := Report{CoderA: coderA, CoderB: coderB}

	// Start every code and article from "nobody coded anything", then
	// replace that baseline by the real table in the cells that have
	// codings: the work is proportional to cells with codings, not to
	// articles × codes.
	total := 0
	for _, a := range g.articles {
		total += texts[a]
	}
	byCode := make(map[string]Table, len(g.codes))
	for _, c := range g.codes {
		byCode[c] = Table{Neither: total}
	}
	byArticle := make(map[string]Table, len(g.articles))
	for _, a := range g.articles {
		byArticle[a] = Table{Neither: len(g.codes) * texts[a]}
	}
	r.Cells = make([]CellPair, 0, len(g.cells))
	for _, k := range g.cells {
		n := texts[k.article]
		t := cellTable(n, k.spans[0], k.spans[1])
		delta := t.minus(Table{Neither: n})
		byCode[k.code] = byCode[k.code].plus(delta)
		byArticle[k.article] = byArticle[k.article].plus(delta)
		r.Cells = append(r.Cells, CellPair{Article: k.article, Code: k.code, Pair: NewPair(t)})
	}

	var overall Table
	for _, c := range g.codes {
		r.Codes = append(r.Codes, CodePair{Code: c, Pair: NewPair(byCode[c])})
		overall = overall.plus(byCode[c])
	}
	r.Articles = make([]ArticlePair, 0, len(g.articles))
	for _, a := range g.articles {
		r.Articles = append(r.Articles, ArticlePair{Article: a, Pair: NewPair(byArticle[a])})
	}
	r.Overall = NewPair(overall)
	return r, nil
}

// cellTable is the 2×2 table of one article of n characters from the two
// coders' normalised spans.
func cellTable(n int, a, b []Span) Table {
	both := intersection(a, b)
	ca, cb := covered(a), covered(b)
	return Table{Both: both, OnlyA: ca - both, OnlyB: cb - both, Neither: n - ca - cb + both}
}
