package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"strconv"

	"parley/app"
)

func init() {
	var (
		format *outputFormat
		coders *string
		code   *string
		by     *string
	)
	register(&command{
		name: "agreement",
		summary: `How far coders agree, character by character as NVivo counts it: percent
agreement and Cohen's kappa for two coders, Krippendorff's alpha (nominal) for
two or more; per code (or per article with --by article) and overall. Every
article counts, so text neither coder coded is agreement too. A figure is
empty when it is undefined (no variation at all), with a note saying why.`,
		flags: func(fs *flag.FlagSet) {
			format = formatFlag(fs)
			coders = fs.String("coders", "", "the coders to compare, comma-separated (two or more)")
			code = fs.String("code", "", "only this code")
			by = fs.String("by", "code", "rows per code or per article")
		},
		execute: func(e *env, fs *flag.FlagSet, args []string) int {
			switch {
			case len(args) > 0:
				return usageError(e, fs, "unexpected argument %q", args[0])
			case len(splitList(*coders)) < 2:
				return usageError(e, fs, "--coders needs two coders or more, comma-separated")
			case *by != "code" && *by != "article":
				return usageError(e, fs, "--by %q: want code or article", *by)
			case *format == "csv":
				return usageError(e, fs, "--format: agreement prints table or json")
			}
			rep, err := e.lib.Agreement(e.ctx, app.AgreementRequest{Coders: splitList(*coders), Code: *code})
			if err != nil {
				return fail(e, err)
			}
			rows, key := rep.Codes, "code"
			if *by == "article" {
				rows, key = rep.Articles, "article"
			}
			if *format == "json" {
				return printAgreementJSON(e, rep, rows, key)
			}
			t := table{header: []string{key, "percent", "kappa", "alpha", "chars", "note"}}
			for _, r := range append(rows, rep.Overall) {
				t.rows = append(t.rows, []string{r.Name, figure(r.Percent, 1), figure(r.Kappa, 3), figure(r.Alpha, 3), strconv.Itoa(r.Chars), r.Note})
			}
			if err := t.write(e.stdout, "table"); err != nil {
				return fail(e, err)
			}
			return exitOK
		},
	})
}

// printAgreementJSON prints {"coders": [...], "codes": [{"code": NAME,
// "percent": x, "kappa": x, "alpha": x, "chars": n}, ...], "overall": {...}}
// ("articles" and "article" with --by article); undefined figures are null.
func printAgreementJSON(e *env, rep app.AgreementReport, rows []app.AgreementRow, key string) int {
	list := make([]map[string]any, len(rows))
	for i, r := range rows {
		list[i] = map[string]any{key: r.Name, "percent": r.Percent, "kappa": r.Kappa, "alpha": r.Alpha, "chars": r.Chars}
		if r.Note != "" {
			list[i]["note"] = r.Note
		}
	}
	out := map[string]any{"coders": rep.Coders, key + "s": list, "overall": rep.Overall}
	enc := json.NewEncoder(e.stdout)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(out); err != nil {
		return fail(e, err)
	}
	return exitOK
}

func figure(f *float64, decimals int) string {
	if f == nil {
		return ""
	}
	return fmt.Sprintf("%.*f", decimals, *f)
}
