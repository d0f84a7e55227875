package ingest

import (
	"fmt"
	"regexp"
	"strconv"
)

// dateHeaderRE matches the " date YYYY-MM[-DD]" header that some saved pages
// start with, glued to the first paragraph on the same line.
var dateHeaderRE = regexp.MustCompile(`(?i)^date\s*:?\s*(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?:\s+|$)`)

// dateHeader recognises the header on the first non-blank line (already
// trimmed) and returns the ISO date with its precision and the rest of the
// line, which is body text.
func dateHeader(first line) (published string, rest line, ok bool) {
	m := dateHeaderRE.FindStringSubmatchIndex(first.text)
	if m == nil {
		return "", line{}, false
	}
	s := first.text
	year, month, day := s[m[2]:m[3]], "", ""
	if m[4] >= 0 {
		month = s[m[4]:m[5]]
	}
	if m[6] >= 0 {
		day = s[m[6]:m[7]]
	}
	iso, err := isoDate(year, month, day)
	if err != nil {
		return "", line{}, false
	}
	return iso, first.sub(m[1]).trimmed(), true
}

// isoDate checks a year, month and day (month and day may be empty, for a
// coarser precision) and formats them as ISO 8601.
func isoDate(year, month, day string) (string, error) {
	y, err := strconv.Atoi(year)
	if err != nil || len(year) != 4 {
		return "", fmt.Errorf("bad year %q", year)
	}
	if month == "" {
		if day != "" {
			return "", fmt.Errorf("day without month")
		}
		return fmt.Sprintf("%04d", y), nil
	}
	m, err := strconv.Atoi(month)
	if err != nil || m < 1 || m > 12 {
		return "", fmt.Errorf("bad month %q", month)
	}
	if day == "" {
		return fmt.Sprintf("%04d-%02d", y, m), nil
	}
	d, err := strconv.Atoi(day)
	if err != nil || d < 1 || d > daysIn(y, m) {
		return "", fmt.Errorf("bad day %q", day)
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, m, d), nil
}

func daysIn(year, month int) int {
	switch month {
	case 2:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}
