package ingest

import (
	"errors"
	"strings"
	"testing"
)

func TestSupported(t *testing.T) {
	for name, want := range map[string]bool{
		"a.txt": true, "B.TXT": true, "c.text": true, "d.html": true, "e.HTM": true, "f.xhtml": true,
		"g.csv": true, "h.Csv": true, "i.pdf": false, "j": false, "k.txt.gz": false, "dir/l.csv": true,
	} {
		if got := Supported(name); got != want {
			t.Errorf("Supported(%q) = %v", name, got)
		}
	}
}

func TestParseDispatch(t *testing.T) {
	docs, err := Parse("seed.TXT", readSeed(t, "003"))
	if err != nil || len(docs) != 1 || len(docs[0].Teasers) != 6 {
		t.Fatalf("text: %v, %d docs", err, len(docs))
	}
	docs, err = Parse("export.csv", []byte("text\nUn.\nDeux.\n"))
	if err != nil || len(docs) != 2 || docs[1].Row != 2 {
		t.Fatalf("csv: %v, %+v", err, docs)
	}
	_, err = Parse("scan.pdf", []byte("%PDF"))
	if !errors.Is(err, ErrUnsupported) || !strings.Contains(err.Error(), ".pdf") {
		t.Errorf("pdf: %v", err)
	}
	_, err = Parse("README", []byte("x"))
	if !errors.Is(err, ErrUnsupported) {
		t.Errorf("no extension: %v", err)
	}
	_, err = Parse("big.txt", make([]byte, MaxFileSize+1))
	if err == nil || !strings.Contains(err.Error(), "too large") {
		t.Errorf("big file: %v", err)
	}
}

func TestParseNamesTheFormat(t *testing.T) {
	for name, data := range map[string]string{
		"a.TXT":  "Titre\n\nLe ministre a reçu l'ambassadeur.\n",
		"b.csv":  "title,text\nUn,Le ministre a reçu l'ambassadeur.\n",
		"c.html": "<html><head><title>Titre</title></head><body><article><p>Le ministre des Affaires étrangères a reçu hier à Hanoï l'ambassadeur du Japon pour parler de la coopération.</p></article></body></html>",
	} {
		docs, err := Parse(name, []byte(data))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		want := map[string]string{"a.TXT": "text", "b.csv": "csv", "c.html": "html"}[name]
		if docs[0].Format != want {
			t.Errorf("%s: format %q, want %q", name, docs[0].Format, want)
		}
	}
}
