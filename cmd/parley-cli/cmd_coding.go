package main

import (
	"errors"
	"flag"
	"fmt"
	"strconv"
	"time"

	"parley/app"
)

func init() {
	var (
		article, quote, code, coder, session, memo *string
		start, end, nth                            *int
		whole                                      *bool
	)
	register(&command{
		name: "code",
		summary: `Code a passage of an article's body with a code, by offsets (code points,
[start, end)), by quoting its text (the first occurrence, or the --nth), or
the whole article. The coder is created on first use; the coding belongs to
--session, else to the coder's open session.`,
		flags: func(fs *flag.FlagSet) {
			article = fs.String("article", "", "the article: id or source file name (required)")
			start = fs.Int("start", -1, "first code point of the passage")
			end = fs.Int("end", -1, "code point just after the passage")
			quote = fs.String("quote", "", "the passage's text, found in the body")
			nth = fs.Int("nth", 1, "with --quote: which occurrence, from 1")
			whole = fs.Bool("whole", false, "code the whole article")
			code = fs.String("code", "", "the code: name or path (required)")
			coder = fs.String("coder", "", "who codes (required)")
			session = fs.String("session", "", "the session (default: the coder's open one)")
			memo = fs.String("memo", "", "a memo on the passage")
		},
		execute: func(e *env, fs *flag.FlagSet, args []string) int {
			if len(args) > 0 {
				return usageError(e, fs, "unexpected argument %q", args[0])
			}
			if *article == "" || *code == "" || *coder == "" {
				return usageError(e, fs, "--article, --code and --coder are required")
			}
			offsets := *start != -1 || *end != -1
			ways := 0
			for _, b := range []bool{offsets, *quote != "", *whole} {
				if b {
					ways++
				}
			}
			if ways != 1 {
				return usageError(e, fs, "give the passage one way: --start and --end, --quote, or --whole")
			}
			if offsets && (*start == -1 || *end == -1) {
				return usageError(e, fs, "--start and --end go together")
			}
			if *nth != 1 && *quote == "" {
				return usageError(e, fs, "--nth goes with --quote")
			}
			if *nth < 1 {
				return usageError(e, fs, "--nth counts from 1")
			}
			p, err := e.lib.CodePassage(e.ctx, app.CodingRequest{Article: *article, Start: *start, End: *end,
				Quote: *quote, Nth: *nth, Whole: *whole, Code: *code, Coder: *coder, Session: *session, Memo: *memo})
			if err != nil {
				return fail(e, err)
			}
			where := fmt.Sprintf("[%d,%d) %q", p.Start, p.End, clip(p.Quote, 60))
			if p.Whole {
				where = "(whole article)"
			}
			fmt.Fprintf(e.stdout, "passage %d: %s %s coded %s by %s", p.ID, p.Source, where, p.Code, p.Coder)
			if p.Session != "" {
				fmt.Fprintf(e.stdout, " in session %s", p.Session)
			}
			fmt.Fprintln(e.stdout)
			return exitOK
		},
	})
	register(&command{
		name: "uncode", args: "PASSAGE",
		summary: "Remove a coding (its id from 'passages'), with the memos on it; 'undo' brings it back.",
		execute: func(e *env, fs *flag.FlagSet, args []string) int {
			if len(args) != 1 {
				return usageError(e, fs, "give one passage id")
			}
			id, err := strconv.ParseInt(args[0], 10, 64)
			if err != nil {
				return usageError(e, fs, "passage id %q is not a number", args[0])
			}
			p, err := e.lib.Uncode(e.ctx, id)
			if errors.Is(err, app.ErrNotFound) {
				return fail(e, fmt.Errorf("passage %d does not exist ('passages' lists them)", id))
			}
			if err != nil {
				return fail(e, err)
			}
			fmt.Fprintf(e.stdout, "uncoded passage %d (%s [%d,%d) %s by %s)\n", p.ID, p.Source, p.Start, p.End, p.Code, p.Coder)
			return exitOK
		},
	})
	registerPassages()
}

func registerPassages() {
	var (
		code, article, coder, session *string
		subCodes, context             *bool
		format                        *outputFormat
	)
	register(&command{
		name:    "passages",
		summary: "List coded passages, by article and place in the text.",
		flags: func(fs *flag.FlagSet) {
			code = fs.String("code", "", "only this code (name or path)")
			subCodes = fs.Bool("subcodes", false, "with --code: its sub-codes too")
			article = fs.String("article", "", "only this article (id or source file name)")
			coder = fs.String("coder", "", "only this coder")
			session = fs.String("session", "", "only this session")
			context = fs.Bool("context", false, "show the sentence around each passage")
			format = formatFlag(fs)
		},
		execute: func(e *env, fs *flag.FlagSet, args []string) int {
			if len(args) > 0 {
				return usageError(e, fs, "unexpected argument %q", args[0])
			}
			if *subCodes && *code == "" {
				return usageError(e, fs, "--subcodes goes with --code")
			}
			ps, err := e.lib.ListPassages(e.ctx, app.PassageQuery{Code: *code, SubCodes: *subCodes, Article: *article,
				Coder: *coder, Session: *session, Context: *context})
			if err != nil {
				return fail(e, err)
			}
			return writePassages(e, ps, *context, *format)
		},
	})
}

// passageJSON is one element of `passages --format json`.
type passageJSON struct {
	ID        int64   `json:"id"`
	Article   string  `json:"article"`
	ArticleID int64   `json:"article_id"`
	Start     int     `json:"start"`
	End       int     `json:"end"`
	Whole     bool    `json:"whole"`
	Quote     string  `json:"quote"`
	Code      string  `json:"code"`
	Coder     string  `json:"coder"`
	Session   *string `json:"session"`
	Memo      string  `json:"memo"`
	Created   string  `json:"created"`
	Context   *string `json:"context,omitempty"`
}

func writePassages(e *env, ps []app.Passage, withContext bool, format outputFormat) int {
	t := table{header: []string{"id", "article", "start", "end", "code", "coder", "session", "quote", "memo"}}
	if withContext {
		t.header = append(t.header, "context")
	}
	for _, p := range ps {
		j := passageJSON{ID: p.ID, Article: app.ArticleName(p.Source), ArticleID: p.ArticleID, Start: p.Start, End: p.End,
			Whole: p.Whole, Quote: p.Quote, Code: p.Code, Coder: p.Coder, Session: nullable(p.Session), Memo: p.Memo,
			Created: p.CreatedAt.Format(time.RFC3339)}
		if withContext {
			c := p.Context
			j.Context = &c
		}
		t.records = append(t.records, j)
		quote, memo, ctx := p.Quote, p.Memo, p.Context
		if p.Whole {
			quote = "(whole article)"
		}
		if format == "table" {
			quote, memo, ctx = clip(quote, 50), clip(memo, 30), clip(ctx, 100)
		}
		row := []string{strconv.FormatInt(p.ID, 10), app.ArticleName(p.Source), strconv.Itoa(p.Start), strconv.Itoa(p.End),
			p.Code, p.Coder, p.Session, quote, memo}
		if withContext {
			row = append(row, ctx)
		}
		t.rows = append(t.rows, row)
	}
	if err := t.write(e.stdout, format); err != nil {
		return fail(e, err)
	}
	return exitOK
}
