// Package export writes library data to files other tools read. CSV follows
// RFC 4180 through encoding/csv, in UTF-8 with a header row.
package export

import (
	"encoding/csv"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// CSVOptions are the choices spreadsheet users need: Excel set to French
// opens a file right only with a BOM and ';' as the separator.
type CSVOptions struct {
	BOM       bool
	Separator rune // 0 means ','
}

// CSVWriter writes rows with every cell neutralised against formula
// injection.
type CSVWriter struct {
	w   *csv.Writer
	row []string
}

// NewCSVWriter starts a CSV file on out, writing the BOM at once if asked.
// A separator encoding/csv cannot use is refused here, before a byte is
// written, rather than at the first row.
func NewCSVWriter(out io.Writer, opt CSVOptions) (*CSVWriter, error) {
	if s := opt.Separator; s == '"' || s == '\r' || s == '\n' || s == utf8.RuneError || (s != 0 && !utf8.ValidRune(s)) {
		return nil, fmt.Errorf("CSV separator %q cannot separate cells", s)
	}
	if opt.BOM {
		if _, err := io.WriteString(out, "\ufeff"); err != nil {
			return nil, err
		}
	}
	w := csv.NewWriter(out)
	if opt.Separator != 0 {
		w.Comma = opt.Separator
	}
	return &CSVWriter{w: w}, nil
}

// Write writes one row.
func (c *CSVWriter) Write(cells ...string) error {
	c.row = c.row[:0]
	for _, s := range cells {
		c.row = append(c.row, NeutraliseCell(s))
	}
	return c.w.Write(c.row)
}

// Flush writes buffered rows and reports any write error.
func (c *CSVWriter) Flush() error {
	c.w.Flush()
	return c.w.Error()
}

// NeutraliseCell prefixes a cell that a spreadsheet would run as a formula
// (it starts with =, +, -, @, tab or carriage return) with an apostrophe.
func NeutraliseCell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
