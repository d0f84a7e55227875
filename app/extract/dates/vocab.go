package dates

import "strings"

// langMask says in which languages a word belongs to the date grammar.
type langMask uint8

const (
	fr   langMask = 1 << iota
	en            // English
	both = fr | en
)

// maskFor maps Find's lang argument to the vocabulary used. Any value other
// than "fr" and "en" (including "" and "vi") uses both: numeric dates and the
// odd English date in a French page are still found.
func maskFor(lang string) langMask {
	switch strings.ToLower(lang) {
	case "fr":
		return fr
	case "en":
		return en
	}
	return both
}

// wclass is what a vocabulary word is.
type wclass uint8

const (
	wNone      wclass = iota
	wMonth            // full month name: val 1..12
	wMonthAbbr        // abbreviation, only read next to a day number: val 1..12
	wWeekday          // val = time.Weekday
	wKey              // a grammar keyword: val = key
)

// key names the grammar's keywords. Several spellings may share a key.
type key uint8

const (
	kNone key = iota
	// French
	kLe      // le
	kLa      // la
	kLes     // les
	kL       // l (l')
	kDu      // du
	kDe      // de
	kD       // d (d')
	kAu      // au
	kA       // à
	kEn      // en
	kEntre   // entre
	kEt      // et
	kDans    // dans
	kMatin   // matin, matinée
	kSoir    // soir, soirée
	kNuit    // nuit
	kApres   // après
	kMidi    // midi
	kFin     // fin
	kDebut   // début
	kMi      // mi
	kMois    // mois
	kHier    // hier
	kAujourd // aujourd (aujourd'hui)
	kHui     // hui
	kDemain  // demain
	kAvant   // avant (avant-hier)
	kCe      // ce, cet, cette
	kDernier // dernier, dernière
	kProch   // prochain, prochaine
	kJusqu   // jusqu (jusqu'au)
	kOrdFR   // er, re, ere, e, eme, ieme: ordinal suffix glued to a number
	// English
	kOn
	kThe
	kOf
	kFrom
	kTo // to, through, until, till
	kBetween
	kAnd
	kIn
	kEarly
	kMid
	kLate
	kEnd
	kBeginning
	kYesterday
	kToday
	kTomorrow
	kThis
	kMorning
	kAfternoon
	kEvening
	kNight
	kTonight
	kLast
	kNext
	kOrdEN // st, nd, rd, th
)

// word is a vocabulary entry.
type word struct {
	class wclass
	val   uint8
	lang  langMask
}

var vocab = buildVocab()

// vocabShape[len][first][last] says whether a vocabulary word has that
// length, first and last letter: most words of a text fail this test and
// never reach the map, which is most of Find's time otherwise.
var vocabShape = func() (s [12][26][26]bool) {
	for w := range vocab {
		s[len(w)][w[0]-'a'][w[len(w)-1]-'a'] = true
	}
	return s
}()

// monthEnding reports whether the last three folded letters of a word end a
// month name: only such words are tried for a glued prefix.
func monthEnding(e []byte) bool {
	switch string(e) {
	case "ier", "ars", "ril", "mai", "uin", "let", "out", "bre",
		"ary", "rch", "may", "une", "uly", "ust", "ber":
		return true
	}
	return false
}

