package ingest

import (
	"os"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// The fuzz targets run on their seeds (and on testdata/fuzz, the crashers
// found so far) in every `go test`; `make fuzz` runs each one for longer.
// Beyond "no panic" they check what the rest of Parley relies on: text that
// is valid UTF-8 in NFC with LF line ends, offsets that are code points
// inside Page, and dates that are real ISO dates.

// seedCorpus adds the real seed pages and a few awkward shapes.
func seedCorpus(f *testing.F) {
	for _, s := range []string{"000", "001", "002", "003", "004"} {
		f.Add(readSeed(f, s))
	}
	for _, s := range []string{
		"", "\n", "Titre\n", "Titre\nVoir plus\n", " date 2023-07", " date 2023-07-31 x",
		"T\nCorps\nVoir plus\nA. Photo: VNA\nB\nC.\nD\nD\n", "T\nx ảnh 1\nảnh 2y\nCorps",
		"\xEF\xBB\xBFT\r\nB\r\rVoir plus\rX", "T\nsource\nVoir plus", "é\u0301\nB",
		"\xFF\xFET\x00\n\x00B\x00", "\xFE\xFF\x00T\x00\n\x00B", "T\nB\xC3", " \t\u00a0\u200b\n",
		"T\n\x1b[0mB\x1a", " date 2023-02-30\nB", " date 0000-00\nB",
	} {
		f.Add([]byte(s))
	}
}

// checkText fails when s is not text as Normalize makes it.
func checkText(t *testing.T, what, s string) {
	t.Helper()
	if !utf8.ValidString(s) || !norm.NFC.IsNormalString(s) || strings.ContainsAny(s, "\r\x00") {
		t.Fatalf("%s not normalised (UTF-8, NFC, LF): %q", what, s)
	}
}

// checkISO fails unless s is "", or a real date as YYYY, YYYY-MM or YYYY-MM-DD.
func checkISO(t *testing.T, what, s string) {
	t.Helper()
	layout := map[int]string{4: "2006", 7: "2006-01", 10: "2006-01-02"}[len(s)]
	if s == "" {
		return
	}
	if d, err := time.Parse(layout, s); layout == "" || err != nil || d.Format(layout) != s {
		t.Fatalf("%s %q is not an ISO date", what, s)
	}
}

// checkDocument checks the invariants every reader promises.
func checkDocument(t *testing.T, d Document) {
	t.Helper()
	checkOffsets(t, d)
	checkText(t, "page", d.Page)
	checkText(t, "title", d.Title)
	checkText(t, "body", d.Body)
	checkISO(t, "published", d.Published)
	if strings.TrimFunc(d.Body, isBlank) == "" {
		t.Fatalf("empty body accepted: %+v", d)
	}
	for _, r := range d.Lang {
		if r < 'a' || r > 'z' {
			t.Fatalf("lang %q is not a lower-case ISO 639 code", d.Lang)
		}
	}
	if !utf8.ValidString(d.SearchExtra) || !utf8.ValidString(d.URL) || !utf8.ValidString(d.Source) {
		t.Fatalf("invalid UTF-8 in %+v", d)
	}
}

func FuzzParseText(f *testing.F) {
	seedCorpus(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := ParseText(data)
		if err != nil {
			return
		}
		checkDocument(t, d)
		page := []rune(d.Page)
		for _, c := range d.Captions {
			if got := string(page[c.Start:c.End]); got != c.Text {
				t.Fatalf("caption offsets give %q, want %q", got, c.Text)
			}
		}
		for _, x := range d.Teasers {
			got := string(page[x.Start:x.End])
			if !strings.Contains(got, x.Headline) || !strings.Contains(got, x.Lead) || !strings.Contains(got, x.Caption) {
				t.Fatalf("teaser offsets give %q, not %+v", got, x)
			}
		}
	})
}

func FuzzParseCSV(f *testing.F) {
	for _, s := range []string{
		"text\nUn texte.\n",
		"title;text;published;lang;source;extra\nA;\"B\nC\";2024-01-02;fr;VNA;x\n",
		"\xEF\xBB\xBF\"text\",\"published\"\r\n\"a\"\"b\",31/12/2023\r\n",
		"text,published\nx,2024-02-30\n", "url,title\n", "text\n\"unterminated\n", ";;;\n",
		"text,title\nA\n", "text,title\nA,B,C\n", "text,TEXT\nA,B\n", "text,,\nA,,\n",
		"text\tlang\nUn texte.\tvie\n", "text,published\nx,2024-03-01T23:30:00-05:00\n",
		"text,title\n=HYPERLINK(\"http://x\"),@SUM(A1)\n", "text\n\"a\"b\"\n", "\xFF\xFEt\x00e\x00x\x00t\x00\n\x00a\x00",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		docs, err := ParseCSV(data)
		if err != nil {
			return
		}
		for i, d := range docs {
			checkDocument(t, d)
			if d.Row < 1 || i > 0 && d.Row <= docs[i-1].Row {
				t.Fatalf("row numbers not increasing from 1: %d after %d", d.Row, i)
			}
			if !utf8.ValidString(d.Title) {
				t.Fatalf("row %d: title %q", d.Row, d.Title)
			}
			for k, v := range d.Meta {
				if !utf8.ValidString(k) || !utf8.ValidString(v) {
					t.Fatalf("row %d: meta %q=%q", d.Row, k, v)
				}
			}
		}
	})
}

