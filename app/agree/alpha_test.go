package agree

import (
	"strings"
	"testing"
)

// Krippendorff's published nominal example ("Computing Krippendorff's
// Alpha-Reliability", 2011): four observers, twelve units, missing values
// (".") and five categories. Published α = 0.743.
//
//	unit  1 2 3 4 5 6 7 8 9 10 11 12
//	A     1 2 3 3 2 1 4 1 2 .  .  .
//	B     1 2 3 3 2 2 4 1 2 5  .  3
//	C     . 3 3 3 2 3 4 2 2 5  1  .
//	D     1 2 3 3 2 4 4 1 2 5  1  .
//
// By hand. Unit 12 has one value: not pairable. m_u is 3 for units 1 and
// 10, 2 for unit 11, 4 elsewhere, so n = 3+3+2+4·8 = 40. Each unit adds
// (ordered pairs)/(m_u−1):
//
//	u1  {1,1,1}:   o11 += 6/2 = 3
//	u2  {2,2,3,2}: o22 += 6/3 = 2, o23 = o32 += 3/3 = 1
//	u3, u4 {3,3,3,3}: o33 += 12/3 = 4 each
//	u5, u9 {2,2,2,2}: o22 += 4 each
//	u6  {1,2,3,4}: every ordered pair of different values += 1/3
//	u7  {4,4,4,4}: o44 += 4
//	u8  {1,1,2,1}: o11 += 2, o12 = o21 += 1
//	u10 {5,5,5}:   o55 += 3
//	u11 {1,1}:     o11 += 2
//
// Diagonal: o11 = 7, o22 = 10, o33 = 8, o44 = 4, o55 = 3; Σ o_cc = 32.
// Off-diagonal: o12 = o21 = 4/3, o23 = o32 = 4/3, o13 = o14 = o24 = o34 = 1/3
// (and symmetric). Marginals n_c: 9, 13, 10, 5, 3 (sum 40).
// Σ n_c(n_c−1) = 72 + 156 + 90 + 20 + 6 = 344.
// α = ((n−1)·Σo_cc − Σn_c(n_c−1)) / (n(n−1) − Σn_c(n_c−1))
//
//	= (39·32 − 344) / (40·39 − 344) = 904/1216 = 0.74342.
func TestKrippendorffPublishedExample(t *testing.T) {
	const x = Missing
	table := [][]int{ // rows are observers A–D, as printed
		{1, 2, 3, 3, 2, 1, 4, 1, 2, x, x, x},
		{1, 2, 3, 3, 2, 2, 4, 1, 2, 5, x, 3},
		{x, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, x},
		{1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, x},
	}
	units := transpose(table)
	alpha, ok := KrippendorffAlpha(units)
	if !ok || !near(alpha, 904.0/1216) {
		t.Fatalf("α = %v,%v want 904/1216 = 0.74342", alpha, ok)
	}
	values, o := Coincidences(units)
	if len(values) != 5 || values[0] != 1 || values[4] != 5 {
		t.Fatalf("values = %v", values)
	}
	want := [5][5]float64{
		{7, 4.0 / 3, 1.0 / 3, 1.0 / 3, 0},
		{4.0 / 3, 10, 4.0 / 3, 1.0 / 3, 0},
		{1.0 / 3, 4.0 / 3, 8, 1.0 / 3, 0},
		{1.0 / 3, 1.0 / 3, 1.0 / 3, 4, 0},
		{0, 0, 0, 0, 3},
	}
	for i := range want {
		for k := range want[i] {
			if !near(o[i][k], want[i][k]) {
				t.Errorf("o[%d][%d] = %v, want %v", values[i], values[k], o[i][k], want[i][k])
			}
		}
	}
}

func transpose(rows [][]int) [][]int {
	units := make([][]int, len(rows[0]))
	for u := range units {
		for _, r := range rows {
			units[u] = append(units[u], r[u])
		}
	}
	return units
}

