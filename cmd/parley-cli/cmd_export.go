package main

import (
	"flag"
	"fmt"
	"unicode/utf8"

	"parley/app"
	"parley/app/export"
)

func init() {
	var (
		out, sep           *string
		bom                *bool
		request            func() (app.CountRequest, error)
		partners, statuses *string
		onlyTeasers        *bool
		code, coder, sess  *string
	)
	register(&command{
		name: "export",
		args: "articles|teasers|meetings|counts|passages|codebook --out FILE.csv",
		summary: `Write a CSV file (RFC 4180, UTF-8, header row, ISO 8601 dates): the articles,
their teaser items, the meetings (every field of 'meetings --format json'),
the counts of a count request (the options of 'counts'), the coded passages
(with their sentence and code path), or the codebook. --bom and --sep ';'
make Excel set to French open it right. Cells a spreadsheet would run as a
formula are prefixed with '. The file is written to a temporary name and
renamed at the end, so an interrupted export leaves no half file.`,
		flags: func(fs *flag.FlagSet) {
			out = fs.String("out", "", "the CSV `file` to write")
			bom = fs.Bool("bom", false, "start the file with a UTF-8 byte order mark")
			sep = fs.String("sep", ",", "field separator, one character (',' or ';' or a tab)")
			request = countFlags(fs)
			partners = fs.String("partner", "", "meetings: only these partners, comma-separated")
			statuses = fs.String("meeting-status", "", "meetings: only these statuses, comma-separated (default: all but rejected)")
			onlyTeasers = fs.Bool("teasers-only", false, "meetings: only those found in teaser items")
			code = fs.String("code", "", "passages: only this code (and its sub-codes)")
			coder = fs.String("coder", "", "passages: only this coder's")
			sess = fs.String("session", "", "passages: only this session's")
		},
		execute: func(e *env, fs *flag.FlagSet, args []string) int {
			if len(args) != 1 {
				return usageError(e, fs, "say what to export: articles, teasers, meetings, counts, passages or codebook")
			}
			if *out == "" {
				return usageError(e, fs, "--out FILE is needed")
			}
			r, size := utf8.DecodeRuneInString(*sep)
			if size != len(*sep) || r == utf8.RuneError {
				return usageError(e, fs, "--sep %q: give one character", *sep)
			}
			opt := export.CSVOptions{BOM: *bom, Separator: r}
			sel := export.Selection{Passages: app.PassageQuery{Code: *code, SubCodes: true, Coder: *coder, Session: *sess}}
			switch export.Kind(args[0]) {
			case export.KindMeetings:
				sel.Meetings = app.MeetingFilter{Partners: splitList(*partners)}
				for _, s := range splitList(*statuses) {
					st, err := app.ParseMeetingStatus(s)
					if err != nil {
						return usageError(e, fs, "--meeting-status: %v", err)
					}
					sel.Meetings.Statuses = append(sel.Meetings.Statuses, st)
				}
				if *onlyTeasers {
					yes := true
					sel.Meetings.Teasers = &yes
				}
			case export.KindCounts:
				req, err := request()
				if err != nil {
					return usageError(e, fs, "%v", err)
				}
				sel.Count = req
			case export.KindArticles, export.KindTeasers, export.KindPassages, export.KindCodebook:
			default:
				return usageError(e, fs, "cannot export %q: articles, teasers, meetings, counts, passages or codebook", args[0])
			}
			write, err := export.Prepare(e.ctx, e.lib, export.Kind(args[0]), opt, sel)
			if err != nil {
				return fail(e, err)
			}
			if err := export.WriteFile(*out, write); err != nil {
				return fail(e, err)
			}
			fmt.Fprintf(e.stdout, "wrote %s\n", *out)
			return exitOK
		},
	})
}
