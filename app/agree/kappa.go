package agree

import (
	"math/big"
)

// Table is the 2×2 contingency table of two coders A and B over characters.
// Counts must not be negative.
type Table struct {
	Both    int `json:"both"`    // coded by both coders
	OnlyA   int `json:"only_a"`  // coded by A, not by B
	OnlyB   int `json:"only_b"`  // coded by B, not by A
	Neither int `json:"neither"` // left uncoded by both
}

// Chars is N, the number of characters compared.
func (t Table) Chars() int { return t.Both + t.OnlyA + t.OnlyB + t.Neither }

// CodedA and CodedB are the characters each coder coded (a_yes·N, b_yes·N).
func (t Table) CodedA() int { return t.Both + t.OnlyA }
func (t Table) CodedB() int { return t.Both + t.OnlyB }

func (t Table) plus(u Table) Table {
	return Table{t.Both + u.Both, t.OnlyA + u.OnlyA, t.OnlyB + u.OnlyB, t.Neither + u.Neither}
}

func (t Table) minus(u Table) Table {
	return Table{t.Both - u.Both, t.OnlyA - u.OnlyA, t.OnlyB - u.OnlyB, t.Neither - u.Neither}
}

func (t Table) valid() bool {
	return t.Both >= 0 && t.OnlyA >= 0 && t.OnlyB >= 0 && t.Neither >= 0
}

// Percent is the percent agreement, 100·(Both + Neither)/N: the share of
// characters on which the coders agree, coded or not. Undefined when N = 0.
func Percent(t Table) (percent float64, defined bool) {
	n := t.Chars()
	if n == 0 || !t.valid() {
		return 0, false
	}
	return 100 * float64(t.Both+t.Neither) / float64(n), true
}

// Kappa is Cohen's κ for two coders' yes/no judgements on N characters:
//
//	κ = (P_o − P_e) / (1 − P_e)
//	P_o   = (Both + Neither) / N     observed agreement
//	P_e   = P_yes + P_no             chance agreement
//	P_yes = (a/N)·(b/N)              both code a character by chance
//	P_no  = (1 − a/N)·(1 − b/N)      both leave it uncoded by chance
//
// where a and b are the characters coded by A and by B. Chance agreement is
// the sum of the two ways of agreeing by chance, both over all N characters.
// QualCoder's coder comparison gets this term wrong: its κ does not use
// P_yes + P_no over the text. In the version read in 2026
// (report_compare_coder_file.py) it keeps only the characters at least one
// coder coded, so "both left it uncoded" never counts as agreement, and it
// multiplies P_yes by P_no instead of adding them. On the 10-character
// example of the tests (A codes [0,6), B codes [2,8)) Cohen's κ is 0.1667;
// QualCoder's recipe gives 0.4818, and dropping P_no (P_e = P_yes alone)
// would give 0.375.
//
// Substituting Neither = N − a − b + Both and multiplying through by N²
// gives an exact integer form, used here so the degenerate cases are
// decided exactly rather than by comparing floats:
//
//	κ = 2·(N·Both − a·b) / (a·(N − b) + b·(N − a))
//
// Degenerate cases:
//   - both coders code nothing (a = b = 0): P_o = 1 and P_e = 1, κ = 0/0 is
//     undefined (defined = false). There is no variation to agree about;
//     percent agreement is 100.
//   - both code everything (a = b = N): likewise undefined.
//   - one coder codes everything and the other nothing: P_o = 0, P_e = 0,
//     κ = 0. More generally, whenever one coder gives every character the
//     same value, P_o = P_e and κ = 0 whatever the other did: agreement is
//     exactly what chance predicts.
//   - total agreement with variation (OnlyA = OnlyB = 0, 0 < a < N): κ = 1.
//   - N = 0 or a negative count: undefined.
func Kappa(t Table) (kappa float64, defined bool) {
	n := t.Chars()
	a, b := t.CodedA(), t.CodedB()
	if n == 0 || !t.valid() || (a == 0 && b == 0) || (a == n && b == n) {
		return 0, false
	}
	// With N ≤ 2³¹ every product below fits in an int64. Larger pooled
	// tables (10⁹ characters × dozens of codes) switch to big integers.
	if n <= 1<<31 {
		N, both, A, B := int64(n), int64(t.Both), int64(a), int64(b)
		num := 2 * (N*both - A*B)
		den := A*(N-B) + B*(N-A)
		return float64(num) / float64(den), true
	}
	N, both, A, B := big.NewInt(int64(n)), big.NewInt(int64(t.Both)), big.NewInt(int64(a)), big.NewInt(int64(b))
	num := new(big.Int).Sub(new(big.Int).Mul(N, both), new(big.Int).Mul(A, B))
	num.Lsh(num, 1)
	den := new(big.Int).Add(
		new(big.Int).Mul(A, new(big.Int).Sub(N, B)),
		new(big.Int).Mul(B, new(big.Int).Sub(N, A)))
	q, _ := new(big.Rat).SetFrac(num, den).Float64()
	return q, true
}

// CohenKappa is [Kappa] on two per-character judgement vectors; true means
// coded. It panics if the vectors differ in length, a programming error.
// It exists for callers that already have per-character data and as the
// plain definition the span sweep is tested against.
func CohenKappa(a, b []bool) (kappa float64, defined bool) {
	return Kappa(TableOf(a, b))
}

// TableOf counts two per-character judgement vectors into a [Table].
func TableOf(a, b []bool) Table {
	if len(a) != len(b) {
		panic("agree: judgement vectors of different lengths")
	}
	var t Table
	for i := range a {
		switch {
		case a[i] && b[i]:
			t.Both++
		case a[i]:
			t.OnlyA++
		case b[i]:
			t.OnlyB++
		default:
			t.Neither++
		}
	}
	return t
}
