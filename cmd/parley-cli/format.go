package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"parley/app/export"
)

// outputFormat is the --format flag of the listing commands.
type outputFormat string

func (f *outputFormat) String() string { return string(*f) }

func (f *outputFormat) Set(s string) error {
	switch s {
	case "table", "json", "csv":
		*f = outputFormat(s)
		return nil
	}
	return fmt.Errorf("want table, json or csv, not %q", s)
}

func formatFlag(fs *flag.FlagSet) *outputFormat {
	f := outputFormat("table")
	fs.Var(&f, "format", "output `format`: table, json or csv")
	return &f
}

// table is a listing printed in one of the three formats: JSON objects come
// from records, table and CSV from header + rows.
type table struct {
	header  []string
	rows    [][]string
	records []any
}

func (t *table) write(w io.Writer, f outputFormat) error {
	switch f {
	case "json":
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if t.records == nil {
			t.records = []any{}
		}
		return enc.Encode(t.records)
	case "csv":
		cw, err := export.NewCSVWriter(w, export.CSVOptions{})
		if err != nil {
			return err
		}
		if err := cw.Write(t.header...); err != nil {
			return err
		}
		for _, r := range t.rows {
			if err := cw.Write(r...); err != nil {
				return err
			}
		}
		return cw.Flush()
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, strings.Join(t.header, "\t"))
	for _, r := range t.rows {
		fmt.Fprintln(tw, strings.Join(r, "\t"))
	}
	return tw.Flush()
}

// clip shortens s to n characters for a table cell, on one line.
func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return strings.TrimSpace(string(r[:n-1])) + "…"
}
