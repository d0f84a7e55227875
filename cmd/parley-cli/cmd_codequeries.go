package main

import (
	"flag"
	"strconv"

	"parley/app"
)

// The counting queries of the codebook, registered as 'codes' subcommands
// by codeQueryCommands.

// frequencyJSON is one element of `codes frequencies --format json`.
type frequencyJSON struct {
	Code     string `json:"code"` // path
	Group    string `json:"group,omitempty"`
	Passages int    `json:"passages"`
	Articles int    `json:"articles"`
}

// pairJSON is one element of `codes cooccurrence --format json`.
type pairJSON struct {
	A        string `json:"a"`
	B        string `json:"b"`
	Overlaps int    `json:"overlaps"`
	Articles int    `json:"articles"`
}

func codeQueryCommands() []*command {
	var (
		by                   *string
		freqFormat, coFormat *outputFormat
	)
	return []*command{
		{name: "frequencies", summary: `Count each code's passages (its own, not its sub-codes'), and the
articles holding them; --by breaks the counts down by article, coder or session.`,
			flags: func(fs *flag.FlagSet) {
				by = fs.String("by", "", "break down by article, coder or session")
				freqFormat = formatFlag(fs)
			},
			execute: func(e *env, fs *flag.FlagSet, args []string) int {
				if len(args) > 0 {
					return usageError(e, fs, "unexpected argument %q", args[0])
				}
				group, err := app.ParseFrequencyBy(*by)
				if err != nil {
					return usageError(e, fs, "--by: %v", err)
				}
				return runFrequencies(e, group, *freqFormat)
			}},
		{name: "cooccurrence", summary: `Count, for every two codes, the pairs of their passages that overlap
(share a character) in the same article, most first.`,
			flags: func(fs *flag.FlagSet) { coFormat = formatFlag(fs) },
			execute: func(e *env, fs *flag.FlagSet, args []string) int {
				if len(args) > 0 {
					return usageError(e, fs, "unexpected argument %q", args[0])
				}
				return runCooccurrence(e, *coFormat)
			}},
	}
}

func runFrequencies(e *env, by app.FrequencyBy, format outputFormat) int {
	b, err := e.lib.Codebook(e.ctx)
	if err != nil {
		return fail(e, err)
	}
	fs, err := e.lib.CodeFrequencies(e.ctx, by)
	if err != nil {
		return fail(e, err)
	}
	t := table{header: []string{"code", "passages", "articles"}}
	if by != app.ByCode {
		t.header = []string{"code", string(by), "passages", "articles"}
	}
	for _, f := range fs {
		group := f.Group
		if by == app.ByArticle {
			group = app.ArticleName(group)
		}
		j := frequencyJSON{Code: b.Path(f.CodeID), Group: group, Passages: f.Passages, Articles: f.Articles}
		t.records = append(t.records, j)
		row := []string{j.Code, strconv.Itoa(j.Passages), strconv.Itoa(j.Articles)}
		if by != app.ByCode {
			row = []string{j.Code, group, strconv.Itoa(j.Passages), strconv.Itoa(j.Articles)}
		}
		t.rows = append(t.rows, row)
	}
	if err := t.write(e.stdout, format); err != nil {
		return fail(e, err)
	}
	return exitOK
}

func runCooccurrence(e *env, format outputFormat) int {
	b, err := e.lib.Codebook(e.ctx)
	if err != nil {
		return fail(e, err)
	}
	pairs, err := e.lib.CodeCooccurrence(e.ctx)
	if err != nil {
		return fail(e, err)
	}
	t := table{header: []string{"code", "code", "overlaps", "articles"}}
	for _, p := range pairs {
		j := pairJSON{A: b.Path(p.A), B: b.Path(p.B), Overlaps: p.Overlaps, Articles: p.Articles}
		t.records = append(t.records, j)
		t.rows = append(t.rows, []string{j.A, j.B, strconv.Itoa(j.Overlaps), strconv.Itoa(j.Articles)})
	}
	if err := t.write(e.stdout, format); err != nil {
		return fail(e, err)
	}
	return exitOK
}
