package ingest

import (
	"os"
	"strings"
	"testing"
)

func TestParseHTMLFixture(t *testing.T) {
	data, err := os.ReadFile("testdata/article_fr.html")
	if err != nil {
		t.Fatal(err)
	}
	d, err := ParseHTML(data)
	if err != nil {
		t.Fatalf("ParseHTML: %v", err)
	}
	if d.Title != "Hanoï et Tokyo renforcent leur coopération maritime" {
		t.Errorf("Title = %q", d.Title)
	}
	if d.Published != "2024-03-12" {
		t.Errorf("Published = %q, want 2024-03-12", d.Published)
	}
	if d.URL != "https://courrier-mekong.example/diplomatie/hanoi-tokyo-maritime" {
		t.Errorf("URL = %q, want the canonical link (before og:url)", d.URL)
	}
	if d.Lang != "fr" {
		t.Errorf("Lang = %q", d.Lang)
	}
	if d.Meta["site_name"] != "Le Courrier du Mékong" || d.Meta["byline"] == "" {
		t.Errorf("Meta = %v", d.Meta)
	}
	paras := paragraphs(d.Body)
	if len(paras) < 4 {
		t.Fatalf("%d paragraphs, want 4: %q", len(paras), d.Body)
	}
	if !strings.HasPrefix(paras[0], "Le vice-ministre vietnamien des Affaires étrangères et son homologue japonais") {
		t.Errorf("first paragraph %q", paras[0])
	}
	if !strings.HasPrefix(paras[len(paras)-1], "La prochaine session du dialogue se tiendra à Tokyo") {
		t.Errorf("last paragraph %q", paras[len(paras)-1])
	}
	for _, noise := range []string{"Accueil", "Abonnez-vous", "Publicité", "Tous droits réservés", "café", "Hoi An", "tracker", "<p>"} {
		if strings.Contains(d.Body, noise) {
			t.Errorf("body contains page noise %q", noise)
		}
	}
	if d.Page != d.Title+"\n\n"+d.Body {
		t.Errorf("Page is not title + body")
	}
	if len(d.Teasers) != 0 || len(d.Captions) != 0 || d.Row != 0 {
		t.Errorf("HTML produced teasers/captions/row: %+v", d)
	}
}

func TestParseHTMLOgURLAndTimeFallback(t *testing.T) {
	page := `<html><head><title>Essai</title>
<META PROPERTY="og:url" CONTENT="https://example.org/essai?a=1&amp;b=2"></head>
<body><article><h1>Essai</h1><time datetime="2022-11-05">5 novembre</time>
<p>` + strings.Repeat("Le ministre a reçu la délégation et les deux parties ont discuté de la coopération. ", 8) + `</p></article></body></html>`
	d, err := ParseHTML([]byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if d.URL != "https://example.org/essai?a=1&b=2" {
		t.Errorf("URL = %q", d.URL)
	}
	if d.Published != "2022-11-05" {
		t.Errorf("Published = %q", d.Published)
	}
}

func TestParseHTMLLegacyCharset(t *testing.T) {
	page := "<html><head><meta charset=\"windows-1252\"><title>R\xe9union</title></head><body><article><p>" +
		strings.Repeat("La d\xe9l\xe9gation a \xe9t\xe9 re\xe7ue par le ministre des Affaires \xe9trang\xe8res. ", 6) +
		"</p></article></body></html>"
	d, err := ParseHTML([]byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(d.Body, "La délégation a été reçue") {
		t.Errorf("Body = %q", d.Body)
	}
}

func TestParseHTMLNoArticle(t *testing.T) {
	for _, page := range []string{
		"<html><head><title>Vide</title></head><body></body></html>",
		"<html><body><nav><a href='/'>Accueil</a></nav></body></html>",
	} {
		if d, err := ParseHTML([]byte(page)); err == nil {
			t.Errorf("%q: no error, got %+v", page, d)
		}
	}
}

func TestTagAttrs(t *testing.T) {
	src := `<link rel="alternate stylesheet" href=a.css><linkage><LINK REL='Canonical' HREF="https://x.example/p" /><link href=https://y.example rel=canonical>`
	if got := canonicalURL(src); got != "https://x.example/p" {
		t.Errorf("canonicalURL = %q", got)
	}
	if got := canonicalURL(`<link rel=canonical href="/relative">`); got != "" {
		t.Errorf("relative canonical accepted: %q", got)
	}
	// Unterminated tags and quotes must not loop or panic.
	for _, s := range []string{"<link", "<link rel=", "<link rel=\"canon", "<meta property=og:url content="} {
		canonicalURL(s)
	}
}
