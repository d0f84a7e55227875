package places

import (
	"fmt"
	"strings"
)

// frenchForms gives the masculine and feminine, singular and plural of a
// French adjective of nationality from its masculine singular and a pattern
// (see adjectives-fr.tsv). Most adjectives are regular, so the table stays
// one short row per adjective and a missing "-es" cannot slip in by hand.
func frenchForms(base, pattern string) ([]string, error) {
	if strings.Contains(pattern, ",") {
		var forms []string
		for _, f := range strings.Split(pattern, ",") {
			if f = strings.TrimSpace(f); f != "" {
				forms = append(forms, f)
			}
		}
		return forms, nil
	}
	switch pattern {
	case "e":
		// japonais, kirghiz: the masculine plural is the singular.
		mpl := base + "s"
		if strings.HasSuffix(base, "s") || strings.HasSuffix(base, "x") || strings.HasSuffix(base, "z") {
			mpl = base
		}
		return []string{base, base + "e", mpl, base + "es"}, nil
	case "ne":
		return []string{base, base + "ne", base + "s", base + "nes"}, nil
	case "s":
		return []string{base, base + "s"}, nil
	case "=":
		return []string{base}, nil
	}
	return nil, fmt.Errorf("unknown pattern %q (want e, ne, s, = or the forms comma-separated)", pattern)
}

// englishForms gives an English demonym and, with pattern "s", its plural.
func englishForms(base, pattern string) ([]string, error) {
	switch pattern {
	case "s":
		return []string{base, base + "s"}, nil
	case "=":
		return []string{base}, nil
	}
	return nil, fmt.Errorf("unknown pattern %q (want s or =)", pattern)
}
