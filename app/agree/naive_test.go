package agree

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
)

// The sweep works on span boundaries; the naive reference below works the
// way the definitions read, one boolean per character, and shares no code
// with it except the generic KrippendorffAlpha (itself checked against the
// published example). Random and fuzzed inputs must give the same figures.

type scenario struct {
	texts   map[string]int
	codings []Coding
	coders  []string
	codes   []string
	seen    map[string]map[string]bool // article → coder → saw it
}

func (s scenario) sawIt(article, coder string) bool { return s.seen[article][coder] }

// marks is the naive per-character view: coded[article][code][coder][i].
func (s scenario) marks() map[string]map[string]map[string][]bool {
	m := map[string]map[string]map[string][]bool{}
	for a, n := range s.texts {
		m[a] = map[string]map[string][]bool{}
		for _, c := range s.codes {
			m[a][c] = map[string][]bool{}
			for _, k := range s.coders {
				m[a][c][k] = make([]bool, n)
			}
		}
	}
	for _, c := range s.codings {
		for _, sp := range c.Spans {
			for i := sp.Start; i < sp.End; i++ {
				m[c.Article][c.Code][c.Coder][i] = true
			}
		}
	}
	return m
}

func (s scenario) articles() []string {
	var as []string
	for a := range s.texts {
		as = append(as, a)
	}
	slices.Sort(as)
	return as
}

// usedCodes is the codes the given coders have codings for, as Compare and
// Alpha define it.
func (s scenario) usedCodes(coders ...string) []string {
	var out []string
	for _, c := range s.codings {
		if slices.Contains(coders, c.Coder) && !slices.Contains(out, c.Code) {
			out = append(out, c.Code)
		}
	}
	slices.Sort(out)
	return out
}

func checkAgainstNaive(t *testing.T, s scenario) {
	t.Helper()
	m := s.marks()
	A, B := s.coders[0], s.coders[1]

	// Two coders: Compare, against concatenated per-character vectors.
	r, err := Compare(s.texts, s.codings, A, B)
	if err != nil {
		t.Fatal(err)
	}
	codes := s.usedCodes(A, B)
	type vec struct{ a, b []bool }
	byCode, byArticle, all := map[string]*vec{}, map[string]*vec{}, &vec{}
	for _, a := range s.articles() {
		byArticle[a] = &vec{}
		for _, c := range codes {
			if byCode[c] == nil {
				byCode[c] = &vec{}
			}
			for _, v := range []*vec{byCode[c], byArticle[a], all} {
				v.a = append(v.a, m[a][c][A]...)
				v.b = append(v.b, m[a][c][B]...)
			}
		}
	}
	check := func(what string, got Pair, v *vec) {
		t.Helper()
		want := naivePair(v.a, v.b)
		if got.Table != want.Table || !near(got.Percent, want.Percent) ||
			got.KappaDefined != want.KappaDefined || !near(got.Kappa, want.Kappa) ||
			got.AlphaDefined != want.AlphaDefined || !near(got.Alpha, want.Alpha) {
			t.Fatalf("%s:\n got %+v\nwant %+v", what, got, want)
		}
	}
	if len(r.Codes) != len(codes) {
		t.Fatalf("codes %d, want %d", len(r.Codes), len(codes))
	}
	for _, c := range r.Codes {
		check("code "+c.Code, c.Pair, byCode[c.Code])
	}
	for _, a := range r.Articles {
		check("article "+a.Article, a.Pair, byArticle[a.Article])
	}
	for _, c := range r.Cells {
		check("cell "+c.Article+"/"+c.Code, c.Pair, &vec{m[c.Article][c.Code][A], m[c.Article][c.Code][B]})
	}
	check("overall", r.Overall, all)

	// Two or more coders with missing values: AlphaSeen, against
	// per-character units fed to the generic coincidence-matrix α.
	ar, err := AlphaSeen(s.texts, s.codings, s.coders, s.sawIt)
	if err != nil {
		t.Fatal(err)
	}
	codes = s.usedCodes(s.coders...)
	unitsByCode, unitsByArticle := map[string][][]int{}, map[string][][]int{}
	var allUnits [][]int
	for _, a := range s.articles() {
		for _, c := range codes {
			for i := range s.texts[a] {
				u := make([]int, len(s.coders))
				for j, k := range s.coders {
					switch {
					case !s.seen[a][k]:
						u[j] = Missing
					case m[a][c][k][i]:
						u[j] = 1
					}
				}
				unitsByCode[c] = append(unitsByCode[c], u)
				unitsByArticle[a] = append(unitsByArticle[a], u)
				allUnits = append(allUnits, u)
			}
		}
	}
	checkAlpha := func(what string, got AlphaResult, units [][]int) {
		t.Helper()
		want, ok := KrippendorffAlpha(units)
		if got.Defined != ok || !near(got.Alpha, want) {
			t.Fatalf("%s: α = %v (%v), naive %v (%v); %+v", what, got.Alpha, got.Defined, want, ok, got)
		}
	}
	for _, c := range ar.Codes {
		checkAlpha("α code "+c.Code, c.AlphaResult, unitsByCode[c.Code])
	}
	for _, a := range ar.Articles {
		checkAlpha("α article "+a.Article, a.AlphaResult, unitsByArticle[a.Article])
	}
	checkAlpha("α overall", ar.Overall, allUnits)
}

