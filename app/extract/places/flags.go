package places

import (
	"strings"
	"unicode"
)

// flags are the extra conditions a form puts on the text it matches.
type flags uint8

const (
	flagCap   flags = 1 << iota // first letter upper case in the text
	flagCS                      // same case letter by letter
	flagAcc                     // same accents letter by letter
	flagGiven                   // also a given name: not right after a capitalised word
)

// tableFlags are the flag column of a curated table: matching flags plus what
// the row does besides matching.
type tableFlags struct {
	match    flags
	explicit bool // the row set matching flags; otherwise defaults apply
	display  bool
	drop     bool
}

func parseFlags(rec record, col int) (tableFlags, error) {
	var tf tableFlags
	if col >= len(rec.fields) {
		return tf, nil
	}
	for _, word := range strings.Split(rec.fields[col], ",") {
		switch strings.TrimSpace(word) {
		case "cap":
			tf.match |= flagCap
			tf.explicit = true
		case "cs":
			tf.match |= flagCS
			tf.explicit = true
		case "acc":
			tf.match |= flagAcc
			tf.explicit = true
		case "given":
			tf.match |= flagGiven
			tf.explicit = true
		case "display":
			tf.display = true
		case "drop":
			tf.drop = true
		default:
			return tf, rec.errorf("unknown flag %q (want cap, cs, acc, given, display or drop)", word)
		}
	}
	return tf, nil
}

func (f flags) count() int {
	n := 0
	for ; f != 0; f &= f - 1 {
		n++
	}
	return n
}

// abbreviationFlags are the default for short forms and acronyms: written in
// capitals only, they match only in capitals ("US" is not "us"); a mixed form
// such as "R. de Corée" must at least start with a capital.
func abbreviationFlags(form string) flags {
	for _, r := range form {
		if unicode.IsLower(r) {
			return flagCap
		}
	}
	return flagCS
}
