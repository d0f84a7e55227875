package places

import (
	"bufio"
	"fmt"
	"io/fs"
	"strings"
)

// record is one data line of a curated table, with where it came from so that
// every error can name the file and line.
type record struct {
	file   string
	line   int
	fields []string
}

func (r record) errorf(format string, args ...any) error {
	return fmt.Errorf("gazetteer: %s:%d: %s", r.file, r.line, fmt.Sprintf(format, args...))
}

// readTable reads a tab-separated table: '#' starts a comment line, blank
// lines are skipped, runs of tabs count as one (so columns can be aligned),
// and every line must have between minCols and maxCols fields.
func readTable(fsys fs.FS, name string, minCols, maxCols int) ([]record, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	defer f.Close()
	var out []record
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), " \r")
		if n == 1 {
			line = strings.TrimPrefix(line, "\uFEFF")
		}
		if strings.TrimSpace(line) == "" || strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		var fields []string
		for _, f := range strings.Split(line, "\t") {
			if f = strings.TrimSpace(f); f != "" {
				fields = append(fields, f)
			}
		}
		rec := record{file: name, line: n, fields: fields}
		if len(fields) < minCols || len(fields) > maxCols {
			if minCols == maxCols {
				return nil, rec.errorf("%d columns, want %d (tab-separated)", len(fields), minCols)
			}
			return nil, rec.errorf("%d columns, want %d to %d (tab-separated)", len(fields), minCols, maxCols)
		}
		out = append(out, rec)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("gazetteer: %s: %w", name, err)
	}
	return out, nil
}
