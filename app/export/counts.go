package export

import (
	"io"
	"strconv"

	"parley/app"
)

// UnknownPeriod is the period cell of the meetings whose date is unknown:
// they are counted in their own bucket, never dropped or guessed.
const UnknownPeriod = "unknown"

// Counts writes a count table: every row of t.Rows, zeros included, then
// the unknown-date rows. A table with a breakdown gets a group column
// (the mode or level) before the count. The request is not written into the file (no
// comment line or title row), which would break RFC 4180 readers; its
// description belongs in the file name or beside the file.
func Counts(w io.Writer, opt CSVOptions, t app.CountTable) error {
	header := []string{"partner", "period", "count"}
	row := func(r app.CountRow, period string) []string {
		return []string{r.Partner, period, strconv.Itoa(r.Count)}
	}
	if t.Groups != nil {
		header = []string{"partner", "period", "group", "count"}
		row = func(r app.CountRow, period string) []string {
			return []string{r.Partner, period, r.Group, strconv.Itoa(r.Count)}
		}
	}
	c, err := startTable(w, opt, header...)
	if err != nil {
		return err
	}
	for _, r := range t.Rows {
		if err := c.Write(row(r, r.Period)...); err != nil {
			return err
		}
	}
	for _, r := range t.Unknown {
		if err := c.Write(row(r, UnknownPeriod)...); err != nil {
			return err
		}
	}
	return c.Flush()
}
