package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"

	"parley/app"
	"parley/assets"
	"parley/data"
)

func init() {
	var (
		format      *outputFormat
		gold, texts *string
	)
	register(&command{
		name: "eval",
		summary: `Score the meeting extractor against a gold file: import every .txt of the texts
folder into a temporary library, extract, and compare with the labelled meetings
(format and scoring in ../shared/gold/README.md). Needs no library.`,
		noLibrary: true,
		flags: func(fs *flag.FlagSet) {
			format = formatFlag(fs)
			gold = fs.String("gold", "", "gold `file` (JSON lines)")
			texts = fs.String("texts", "", "`folder` of the labelled articles (.txt)")
		},
		execute: func(e *env, fs *flag.FlagSet, args []string) int {
			switch {
			case len(args) > 0:
				return usageError(e, fs, "unexpected argument %q", args[0])
			case *gold == "" || *texts == "":
				return usageError(e, fs, "--gold and --texts are both needed")
			case *format == "csv":
				return usageError(e, fs, "--format: eval prints table or json")
			}
			return runEval(e, *gold, *texts, *format)
		},
	})
}

func runEval(e *env, goldPath, textsDir string, format outputFormat) int {
	f, err := os.Open(goldPath)
	if err != nil {
		return fail(e, err)
	}
	gold, err := app.ReadGold(f)
	f.Close()
	if err != nil {
		return fail(e, fmt.Errorf("%s: %w", goldPath, err))
	}
	files, err := filepath.Glob(filepath.Join(textsDir, "*.txt"))
	if err != nil || len(files) == 0 {
		return fail(e, fmt.Errorf("%s: no .txt files to score", textsDir))
	}

	tmp, err := os.MkdirTemp("", "parley-eval-")
	if err != nil {
		return fail(e, err)
	}
	defer os.RemoveAll(tmp)
	store, err := data.Open(filepath.Join(tmp, "eval.parley"))
	if err != nil {
		return fail(e, err)
	}
	defer store.Close()
	lib := app.NewLibrary(store)
	if err := lib.EnableExtraction(e.ctx, assets.Gazetteer()); err != nil {
		return fail(e, err)
	}
	sum, err := lib.Import(e.ctx, files, nil)
	if err != nil {
		return fail(e, err)
	}
	if sum.Rejected > 0 {
		return fail(e, fmt.Errorf("%d of the texts were rejected; run 'parley-cli import' on them to see why", sum.Rejected))
	}
	all := []app.MeetingStatus{app.Suggested, app.Confirmed, app.Planned}
	ms, err := store.Meetings(e.ctx, app.MeetingFilter{Statuses: all})
	if err != nil {
		return fail(e, err)
	}
	predicted := map[string][]app.Meeting{}
	for _, m := range ms {
		predicted[app.ArticleName(m.Source)] = append(predicted[app.ArticleName(m.Source)], m)
	}
	report := app.Evaluate(gold, predicted)
	if format == "json" {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(report); err != nil {
			return fail(e, err)
		}
		return exitOK
	}
	printEval(e, report)
	return exitOK
}

func printEval(e *env, r app.EvalReport) {
	w := e.stdout
	score := func(name string, s app.Scores) []string {
		return []string{name, strconv.Itoa(s.Gold), strconv.Itoa(s.Predicted), strconv.Itoa(s.Matched),
			fmt.Sprintf("%.3f", s.Precision), fmt.Sprintf("%.3f", s.Recall), fmt.Sprintf("%.3f", s.F1)}
	}
	t := table{header: []string{"measure", "gold", "predicted", "matched", "precision", "recall", "f1"},
		rows: [][]string{score("events (body)", r.Events), score("article-partner", r.ArticlePartner), score("teaser events", r.Teasers)}}
	_ = t.write(w, "table")
	fmt.Fprintf(w, "\ndates exact on matched events: %d of %d (%.3f)\n\n", r.Dates.Exact, r.Dates.Matched, r.Dates.Rate)
	pt := table{header: []string{"partner", "gold meetings", "predicted clusters"}}
	for _, p := range r.Partners {
		pt.rows = append(pt.rows, []string{p.Partner, strconv.Itoa(p.Gold), strconv.Itoa(p.Predicted)})
	}
	_ = pt.write(w, "table")
	for _, list := range []struct {
		name  string
		items []string
	}{{"missed", r.Missed}, {"false alarms", r.FalseAlarms}} {
		if len(list.items) > 0 {
			fmt.Fprintf(w, "\n%s:\n", list.name)
			for _, s := range list.items {
				fmt.Fprintf(w, "  %s\n", clip(s, 160))
			}
		}
	}
}
