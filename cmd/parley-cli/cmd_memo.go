package main

import (
	"flag"
	"fmt"
	"strconv"
	"strings"
	"time"

	"parley/app"
)

// memoTarget reads the target flags shared by memo add and memo list: at
// most one of --article, --code, --passage, or --library.
func memoTarget(fs *flag.FlagSet) func() (app.MemoKind, string, int, error) {
	article := fs.String("article", "", "on an article (id or source file name)")
	code := fs.String("code", "", "on a code (name or path)")
	passage := fs.String("passage", "", "on a passage (its id)")
	library := fs.Bool("library", false, "on the library as a whole")
	return func() (app.MemoKind, string, int, error) {
		var kind app.MemoKind
		var ref string
		n := 0
		for _, t := range []struct {
			k   app.MemoKind
			ref string
		}{{app.MemoArticle, *article}, {app.MemoCode, *code}, {app.MemoPassage, *passage}} {
			if t.ref != "" {
				kind, ref = t.k, t.ref
				n++
			}
		}
		if *library {
			kind = app.MemoLibrary
			n++
		}
		if n > 1 {
			return "", "", n, fmt.Errorf("give at most one of --article, --code, --passage, --library")
		}
		return kind, ref, n, nil
	}
}

func init() {
	var addTarget, listTarget func() (app.MemoKind, string, int, error)
	var title, newTitle *string
	var format *outputFormat
	registerGroup("memo", "Memos on the library, an article, a code or a passage.",
		&command{name: "add", args: "TEXT...", summary: "Write a memo; without a target it is on the library.",
			flags: func(fs *flag.FlagSet) {
				addTarget = memoTarget(fs)
				title = fs.String("title", "", "the memo's title")
			},
			execute: func(e *env, fs *flag.FlagSet, args []string) int {
				kind, ref, n, err := addTarget()
				if err != nil {
					return usageError(e, fs, "%v", err)
				}
				if n == 0 {
					kind = app.MemoLibrary
				}
				text := strings.Join(args, " ")
				if text == "" && *title == "" {
					return usageError(e, fs, "give the memo's text or --title")
				}
				m, err := e.lib.AddMemo(e.ctx, kind, ref, *title, text)
				if err != nil {
					return fail(e, err)
				}
				fmt.Fprintf(e.stdout, "memo %d on %s\n", m.ID, memoOn(m))
				return exitOK
			}},
		&command{name: "edit", args: "MEMO TEXT...", summary: "Change a memo's text (and title with --title); one undo step.",
			flags: func(fs *flag.FlagSet) {
				newTitle = fs.String("title", "", "a new title (the old one stays when not given)")
			},
			execute: func(e *env, fs *flag.FlagSet, args []string) int {
				if len(args) < 1 {
					return usageError(e, fs, "give the memo's id and its new text")
				}
				id, err := strconv.ParseInt(args[0], 10, 64)
				if err != nil {
					return usageError(e, fs, "memo id %q is not a number", args[0])
				}
				m, err := findMemo(e, id)
				if err != nil {
					return fail(e, err)
				}
				if *newTitle != "" {
					m.Title = *newTitle
				}
				if len(args) > 1 {
					m.Text = strings.Join(args[1:], " ")
				}
				if err := e.lib.Store.EditMemo(e.ctx, id, m.Title, m.Text); err != nil {
					return fail(e, err)
				}
				fmt.Fprintf(e.stdout, "memo %d edited\n", id)
				return exitOK
			}},
		&command{name: "delete", args: "MEMO", summary: "Delete a memo; one undo step.",
			execute: func(e *env, fs *flag.FlagSet, args []string) int {
				if len(args) != 1 {
					return usageError(e, fs, "give the memo's id")
				}
				id, err := strconv.ParseInt(args[0], 10, 64)
				if err != nil {
					return usageError(e, fs, "memo id %q is not a number", args[0])
				}
				if err := e.lib.Store.DeleteMemo(e.ctx, id); err != nil {
					return fail(e, err)
				}
				fmt.Fprintf(e.stdout, "memo %d deleted\n", id)
				return exitOK
			}},
		&command{name: "list", summary: "List memos, all or those on one target.",
			flags: func(fs *flag.FlagSet) {
				listTarget = memoTarget(fs)
				format = formatFlag(fs)
			},
			execute: func(e *env, fs *flag.FlagSet, args []string) int {
				if len(args) > 0 {
					return usageError(e, fs, "unexpected argument %q", args[0])
				}
				kind, ref, n, err := listTarget()
				if err != nil {
					return usageError(e, fs, "%v", err)
				}
				var f app.MemoFilter
				if n == 1 {
					f.Kind = kind
					if f.TargetID, err = e.lib.MemoTarget(e.ctx, kind, ref); err != nil {
						return fail(e, err)
					}
				}
				ms, err := e.lib.Store.Memos(e.ctx, f)
				if err != nil {
					return fail(e, err)
				}
				type memoJSON struct {
					ID      int64  `json:"id"`
					Kind    string `json:"target_kind"`
					Target  int64  `json:"target_id"`
					Title   string `json:"title"`
					Text    string `json:"text"`
					Created string `json:"created"`
				}
				t := table{header: []string{"id", "on", "title", "text", "created"}}
				for _, m := range ms {
					j := memoJSON{m.ID, string(m.Kind), m.TargetID, m.Title, m.Text, m.CreatedAt.Format(time.RFC3339)}
					t.records = append(t.records, j)
					text := m.Text
					if *format == "table" {
						text = clip(text, 60)
					}
					t.rows = append(t.rows, []string{strconv.FormatInt(m.ID, 10), memoOn(m), m.Title, text, j.Created})
				}
				if err := t.write(e.stdout, *format); err != nil {
					return fail(e, err)
				}
				return exitOK
			}},
	)
}

func memoOn(m app.Memo) string {
	if m.Kind == app.MemoLibrary {
		return "library"
	}
	return fmt.Sprintf("%s %d", m.Kind, m.TargetID)
}

// findMemo loads one memo by id.
func findMemo(e *env, id int64) (app.Memo, error) {
	ms, err := e.lib.Store.Memos(e.ctx, app.MemoFilter{ID: id})
	if err != nil {
		return app.Memo{}, err
	}
	if len(ms) == 1 {
		return ms[0], nil
	}
	return app.Memo{}, fmt.Errorf("memo %d: %w ('memo list' shows them)", id, app.ErrNotFound)
}
