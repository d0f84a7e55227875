package app

import (
	"context"
	"fmt"
	"slices"
	"strconv"

	"parley/app/agree"
)

// AgreementRequest asks how far coders agree, at the character level: each
// character of each article is coded or not by each coder, for each code.
type AgreementRequest struct {
	Coders []string // two for percent and κ; α takes two or more
	Code   string   // "" for every code the coders used
}

// AgreementRow is one line of the figures. A nil figure is undefined (no
// variation to measure); Note says why.
type AgreementRow struct {
	Name    string   `json:"-"`
	Percent *float64 `json:"percent"`
	Kappa   *float64 `json:"kappa"`
	Alpha   *float64 `json:"alpha"`
	Chars   int      `json:"chars"`
	Note    string   `json:"note,omitempty"`
}

// AgreementReport holds the figures per code, per article and overall.
// Every article of the library counts, for every code, as in NVivo: what
// neither coder coded is agreement too.
type AgreementReport struct {
	Coders   []string
	Codes    []AgreementRow
	Articles []AgreementRow
	Overall  AgreementRow
}

// Agreement compares the coders' codings over the whole library.
func (l *Library) Agreement(ctx context.Context, r AgreementRequest) (AgreementReport, error) {
	if len(r.Coders) < 2 {
		return AgreementReport{}, fmt.Errorf("agreement needs two coders or more")
	}
	for _, name := range r.Coders {
		if _, err := l.findCoder(ctx, name); err != nil {
			return AgreementReport{}, err
		}
	}
	var f PassageFilter
	var only string
	if r.Code != "" {
		b, err := l.Codebook(ctx)
		if err != nil {
			return AgreementReport{}, err
		}
		c, err := b.Find(r.Code)
		if err != nil {
			return AgreementReport{}, err
		}
		f.CodeIDs, only = []int64{c.ID}, c.Name
	}
	list, err := l.Store.Articles(ctx)
	if err != nil {
		return AgreementReport{}, err
	}
	texts := make(map[string]int, len(list))
	sources := make(map[string]string, len(list))
	for _, a := range list {
		key := strconv.FormatInt(a.ID, 10)
		texts[key], sources[key] = a.Chars, a.Source
	}
	passages, err := l.Store.Passages(ctx, f)
	if err != nil {
		return AgreementReport{}, err
	}
	codings := codingsOf(passages, r.Coders, texts)
	if only != "" {
		// The code counts even if nobody used it: then everyone agrees.
		codings = append(codings, agree.Coding{Article: firstKey(texts), Code: only, Coder: r.Coders[0]})
	}

	out := AgreementReport{Coders: r.Coders}
	if len(r.Coders) == 2 {
		rep, err := agree.Compare(texts, codings, r.Coders[0], r.Coders[1])
		if err != nil {
			return AgreementReport{}, err
		}
		for _, c := range rep.Codes {
			out.Codes = append(out.Codes, pairRow(c.Code, c.Pair))
		}
		for _, a := range rep.Articles {
			out.Articles = append(out.Articles, pairRow(sources[a.Article], a.Pair))
		}
		out.Overall = pairRow("overall", rep.Overall)
		return out, nil
	}
	rep, err := agree.Alpha(texts, codings, r.Coders)
	if err != nil {
		return AgreementReport{}, err
	}
	for _, c := range rep.Codes {
		out.Codes = append(out.Codes, alphaRow(c.Code, c.AlphaResult))
	}
	for _, a := range rep.Articles {
		out.Articles = append(out.Articles, alphaRow(sources[a.Article], a.AlphaResult))
	}
	out.Overall = alphaRow("overall", rep.Overall)
	return out, nil
}

// codingsOf groups the passages of the given coders into the spans of each
// (article, code, coder); articles not in texts (old versions) are left out.
func codingsOf(passages []Passage, coders []string, texts map[string]int) []agree.Coding {
	index := map[[3]string]int{}
	var out []agree.Coding
	for _, p := range passages {
		article := strconv.FormatInt(p.ArticleID, 10)
		if _, ok := texts[article]; !ok || !slices.Contains(coders, p.Coder) {
			continue
		}
		key := [3]string{article, p.Code, p.Coder}
		i, ok := index[key]
		if !ok {
			i = len(out)
			index[key] = i
			out = append(out, agree.Coding{Article: article, Code: p.Code, Coder: p.Coder})
		}
		out[i].Spans = append(out[i].Spans, agree.Span{Start: p.Start, End: p.End})
	}
	return out
}

func firstKey(m map[string]int) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	if len(keys) == 0 {
		return ""
	}
	return keys[0]
}

func pairRow(name string, p agree.Pair) AgreementRow {
	row := AgreementRow{Name: name, Chars: p.Chars, Note: p.Note}
	if p.Chars > 0 {
		row.Percent = &p.Percent
	}
	if p.KappaDefined {
		row.Kappa = &p.Kappa
	}
	if p.AlphaDefined {
		row.Alpha = &p.Alpha
	}
	return row
}

func alphaRow(name string, a agree.AlphaResult) AgreementRow {
	row := AgreementRow{Name: name, Chars: a.Chars, Note: a.Note}
	if a.Defined {
		row.Alpha = &a.Alpha
	}
	return row
}