func buildVocab() map[string]word {
	v := map[string]word{}
	add := func(list string, class wclass, val uint8, lang langMask) {
		for _, w := range strings.Fields(list) {
			e := v[w]
			e.class, e.val = class, val
			e.lang |= lang
			v[w] = e
		}
	}
	months := [12][4]string{
		// French full, French abbreviations, English full, English abbreviations
		{"janvier", "janv", "january", "jan"},
		{"fevrier", "fev fevr", "february", "feb"},
		{"mars", "", "march", "mar"},
		{"avril", "avr", "april", "apr"},
		{"mai", "", "may", ""},
		{"juin", "", "june", "jun"},
		{"juillet", "juil", "july", "jul"},
		{"aout", "", "august", "aug"},
		{"septembre", "sept", "september", "sep sept"},
		{"octobre", "oct", "october", "oct"},
		{"novembre", "nov", "november", "nov"},
		{"decembre", "dec", "december", "dec"},
	}
	for i, m := range months {
		add(m[1], wMonthAbbr, uint8(i+1), fr)
		add(m[3], wMonthAbbr, uint8(i+1), en)
		add(m[0], wMonth, uint8(i+1), fr)
		add(m[2], wMonth, uint8(i+1), en)
	}
	for i, d := range []string{"dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"} {
		add(d, wWeekday, uint8(i), fr)
	}
	for i, d := range []string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"} {
		add(d, wWeekday, uint8(i), en)
	}
	for _, k := range []struct {
		words string
		k     key
		lang  langMask
	}{
		{"le", kLe, fr}, {"la", kLa, fr}, {"les", kLes, fr}, {"l", kL, fr},
		{"du", kDu, fr}, {"de", kDe, fr}, {"d", kD, fr}, {"au", kAu, fr},
		{"a", kA, fr}, {"en", kEn, fr}, {"entre", kEntre, fr}, {"et", kEt, fr},
		{"dans", kDans, fr}, {"matin matinee", kMatin, fr},
		{"soir soiree", kSoir, fr}, {"nuit", kNuit, fr}, {"apres", kApres, fr},
		{"midi", kMidi, fr}, {"fin", kFin, fr}, {"debut", kDebut, fr},
		{"mi", kMi, fr}, {"mois", kMois, fr}, {"hier", kHier, fr},
		{"aujourd", kAujourd, fr}, {"hui", kHui, fr}, {"demain", kDemain, fr},
		{"avant", kAvant, fr}, {"ce cet cette", kCe, fr},
		{"dernier derniere", kDernier, fr}, {"prochain prochaine", kProch, fr},
		{"jusqu", kJusqu, fr}, {"er re ere e eme ieme", kOrdFR, fr},
		{"on", kOn, en}, {"the", kThe, en}, {"of", kOf, en}, {"from", kFrom, en},
		{"to through until till", kTo, en}, {"between", kBetween, en},
		{"and", kAnd, en}, {"in", kIn, en}, {"early", kEarly, en},
		{"mid", kMid, en}, {"late", kLate, en}, {"end", kEnd, en},
		{"beginning", kBeginning, en}, {"yesterday", kYesterday, en},
		{"today", kToday, en}, {"tomorrow", kTomorrow, en}, {"this", kThis, en},
		{"morning", kMorning, en}, {"afternoon", kAfternoon, en},
		{"evening", kEvening, en}, {"night", kNight, en},
		{"tonight", kTonight, en}, {"last", kLast, en}, {"next", kNext, en},
		{"st nd rd th", kOrdEN, en},
	} {
		add(k.words, wKey, uint8(k.k), k.lang)
	}
	return v
}

// gluedPrefixes are the function words that copy-paste glues in front of a
// month ("enseptembre 2023"). The key tells the grammar what the prefix meant.
var gluedPrefixes = []struct {
	prefix string
	k      key
	lang   langMask
}{
	{"en", kEn, fr}, {"le", kLe, fr}, {"du", kDu, fr}, {"au", kAu, fr},
	{"fin", kFin, fr}, {"debut", kDebut, fr}, {"mi", kMi, fr},
	{"in", kIn, en}, {"late", kLate, en}, {"early", kEarly, en}, {"mid", kMid, en},
}

// lookup finds a folded word for the languages in mask. A word that is not
// in the vocabulary may be a month with a glued prefix; glue then names the
// prefix's key.
func lookup(folded []byte, mask langMask) (w word, glue key) {
	n := len(folded)
	if n == 0 {
		return word{}, kNone
	}
	if n < len(vocabShape) && vocabShape[n][folded[0]-'a'][folded[n-1]-'a'] {
		if e, ok := vocab[string(folded)]; ok && e.lang&mask != 0 {
			return e, kNone
		}
	}
	if n < 5 || !monthEnding(folded[n-3:]) {
		return word{}, kNone
	}
	for _, g := range gluedPrefixes {
		if g.lang&mask == 0 || len(folded) <= len(g.prefix) || string(folded[:len(g.prefix)]) != g.prefix {
			continue
		}
		if e, ok := vocab[string(folded[len(g.prefix):])]; ok && e.class == wMonth && e.lang&mask != 0 {
			return e, g.k
		}
	}
	return word{}, kNone
}
