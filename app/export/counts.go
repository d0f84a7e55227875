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
// the unknown-date rows. The request is not written into the file (no
// comment line or title row), which would break RFC 4180 readers; its
// description belongs in the file name or beside the file.
func Counts(w io.Writer, opt CSVOptions, t app.CountTable) error {
	c, err := startTable(w, opt, "partner", "period", "count")
	if err != nil {
		return err
	}
	for _, r := range t.Rows {
		if err := c.Write(r.Partner, r.Period, strconv.Itoa(r.Count)); err != nil {
			return err
		}
	}
	for _, r := range t.Unknown {
		if err := c.Write(r.Partner, UnknownPeriod, strconv.Itoa(r.Count)); err != nil {
			return err
		}
	}
	return c.Flush()
}
