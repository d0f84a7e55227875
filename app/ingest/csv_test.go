package ingest

import (
	"strings"
	"testing"
)

func TestParseCSV(t *testing.T) {
	in := "\xEF\xBB\xBF" + `Published;TITLE ; text;url;Lang;source;Notes
2024-03-05;Visite à Tokyo;"Le ministre s'est rendu à Tokyo.
Il a rencontré son homologue; les deux parties ont signé un accord.";https://example.org/a;;VNA;à vérifier
12/3/2024;;Le Premier ministre a reçu l'ambassadeur du Japon. Ils ont parlé d'investissements.;;fr-FR;;
;;;;;;
2023;The visit;The minister met his counterpart and they signed an agreement on the trade of goods.;;;;x
`
	docs, err := ParseCSV([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 3 {
		t.Fatalf("%d documents, want 3 (the blank row is skipped)", len(docs))
	}
	d := docs[0]
	wantText := "Le ministre s'est rendu à Tokyo.\nIl a rencontré son homologue; les deux parties ont signé un accord."
	if d.Row != 1 || d.Title != "Visite à Tokyo" || d.Published != "2024-03-05" || d.URL != "https://example.org/a" ||
		d.Source != "VNA" || d.Body != wantText || d.Page != wantText || d.Lang != "fr" {
		t.Errorf("row 1 = %+v", d)
	}
	if d.Meta["Notes"] != "à vérifier" || len(d.Meta) != 1 {
		t.Errorf("row 1 Meta = %v, want Notes only", d.Meta)
	}
	d = docs[1]
	if d.Row != 2 || d.Published != "2024-03-12" || d.Lang != "fr" || d.Title != "Le Premier ministre a reçu l'ambassadeur du Japon." {
		t.Errorf("row 2 = %+v", d)
	}
	d = docs[2]
	if d.Row != 4 || d.Published != "2023" || d.Lang != "en" || d.Title != "The visit" || d.Meta["Notes"] != "x" {
		t.Errorf("row 4 = %+v", d)
	}
}

func TestParseCSVComma(t *testing.T) {
	in := "\"url\",\"text\",\"published\"\r\n" +
		"https://example.org/b,\"Hà Nội, le 2 mars. Les deux pays, le Vietnam et Cuba, ont signé.\",2024-03-02T23:30:00-05:00\r\n"
	docs, err := ParseCSV([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	d := docs[0]
	if d.URL != "https://example.org/b" || d.Published != "2024-03-02" || !strings.HasPrefix(d.Body, "Hà Nội, le 2 mars.") || d.Meta != nil {
		t.Errorf("got %+v", d)
	}
}

func TestParseCSVErrors(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"no text column", "title,url\nA,http://x\n", `CSV: no "text" column in header [title url]`},
		{"bad date", "text;published\n" + strings.Repeat("Un texte.;2024-01-01\n", 6) + "Un texte.;31/02/2024\n", `CSV row 7: column "published": "31/02/2024" is not a date`},
		{"date words", "text,published\nUn texte.,hier\n", `CSV row 1: column "published": "hier" is not a date`},
		{"empty text", "text,title\nUn texte.,A\nDeux.,B\n  ,C\n", `CSV row 3: empty text`},
		{"bad lang", "text,lang\nUn texte.,12\n", `CSV row 1: column "lang": "12" is not a language code (e.g. fr, en, vi, es)`},
		{"wrong field count", "text,title\nUn texte.,A,extra\n", `CSV row 1 (line 2): wrong number of fields`},
		{"bare quote", "text,title\nUn \"texte,A\n", `CSV row 1 (line 2): bare " in non-quoted-field`},
		{"header only", "text,title\n", `CSV: no data rows after the header`},
		{"duplicate column", "text,Text\nA,B\n", `CSV: column "Text" appears twice in header`},
		{"binary", "text\n\x00", `binary content (NUL byte at 5)`},
	}
	for _, tc := range tests {
		_, err := ParseCSV([]byte(tc.in))
		if err == nil || err.Error() != tc.want {
			t.Errorf("%s: error %v, want %q", tc.name, err, tc.want)
		}
	}
}

func TestCSVLang(t *testing.T) {
	for in, want := range map[string]string{"fr": "fr", "FR": "fr", "fr_FR": "fr", "vie": "vi", "es-419": "es", "de": "de", "und": ""} {
		if got, err := csvLang(in); err != nil || got != want {
			t.Errorf("csvLang(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for _, in := range []string{"vn", "french", "xx"} {
		if got, err := csvLang(in); err == nil {
			t.Errorf("csvLang(%q) = %q, want an error", in, got)
		}
	}
}

func TestParseDate(t *testing.T) {
	good := map[string]string{
		"2024": "2024", "2024-02": "2024-02", "2024-02-29": "2024-02-29", "29/02/2024": "2024-02-29",
		"1/3/2024": "2024-03-01", "2024-03-01T23:30:00-05:00": "2024-03-01", "2024-03-01T02:00:00Z": "2024-03-01",
	}
	for in, want := range good {
		if got, err := parseDate(in); err != nil || got != want {
			t.Errorf("parseDate(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for _, in := range []string{"2023-02-29", "2024-13", "03/15/2024", "2024/03/01", "mars 2024", "24-03-01", ""} {
		if got, err := parseDate(in); err == nil {
			t.Errorf("parseDate(%q) = %q, want an error", in, got)
		}
	}
}

func TestParseCSVTooManyRows(t *testing.T) {
	defer func(n int) { maxCSVRows = n }(maxCSVRows)
	maxCSVRows = 10
	ok := "text\n" + strings.Repeat("Un texte.\n", 10) + " \n\n"
	if docs, err := ParseCSV([]byte(ok)); err != nil || len(docs) != 10 {
		t.Fatalf("10 rows: %d documents, %v", len(docs), err)
	}
	_, err := ParseCSV([]byte("text\n" + strings.Repeat("Un texte.\n", 11)))
	if err == nil || err.Error() != "CSV: more than 10 rows; split the file (a file is imported whole, in memory)" {
		t.Errorf("11 rows: error %v", err)
	}
}
