package ingest

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// seedCorpus adds the real seed pages and a few awkward shapes.
func seedCorpus(f *testing.F) {
	for _, s := range []string{"000", "001", "002", "003", "004"} {
		f.Add(readSeed(f, s))
	}
	for _, s := range []string{
		"", "\n", "Titre\n", "Titre\nVoir plus\n", " date 2023-07", " date 2023-07-31 x",
		"T\nCorps\nVoir plus\nA. Photo: VNA\nB\nC.\nD\nD\n", "T\nx ảnh 1\nảnh 2y\nCorps",
		"\xEF\xBB\xBFT\r\nB\r\rVoir plus\rX", "T\nsource\nVoir plus", "é\u0301\nB",
	} {
		f.Add([]byte(s))
	}
}

func FuzzParseText(f *testing.F) {
	seedCorpus(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := ParseText(data)
		if err != nil {
			return
		}
		checkOffsets(t, d)
		for _, c := range d.Captions {
			if got := string([]rune(d.Page)[c.Start:c.End]); got != c.Text {
				t.Fatalf("caption offsets give %q, want %q", got, c.Text)
			}
		}
		for _, x := range d.Teasers {
			got := string([]rune(d.Page)[x.Start:x.End])
			if !strings.Contains(got, x.Headline) || !strings.Contains(got, x.Lead) || !strings.Contains(got, x.Caption) {
				t.Fatalf("teaser offsets give %q, not %+v", got, x)
			}
		}
		if d.Body == "" || !utf8.ValidString(d.Body) || !utf8.ValidString(d.Title) {
			t.Fatalf("bad body or title: %q / %q", d.Title, d.Body)
		}
	})
}

func FuzzParseCSV(f *testing.F) {
	for _, s := range []string{
		"text\nUn texte.\n",
		"title;text;published;lang;source;extra\nA;\"B\nC\";2024-01-02;fr;VNA;x\n",
		"\xEF\xBB\xBF\"text\",\"published\"\r\n\"a\"\"b\",31/12/2023\r\n",
		"text,published\nx,2024-02-30\n", "url,title\n", "text\n\"unterminated\n", ";;;\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		docs, err := ParseCSV(data)
		if err != nil {
			return
		}
		for i, d := range docs {
			checkOffsets(t, d)
			if d.Row < 1 || i > 0 && d.Row <= docs[i-1].Row {
				t.Fatalf("row numbers not increasing from 1: %d after %d", d.Row, i)
			}
			if strings.TrimSpace(d.Body) == "" {
				t.Fatalf("row %d: empty body accepted", d.Row)
			}
		}
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
		if !utf8.ValidString(s) || strings.ContainsAny(s, "\r\x00") || !norm.NFC.IsNormalString(s) {
			t.Fatalf("not normalised: %q", s)
		}
		again, err := Normalize([]byte(s))
		if err != nil || again != s {
			t.Fatalf("not idempotent: %q -> %q (%v)", s, again, err)
		}
	})
}
