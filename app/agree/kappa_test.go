package agree

import (
	"math"
	"strings"
	"testing"
)

const eps = 1e-9

func near(a, b float64) bool { return math.Abs(a-b) < eps }

// The worked examples below are computed by hand in their comments, from
// the definitions in kappa.go and alpha.go, and the code must match them.
// Notation: N characters, a and b characters coded by A and by B.
func TestWorkedExamplesTwoCoders(t *testing.T) {
	cases := []struct {
		name         string
		n            int
		a, b         []Span
		want         Table
		percent      float64
		kappa        float64
		kappaDefined bool
		alpha        float64
		alphaDefined bool
		note         string // substring expected in Note, "" for none
	}{
		{
			// 10 characters, A codes [0,6), B codes [2,8).
			// Both [2,6) = 4, only A [0,2) = 2, only B [6,8) = 2, neither [8,10) = 2.
			// P_o = (4+2)/10 = 0.6. a/N = b/N = 0.6.
			// P_yes = 0.6·0.6 = 0.36, P_no = 0.4·0.4 = 0.16, P_e = 0.52.
			// κ = (0.6−0.52)/(1−0.52) = 0.08/0.48 = 1/6 = 0.1667.
			// Wrong chance terms, for contrast: P_e = P_yes alone gives
			// (0.6−0.36)/0.64 = 0.375. QualCoder's recipe uses only the 8
			// characters someone coded: P_o = 4/8 = 0.5, P_yes = (6/8)² =
			// 0.5625, P_no = (2/8)² = 0.0625, P_e = P_yes·P_no = 0.03516,
			// κ = 0.46484/0.96484 = 0.4818.
			// α: n = 20 values, n_1 = 12, n_0 = 8, o_10 = 2+2 = 4,
			// α = 1 − 19·4/(12·8) = 1 − 76/96 = 20/96 = 0.2083.
			name: "overlap", n: 10,
			a: []Span{{0, 6}}, b: []Span{{2, 8}},
			want:    Table{Both: 4, OnlyA: 2, OnlyB: 2, Neither: 2},
			percent: 60, kappa: 1.0 / 6, kappaDefined: true,
			alpha: 20.0 / 96, alphaDefined: true,
		},
		{
			// 20 characters. A codes [0,5) and [10,15) = 10 characters.
			// B codes [0,3), [2,5) (overlapping: merged to [0,5)) and [12,14)
			// = 7 characters.
			// Both [0,5)+[12,14) = 7, only A [10,12)+[14,15) = 3, only B 0,
			// neither 20−10 = 10.
			// P_o = 17/20 = 0.85. a/N = 0.5, b/N = 0.35.
			// P_yes = 0.5·0.35 = 0.175, P_no = 0.5·0.65 = 0.325, P_e = 0.5.
			// κ = 0.35/0.5 = 0.7.
			// α: n = 40, n_1 = 17, n_0 = 23, o_10 = 3,
			// α = 1 − 39·3/(17·23) = 1 − 117/391 = 274/391 = 0.7008.
			name: "nested and merged", n: 20,
			a: []Span{{10, 15}, {0, 5}}, b: []Span{{0, 3}, {2, 5}, {12, 14}},
			want:    Table{Both: 7, OnlyA: 3, OnlyB: 0, Neither: 10},
			percent: 85, kappa: 0.7, kappaDefined: true,
			alpha: 274.0 / 391, alphaDefined: true,
		},
		{
			// Complete disagreement: A codes [0,5), B codes [5,10) of 10.
			// P_o = 0, P_e = 0.25 + 0.25 = 0.5, κ = −0.5/0.5 = −1.
			// α: n = 20, n_1 = n_0 = 10, o_10 = 10, α = 1 − 19·10/100 = −0.9.
			name: "opposite halves", n: 10,
			a: []Span{{0, 5}}, b: []Span{{5, 10}},
			want:    Table{OnlyA: 5, OnlyB: 5},
			percent: 0, kappa: -1, kappaDefined: true,
			alpha: -0.9, alphaDefined: true,
		},
		{
			// Total agreement with variation: both code [1,4) of 8.
			// P_o = 1, P_e = (3/8)² + (5/8)² = 34/64, κ = (30/64)/(30/64) = 1.
			// α: o_10 = 0, α = 1.
			name: "total agreement", n: 8,
			a: []Span{{1, 4}}, b: []Span{{1, 4}},
			want:    Table{Both: 3, Neither: 5},
			percent: 100, kappa: 1, kappaDefined: true,
			alpha: 1, alphaDefined: true,
		},
		{
			// Both coders code nothing in 10 characters.
			// P_o = 10/10 = 1 and P_e = 0·0 + 1·1 = 1: κ = 0/0, undefined.
			// There is no variation to agree about. Percent is 100.
			// α: n_1 = 0 so D_e = 0: undefined too.
			name: "both code nothing", n: 10,
			want:    Table{Neither: 10},
			percent: 100, kappaDefined: false, alphaDefined: false,
			note: "no variation: both coders left every character uncoded",
		},
		{
			// Both code everything: P_o = 1, P_e = 1·1 + 0·0 = 1, undefined.
			name: "both code everything", n: 10,
			a: []Span{{0, 10}}, b: []Span{{0, 10}},
			want:    Table{Both: 10},
			percent: 100, kappaDefined: false, alphaDefined: false,
			note: "no variation: both coders coded every character",
		},
		{
			// A codes everything, B nothing, 10 characters.
			// P_o = 0; P_e = 1·0 + 0·1 = 0; κ = (0−0)/(1−0) = 0.
			// α: n = 20, n_1 = n_0 = 10, o_10 = 10, α = 1 − 19·10/100 = −0.9.
			name: "one codes everything, the other nothing", n: 10,
			a:       []Span{{0, 10}},
			want:    Table{OnlyA: 10},
			percent: 0, kappa: 0, kappaDefined: true,
			alpha: -0.9, alphaDefined: true,
			note: "one coder coded every character and the other none",
		},
		{
			// The surprising one: A codes 5 of 100 characters, B nothing.
			// P_o = 95/100 = 0.95; P_e = 0.05·0 + 0.95·1 = 0.95; κ = 0.
			// 95 % agreement, but exactly what chance gives when B codes
			// nothing. α: n = 200, n_1 = 5, n_0 = 195, o_10 = 5,
			// α = 1 − 199·5/(5·195) = 1 − 199/195 = −4/195 = −0.0205.
			name: "high percent, kappa zero", n: 100,
			a:       []Span{{40, 45}},
			want:    Table{OnlyA: 5, Neither: 95},
			percent: 95, kappa: 0, kappaDefined: true,
			alpha: -4.0 / 195, alphaDefined: true,
			note: "coder B coded nothing",
		},
		{
			name: "empty text", n: 0,
			want: Table{}, note: "no characters to compare",
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			texts := map[string]int{"art": c.n}
			codings := []Coding{
				{Article: "art", Code: "x", Coder: "A", Spans: c.a},
				{Article: "art", Code: "x", Coder: "B", Spans: c.b},
			}
			r, err := Compare(texts, codings, "A", "B")
			if err != nil {
				t.Fatal(err)
			}
			p := r.Overall
			if p.Table != c.want {
				t.Fatalf("table = %+v, want %+v", p.Table, c.want)
			}
			if !near(p.Percent, c.percent) {
				t.Errorf("percent = %v, want %v", p.Percent, c.percent)
			}
			if p.KappaDefined != c.kappaDefined || !near(p.Kappa, c.kappa) {
				t.Errorf("kappa = %v (defined %v), want %v (defined %v)", p.Kappa, p.KappaDefined, c.kappa, c.kappaDefined)
			}
			if p.AlphaDefined != c.alphaDefined || !near(p.Alpha, c.alpha) {
				t.Errorf("alpha = %v (defined %v), want %v (defined %v)", p.Alpha, p.AlphaDefined, c.alpha, c.alphaDefined)
			}
			if c.note == "" && p.Note != "" || !strings.Contains(p.Note, c.note) {
				t.Errorf("note = %q, want it to contain %q", p.Note, c.note)
			}
			if p.Agree+p.Disagree != p.Chars || p.Chars != c.n {
				t.Errorf("agree %d + disagree %d != chars %d (n %d)", p.Agree, p.Disagree, p.Chars, c.n)
			}
			// The one cell, the one code and the one article are the overall.
			if len(r.Cells) != 1 || r.Cells[0].Pair != p || r.Codes[0].Pair != p || r.Articles[0].Pair != p {
				t.Errorf("cell/code/article figures differ from overall: %+v", r)
			}
		})
	}
}

