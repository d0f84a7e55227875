package main

import (
	"flag"
	"fmt"
	"strconv"
	"time"

	"parley/app"
)

func init() {
	var coder, scope, articles *string
	var format *outputFormat
	registerGroup("sessions", `Annotation sessions: a coder's stretch of work. A coding without --session
belongs to its coder's open session, if any.`,
		&command{name: "start", args: "NAME", summary: "Start a session for a coder (created on first use).",
			flags: func(fs *flag.FlagSet) {
				coder = fs.String("coder", "", "who codes in this session (required)")
				scope = fs.String("scope", "", "what the session works through: a search query")
				articles = fs.String("articles", "", "or a set of articles: ids or source names, comma-separated")
			},
			execute: func(e *env, fs *flag.FlagSet, args []string) int {
				if len(args) != 1 {
					return usageError(e, fs, "give one session name")
				}
				if *coder == "" {
					return usageError(e, fs, "--coder is required")
				}
				sc := *scope
				if *articles != "" {
					if sc != "" {
						return usageError(e, fs, "give --scope or --articles, not both")
					}
					sc = app.ArticleScope + *articles
				}
				s, err := e.lib.StartSession(e.ctx, args[0], *coder, sc)
				if err != nil {
					return fail(e, err)
				}
				fmt.Fprintf(e.stdout, "session %s started for %s\n", s.Name, s.Coder)
				return exitOK
			}},
		&command{name: "end", args: "NAME", summary: "End a session.",
			execute: func(e *env, fs *flag.FlagSet, args []string) int {
				if len(args) != 1 {
					return usageError(e, fs, "give one session name")
				}
				s, err := e.lib.EndSession(e.ctx, args[0])
				if err != nil {
					return fail(e, err)
				}
				fmt.Fprintf(e.stdout, "session %s ended: %d passages in %d articles\n", s.Name, s.Passages, s.Articles)
				return exitOK
			}},
		&command{name: "list", summary: "List the sessions with their progress.",
			flags: func(fs *flag.FlagSet) { format = formatFlag(fs) },
			execute: func(e *env, fs *flag.FlagSet, args []string) int {
				if len(args) > 0 {
					return usageError(e, fs, "unexpected argument %q", args[0])
				}
				return runSessionsList(e, *format)
			}},
	)
}

type sessionJSON struct {
	Name     string  `json:"name"`
	Coder    string  `json:"coder"`
	Started  string  `json:"started"`
	Ended    *string `json:"ended"`
	Scope    string  `json:"scope"`
	Passages int     `json:"passages"`
	Articles int     `json:"articles"`
	InScope  int     `json:"in_scope"`
	ToDo     int     `json:"to_do"`
}

func runSessionsList(e *env, format outputFormat) int {
	sessions, err := e.lib.Sessions(e.ctx)
	if err != nil {
		return fail(e, err)
	}
	t := table{header: []string{"session", "coder", "started", "ended", "scope", "passages", "articles", "in scope", "to do"}}
	for _, s := range sessions {
		j := sessionJSON{Name: s.Name, Coder: s.Coder, Started: s.Started.Format(time.RFC3339), Scope: s.Scope,
			Passages: s.Passages, Articles: s.Articles, InScope: s.InScope, ToDo: s.ToDo}
		ended := "open"
		if !s.Open() {
			ended = s.Ended.Format(time.RFC3339)
			j.Ended = &ended
		}
		t.records = append(t.records, j)
		t.rows = append(t.rows, []string{s.Name, s.Coder, j.Started, ended, s.Scope, strconv.Itoa(s.Passages),
			strconv.Itoa(s.Articles), strconv.Itoa(s.InScope), strconv.Itoa(s.ToDo)})
	}
	if err := t.write(e.stdout, format); err != nil {
		return fail(e, err)
	}
	return exitOK
}
