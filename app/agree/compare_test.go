package agree

import (
	"errors"
	"strings"
	"testing"
)

// Pooling over articles and codes, by hand. Two articles p and q of 10
// characters; codes x, y, z.
//
//	(p, x): A [0,6), B [2,8)  → Both 4, OnlyA 2, OnlyB 2, Neither 2
//	(q, y): A [0,10), B none  → OnlyA 10
//	(p, z): B applied nothing (empty Coding) → Neither 10
//	every other cell: nobody coded → Neither 10
//
// Code x = (p,x) + (q,x) = Both 4, OnlyA 2, OnlyB 2, Neither 12; N = 20.
//
//	P_o = 16/20 = 0.8; a = b = 6: P_e = 0.3² + 0.7² = 0.58;
//	κ = 0.22/0.42 = 0.5238 (integer form 2(20·4−36)/(6·14+6·14) = 88/168).
//
// Code y = OnlyA 10, Neither 10: percent 50, κ = 0 (B coded nothing).
// Code z = Neither 20: percent 100, κ undefined.
// Article p = x + y + z cells = Both 4, OnlyA 2, OnlyB 2, Neither 22; N = 30:
//
//	P_o = 26/30; P_e = 0.2² + 0.8² = 0.68; κ = (0.86667−0.68)/0.32 = 0.58333.
//
// Article q = OnlyA 10, Neither 20: κ = 0.
// Overall = Both 4, OnlyA 12, OnlyB 2, Neither 42; N = 60, a = 16, b = 6:
//
//	P_o = 46/60 = 0.76667; P_e = (16·6 + 44·54)/3600 = 2472/3600 = 0.68667;
//	κ = 0.08/0.31333 = 0.25532 (integer form 288/1128).
//
// Note the overall κ is not the mean of the code κs: it is κ of the
// pooled characters, every character of every code weighing the same.
func TestComparePoolsByCharacter(t *testing.T) {
	texts := map[string]int{"p": 10, "q": 10}
	codings := []Coding{
		{Article: "p", Code: "x", Coder: "A", Spans: []Span{{0, 6}}},
		{Article: "p", Code: "x", Coder: "B", Spans: []Span{{2, 8}}},
		{Article: "q", Code: "y", Coder: "A", Spans: []Span{{0, 10}}},
		{Article: "p", Code: "z", Coder: "B"},
		{Article: "q", Code: "w", Coder: "C", Spans: []Span{{0, 3}}}, // another coder: ignored
	}
	r, err := Compare(texts, codings, "A", "B")
	if err != nil {
		t.Fatal(err)
	}
	type want struct {
		name    string
		got     Pair
		table   Table
		percent float64
		kappa   float64
		defined bool
	}
	if len(r.Codes) != 3 || len(r.Articles) != 2 || len(r.Cells) != 3 {
		t.Fatalf("codes %d articles %d cells %d, want 3, 2, 3", len(r.Codes), len(r.Articles), len(r.Cells))
	}
	checks := []want{
		{"code x", r.Codes[0].Pair, Table{4, 2, 2, 12}, 80, 88.0 / 168, true},
		{"code y", r.Codes[1].Pair, Table{0, 10, 0, 10}, 50, 0, true},
		{"code z", r.Codes[2].Pair, Table{0, 0, 0, 20}, 100, 0, false},
		{"article p", r.Articles[0].Pair, Table{4, 2, 2, 22}, 100 * 26.0 / 30, 168.0 / 288, true},
		{"article q", r.Articles[1].Pair, Table{0, 10, 0, 20}, 100 * 20.0 / 30, 0, true},
		{"overall", r.Overall, Table{4, 12, 2, 42}, 100 * 46.0 / 60, 288.0 / 1128, true},
	}
	for _, c := range checks {
		if c.got.Table != c.table || !near(c.got.Percent, c.percent) ||
			c.got.KappaDefined != c.defined || !near(c.got.Kappa, c.kappa) {
			t.Errorf("%s = %+v, want table %+v percent %v κ %v (defined %v)", c.name, c.got, c.table, c.percent, c.kappa, c.defined)
		}
	}
	if r.Codes[0].Code != "x" || r.Articles[1].Article != "q" {
		t.Errorf("order: codes %v articles %v", r.Codes, r.Articles)
	}
	cells := []string{}
	for _, c := range r.Cells {
		cells = append(cells, c.Article+"/"+c.Code)
	}
	if strings.Join(cells, " ") != "p/x p/z q/y" {
		t.Errorf("cells = %v, want p/x p/z q/y", cells)
	}
	if !strings.Contains(r.Codes[2].Note, "no variation") || !strings.Contains(r.Codes[1].Note, "coder B coded nothing") {
		t.Errorf("notes: z %q, y %q", r.Codes[2].Note, r.Codes[1].Note)
	}
}

