package dates

// Words are compared folded: lower case, Latin accents removed, so that
// "Février", "fevrier" and "FÉVRIER" are one word. The vocabulary is tiny and
// ASCII once folded, so a rune table is enough and far cheaper than a Unicode
// decomposition of every word of every article (Find runs at import).

// maxFolded is the longest folded word looked up; no vocabulary word, even
// with a glued prefix ("debutseptembre"), is longer.
const maxFolded = 16

// foldRune returns the folded ASCII letter(s) for r, or ok=false when r
// cannot occur in a vocabulary word (the word is then simply not looked up).
func foldRune(r rune) (s string, ok bool) {
	if r < 0x80 {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return asciiLetters[r : r+1], true
	}
	switch r {
	case 'à', 'â', 'ä', 'á', 'ã', 'å', 'À', 'Â', 'Ä', 'Á', 'Ã', 'Å':
		return "a", true
	case 'é', 'è', 'ê', 'ë', 'É', 'È', 'Ê', 'Ë', 'ᵉ':
		return "e", true
	case 'î', 'ï', 'í', 'ì', 'Î', 'Ï', 'Í', 'Ì':
		return "i", true
	case 'ô', 'ö', 'ó', 'ò', 'õ', 'Ô', 'Ö', 'Ó', 'Ò', 'Õ':
		return "o", true
	case 'û', 'ü', 'ú', 'ù', 'Û', 'Ü', 'Ú', 'Ù':
		return "u", true
	case 'ç', 'Ç':
		return "c", true
	case 'ÿ', 'Ÿ':
		return "y", true
	case 'œ', 'Œ':
		return "oe", true
	case 'ʳ': // "1ᵉʳ" as some pages write the ordinal
		return "r", true
	}
	if 0x300 <= r && r <= 0x36F {
		// A combining accent left by text that is not NFC: dropped, as
		// the precomposed letter's accent would be.
		return "", true
	}
	return "", false
}

// asciiLetters maps an ASCII byte to a one-byte string without allocating.
var asciiLetters = func() string {
	b := make([]byte, 128)
	for i := range b {
		b[i] = byte(i)
	}
	return string(b)
}()
