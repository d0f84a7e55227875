package main

import (
	"flag"
	"fmt"
	"strconv"
	"strings"

	"parley/app"
)

func init() {
	var (
		parent, color, description *string
		listFormat                 *outputFormat
		force                      *bool
	)
	registerGroup("codes", `Manage the codebook: a tree of codes. A code is named by its name when no
other code has it, else by its path from the top ("Coopération/Défense").
Every change here is one step of 'undo'; frequencies and cooccurrence count.`,
		append([]*command{{name: "add", args: "NAME", summary: "Add a code, at the top level or under --parent.",
			flags: func(fs *flag.FlagSet) {
				parent = fs.String("parent", "", "the parent code (name or path)")
				color = fs.String("color", "", "colour as #RRGGBB (default "+app.DefaultCodeColor+")")
				description = fs.String("description", "", "what the code means")
			},
			execute: func(e *env, fs *flag.FlagSet, args []string) int {
				if len(args) != 1 {
					return usageError(e, fs, "give one code name (quote a name with spaces)")
				}
				c, err := e.lib.AddCode(e.ctx, args[0], *parent, *color, *description)
				if err != nil {
					return fail(e, err)
				}
				fmt.Fprintf(e.stdout, "code %d: %s\n", c.ID, args[0])
				return exitOK
			}},
			{name: "list", summary: "List the codebook as a tree, with each code's passages.",
				flags: func(fs *flag.FlagSet) { listFormat = formatFlag(fs) },
				execute: func(e *env, fs *flag.FlagSet, args []string) int {
					if len(args) > 0 {
						return usageError(e, fs, "unexpected argument %q", args[0])
					}
					return runCodesList(e, *listFormat)
				}},
			{name: "rename", args: "CODE NEW-NAME", summary: "Rename a code.",
				execute: func(e *env, fs *flag.FlagSet, args []string) int {
					if len(args) != 2 {
						return usageError(e, fs, "give the code and its new name")
					}
					if _, err := e.lib.RenameCode(e.ctx, args[0], args[1]); err != nil {
						return fail(e, err)
					}
					fmt.Fprintf(e.stdout, "renamed %s to %s\n", args[0], args[1])
					return exitOK
				}},
			{name: "move", args: "CODE [NEW-PARENT]", summary: "Move a code under another, or to the top level when no parent is given.",
				execute: func(e *env, fs *flag.FlagSet, args []string) int {
					if len(args) < 1 || len(args) > 2 {
						return usageError(e, fs, "give the code and, unless it goes to the top level, its new parent")
					}
					to := ""
					if len(args) == 2 {
						to = args[1]
					}
					if _, err := e.lib.MoveCode(e.ctx, args[0], to); err != nil {
						return fail(e, err)
					}
					if to == "" {
						to = "the top level"
					}
					fmt.Fprintf(e.stdout, "moved %s under %s\n", args[0], to)
					return exitOK
				}},
			{name: "merge", args: "CODE INTO", summary: `Merge CODE into INTO: its passages, sub-codes and memos move over and CODE
is deleted. A passage INTO already has (same span and coder) is dropped.`,
				execute: func(e *env, fs *flag.FlagSet, args []string) int {
					if len(args) != 2 {
						return usageError(e, fs, "give the code to merge and the code it merges into")
					}
					r, err := e.lib.MergeCodes(e.ctx, args[0], args[1])
					if err != nil {
						return fail(e, err)
					}
					fmt.Fprintf(e.stdout, "merged %s into %s: %d passages moved, %d already there dropped, %d sub-codes moved\n",
						args[0], args[1], r.Moved, r.Dropped, r.Codes)
					return exitOK
				}},
			{name: "delete", args: "CODE", summary: `Delete a code with its sub-codes, their passages and memos. A code that has
any of these needs --force; 'undo' brings everything back.`,
				flags: func(fs *flag.FlagSet) {
					force = fs.Bool("force", false, "delete even though passages or sub-codes go with it")
				},
				execute: func(e *env, fs *flag.FlagSet, args []string) int {
					if len(args) != 1 {
						return usageError(e, fs, "give one code")
					}
					return runCodesDelete(e, args[0], *force)
				}},
		}, codeQueryCommands()...)...,
	)
}

func runCodesDelete(e *env, ref string, force bool) int {
	b, err := e.lib.CountedCodebook(e.ctx)
	if err != nil {
		return fail(e, err)
	}
	c, err := b.Find(ref)
	if err != nil {
		return fail(e, err)
	}
	if impact := b.CodeImpact(c.ID); !force && (impact.Codes > 1 || impact.Passages > 0) {
		return fail(e, fmt.Errorf("code %s has %d sub-code(s) and %d coded passage(s) (sub-codes included): "+
			"deleting it deletes them too; run again with --force ('undo' brings them back)", b.Path(c.ID), impact.Codes-1, impact.Passages))
	}
	r, err := e.lib.DeleteCode(e.ctx, b.Path(c.ID))
	if err != nil {
		return fail(e, err)
	}
	fmt.Fprintf(e.stdout, "deleted %s: %d code(s), %d passage(s), %d memo(s) ('undo' brings them back)\n",
		b.Path(c.ID), r.Codes, r.Passages, r.Memos)
	return exitOK
}

// codeJSON is one element of `codes list --format json`.
type codeJSON struct {
	ID          int64  `json:"id"`
	Name        string `json:"name"`
	Path        string `json:"path"`
	Parent      *int64 `json:"parent_id"`
	Depth       int    `json:"depth"`
	Color       string `json:"color"`
	Description string `json:"description"`
	Passages    int    `json:"passages"`
}

func runCodesList(e *env, format outputFormat) int {
	b, err := e.lib.CountedCodebook(e.ctx)
	if err != nil {
		return fail(e, err)
	}
	t := table{header: []string{"id", "code", "color", "passages", "description"}}
	for _, c := range b.Codes {
		j := codeJSON{ID: c.ID, Name: c.Name, Path: b.Path(c.ID), Depth: b.Depth(c.ID), Color: c.Color,
			Description: c.Description, Passages: c.Passages}
		if c.ParentID != 0 {
			p := c.ParentID
			j.Parent = &p
		}
		t.records = append(t.records, j)
		name := j.Path
		if format == "table" {
			name = strings.Repeat("  ", j.Depth) + c.Name
		}
		t.rows = append(t.rows, []string{strconv.FormatInt(c.ID, 10), name, c.Color, strconv.Itoa(c.Passages), c.Description})
	}
	if err := t.write(e.stdout, format); err != nil {
		return fail(e, err)
	}
	return exitOK
}