func FuzzParseHTML(f *testing.F) {
	if fixture, err := os.ReadFile("testdata/article_fr.html"); err == nil {
		f.Add(fixture)
	} else {
		f.Fatal(err)
	}
	words := strings.Repeat("Le ministre a rencontré son homologue à Tokyo. ", 4)
	for _, s := range []string{
		"", "<html>", "<p>" + words + "</p>",
		"<html><head><title>T</title><meta charset=windows-1252></head><body><p>" + words + "caf\xe9</p></body></html>",
		"<html><head><link rel=canonical href='https://x.example/a'><meta property=og:url content=\"http://y\"></head><body><article><h1>T</h1><p>" + words + "</p></article>",
		"<body><script>document.write('<p>" + words + "</p>')</script><p>" + words + "</p>",
		"<p>" + words + "<time datetime=\"2024-02-29\">x</time></p>", "<p>" + words + "<time datetime=2023-02-29>",
		"<p>" + words + "&#x301;e&#0;&#xD800;</p>", strings.Repeat("<div>", 2000) + words,
		"<meta charset=\"utf-16\"><p>" + words, "<link rel=canonical href=", "<meta name=og:url content='",
		"\xFF\xFE<\x00p\x00>\x00A\x00", "<p>" + words + "\xC3</p>",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := ParseHTML(data)
		if err != nil {
			return
		}
		checkDocument(t, d)
		if d.Page != d.Title+"\n\n"+d.Body {
			t.Fatalf("page is not title and body: %q", d.Page)
		}
		if d.URL != "" && absoluteURL(d.URL) == "" {
			t.Fatalf("URL %q is not an absolute http(s) address", d.URL)
		}
	})
}

// FuzzParse goes through the dispatcher as an import does: the reader is
// picked by the file name, and whatever the bytes, the answer is documents
// that hold the invariants, or an error.
func FuzzParse(f *testing.F) {
	names := []string{"a.txt", "a.TEXT", "a.html", "a.htm", "a.XHTML", "a.csv", "a.pdf", "noext"}
	for i := range names {
		f.Add(uint8(i), []byte("Titre\nLe ministre a rencontré son homologue.\n"))
	}
	f.Add(uint8(5), []byte("text\nUn texte.\n"))
	f.Add(uint8(2), []byte("<p>"+strings.Repeat("mot ", 20)+"</p>"))
	f.Fuzz(func(t *testing.T, which uint8, data []byte) {
		name := names[int(which)%len(names)]
		docs, err := Parse(name, data)
		if err != nil {
			if len(docs) != 0 {
				t.Fatalf("%s: documents with an error: %v", name, err)
			}
			return
		}
		if !Supported(name) || len(docs) == 0 {
			t.Fatalf("%s: %d documents, no error", name, len(docs))
		}
		for _, d := range docs {
			checkDocument(t, d)
			if d.Format == "" {
				t.Fatalf("%s: no format", name)
			}
		}
	})
}

// FuzzParseDate checks the publication date reader: an ISO date of the
// precision the cell had, or an error; never an impossible date.
func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2024", "2024-02", "2024-02-29", "2023-02-29", "29/02/2024", "1/3/2024",
		"2024-03-01T23:30:00-05:00", "2024-13", "0000", "0000-00-00", "9999-12-31T23:59:60Z", "31/04/2024",
		"", " 2024", "2024-1-1", "١٢٣٤", "２０２４"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		iso, err := parseDate(s)
		if err != nil {
			if iso != "" {
				t.Fatalf("%q: %q with error %v", s, iso, err)
			}
			return
		}
		if iso == "" {
			t.Fatalf("%q: no date and no error", s)
		}
		checkISO(t, "parseDate("+s+")", iso)
	})
}

func FuzzNormalize(f *testing.F) {
	seedCorpus(f)
	f.Add([]byte{0xFF, 0xFE, 'a', 0, 0xD8, 0xD8})
	f.Add([]byte{0xFE, 0xFF, 0, 'a', 0, '\r'})
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := Normalize(data)
		if err != nil {
			return
		}
		checkText(t, "text", s)
		if strings.TrimFunc(s, isBlank) == "" {
			t.Fatalf("blank text accepted: %q", s)
		}
		again, err := Normalize([]byte(s))
		if err != nil || again != s {
			t.Fatalf("not idempotent: %q -> %q (%v)", s, again, err)
		}
	})
}