func TestKrippendorffDegenerate(t *testing.T) {
	cases := []struct {
		name    string
		units   [][]int
		alpha   float64
		defined bool
	}{
		// Every value the same: D_e = 0, α = 0/0, undefined.
		{"no variation", [][]int{{1, 1}, {1, 1, 1}, {1, Missing}}, 0, false},
		// Nothing pairable: every unit has at most one value.
		{"nothing pairable", [][]int{{1, Missing}, {Missing, 2}, {}}, 0, false},
		{"no units", nil, 0, false},
		// Perfect agreement with variation: D_o = 0, α = 1.
		{"perfect", [][]int{{0, 0}, {1, 1}, {2, 2, Missing}}, 1, true},
		// Two coders, binary, example 1 of the κ tests as a table:
		// 4 units {1,1}, 2 {1,0}, 2 {0,1}, 2 {0,0}: α = 20/96.
		{"two coders binary", [][]int{{1, 1}, {1, 1}, {1, 1}, {1, 1}, {1, 0}, {1, 0}, {0, 1}, {0, 1}, {0, 0}, {0, 0}}, 20.0 / 96, true},
		// Any negative value counts as missing, not only -1.
		{"other negatives are missing", [][]int{{0, 0, -7}, {1, 1, -2}}, 1, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a, ok := KrippendorffAlpha(c.units)
			if ok != c.defined || !near(a, c.alpha) {
				t.Fatalf("α = %v,%v want %v,%v", a, ok, c.alpha, c.defined)
			}
		})
	}
}

// Three coders on one 6-character article, character level.
//
//	char   0 1 2 3 4 5
//	A      x x x . . .     A codes [0,3)
//	B      x x . . . .     B codes [0,2)
//	C      . x x x . .     C codes [1,4)
//	k      2 3 2 1 0 0     coders coding the character; m = 3
//
// n = 6·3 = 18 values, n_1 = Σk = 8, n_0 = 10.
// o_10 = Σ k(3−k)/2 = 1 + 0 + 1 + 1 + 0 + 0 = 3.
// α = 1 − (n−1)·o_10/(n_1·n_0) = 1 − 17·3/80 = 29/80 = 0.3625.
// Check with the diagonal form: o_11 = Σ k(k−1)/2 = 1+3+1 = 5,
// o_00 = Σ (3−k)(2−k)/2 = 1+3+3 = 7; ((17)(12) − (8·7 + 10·9))/(18·17 − 146)
// = 58/160 = 0.3625.
func TestAlphaThreeCoders(t *testing.T) {
	texts := map[string]int{"p": 6}
	codings := []Coding{
		{Article: "p", Code: "x", Coder: "A", Spans: []Span{{0, 3}}},
		{Article: "p", Code: "x", Coder: "B", Spans: []Span{{0, 2}}},
		{Article: "p", Code: "x", Coder: "C", Spans: []Span{{1, 4}}},
	}
	r, err := Alpha(texts, codings, []string{"A", "B", "C"})
	if err != nil {
		t.Fatal(err)
	}
	got := r.Overall
	if !got.Defined || !near(got.Alpha, 29.0/80) {
		t.Fatalf("α = %+v, want 29/80", got)
	}
	if got.Chars != 6 || got.Values != 18 || got.Coded != 8 || !near(got.Mixed, 3) {
		t.Errorf("counts = %+v, want chars 6, values 18, coded 8, mixed 3", got)
	}
	// D_o = 2·3/18, D_e = 2·8·10/(18·17).
	if !near(got.Do, 6.0/18) || !near(got.De, 160.0/306) {
		t.Errorf("D_o = %v, D_e = %v", got.Do, got.De)
	}
}

