package main

import (
	"errors"
	"flag"
	"fmt"
	"strconv"
	"strings"

	"parley/app"
)

func init() {
	var (
		format *outputFormat
		limit  *int
	)
	register(&command{
		name: "search",
		args: "QUERY",
		summary: `Full-text search, ranked by relevance (bm25), with a highlighted snippet.
Accents and case are ignored ("Etats-Unis" finds "États-Unis"). Several words
must all match; use "quotes" for a phrase, a trailing * for a prefix (diplom*),
OR and NOT between words. Matches in teasers (other articles' headlines on a
page) are marked as such. When a query matches very many articles, only the
most recently imported of them are ranked, and a note on stderr says so.`,
		flags: func(fs *flag.FlagSet) {
			format = formatFlag(fs)
			limit = fs.Int("limit", app.DefaultSearchLimit, "at most `N` results")
		},
		execute: func(e *env, fs *flag.FlagSet, args []string) int {
			return runSearch(e, fs, args, *format, *limit)
		},
	})
}

// hitJSON is one element of `search --format json`.
type hitJSON struct {
	ID        int64   `json:"id"`
	Source    string  `json:"source"`
	Title     string  `json:"title"`
	Published string  `json:"published"`
	In        string  `json:"in"` // "article" or "teaser"
	Rank      float64 `json:"rank"`
	Snippet   string  `json:"snippet"`
}

func runSearch(e *env, fs *flag.FlagSet, args []string, format outputFormat, limit int) int {
	if len(args) == 0 {
		return usageError(e, fs, "give a search query")
	}
	if limit < 1 {
		return usageError(e, fs, "--limit must be at least 1, not %d", limit)
	}
	query := strings.Join(args, " ")
	res, err := e.lib.Search(e.ctx, app.SearchQuery{Text: query, Limit: limit})
	var qe *app.QueryError
	if errors.As(err, &qe) {
		return fail(e, fmt.Errorf("%w\n(words, \"a phrase\", prefix*, OR, NOT; quote words that hold punctuation)", err))
	}
	if err != nil {
		return fail(e, err)
	}
	t := table{header: []string{"id", "source", "published", "in", "title", "snippet"}}
	for _, h := range res.Hits {
		in := "article"
		if h.InTeaser {
			in = "teaser"
		}
		t.records = append(t.records, hitJSON{ID: h.ArticleID, Source: h.Source, Title: h.Title,
			Published: h.Published.String(), In: in, Rank: h.Rank, Snippet: h.Snippet})
		title, snippet := h.Title, h.Snippet
		if format == "table" {
			title, snippet = clip(title, 40), clip(snippet, 100)
		}
		t.rows = append(t.rows, []string{strconv.FormatInt(h.ArticleID, 10), h.Source, h.Published.String(), in, title, snippet})
	}
	if err := t.write(e.stdout, format); err != nil {
		return fail(e, err)
	}
	if format == "table" && len(res.Hits) == 0 {
		fmt.Fprintf(e.stderr, "no article matches %q\n", query)
	}
	// In every format: the JSON is a list of hits with no room to say it,
	// and a script's reader should know the order is not over every match.
	if res.Partial {
		fmt.Fprintf(e.stderr, "note: more than %d articles match %q; only the %d most recently imported were ranked,\n"+
			"so an older article may match better. Narrow the query (more words, a \"phrase\", title: ...) to rank every match.\n",
			res.Ranked, query, res.Ranked)
	}
	return exitOK
}
