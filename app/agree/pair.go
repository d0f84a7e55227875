package agree

// Pair is every two-coder figure for one table of characters: one
// (article, code) cell, one code over all articles, one article over all
// codes, or everything.
//
// Undefined figures are left at 0 with their Defined flag false and a Note
// saying why, rather than NaN: NaN cannot be written as JSON and would turn
// every sum it touches into NaN.
type Pair struct {
	Table
	Chars        int     `json:"chars"`    // N
	Agree        int     `json:"agree"`    // Both + Neither
	Disagree     int     `json:"disagree"` // OnlyA + OnlyB
	Percent      float64 `json:"percent"`  // 100·Agree/N
	Kappa        float64 `json:"kappa"`
	KappaDefined bool    `json:"kappa_defined"`
	Alpha        float64 `json:"alpha"` // Krippendorff's α of the same two coders
	AlphaDefined bool    `json:"alpha_defined"`
	Note         string  `json:"note,omitempty"`
}

// NewPair computes the figures of a table and explains the degenerate ones.
func NewPair(t Table) Pair {
	p := Pair{Table: t, Chars: t.Chars(), Agree: t.Both + t.Neither, Disagree: t.OnlyA + t.OnlyB}
	p.Percent, _ = Percent(t)
	p.Kappa, p.KappaDefined = Kappa(t)
	al := TableAlpha(t)
	p.Alpha, p.AlphaDefined = al.Alpha, al.Defined
	p.Note = note(t)
	return p
}

// note says why a figure is undefined or surprising. The κ = 0 cases get a
// note because they puzzle readers: 95 % agreement with κ = 0 happens
// whenever one coder left the whole text uncoded.
func note(t Table) string {
	n, a, b := t.Chars(), t.CodedA(), t.CodedB()
	switch {
	case !t.valid():
		return "invalid table: negative count"
	case n == 0:
		return "no characters to compare"
	case a == 0 && b == 0:
		return "no variation: both coders left every character uncoded (percent 100, κ and α undefined)"
	case a == n && b == n:
		return "no variation: both coders coded every character (percent 100, κ and α undefined)"
	case (a == n && b == 0) || (a == 0 && b == n):
		return "κ = 0: one coder coded every character and the other none (P_o = P_e = 0)"
	case a == 0:
		return "κ = 0: coder A coded nothing, so agreement is exactly what chance predicts (P_o = P_e)"
	case b == 0:
		return "κ = 0: coder B coded nothing, so agreement is exactly what chance predicts (P_o = P_e)"
	case a == n:
		return "κ = 0: coder A coded every character, so agreement is exactly what chance predicts (P_o = P_e)"
	case b == n:
		return "κ = 0: coder B coded every character, so agreement is exactly what chance predicts (P_o = P_e)"
	}
	return ""
}
