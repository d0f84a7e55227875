package export

import (
	"io"
	"strconv"
	"time"

	"parley/app"
)

// Articles writes the library list, one row per article, with the fields
// of `parley-cli articles --format json` in the same form, so a CSV and a
// JSON export of the same library agree cell for cell.
func Articles(w io.Writer, opt CSVOptions, list []app.ArticleSummary) error {
	c, err := startTable(w, opt, "id", "source", "version", "published", "published_precision",
		"lang", "chars", "teasers", "imported_at", "title")
	if err != nil {
		return err
	}
	for _, a := range list {
		if err := c.Write(
			strconv.FormatInt(a.ID, 10), a.Source, strconv.Itoa(a.Version),
			a.Published.String(), string(a.Published.Precision), a.Lang,
			strconv.Itoa(a.Chars), strconv.Itoa(a.Teasers), isoTime(a.ImportedAt), a.Title,
		); err != nil {
			return err
		}
	}
	return c.Flush()
}

// Teasers writes every teaser item of the given articles (which must be
// loaded with their teasers), one row per item. Position is the stored one,
// counted from 0, so that it joins the teaser_position of Meetings.
func Teasers(w io.Writer, opt CSVOptions, articles []app.Article) error {
	c, err := startTable(w, opt, "article_id", "source", "position", "headline", "lead", "caption", "start", "end")
	if err != nil {
		return err
	}
	for _, a := range articles {
		id := strconv.FormatInt(a.ID, 10)
		for _, t := range a.Teasers {
			if err := c.Write(id, a.Source, strconv.Itoa(t.Position), t.Headline, t.Lead, t.Caption,
				strconv.Itoa(t.Start), strconv.Itoa(t.End)); err != nil {
				return err
			}
		}
	}
	return c.Flush()
}

// isoTime is an instant in ISO 8601 (RFC 3339) in UTC, so that files made
// on machines in different time zones compare equal; "" when unknown.
func isoTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}
