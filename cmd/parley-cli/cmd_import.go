package main

import (
	"flag"
	"fmt"

	"parley/app"
)

func init() {
	register(&command{
		name:    "import",
		args:    "PATH...",
		summary: "Import files and folders (recursively): agency text pages (.txt), saved HTML pages\n(.html, .htm) and CSV files (one article a row, a 'text' column required).\nEach file is one transaction; re-importing the same content changes nothing.\nMeetings are found as the articles are imported.\nExit code 1 when any file was rejected.",
		extract: true,
		execute: runImport,
	})
}

func runImport(e *env, fs *flag.FlagSet, args []string) int {
	if len(args) == 0 {
		return usageError(e, fs, "give at least one file or folder to import")
	}
	sum, err := e.lib.Import(e.ctx, args, func(r app.FileReport) {
		fmt.Fprintln(e.stdout, describeFile(r))
	})
	fmt.Fprintf(e.stdout, "%d files: %d imported, %d already in the library, %d new versions, %d rejected, %d skipped (%d articles added)\n",
		sum.Files, sum.Imported, sum.Present, sum.NewVersions, sum.Rejected, sum.Skipped, sum.ArticlesAdded)
	if err != nil {
		return fail(e, fmt.Errorf("import stopped: %w", err))
	}
	if sum.Rejected > 0 {
		return exitFailed
	}
	return exitOK
}

// describeFile is the line printed for one file of an import.
func describeFile(r app.FileReport) string {
	switch r.Outcome {
	case app.FileRejected, app.FileSkipped:
		return fmt.Sprintf("%-8s %v", r.Outcome, r.Err)
	}
	line := fmt.Sprintf("%-8s %s", r.Outcome, r.Path)
	if n := r.Added + r.Present + r.Versions; n > 1 {
		line += fmt.Sprintf(" (%d articles: %d added, %d already present, %d new versions)", n, r.Added, r.Present, r.Versions)
	}
	return line
}
