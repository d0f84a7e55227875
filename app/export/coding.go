package export

import (
	"io"
	"strconv"
	"time"

	"parley/app"
)

var passageHeader = []string{"id", "article", "start", "end", "quote", "context", "code", "coder", "session",
	"memo", "created_at"}

// Passages writes one row per coded passage. The code is its path in the
// codebook ("Coopération/Défense"), since a bare name may be ambiguous; a
// whole-article coding has an empty quote and spans the whole body.
func Passages(w io.Writer, opt CSVOptions, ps []app.Passage, b *app.Codebook) error {
	c, err := startTable(w, opt, passageHeader...)
	if err != nil {
		return err
	}
	row := make([]string, len(passageHeader))
	for _, p := range ps {
		row = append(row[:0], strconv.FormatInt(p.ID, 10), app.ArticleName(p.Source),
			strconv.Itoa(p.Start), strconv.Itoa(p.End), p.Quote, p.Context, b.Path(p.CodeID),
			p.Coder, p.Session, p.Memo, p.CreatedAt.UTC().Format(time.RFC3339))
		if err := c.Write(row...); err != nil {
			return err
		}
	}
	return c.Flush()
}

var codebookHeader = []string{"path", "name", "parent", "description", "color", "passages"}

// Codebook writes one row per code, parents before their children. The
// parent is a path, empty at the top level; passages counts the code's own
// codings, not its sub-codes', so the column sums to the number of passages.
func Codebook(w io.Writer, opt CSVOptions, b *app.Codebook) error {
	c, err := startTable(w, opt, codebookHeader...)
	if err != nil {
		return err
	}
	row := make([]string, len(codebookHeader))
	for _, k := range b.Codes {
		parent := ""
		if k.ParentID != 0 {
			parent = b.Path(k.ParentID)
		}
		row = append(row[:0], b.Path(k.ID), k.Name, parent, k.Description, k.Color, strconv.Itoa(k.Passages))
		if err := c.Write(row...); err != nil {
			return err
		}
	}
	return c.Flush()
}
