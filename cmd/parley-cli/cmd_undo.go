package main

import (
	"flag"
	"fmt"
	"strconv"
	"time"

	"parley/app"
)

func init() {
	for _, c := range []struct {
		name, summary string
		do            func(e *env) (app.Change, error)
	}{
		{"undo", "Undo the last change to codes, passages or memos (also after a restart).",
			func(e *env) (app.Change, error) { return e.lib.Store.Undo(e.ctx) }},
		{"redo", "Redo the last undone change. Any new change drops what was undone.",
			func(e *env) (app.Change, error) { return e.lib.Store.Redo(e.ctx) }},
	} {
		register(&command{name: c.name, summary: c.summary,
			execute: func(e *env, fs *flag.FlagSet, args []string) int {
				if len(args) > 0 {
					return usageError(e, fs, "unexpected argument %q", args[0])
				}
				ch, err := c.do(e)
				if err != nil {
					return fail(e, err)
				}
				fmt.Fprintf(e.stdout, "%s step %d: %s\n", map[bool]string{true: "undid", false: "redid"}[ch.Undone], ch.ID, ch.Label)
				return exitOK
			}})
	}
	var limit *int
	var format *outputFormat
	register(&command{name: "history", summary: "List the changes, newest first; undone ones are marked.",
		flags: func(fs *flag.FlagSet) {
			limit = fs.Int("limit", 20, "how many steps (0: all)")
			format = formatFlag(fs)
		},
		execute: func(e *env, fs *flag.FlagSet, args []string) int {
			if len(args) > 0 {
				return usageError(e, fs, "unexpected argument %q", args[0])
			}
			if *limit < 0 {
				return usageError(e, fs, "--limit must be 0 or more")
			}
			h, err := e.lib.Store.History(e.ctx, *limit)
			if err != nil {
				return fail(e, err)
			}
			type stepJSON struct {
				Step    int64  `json:"step"`
				Label   string `json:"label"`
				Created string `json:"created"`
				Undone  bool   `json:"undone"`
				Rows    int    `json:"rows"`
			}
			t := table{header: []string{"step", "change", "when", "state", "rows"}}
			for _, ch := range h {
				j := stepJSON{ch.ID, ch.Label, ch.CreatedAt.Format(time.RFC3339), ch.Undone, ch.Rows}
				state := "done"
				if ch.Undone {
					state = "undone"
				}
				t.records = append(t.records, j)
				t.rows = append(t.rows, []string{strconv.FormatInt(ch.ID, 10), ch.Label, j.Created, state, strconv.Itoa(ch.Rows)})
			}
			if err := t.write(e.stdout, *format); err != nil {
				return fail(e, err)
			}
			return exitOK
		}})
}
