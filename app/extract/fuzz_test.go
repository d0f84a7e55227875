package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// FuzzExtract reads arbitrary text as an article body: no panic, evidence
// offsets inside the text in code points and equal to the evidence, real
// ISO dates in order, and codes from the documented sets.
func FuzzExtract(f *testing.F) {
	ids, docs := seedDocs(f)
	for _, id := range ids {
		f.Add(docs[id].Text, docs[id].Lang, docs[id].Published)
	}
	meetings, err := filepath.Glob("../../testdata/meetings/*.txt")
	if err != nil || len(meetings) == 0 {
		f.Fatalf("no meeting texts in testdata/meetings: %v", err)
	}
	for _, p := range meetings[:min(len(meetings), 12)] {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		lang := "fr"
		if strings.HasPrefix(filepath.Base(p), "en_") {
			lang = "en"
		}
		f.Add(string(b), lang, "2024-03-12")
	}
	for _, s := range []string{
		"", ".", "Le ministre a rencontré", "Le Premier ministre a reçu l'ambassadeur du Japon le 30 mars.",
		"The minister met his Lao counterpart by phone on June 28-July 2.", "Hà Nội, le 2 mars (VNA) – Le président a reçu",
		"a reçu a reçu a reçu a reçu", "s'est entretenu au téléphone avec\u00a0son homologue\u202fcubain",
		"Le ministre se rendra au Japon du 28 décembre au 2 janvier.", "é\u0301 Japon", "\xff Japon a reçu \xfe",
		strings.Repeat("Le ministre a rencontré son homologue japonais. ", 50), "Japon" + strings.Repeat(",", 300),
	} {
		f.Add(s, "fr", "")
	}
	f.Add("Il a rencontré le ministre chinois le 29 février.", "fr", "2023")
	f.Add("He met the US envoy on 31 April.", "en", "9999-12-31")
	g := gazetteer(f)
	f.Fuzz(func(t *testing.T, text, lang, published string) {
		x := New(g, nil)
		ms := x.Extract(Document{Text: text, Lang: lang, Published: published})
		runes := []rune(text) // invalid bytes count one code point each, as U+FFFD
		for _, m := range ms {
			if m.EvidenceStart < 0 || m.EvidenceEnd > len(runes) || m.EvidenceStart > m.EvidenceEnd {
				t.Fatalf("evidence [%d, %d) outside %d code points: %+v", m.EvidenceStart, m.EvidenceEnd, len(runes), m)
			}
			if utf8.ValidString(text) {
				if got := string(runes[m.EvidenceStart:m.EvidenceEnd]); got != m.Evidence {
					t.Fatalf("evidence %q, but its offsets give %q", m.Evidence, got)
				}
			}
			if len(m.Partner) != 3 || strings.ToUpper(m.Partner) != m.Partner {
				t.Fatalf("partner %q is not alpha-3", m.Partner)
			}
			if m.CAMEO != CAMEO(m.Mode, m.Setting) {
				t.Fatalf("CAMEO %q for mode %q setting %q", m.CAMEO, m.Mode, m.Setting)
			}
			checkInterval(t, m)
		}
	})
}

func checkInterval(t *testing.T, m Meeting) {
	t.Helper()
	if m.DatePrecision == "" {
		if m.DateStart != "" || m.DateEnd != "" {
			t.Fatalf("dates without precision: %+v", m)
		}
		return
	}
	switch m.DatePrecision {
	case "day", "month", "year":
	default:
		t.Fatalf("precision %q", m.DatePrecision)
	}
	for _, d := range []string{m.DateStart, m.DateEnd} {
		if p, err := time.Parse("2006-01-02", d); err != nil || p.Format("2006-01-02") != d {
			t.Fatalf("date %q is not an ISO day: %+v", d, m)
		}
	}
	if m.DateStart > m.DateEnd {
		t.Fatalf("interval %s..%s backwards", m.DateStart, m.DateEnd)
	}
}
