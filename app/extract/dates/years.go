package dates

// Years that YearsIn takes as plausibly named: from the end of the Second
// World War (the start of modern Vietnamese diplomacy) to 2100.
const (
	minYear = 1945
	maxYear = 2100
)

// YearsIn returns the plausible 4-digit years (1945-2100) named in the text,
// deduplicated, in order of first appearance. Both years of a span
// ("2020-2021", "2013-2023") count, so do years glued to a word
// ("novembre2023") and years inside numeric dates. Digit groups of phone
// numbers and amounts ("3825 2050", "1.2020", "2020,5") do not.
func YearsIn(text string) []int {
	buf := tokenPool.Get().(*[]token)
	toks := tokenize(text, 0, *buf)
	var out []int
	for i, t := range toks {
		if t.kind != tNum || t.ndig != 4 || t.val < minYear || t.val > maxYear {
			continue
		}
		if i > 1 && t.glued {
			if prev := toks[i-1]; prev.kind == tPunct && prev.glued && (prev.r == '.' || prev.r == ',') && toks[i-2].kind == tNum {
				continue
			}
		}
		if i+2 < len(toks) {
			if next := toks[i+1]; next.kind == tPunct && next.glued && (next.r == '.' || next.r == ',') && toks[i+2].kind == tNum && toks[i+2].glued {
				continue
			}
		}
		if i > 0 && toks[i-1].kind == tNum && toks[i-1].ndig >= 3 && !t.nl {
			continue
		}
		if i+1 < len(toks) && toks[i+1].kind == tNum && toks[i+1].ndig >= 3 && !toks[i+1].nl {
			continue
		}
		if !containsInt(out, t.val) {
			out = append(out, t.val)
		}
	}
	*buf = toks[:0]
	tokenPool.Put(buf)
	return out
}

func containsInt(s []int, v int) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}
