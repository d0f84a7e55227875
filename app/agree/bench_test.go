package agree

import (
	"fmt"
	"math/rand/v2"
	"testing"
)

// longArticle is one 50,000-character article, 50 codes and, per coder and
// code, 40 passages of 20–800 characters placed at random (so they overlap).
func longArticle(coders int) (map[string]int, []Coding, []string) {
	const n, codes, passages = 50_000, 50, 40
	r := rand.New(rand.NewPCG(1, 2))
	texts := map[string]int{"long": n}
	var names []string
	var codings []Coding
	for k := range coders {
		coder := fmt.Sprintf("coder%d", k)
		names = append(names, coder)
		for c := range codes {
			cd := Coding{Article: "long", Code: fmt.Sprintf("code%02d", c), Coder: coder}
			for range passages {
				start := r.IntN(n - 800)
				cd.Spans = append(cd.Spans, Span{start, start + 20 + r.IntN(780)})
			}
			codings = append(codings, cd)
		}
	}
	return texts, codings, names
}

// library is the scale: 10,000 articles of 500–5,000 characters,
// 50 codes, 50,000 passages shared among the coders.
func library(coders int) (map[string]int, []Coding, []string) {
	const articles, codes, passages = 10_000, 50, 50_000
	r := rand.New(rand.NewPCG(3, 4))
	texts := make(map[string]int, articles)
	names := make([]string, articles)
	for i := range names {
		names[i] = fmt.Sprintf("art%05d", i)
		texts[names[i]] = 500 + r.IntN(4500)
	}
	var coderNames []string
	for k := range coders {
		coderNames = append(coderNames, fmt.Sprintf("coder%d", k))
	}
	codings := make([]Coding, 0, passages)
	for range passages {
		a := names[r.IntN(articles)]
		n := texts[a]
		start := r.IntN(n - 200)
		codings = append(codings, Coding{
			Article: a, Code: fmt.Sprintf("code%02d", r.IntN(codes)),
			Coder: coderNames[r.IntN(coders)],
			Spans: []Span{{start, start + 10 + r.IntN(190)}},
		})
	}
	return texts, codings, coderNames
}

func BenchmarkCompareLongArticle50Codes(b *testing.B) {
	texts, codings, coders := longArticle(2)
	for b.Loop() {
		if _, err := Compare(texts, codings, coders[0], coders[1]); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkAlphaLongArticle50Codes3Coders(b *testing.B) {
	texts, codings, coders := longArticle(3)
	for b.Loop() {
		if _, err := Alpha(texts, codings, coders); err != nil {
			b.Fatal(err)
		}
	}
}

// The per-character reference on the same input, for scale.
func BenchmarkNaiveLongArticle50Codes(b *testing.B) {
	texts, codings, coders := longArticle(2)
	s := scenario{texts: texts, codings: codings, coders: coders}
	for _, c := range codings {
		if c.Coder == coders[0] {
			s.codes = append(s.codes, c.Code)
		}
	}
	for b.Loop() {
		m := s.marks()
		for _, c := range s.codes {
			naivePair(m["long"][c][coders[0]], m["long"][c][coders[1]])
		}
	}
}

func BenchmarkCompareLibrary(b *testing.B) {
	texts, codings, coders := library(2)
	for b.Loop() {
		if _, err := Compare(texts, codings, coders[0], coders[1]); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkAlphaLibrary3Coders(b *testing.B) {
	texts, codings, coders := library(3)
	for b.Loop() {
		if _, err := Alpha(texts, codings, coders); err != nil {
			b.Fatal(err)
		}
	}
}
