package export

import (
	"context"
	"fmt"
	"io"

	"parley/app"
)

// Kind is one CSV a library exports.
type Kind string

const (
	KindArticles Kind = "articles"
	KindTeasers  Kind = "teasers"
	KindMeetings Kind = "meetings"
	KindCounts   Kind = "counts"
	KindPassages Kind = "passages"
	KindCodebook Kind = "codebook"
)

// Kinds lists every CSV the CLI and the desktop export, in menu order.
var Kinds = []Kind{KindArticles, KindTeasers, KindMeetings, KindCounts, KindPassages, KindCodebook}

// Selection narrows an export: Meetings for meetings, Count for counts,
// Passages for passages (its Context is always on); the other kinds export
// everything.
type Selection struct {
	Meetings app.MeetingFilter
	Count    app.CountRequest
	Passages app.PassageQuery
}

// Prepare reads what kind exports from the library and returns the writer
// of the file, so the reading fails before a file is touched and the
// writing can go through WriteFile.
func Prepare(ctx context.Context, lib *app.Library, kind Kind, opt CSVOptions, sel Selection) (func(io.Writer) error, error) {
	switch kind {
	case KindArticles:
		list, err := lib.Store.Articles(ctx)
		if err != nil {
			return nil, err
		}
		return func(w io.Writer) error { return Articles(w, opt, list) }, nil
	case KindTeasers:
		pages, err := lib.Store.TeaserPages(ctx)
		if err != nil {
			return nil, err
		}
		return func(w io.Writer) error { return Teasers(w, opt, pages) }, nil
	case KindMeetings:
		ms, err := lib.Store.Meetings(ctx, sel.Meetings)
		if err != nil {
			return nil, err
		}
		return func(w io.Writer) error { return Meetings(w, opt, ms) }, nil
	case KindCounts:
		t, err := lib.Counts(ctx, sel.Count)
		if err != nil {
			return nil, err
		}
		return func(w io.Writer) error { return Counts(w, opt, t) }, nil
	case KindPassages:
		b, err := lib.Codebook(ctx)
		if err != nil {
			return nil, err
		}
		q := sel.Passages
		q.Context = true
		ps, err := lib.ListPassages(ctx, q)
		if err != nil {
			return nil, err
		}
		return func(w io.Writer) error { return Passages(w, opt, ps, b) }, nil
	case KindCodebook:
		b, err := lib.CountedCodebook(ctx)
		if err != nil {
			return nil, err
		}
		return func(w io.Writer) error { return Codebook(w, opt, b) }, nil
	}
	return nil, fmt.Errorf("cannot export %q: %s, %s, %s, %s, %s or %s", kind,
		KindArticles, KindTeasers, KindMeetings, KindCounts, KindPassages, KindCodebook)
}
