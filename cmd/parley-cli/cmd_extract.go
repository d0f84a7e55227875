package main

import (
	"flag"
	"fmt"

	"parley/app"
)

func init() {
	register(&command{
		name:    "extract",
		args:    "[ARTICLE...]",
		summary: "Run the meeting extractor again on all articles, or on the given ones (ids or\nsource file names). Meetings the analyst has reviewed, corrected or added stay;\nonly unreviewed suggestions are replaced. Clusters are recomputed.",
		extract: true,
		execute: runExtract,
	})
}

func runExtract(e *env, fs *flag.FlagSet, args []string) int {
	sum, err := e.lib.Extract(e.ctx, args, func(a app.Article, n int) {
		if len(args) > 0 {
			fmt.Fprintf(e.stdout, "%-30s %d meetings\n", a.Source, n)
		}
	})
	if err != nil {
		return fail(e, err)
	}
	fmt.Fprintf(e.stdout, "%d articles: %d body meetings, %d teaser meetings, %d planned\n",
		sum.Articles, sum.Meetings, sum.Teaser, sum.Planned)
	return exitOK
}
