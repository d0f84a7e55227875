package main

import (
	"flag"
	"strconv"
)

func init() {
	var format *outputFormat
	register(&command{
		name:    "articles",
		summary: "List the articles of the library (latest versions).",
		flags:   func(fs *flag.FlagSet) { format = formatFlag(fs) },
		execute: func(e *env, fs *flag.FlagSet, args []string) int {
			return runArticles(e, fs, args, *format)
		},
	})
}

// articleJSON is one element of `articles --format json`.
type articleJSON struct {
	ID        int64  `json:"id"`
	Source    string `json:"source"`
	Version   int    `json:"version"`
	Title     string `json:"title"`
	Published string `json:"published"`
	Precision string `json:"published_precision"`
	Lang      string `json:"lang"`
	Chars     int    `json:"chars"`
	Teasers   int    `json:"teasers"`
	Imported  string `json:"imported_at"`
}

func runArticles(e *env, fs *flag.FlagSet, args []string, format outputFormat) int {
	if len(args) > 0 {
		return usageError(e, fs, "unexpected argument %q", args[0])
	}
	list, err := e.lib.Store.Articles(e.ctx)
	if err != nil {
		return fail(e, err)
	}
	t := table{header: []string{"id", "source", "published", "lang", "chars", "teasers", "title"}}
	for _, a := range list {
		t.records = append(t.records, articleJSON{
			ID: a.ID, Source: a.Source, Version: a.Version, Title: a.Title,
			Published: a.Published.String(), Precision: string(a.Published.Precision),
			Lang: a.Lang, Chars: a.Chars, Teasers: a.Teasers, Imported: isoTime(a.ImportedAt),
		})
		title := a.Title
		if format == "table" {
			title = clip(title, 70)
		}
		t.rows = append(t.rows, []string{
			strconv.FormatInt(a.ID, 10), a.Source, a.Published.String(), a.Lang,
			strconv.Itoa(a.Chars), strconv.Itoa(a.Teasers), title,
		})
	}
	if err := t.write(e.stdout, format); err != nil {
		return fail(e, err)
	}
	return exitOK
}