// The P_o/P_e definition and the exact integer form must agree, including
// where κ is undefined.
func TestKappaMatchesDefinition(t *testing.T) {
	for n := 0; n <= 12; n++ {
		for both := 0; both <= n; both++ {
			for onlyA := 0; both+onlyA <= n; onlyA++ {
				for onlyB := 0; both+onlyA+onlyB <= n; onlyB++ {
					tab := Table{both, onlyA, onlyB, n - both - onlyA - onlyB}
					got, ok := Kappa(tab)
					want, wantOK := definitionKappa(tab)
					if ok != wantOK || !near(got, want) {
						t.Fatalf("%+v: κ = %v,%v want %v,%v", tab, got, ok, want, wantOK)
					}
				}
			}
		}
	}
}

// definitionKappa is κ straight from the textbook formula, in floats.
func definitionKappa(t Table) (float64, bool) {
	n := float64(t.Chars())
	if n == 0 {
		return 0, false
	}
	po := float64(t.Both+t.Neither) / n
	pa, pb := float64(t.CodedA())/n, float64(t.CodedB())/n
	pe := pa*pb + (1-pa)*(1-pb)
	if pe == 1 {
		return 0, false
	}
	return (po - pe) / (1 - pe), true
}

// Pooled tables past 2³¹ characters take the big-integer path; it must give
// the same κ as the int64 path on the same proportions.
func TestKappaLargeCounts(t *testing.T) {
	small := Table{Both: 4, OnlyA: 2, OnlyB: 2, Neither: 2}
	const f = 1 << 32
	big := Table{Both: 4 * f, OnlyA: 2 * f, OnlyB: 2 * f, Neither: 2 * f}
	k1, ok1 := Kappa(small)
	k2, ok2 := Kappa(big)
	if !ok1 || !ok2 || !near(k1, k2) || !near(k2, 1.0/6) {
		t.Fatalf("small %v,%v big %v,%v, want 1/6", k1, ok1, k2, ok2)
	}
}

func TestCohenKappaOnVectors(t *testing.T) {
	// Example 1 again, character by character: A = [0,6), B = [2,8).
	a := []bool{true, true, true, true, true, true, false, false, false, false}
	b := []bool{false, false, true, true, true, true, true, true, false, false}
	k, ok := CohenKappa(a, b)
	if !ok || !near(k, 1.0/6) {
		t.Fatalf("κ = %v,%v want 1/6", k, ok)
	}
	if _, ok := CohenKappa(make([]bool, 5), make([]bool, 5)); ok {
		t.Fatal("κ defined for two all-uncoded vectors")
	}
	defer func() {
		if recover() == nil {
			t.Fatal("no panic on vectors of different lengths")
		}
	}()
	CohenKappa(a, b[:3])
}

func TestNegativeCountsAreUndefined(t *testing.T) {
	bad := Table{Both: 3, OnlyA: -1, Neither: 5}
	if _, ok := Kappa(bad); ok {
		t.Error("κ defined for a negative count")
	}
	if _, ok := Percent(bad); ok {
		t.Error("percent defined for a negative count")
	}
	if TableAlpha(bad).Defined {
		t.Error("α defined for a negative count")
	}
}