// One coder's passages for one code are a set of characters: overlapping,
// nested, adjacent, repeated and empty spans, and the same coding split over
// several Coding values, all count each character once.
func TestSpansOfOneCoderAreMerged(t *testing.T) {
	texts := map[string]int{"p": 30}
	codings := []Coding{
		{Article: "p", Code: "x", Coder: "A", Spans: []Span{{5, 10}, {0, 3}, {7, 9}, {10, 12}, {4, 4}}},
		{Article: "p", Code: "x", Coder: "A", Spans: []Span{{0, 3}, {20, 25}}},
		{Article: "p", Code: "x", Coder: "B", Spans: []Span{{0, 30}}},
	}
	// A covers [0,3) + [5,12) + [20,25) = 3 + 7 + 5 = 15 characters.
	r, err := Compare(texts, codings, "A", "B")
	if err != nil {
		t.Fatal(err)
	}
	if want := (Table{Both: 15, OnlyB: 15}); r.Overall.Table != want {
		t.Fatalf("table = %+v, want %+v", r.Overall.Table, want)
	}
}

func TestInputErrors(t *testing.T) {
	texts := map[string]int{"p": 10}
	cases := []struct {
		name    string
		coding  Coding
		reason  string
		isInput bool
	}{
		{"end before start", Coding{Article: "p", Code: "x", Coder: "A", Spans: []Span{{6, 4}}}, "ends before it starts", true},
		{"negative start", Coding{Article: "p", Code: "x", Coder: "B", Spans: []Span{{-1, 4}}}, "outside the text [0,10)", true},
		{"past the end", Coding{Article: "p", Code: "x", Coder: "A", Spans: []Span{{8, 11}}}, "outside the text [0,10)", true},
		{"unknown article", Coding{Article: "zz", Code: "x", Coder: "A", Spans: []Span{{0, 1}}}, "not among the texts", true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Compare(texts, []Coding{c.coding}, "A", "B")
			var ie *InputError
			if !errors.As(err, &ie) {
				t.Fatalf("err = %v, want *InputError", err)
			}
			msg := err.Error()
			for _, s := range []string{c.coding.Article, c.coding.Code, c.coding.Coder, c.reason} {
				if !strings.Contains(msg, s) {
					t.Errorf("error %q does not mention %q", msg, s)
				}
			}
			if _, err := Alpha(texts, []Coding{c.coding}, []string{"A", "B"}); err == nil {
				t.Error("Alpha accepted it")
			}
		})
	}
	// A span reaching exactly the end is fine; so is an empty one at the end.
	ok := []Coding{{Article: "p", Code: "x", Coder: "A", Spans: []Span{{0, 10}, {10, 10}}}}
	if _, err := Compare(texts, ok, "A", "B"); err != nil {
		t.Errorf("valid spans rejected: %v", err)
	}
	// Codings of coders outside the comparison are not validated.
	other := []Coding{{Article: "p", Code: "x", Coder: "C", Spans: []Span{{5, 99}}}}
	if _, err := Compare(texts, other, "A", "B"); err != nil {
		t.Errorf("another coder's coding rejected: %v", err)
	}
	if _, err := Compare(map[string]int{"p": -1}, nil, "A", "B"); err == nil {
		t.Error("negative length accepted")
	}
	if _, err := Compare(texts, nil, "A", "A"); err == nil {
		t.Error("coder compared with themself")
	}
	if _, err := Alpha(texts, nil, []string{"A", "B", "A"}); err == nil {
		t.Error("duplicate coder accepted")
	}
}

// With no codes at all there is nothing to compare, but the report is
// still well formed.
func TestCompareNothing(t *testing.T) {
	r, err := Compare(map[string]int{"p": 10}, nil, "A", "B")
	if err != nil {
		t.Fatal(err)
	}
	if r.Overall.Chars != 0 || r.Overall.KappaDefined || r.Overall.Note != "no characters to compare" {
		t.Fatalf("overall = %+v", r.Overall)
	}
	if len(r.Articles) != 1 || r.Articles[0].Chars != 0 {
		t.Fatalf("articles = %+v", r.Articles)
	}
}
