package agree

import "slices"

// Krippendorff's α, nominal, from the coincidence matrix (Krippendorff,
// "Computing Krippendorff's Alpha-Reliability", 2011):
//
//	o_ck = Σ_u (number of ordered c–k pairs of values in unit u) / (m_u − 1)
//	n_c  = Σ_k o_ck          n = Σ_c n_c (all pairable values)
//	D_o  = (1/n) Σ_{c≠k} o_ck                      observed disagreement
//	D_e  = 1/(n(n−1)) Σ_{c≠k} n_c·n_k             expected disagreement
//	α    = 1 − D_o/D_e
//
// m_u is the number of values unit u received. A missing value (a coder who
// did not judge the unit) simply lowers m_u; units with fewer than two
// values cannot be paired and are left out. α is undefined when fewer than
// two values can be paired or when D_e = 0, i.e. every pairable value is the
// same: with no variation there is nothing to be reliable about.
//
// For the computation the equivalent form
//
//	α = ((n−1)·Σ_c o_cc − Σ_c n_c(n_c−1)) / (n(n−1) − Σ_c n_c(n_c−1))
//
// is used: it needs only the diagonal and the marginals.

// Missing marks a value a coder did not give in [KrippendorffAlpha]'s units.
const Missing = -1

// KrippendorffAlpha is nominal α for a reliability table. units[u] holds the
// values the coders gave unit u (one entry per coder, in any order); values
// are category numbers ≥ 0 and any negative value, such as [Missing], is
// missing. Units may have different numbers of entries.
func KrippendorffAlpha(units [][]int) (alpha float64, defined bool) {
	values, o := Coincidences(units)
	n, diag, sq := 0.0, 0.0, 0.0
	for i := range values {
		nc := 0.0
		for k := range values {
			nc += o[i][k]
		}
		n += nc
		diag += o[i][i]
		sq += nc * (nc - 1)
	}
	den := n*(n-1) - sq
	// den = Σ_{c≠k} n_c·n_k is a sum of products of whole numbers of values,
	// so it is either 0 (one category only) or at least 2; the 0.5 guard
	// only absorbs rounding in the fractional o_ck sums.
	if n < 2 || den < 0.5 {
		return 0, false
	}
	return ((n-1)*diag - sq) / den, true
}

// Coincidences is the coincidence matrix of a reliability table: the
// distinct values used in pairable units, ascending, and o[i][k] for the
// i-th and k-th of them. Rows sum to n_c. See [KrippendorffAlpha] for the
// input shape.
func Coincidences(units [][]int) (values []int, o [][]float64) {
	index := map[int]int{}
	for _, u := range units {
		if pairable(u) < 2 {
			continue
		}
		for _, v := range u {
			if _, ok := index[v]; v >= 0 && !ok {
				index[v] = 0
				values = append(values, v)
			}
		}
	}
	slices.Sort(values)
	for i, v := range values {
		index[v] = i
	}
	o = make([][]float64, len(values))
	for i := range o {
		o[i] = make([]float64, len(values))
	}
	count := make([]int, len(values))
	for _, u := range units {
		m := pairable(u)
		if m < 2 {
			continue
		}
		clear(count)
		for _, v := range u {
			if v >= 0 {
				count[index[v]]++
			}
		}
		// Each value pairs with the m−1 other values of its unit; dividing
		// by m−1 makes every value contribute exactly 1 to its row, so a
		// unit with many coders does not outweigh one with two.
		w := 1 / float64(m-1)
		for c, nc := range count {
			if nc == 0 {
				continue
			}
			for k, nk := range count {
				pairs := nc * nk
				if c == k {
					pairs = nc * (nc - 1)
				}
				o[c][k] += float64(pairs) * w
			}
		}
	}
	return values, o
}

// pairable is the number of non-missing values in a unit.
func pairable(u []int) int {
	m := 0
	for _, v := range u {
		if v >= 0 {
			m++
		}
	}
	return m
}