// naivePair computes a Pair straight from the definitions in floats.
func naivePair(a, b []bool) Pair {
	var p Pair
	for i := range a {
		switch {
		case a[i] && b[i]:
			p.Both++
		case a[i]:
			p.OnlyA++
		case b[i]:
			p.OnlyB++
		default:
			p.Neither++
		}
	}
	n := float64(len(a))
	if len(a) > 0 {
		p.Percent = 100 * float64(p.Both+p.Neither) / n
	}
	p.Kappa, p.KappaDefined = definitionKappa(p.Table)
	units := make([][]int, len(a))
	for i := range a {
		units[i] = []int{b2i(a[i]), b2i(b[i])}
	}
	p.Alpha, p.AlphaDefined = KrippendorffAlpha(units)
	return p
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// byteSource turns fuzz bytes into small choices; past the end it yields 0.
type byteSource struct {
	b []byte
	i int
}

func (s *byteSource) intn(n int) int {
	if n <= 0 {
		return 0
	}
	if s.i >= len(s.b) {
		return 0
	}
	v := int(s.b[s.i]) % n
	s.i++
	return v
}

type randSource struct{ r *rand.Rand }

func (s randSource) intn(n int) int {
	if n <= 0 {
		return 0
	}
	return s.r.IntN(n)
}

// makeScenario draws 1–3 articles of 0–60 characters, 2–4 coders, 1–3
// codes, random coverage (who saw what) and up to 16 codings of up to 5
// spans each, overlapping freely, some empty.
func makeScenario(src interface{ intn(int) int }) scenario {
	s := scenario{texts: map[string]int{}, seen: map[string]map[string]bool{}}
	nc := 2 + src.intn(3)
	for i := range nc {
		s.coders = append(s.coders, fmt.Sprintf("c%d", i))
	}
	for i := range 1 + src.intn(3) {
		s.codes = append(s.codes, fmt.Sprintf("k%d", i))
	}
	var articles []string
	for i := range 1 + src.intn(3) {
		a := fmt.Sprintf("a%d", i)
		articles = append(articles, a)
		s.texts[a] = src.intn(61)
		s.seen[a] = map[string]bool{}
		for j, c := range s.coders {
			// The first two always see everything: Compare assumes it.
			s.seen[a][c] = j < 2 || src.intn(3) > 0
		}
	}
	for range src.intn(17) {
		c := Coding{
			Article: articles[src.intn(len(articles))],
			Code:    s.codes[src.intn(len(s.codes))],
			Coder:   s.coders[src.intn(nc)],
		}
		if !s.seen[c.Article][c.Coder] {
			continue
		}
		n := s.texts[c.Article]
		for range src.intn(6) {
			start := src.intn(n + 1)
			end := start + src.intn(n-start+1)
			c.Spans = append(c.Spans, Span{start, end})
		}
		s.codings = append(s.codings, c)
	}
	return s
}

func TestSweepMatchesNaiveRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(6, 2026))
	for i := range 3000 {
		s := makeScenario(randSource{r})
		t.Run(fmt.Sprint(i), func(t *testing.T) { checkAgainstNaive(t, s) })
		if t.Failed() {
			t.Fatalf("scenario %d: %+v", i, s)
		}
	}
}

func FuzzSweepMatchesNaive(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte{0, 0, 0, 10, 3, 1, 0, 0, 1, 2, 6})
	f.Add([]byte{2, 2, 2, 40, 30, 20, 1, 2, 0, 16, 0, 1, 0, 5, 3, 9, 1, 1, 2, 4, 7, 7, 0, 2, 1, 3, 10, 20})
	f.Fuzz(func(t *testing.T, b []byte) {
		checkAgainstNaive(t, makeScenario(&byteSource{b: b}))
	})
}
