package main

import (
	"flag"
	"fmt"

	"parley/app"
)

func init() {
	var (
		code, coder, query, regex, unit, session *string
		dryRun                                   *bool
	)
	register(&command{
		name: "autocode",
		summary: `Code every match of a full-text query (the syntax of 'search': accent- and
case-insensitive) or of a Go regular expression ("(?i)" ignores case) in the
latest articles' bodies, as the match, its sentence or its paragraph. Spans
the coder already has with the code are skipped. Everything coded is one step
of 'undo'. --dry-run counts and shows a few passages, and codes nothing.`,
		flags: func(fs *flag.FlagSet) {
			code = fs.String("code", "", "the code: name or path (required)")
			coder = fs.String("coder", "", "who codes (required)")
			query = fs.String("query", "", "a full-text query")
			regex = fs.String("regex", "", "a regular expression")
			unit = fs.String("unit", "match", "what to code around each match: match, sentence or paragraph")
			session = fs.String("session", "", "the session (default: the coder's open one)")
			dryRun = fs.Bool("dry-run", false, "count the passages, code nothing")
		},
		execute: func(e *env, fs *flag.FlagSet, args []string) int {
			if len(args) > 0 {
				return usageError(e, fs, "unexpected argument %q (quote a query with spaces)", args[0])
			}
			if *code == "" || *coder == "" {
				return usageError(e, fs, "--code and --coder are required")
			}
			if (*query == "") == (*regex == "") {
				return usageError(e, fs, "give one of --query and --regex")
			}
			u, err := app.ParseCodingUnit(*unit)
			if err != nil {
				return usageError(e, fs, "--unit: %v", err)
			}
			r, err := e.lib.AutoCode(e.ctx, app.AutoCodeRequest{Code: *code, Coder: *coder, Query: *query,
				Regex: *regex, Unit: u, Session: *session, DryRun: *dryRun})
			if err != nil {
				return fail(e, err)
			}
			todo := r.Found - r.Already
			if *dryRun {
				fmt.Fprintf(e.stdout, "would code %d passage(s) in %d article(s) (%d found, %d already coded)\n",
					todo, r.Articles, r.Found, r.Already)
			} else {
				fmt.Fprintf(e.stdout, "coded %d passage(s) in %d article(s) (%d found, %d already coded); 'undo' removes them all\n",
					r.Added, r.Articles, r.Found, r.Already)
			}
			for _, p := range r.Examples {
				fmt.Fprintf(e.stdout, "  %s [%d,%d) %q\n", app.ArticleName(p.Source), p.Start, p.End, clip(p.Quote, 70))
			}
			if len(r.Examples) < todo {
				fmt.Fprintf(e.stdout, "  … and %d more\n", todo-len(r.Examples))
			}
			return exitOK
		},
	})
}