// Missing values: three coders, C did not see article q, and only A saw
// article r (so r drops out: one value per character cannot be paired,
// even though A coded there).
//
//	p (4 chars, m = 3): A [0,2), B [0,2), C [0,3) → k = 3,3,1,0
//	   values 12, n_1 = 7, Σ k(3−k) = 0+0+2+0 = 2 → o_10 += 2/2 = 1
//	q (4 chars, m = 2): A [0,4), B [2,4)          → k = 1,1,2,2
//	   values 8, n_1 = 6, Σ k(2−k) = 1+1+0+0 = 2 → o_10 += 2/1 = 2
//	r (5 chars, m = 1): not pairable
//
// n = 20, n_1 = 13, n_0 = 7, o_10 = 3.
// α = 1 − 19·3/(13·7) = 1 − 57/91 = 34/91 = 0.37363.
func TestAlphaMissingValues(t *testing.T) {
	texts := map[string]int{"p": 4, "q": 4, "r": 5}
	codings := []Coding{
		{Article: "p", Code: "x", Coder: "A", Spans: []Span{{0, 2}}},
		{Article: "p", Code: "x", Coder: "B", Spans: []Span{{0, 2}}},
		{Article: "p", Code: "x", Coder: "C", Spans: []Span{{0, 3}}},
		{Article: "q", Code: "x", Coder: "A", Spans: []Span{{0, 4}}},
		{Article: "q", Code: "x", Coder: "B", Spans: []Span{{2, 4}}},
		{Article: "r", Code: "x", Coder: "A", Spans: []Span{{0, 5}}},
	}
	seen := func(article, coder string) bool {
		switch article {
		case "q":
			return coder != "C"
		case "r":
			return coder == "A"
		}
		return true
	}
	r, err := AlphaSeen(texts, codings, []string{"A", "B", "C"}, seen)
	if err != nil {
		t.Fatal(err)
	}
	got := r.Overall
	if !got.Defined || !near(got.Alpha, 34.0/91) || got.Values != 20 || got.Coded != 13 || got.Chars != 8 {
		t.Fatalf("overall = %+v, want α 34/91, values 20, coded 13, chars 8", got)
	}
	// The same table through the generic function.
	units := [][]int{
		{1, 1, 1}, {1, 1, 1}, {0, 0, 1}, {0, 0, 0}, // p
		{1, 0, Missing}, {1, 0, Missing}, {1, 1, Missing}, {1, 1, Missing}, // q
		{1, Missing, Missing}, {1, Missing, Missing}, // r (part): ignored
	}
	if a, ok := KrippendorffAlpha(units); !ok || !near(a, 34.0/91) {
		t.Fatalf("generic α = %v,%v want 34/91", a, ok)
	}
	// Article r alone: nothing pairable.
	for _, a := range r.Articles {
		if a.Article == "r" && (a.Defined || !strings.Contains(a.Note, "nothing to pair")) {
			t.Errorf("article r = %+v, want undefined, nothing to pair", a)
		}
	}
	// A coding on an article its coder did not see is an error.
	bad := append(codings, Coding{Article: "q", Code: "x", Coder: "C", Spans: []Span{{0, 1}}})
	if _, err := AlphaSeen(texts, bad, []string{"A", "B", "C"}, seen); err == nil {
		t.Fatal("no error for a coding on an unseen article")
	}
}

func TestAlphaNoVariation(t *testing.T) {
	texts := map[string]int{"p": 10}
	codings := []Coding{{Article: "p", Code: "x", Coder: "A"}} // nobody coded anything
	r, err := Alpha(texts, codings, []string{"A", "B", "C"})
	if err != nil {
		t.Fatal(err)
	}
	if r.Overall.Defined || !strings.Contains(r.Overall.Note, "no variation") {
		t.Fatalf("overall = %+v, want undefined with a no-variation note", r.Overall)
	}
	if _, err := Alpha(texts, codings, []string{"A"}); err == nil {
		t.Fatal("no error for α with one coder")
	}
}

// For two coders who saw everything, the α of Alpha and the α in Compare's
// Pair are the same quantity computed two ways.
func TestAlphaTwoCodersMatchesCompare(t *testing.T) {
	texts := map[string]int{"p": 10, "q": 7}
	codings := []Coding{
		{Article: "p", Code: "x", Coder: "A", Spans: []Span{{0, 6}}},
		{Article: "p", Code: "x", Coder: "B", Spans: []Span{{2, 8}}},
		{Article: "q", Code: "y", Coder: "B", Spans: []Span{{1, 3}}},
	}
	c, err := Compare(texts, codings, "A", "B")
	if err != nil {
		t.Fatal(err)
	}
	a, err := Alpha(texts, codings, []string{"A", "B"})
	if err != nil {
		t.Fatal(err)
	}
	if !near(c.Overall.Alpha, a.Overall.Alpha) || c.Overall.AlphaDefined != a.Overall.Defined {
		t.Fatalf("Compare α %v, Alpha α %v", c.Overall.Alpha, a.Overall.Alpha)
	}
	for i := range c.Codes {
		if !near(c.Codes[i].Alpha, a.Codes[i].Alpha) {
			t.Errorf("code %s: Compare α %v, Alpha α %v", c.Codes[i].Code, c.Codes[i].Alpha, a.Codes[i].Alpha)
		}
	}
}
