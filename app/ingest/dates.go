package ingest

import (
	"fmt"
	"regexp"
	"time"
)

var (
	isoDateRE    = regexp.MustCompile(`^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$`)
	frenchDateRE = regexp.MustCompile(`^(\d{1,2})/(\d{1,2})/(\d{4})$`)
)

// parseDate reads a publication date written as YYYY, YYYY-MM, YYYY-MM-DD,
// DD/MM/YYYY (the French and Vietnamese order; never MM/DD) or an RFC 3339
// timestamp, and returns it as ISO with the precision it had. A timestamp
// keeps its own calendar day: "2024-03-01T23:30:00-05:00" is the 1st, the day
// the article was dated where it was published.
func parseDate(s string) (string, error) {
	var iso string
	var err error
	if m := isoDateRE.FindStringSubmatch(s); m != nil {
		iso, err = isoDate(m[1], m[2], m[3])
	} else if m := frenchDateRE.FindStringSubmatch(s); m != nil {
		iso, err = isoDate(m[3], pad2(m[2]), pad2(m[1]))
	} else if t, perr := time.Parse(time.RFC3339, s); perr == nil {
		iso = t.Format("2006-01-02")
	} else {
		err = perr
	}
	if err != nil {
		// The reason (bad day, bad layout) matters less than the value: the
		// analyst fixes the cell they can see.
		return "", fmt.Errorf("%q is not a date", s)
	}
	return iso, nil
}

// pad2 writes a one-digit day or month with a leading zero.
func pad2(s string) string {
	if len(s) == 1 {
		return "0" + s
	}
	return s
}
