package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"parley/app/ingest"
)

// A generator of small agency text pages for the fault tests: deterministic
// (seeded), 0.5-1 KB each, most with a meeting of a partner the
// gazetteer knows, and each with a word of its own so that a search finds
// exactly its article.

var (
	corpusHosts = []string{
		"Le Premier ministre Pham Minh Chinh", "Le président Vo Van Thuong", "Le ministre des Affaires étrangères Bui Thanh Son",
		"Le secrétaire général To Lam", "La vice-présidente Vo Thi Anh Xuan", "Le vice-Premier ministre Tran Luu Quang",
	}
	corpusVerbs  = []string{"a reçu", "s'est entretenu avec", "a rencontré", "a eu un entretien téléphonique avec"}
	corpusGuests = []string{
		"l'ambassadeur du Japon au Vietnam, Ito Naoki", "le vice-président cubain Salvador Valdés Mesa",
		"le Premier ministre lao Sonexay Siphandone", "le secrétaire d'État américain Antony Blinken",
		"la ministre japonaise des Affaires étrangères Kamikawa Yoko", "le président cubain Miguel Díaz-Canel",
		"le représentant commercial des États-Unis", "une délégation du Parti populaire révolutionnaire lao",
	}
	corpusTopics = []string{
		"la coopération économique et commerciale", "le partenariat stratégique intégral", "la sécurité maritime",
		"les investissements dans les infrastructures", "l'éducation et la formation", "la santé publique",
		"la transition énergétique", "les échanges entre les peuples", "l'agriculture de haute technologie",
	}
	corpusClauses = []string{
		"Les deux parties ont salué les progrès remarquables des relations bilatérales.",
		"Ils ont échangé leurs points de vue sur des questions régionales et internationales d'intérêt commun.",
		"Le chiffre d'affaires bilatéral a atteint un niveau record l'année dernière.",
		"À cette occasion, les deux parties ont signé un mémorandum d'entente.",
		"Selon lui, les perspectives de coopération restent très prometteuses.",
		"Les discussions ont aussi porté sur la riziculture et la cybersécurité.",
	}
	corpusMonths = []string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"}
)

// corpusFile is what a generated file should become in the library.
type corpusFile struct {
	Key  string // source key: the file's absolute path
	Hash string // as app/import.go computes it: SHA-256 of the parsed page
	Body string
	Word string // a word only this file holds
}

// corpusWord is file i's own word: "kx" and four letters, no real word.
func corpusWord(i int) string {
	b := []byte("kx")
	for range 4 {
		b = append(b, byte('a'+i%26))
		i /= 26
	}
	return string(b)
}

// corpusPage is the text of file i of a seeded corpus.
func corpusPage(seed uint64, i int) string {
	r := rand.New(rand.NewPCG(seed, uint64(i)))
	pick := func(xs []string) string { return xs[r.IntN(len(xs))] }
	host, verb, guest := pick(corpusHosts), pick(corpusVerbs), pick(corpusGuests)
	day, month, year := 1+r.IntN(28), pick(corpusMonths), 2015+r.IntN(10)

	var b strings.Builder
	fmt.Fprintf(&b, "%s %s %s\n\n", host, verb, strings.SplitN(guest, ",", 2)[0])
	if r.IntN(5) > 0 { // four pages in five report a meeting
		fmt.Fprintf(&b, "Hanoï (VNA) – %s %s le %d %s %d à Hanoï %s pour discuter de %s.\n\n", host, verb, day, month, year, guest, pick(corpusTopics))
	} else {
		fmt.Fprintf(&b, "Hanoï (VNA) – Un séminaire sur %s s'est tenu le %d %s %d à Hanoï.\n\n", pick(corpusTopics), day, month, year)
	}
	for range 1 + r.IntN(3) {
		fmt.Fprintf(&b, "%s Ils ont évoqué %s et %s.\n\n", pick(corpusClauses), pick(corpusTopics), pick(corpusTopics))
	}
	fmt.Fprintf(&b, "Le dossier porte la référence %s.\n", corpusWord(i))
	return b.String()
}

// writeCorpus writes n generated pages into dir (a hundred per folder, as
// an agency archive is laid out) and returns them by source key.
func writeCorpus(tb testing.TB, dir string, n int, seed uint64) map[string]corpusFile {
	tb.Helper()
	files := make(map[string]corpusFile, n)
	for i := range n {
		path := filepath.Join(dir, fmt.Sprintf("%03d", i/100), fmt.Sprintf("vna_%05d.txt", i))
		raw := []byte(corpusPage(seed, i))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			tb.Fatal(err)
		}
		if err := os.WriteFile(path, raw, 0o644); err != nil {
			tb.Fatal(err)
		}
		docs, err := ingest.Parse(path, raw)
		if err != nil || len(docs) != 1 {
			tb.Fatalf("generated %s: %d documents, %v", path, len(docs), err)
		}
		key, err := filepath.Abs(path)
		if err != nil {
			tb.Fatal(err)
		}
		sum := sha256.Sum256([]byte(docs[0].Page))
		files[key] = corpusFile{Key: key, Hash: hex.EncodeToString(sum[:]), Body: docs[0].Body, Word: corpusWord(i)}
	}
	return files
}
