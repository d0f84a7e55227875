package main

import (
	"flag"
	"fmt"
	"io"

	"parley/app"
	"parley/app/export"
	"parley/charts"
)

func init() {
	var (
		out, kind, title *string
		width, height    *int
		request          func() (app.CountRequest, error)
	)
	register(&command{
		name: "chart",
		args: "--out FILE.png|FILE.svg",
		summary: `Draw the counts of a count request (the options of 'counts') as a chart: grouped
bars per period (bars), absolute stacks per period (stacked), one line per
partner (lines) or one bar per partner (totals). With --breakdown mode|level
each partner's bar is split by group in shades of its colour. The title states
the request; each country keeps its colour in every chart.`,
		flags: func(fs *flag.FlagSet) {
			out = fs.String("out", "", "the image `file`: .png or .svg")
			kind = fs.String("kind", string(charts.Bars), "bars, stacked, lines or totals")
			title = fs.String("title", "", "a title of your own (the request then goes under it)")
			width = fs.Int("width", 0, "width in pixels (0: fitted to the data)")
			height = fs.Int("height", 0, "height in pixels (0: fitted to the data)")
			request = countFlags(fs)
		},
		execute: func(e *env, fs *flag.FlagSet, args []string) int {
			if len(args) > 0 {
				return usageError(e, fs, "unexpected argument %q", args[0])
			}
			if *out == "" {
				return usageError(e, fs, "--out FILE.png or FILE.svg is needed")
			}
			format, err := charts.FormatOf(*out)
			if err != nil {
				return usageError(e, fs, "--out: %v", err)
			}
			k, err := charts.ParseKind(*kind)
			if err != nil {
				return usageError(e, fs, "--kind: %v", err)
			}
			r, err := request()
			if err != nil {
				return usageError(e, fs, "%v", err)
			}
			if k == charts.Lines && r.Breakdown != "" {
				return usageError(e, fs, "lines do not take a breakdown; use stacked, bars or totals")
			}
			t, err := e.lib.Counts(e.ctx, r)
			if err != nil {
				return fail(e, err)
			}
			opt := charts.Options{Kind: k, Format: format, Width: *width, Height: *height, Title: *title}
			if err := export.WriteFile(*out, func(w io.Writer) error { return charts.Render(w, t, opt) }); err != nil {
				return fail(e, err)
			}
			fmt.Fprintf(e.stdout, "wrote %s\n", *out)
			return exitOK
		},
	})
}
