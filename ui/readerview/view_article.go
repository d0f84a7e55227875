package readerview

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"parley/app"
)

// articleDetails is the line under the title: date, language, source, and
// the codes applied to the whole article.
func articleDetails(a app.Article, passages []app.Passage, book *app.Codebook) string {
	date := a.Published.String()
	if date == "" {
		date = lang.L("date unknown")
	}
	language := a.Lang
	if language == "" {
		language = lang.L("language unknown")
	}
	parts := []string{date, language, a.Source}
	var whole []string
	for _, p := range passages {
		if p.Whole {
			whole = append(whole, book.Path(p.CodeID)+" ("+p.Coder+")")
		}
	}
	if len(whole) > 0 {
		parts = append(parts, lang.L("whole article: {{.Codes}}", map[string]any{"Codes": strings.Join(whole, ", ")}))
	}
	return strings.Join(parts, " · ")
}

// fillExtras shows the page's teaser items and photo captions under the
// body, apart from it: they are other articles' headlines and the page's
// pictures, not the article's text.
func (v *View) fillExtras() {
	a := v.article
	v.extras.RemoveAll()
	if len(a.Teasers) > 0 {
		v.extras.Add(heading(lang.L("Teaser items on this page (other articles, not part of the body)")))
		for _, t := range a.Teasers {
			headline := widget.NewLabel(t.Headline)
			headline.TextStyle = fyne.TextStyle{Bold: true}
			headline.Wrapping = fyne.TextWrapWord
			lead := widget.NewLabel(t.Lead)
			lead.Wrapping = fyne.TextWrapWord
			item := container.NewVBox(headline)
			if t.Lead != "" {
				item.Add(lead)
			}
			v.extras.Add(widget.NewCard("", "", item))
		}
	}
	if len(a.Captions) > 0 {
		v.extras.Add(heading(lang.L("Photo captions")))
		for _, c := range a.Captions {
			l := widget.NewLabel(c.Text)
			l.Wrapping = fyne.TextWrapWord
			l.TextStyle = fyne.TextStyle{Italic: true}
			v.extras.Add(l)
		}
	}
	if len(v.extras.Objects) == 0 {
		v.body.Objects = []fyne.CanvasObject{v.text}
	} else {
		split := container.NewVSplit(v.text, container.NewVScroll(v.extras))
		split.Offset = 0.72
		v.body.Objects = []fyne.CanvasObject{split}
	}
	v.body.Refresh()
}

func heading(s string) *widget.Label {
	l := widget.NewLabel(s)
	l.TextStyle = fyne.TextStyle{Bold: true}
	l.Wrapping = fyne.TextWrapWord
	return l
}
