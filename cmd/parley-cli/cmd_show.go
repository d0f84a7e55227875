package main

import (
	"flag"
	"fmt"
	"strings"
	"time"
)

func init() {
	register(&command{
		name:    "show",
		args:    "ARTICLE",
		summary: "Print an article, found by id or by the source file name it was imported from:\nits details, the body, then its photo captions and teaser items (other articles'\nheadlines shown on the page), apart from the body.",
		execute: runShow,
	})
}

func runShow(e *env, fs *flag.FlagSet, args []string) int {
	if len(args) != 1 {
		return usageError(e, fs, "give one article id or source file name")
	}
	a, err := e.lib.Lookup(e.ctx, args[0])
	if err != nil {
		return fail(e, err)
	}
	w := e.stdout
	fmt.Fprintf(w, "# %s\n\n", a.Title)
	fmt.Fprintf(w, "id:        %d (version %d)\n", a.ID, a.Version)
	fmt.Fprintf(w, "source:    %s\n", a.Source)
	fmt.Fprintf(w, "published: %s\n", orUnknown(a.Published.String()))
	fmt.Fprintf(w, "language:  %s\n", orUnknown(a.Lang))
	if a.URL != "" {
		fmt.Fprintf(w, "url:       %s\n", a.URL)
	}
	fmt.Fprintf(w, "imported:  %s\n\n", isoTime(a.ImportedAt))
	fmt.Fprintln(w, strings.TrimRight(a.Body, "\n"))
	if len(a.Captions) > 0 {
		fmt.Fprintf(w, "\n## Photo captions (%d)\n\n", len(a.Captions))
		for _, c := range a.Captions {
			fmt.Fprintf(w, "- %s\n", c.Text)
		}
	}
	if len(a.Teasers) > 0 {
		fmt.Fprintf(w, "\n## Teasers: other articles on this page (%d)\n", len(a.Teasers))
		for i, t := range a.Teasers {
			fmt.Fprintf(w, "\n%d. %s\n", i+1, t.Headline)
			if t.Lead != "" {
				fmt.Fprintf(w, "   %s\n", t.Lead)
			}
		}
	}
	return exitOK
}

func orUnknown(s string) string {
	if s == "" {
		return "unknown"
	}
	return s
}

func isoTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}
