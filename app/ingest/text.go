package ingest

import (
	"errors"
	"strings"
)

// ParseText reads an agency page as a browser copies it to text.
//
// The page is, from top to bottom: a title line (or a " date YYYY-MM" header
// glued to the first paragraph), the lead, the article paragraphs with photo
// captions between them, sometimes a stray "source" line, then "Voir plus"
// and the teasers of other articles. Captions and teasers are kept apart from
// the body with their offsets in Page; the body is the prose only.
func ParseText(data []byte) (Document, error) {
	page, err := Normalize(data)
	if err != nil {
		return Document{}, err
	}
	doc := Document{Page: page}
	lines := splitLines(page)

	i := 0
	for i < len(lines) && lines[i].blank() {
		i++
	}
	if i == len(lines) { // Normalize rejects blank text; kept for safety
		return Document{}, errors.New("no text (only whitespace)")
	}
	first := lines[i].trimmed()
	var rest []line
	if pub, after, ok := dateHeader(first); ok {
		// No title line on such pages: the header is glued to the body.
		doc.Published = pub
		rest = append([]line{after}, lines[i+1:]...)
	} else {
		doc.Title = first.text
		rest = lines[i+1:]
	}

	article, teaserLines := splitAtTeaserMarker(rest)
	paras, captions := articleParts(article, doc.Title)
	doc.Captions = captions
	doc.Teasers = groupTeasers(teaserLines)

	texts := make([]string, len(paras))
	for k, p := range paras {
		texts[k] = p.text
	}
	doc.Body = strings.Join(texts, "\n\n")
	if doc.Title == "" && len(paras) > 0 {
		doc.Title = titleFromText(paras[0].text)
	}
	if doc.Body == "" {
		return Document{}, errors.New("no article text (nothing but a title, captions or teasers)")
	}
	doc.Lang = DetectLanguage(doc.Title + "\n" + doc.Body)
	doc.SearchExtra = searchExtra(doc.Title+"\n"+doc.Body, page)
	return doc, nil
}

// articleParts sorts the article lines into body paragraphs and photo
// captions, and drops page chrome. Each non-blank line is a paragraph: the
// agency's copies put one paragraph per line, sometimes without a blank line
// between them (lead and dateline paragraph).
func articleParts(article []line, title string) (paras []line, captions []Caption) {
	for _, l := range article {
		t := l.trimmed()
		if t.text == "" {
			continue
		}
		if c, ok := markerCaption(t, title); ok {
			if c.text != "" {
				captions = append(captions, Caption{Text: c.text, Start: c.start, End: c.end})
			}
			continue
		}
		if hasPhotoCredit(t.text) {
			captions = append(captions, Caption{Text: t.text, Start: t.start, End: t.end})
			continue
		}
		paras = append(paras, t)
	}
	// The copy of the share bar leaves a lone "source" just before "Voir
	// plus"; it is chrome only when it is the last line of the article.
	if n := len(paras); n > 0 && isSourceChrome(paras[n-1].text) {
		paras = paras[:n-1]
	}
	return paras, captions
}

func isSourceChrome(s string) bool {
	s = strings.ToLower(strings.TrimSpace(s))
	return s == "source" || s == "nguồn"
}
