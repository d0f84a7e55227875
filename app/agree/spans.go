package agree

import "slices"

// normalise sorts spans and merges the ones that overlap or touch, dropping
// empty ones, in place. Afterwards the spans are disjoint and increasing, so
// their lengths add up to the number of characters coded: a character
// coded by two overlapping passages of the same coder counts once.
func normalise(s []Span) []Span {
	slices.SortFunc(s, func(a, b Span) int { return a.Start - b.Start })
	out := s[:0]
	for _, x := range s {
		if x.End <= x.Start {
			continue
		}
		if k := len(out) - 1; k >= 0 && x.Start <= out[k].End {
			out[k].End = max(out[k].End, x.End)
			continue
		}
		out = append(out, x)
	}
	return out
}

// covered is the number of characters in normalised spans.
func covered(s []Span) int {
	n := 0
	for _, x := range s {
		n += x.End - x.Start
	}
	return n
}

// intersection is the number of characters in both normalised span lists,
// by a merge-like walk: O(len(a)+len(b)), whatever the text length.
func intersection(a, b []Span) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		lo, hi := max(a[i].Start, b[j].Start), min(a[i].End, b[j].End)
		if hi > lo {
			n += hi - lo
		}
		// Advance whichever span ends first; the other may still overlap
		// the next span of this list.
		if a[i].End < b[j].End {
			i++
		} else {
			j++
		}
	}
	return n
}

// boundary is one end of a span in the sweep: +1 where a coder's coding
// starts, -1 where it stops.
type boundary struct {
	pos, delta int
}

// depths sweeps the span boundaries of several coders' normalised lists and
// adds to hist[k] (k ≥ 1) the number of characters coded by exactly k of
// them. Characters coded by nobody are not counted: the caller knows the
// text length and derives them. buf is reused between calls to spare
// allocations; the grown buffer is returned.
//
// Because each list is normalised (disjoint spans), the running sum of
// deltas at a position is exactly the number of coders coding it.
func depths(lists [][]Span, hist []int, buf []boundary) []boundary {
	buf = buf[:0]
	for _, l := range lists {
		for _, s := range l {
			buf = append(buf, boundary{s.Start, +1}, boundary{s.End, -1})
		}
	}
	slices.SortFunc(buf, func(a, b boundary) int { return a.pos - b.pos })
	depth, prev := 0, 0
	for _, b := range buf {
		if b.pos > prev && depth > 0 {
			hist[depth] += b.pos - prev
		}
		depth += b.delta
		prev = b.pos
	}
	return buf
}
