package main

import (
	"flag"
	"fmt"
	"time"
)

func init() {
	register(&command{
		name:    "info",
		summary: "Print the library's path, schema version and counts.",
		execute: runInfo,
	})
}

func runInfo(e *env, fs *flag.FlagSet, args []string) int {
	if len(args) > 0 {
		return usageError(e, fs, "unexpected argument %q", args[0])
	}
	info, err := e.lib.Store.Info(e.ctx)
	if err != nil {
		return fail(e, err)
	}
	last := "never"
	if !info.LastImport.IsZero() {
		last = info.LastImport.Local().Format(time.RFC3339)
	}
	fmt.Fprintf(e.stdout, "library:        %s\n", info.Path)
	fmt.Fprintf(e.stdout, "schema version: %d\n", info.SchemaVersion)
	fmt.Fprintf(e.stdout, "articles:       %d (%d versions stored)\n", info.Articles, info.Versions)
	fmt.Fprintf(e.stdout, "teasers:        %d\n", info.Teasers)
	fmt.Fprintf(e.stdout, "captions:       %d\n", info.Captions)
	fmt.Fprintf(e.stdout, "last import:    %s\n", last)
	return exitOK
}