// AlphaResult is Krippendorff's α for coded/not-coded characters, with the
// counts behind it so a reader can redo the sum.
type AlphaResult struct {
	Chars   int     `json:"chars"`   // pairable characters: seen by at least two coders
	Values  int     `json:"values"`  // n: pairable values (characters × coders who saw them)
	Coded   int     `json:"coded"`   // n_1: values "coded"; n − n_1 are "not coded"
	Mixed   float64 `json:"mixed"`   // o_10 = o_01: coincidences of "coded" with "not coded"
	Do      float64 `json:"d_o"`     // observed disagreement
	De      float64 `json:"d_e"`     // expected disagreement
	Alpha   float64 `json:"alpha"`   // 1 − D_o/D_e; 0 when undefined
	Defined bool    `json:"defined"` // false when D_e = 0 or nothing is pairable
	Note    string  `json:"note,omitempty"`
}

// alphaCounts accumulates binary α over characters without a per-character
// pass. A character seen by m coders of whom k coded it adds, to the
// coincidence matrix, k(m−k)/(m−1) to o_10, and its m values to n. Keeping
// Σ k(m−k) per m as an integer lets counts from many articles and codes be
// added exactly and divided only once.
type alphaCounts struct {
	chars, yes, no int
	mixed          []int // mixed[m] = Σ k(m−k) over characters seen by m coders
}

func newAlphaCounts(coders int) alphaCounts {
	return alphaCounts{mixed: make([]int, coders+1)}
}

// addCell adds one (article, code) cell: n characters seen by m coders, of
// which hist[k] (k ≥ 1) were coded by exactly k of them; the rest by none.
func (a *alphaCounts) addCell(n, m int, hist []int) {
	if m < 2 {
		return // a unit with one value cannot be paired
	}
	a.chars += n
	yes := 0
	for k := 1; k <= m; k++ {
		yes += k * hist[k]
		a.mixed[m] += k * (m - k) * hist[k]
	}
	a.yes += yes
	a.no += m*n - yes
}

// add adds times × b; times = −1 takes b away, which is how a baseline
// cell is replaced by the real one.
func (a *alphaCounts) add(b alphaCounts, times int) {
	a.chars += times * b.chars
	a.yes += times * b.yes
	a.no += times * b.no
	for m := range b.mixed {
		a.mixed[m] += times * b.mixed[m]
	}
}

// result turns the counts into α; see [binaryAlpha].
func (a alphaCounts) result() AlphaResult {
	mixed := 0.0
	for m := 2; m < len(a.mixed); m++ {
		mixed += float64(a.mixed[m]) / float64(m-1)
	}
	return binaryAlpha(a.chars, a.yes, a.no, mixed)
}

// binaryAlpha applies α = 1 − D_o/D_e to a coded/not-coded coincidence
// matrix given by its pairable characters, n_1 = yes, n_0 = no and
// o_10 = mixed. With two categories D_o = 2·o_10/n and
// D_e = 2·n_1·n_0/(n(n−1)), so α = 1 − (n−1)·o_10/(n_1·n_0).
func binaryAlpha(chars, yes, no int, mixed float64) AlphaResult {
	r := AlphaResult{Chars: chars, Values: yes + no, Coded: yes, Mixed: mixed}
	n, n1, n0 := float64(r.Values), float64(yes), float64(no)
	switch {
	case chars == 0:
		r.Note = "nothing to pair: no character was seen by two or more coders"
		return r
	case yes == 0:
		r.Note = "no variation: every coder left every character uncoded"
		return r
	case no == 0:
		r.Note = "no variation: every coder coded every character"
		return r
	}
	r.Do = 2 * mixed / n
	r.De = 2 * n1 * n0 / (n * (n - 1))
	r.Alpha = 1 - (n-1)*mixed/(n1*n0)
	r.Defined = true
	return r
}

// TableAlpha is Krippendorff's α for two coders who both judged every
// character, from their 2×2 table: every character is a unit with m = 2,
// so o_11 = 2·Both, o_00 = 2·Neither, o_10 = o_01 = OnlyA + OnlyB, n = 2N.
// Unlike κ, α treats the two coders as interchangeable (one pooled
// distribution of values) and corrects for small samples, so the two differ
// slightly. α is undefined exactly when κ is: N = 0, or no variation (both
// coders coded nothing, or both coded everything).
func TableAlpha(t Table) AlphaResult {
	if !t.valid() {
		return AlphaResult{Note: "invalid table: negative count"}
	}
	n, yes := t.Chars(), t.CodedA()+t.CodedB()
	return binaryAlpha(n, yes, 2*n-yes, float64(t.OnlyA+t.OnlyB))
}
