package ingest

import (
	"errors"
	"fmt"
	"net/url"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"
)

// ParseHTML reads a saved browser page. The readability library finds the
// article among navigation, footers and advertising; its text becomes Body,
// paragraphs separated by a blank line.
//
// Page is the normalised title and body ("title\n\nbody"), not the HTML
// source: offsets only anchor captions and teasers, which HTML pages do not
// produce, and a reader showing the page should show text, not markup.
func ParseHTML(data []byte) (Document, error) {
	src, err := Normalize(decodeHTMLCharset(data))
	if err != nil {
		return Document{}, err
	}
	if htmlTooDeep(src, maxHTMLDepth) {
		return Document{}, fmt.Errorf("HTML: elements nested more than %d deep, not a saved article page", maxHTMLDepth)
	}
	pageURL := canonicalURL(src)
	var base *url.URL
	if pageURL != "" {
		base, _ = url.Parse(pageURL)
	}
	art, err := readability.FromReader(strings.NewReader(src), base)
	if err != nil {
		return Document{}, errors.New("HTML: " + err.Error())
	}
	if art.Node == nil {
		return Document{}, errors.New("HTML: no article text found")
	}
	title := cleanSpaces(art.Title())
	byline := cleanSpaces(art.Byline())
	paras := dropHeading(htmlParagraphs(render.InnerText(art.Node)), title, byline)
	body := strings.Join(paras, "\n\n")
	if len(strings.FieldsFunc(body, notWordRune)) < minHTMLWords {
		// Readability returns whatever text it finds, a menu included.
		return Document{}, errors.New("HTML: no article text found")
	}
	if title == "" {
		title = titleFromText(body)
	}
	doc := Document{
		Title: title,
		Body:  body,
		Page:  title + "\n\n" + body,
		URL:   pageURL,
	}
	if t, err := art.PublishedTime(); err == nil {
		doc.Published = t.Format("2006-01-02")
	} else {
		doc.Published = timeDatetime(src)
	}
	doc.Lang = DetectLanguage(title + "\n" + body)
	if doc.Lang == "" {
		doc.Lang = knownLang(art.Language())
	}
	meta := map[string]string{}
	if byline != "" {
		meta["byline"] = byline
	}
	if s := cleanSpaces(art.SiteName()); s != "" {
		meta["site_name"] = s
	}
	if len(meta) > 0 {
		doc.Meta = meta
	}
	doc.SearchExtra = SearchExtra(doc.Page)
	return doc, nil
}

// minHTMLWords is the least text, in words, taken for an article: less is a
// menu or a cookie notice that readability fell back on.
const minHTMLWords = 10

// dropHeading removes the leading paragraphs that repeat the title or the
// byline ("Par Mai Lan"): readability often keeps the article's <h1> and
// byline line in the content, and neither is prose.
func dropHeading(paras []string, title, byline string) []string {
	for len(paras) > 0 {
		p := paras[0]
		isByline := byline != "" && (sameText(p, byline) || sameText(p, "Par "+byline) || sameText(p, "By "+byline))
		if !sameText(p, title) && !isByline {
			break
		}
		paras = paras[1:]
	}
	return paras
}

// htmlParagraphs turns readability's text into paragraphs: each non-blank
// line trimmed, normalised to NFC again because entities such as "&#x301;"
// can build decomposed letters after Normalize ran on the source.
func htmlParagraphs(text string) []string {
	text = norm.NFC.String(normalizeLineEnds(text))
	var out []string
	for _, l := range strings.Split(text, "\n") {
		if l = strings.TrimFunc(l, isBlank); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// cleanSpaces trims and collapses runs of blanks, for one-line metadata.
func cleanSpaces(s string) string {
	return norm.NFC.String(strings.Join(strings.FieldsFunc(s, isBlank), " "))
}

// knownLang maps a language tag ("fr-FR") to one of the four languages that
// DetectLanguage knows, or "".
func knownLang(tag string) string {
	t, err := language.Parse(strings.TrimSpace(tag))
	if err != nil {
		return ""
	}
	base, _ := t.Base()
	switch b := base.String(); b {
	case "fr", "en", "vi", "es":
		return b
	}
	return ""
}
