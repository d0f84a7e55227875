package agree

import (
	"fmt"
)

// AlphaReport is Krippendorff's α for two or more coders per code (over all
// articles), per article (over all codes), per (article, code) cell with
// codings, and overall. As in [Report], cells without any coding are not
// listed but are counted everywhere else as "every coder who saw the
// article left it uncoded".
type AlphaReport struct {
	Coders   []string       `json:"coders"`
	Codes    []CodeAlpha    `json:"codes"`
	Articles []ArticleAlpha `json:"articles"`
	Cells    []CellAlpha    `json:"cells"`
	Overall  AlphaResult    `json:"overall"`
}

// CodeAlpha is one code's α pooled over all articles.
type CodeAlpha struct {
	Code string `json:"code"`
	AlphaResult
}

// ArticleAlpha is one article's α pooled over all codes.
type ArticleAlpha struct {
	Article string `json:"article"`
	AlphaResult
}

// CellAlpha is α for one code in one article.
type CellAlpha struct {
	Article string `json:"article"`
	Code    string `json:"code"`
	AlphaResult
}

// Alpha is Krippendorff's nominal α for coders who all saw every article of
// texts. Each character of each article is a unit per code; each coder
// gives it the value "coded" or "not coded". See [AlphaSeen] for coders who
// saw only some articles.
func Alpha(texts map[string]int, codings []Coding, coders []string) (AlphaReport, error) {
	return AlphaSeen(texts, codings, coders, nil)
}

// AlphaSeen is [Alpha] with missing values: seen(article, coder) tells
// whether the coder was given the article (say, it was in their session's
// scope). A coder who did not see an article gives no value to its
// characters, rather than "not coded"; articles seen by fewer than two of
// the coders drop out, as α requires. seen == nil means every coder saw
// every article. A coding on an article its coder did not see is an error.
//
// Pooling is by character, as in [Compare]: the coincidence matrix of a
// code is the sum over articles, the overall one the sum over codes.
func AlphaSeen(texts map[string]int, codings []Coding, coders []string, seen func(article, coder string) bool) (AlphaReport, error) {
	if len(coders) < 2 {
		return AlphaReport{}, fmt.Errorf("agree: α needs at least two coders, got %d", len(coders))
	}
	g, err := group(texts, codings, coders, seen)
	if err != nil {
		return AlphaReport{}, err
	}
	r := AlphaReport{Coders: coders}
	k := len(coders)

	// m[a] is how many coders saw article a; baseline[a] is the α counts
	// of one code nobody applied there: every character pairable if m ≥ 2,
	// every value "not coded".
	m := make(map[string]int, len(g.articles))
	baseline := make(map[string]alphaCounts, len(g.articles))
	all := newAlphaCounts(k)
	none := make([]int, k+1) // no character coded by anyone
	for _, a := range g.articles {
		m[a] = k
		if seen != nil {
			m[a] = 0
			for _, c := range coders {
				if seen(a, c) {
					m[a]++
				}
			}
		}
		b := newAlphaCounts(k)
		b.addCell(texts[a], m[a], none)
		baseline[a] = b
		all.add(b, 1)
	}

	// As in Compare: start from the baseline and swap in real counts where
	// there are codings.
	byCode := make(map[string]*alphaCounts, len(g.codes))
	for _, c := range g.codes {
		acc := newAlphaCounts(k)
		acc.add(all, 1)
		byCode[c] = &acc
	}
	byArticle := make(map[string]*alphaCounts, len(g.articles))
	for _, a := range g.articles {
		acc := newAlphaCounts(k)
		acc.add(baseline[a], len(g.codes))
		byArticle[a] = &acc
	}
	hist := make([]int, k+1)
	var buf []boundary
	r.Cells = make([]CellAlpha, 0, len(g.cells))
	for _, key := range g.cells {
		clear(hist)
		buf = depths(key.spans, hist, buf)
		cell := newAlphaCounts(k)
		cell.addCell(texts[key.article], m[key.article], hist)
		for _, acc := range []*alphaCounts{byCode[key.code], byArticle[key.article]} {
			acc.add(baseline[key.article], -1)
			acc.add(cell, 1)
		}
		r.Cells = append(r.Cells, CellAlpha{Article: key.article, Code: key.code, AlphaResult: cell.result()})
	}

	overall := newAlphaCounts(k)
	for _, c := range g.codes {
		r.Codes = append(r.Codes, CodeAlpha{Code: c, AlphaResult: byCode[c].result()})
		overall.add(*byCode[c], 1)
	}
	for _, a := range g.articles {
		r.Articles = append(r.Articles, ArticleAlpha{Article: a, AlphaResult: byArticle[a].result()})
	}
	r.Overall = overall.result()
	return r, nil
}
