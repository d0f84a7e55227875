package app

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Precision says how much of a Date is known. Agency pages often give only a
// month ("date 2023-07"), so a date always travels with its precision and is
// never padded into a false day.
type Precision string

const (
	PrecisionUnknown Precision = ""
	PrecisionYear    Precision = "year"
	PrecisionMonth   Precision = "month"
	PrecisionDay     Precision = "day"
)

// Date is a calendar date known to a given precision. The zero value is an
// unknown date.
type Date struct {
	Year, Month, Day int
	Precision        Precision
}

// Known reports whether any part of the date is known.
func (d Date) Known() bool { return d.Precision != PrecisionUnknown }

// String gives the ISO 8601 form at the date's precision: "2023", "2023-07",
// "2023-07-01", or "" when unknown.
func (d Date) String() string {
	switch d.Precision {
	case PrecisionYear:
		return fmt.Sprintf("%04d", d.Year)
	case PrecisionMonth:
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	case PrecisionDay:
		return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
	}
	return ""
}

// ParseDate reads "YYYY", "YYYY-MM" or "YYYY-MM-DD" (an empty string is an
// unknown date). It checks that the date exists in the calendar.
func ParseDate(s string) (Date, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return Date{}, nil
	}
	parts := strings.Split(s, "-")
	if len(parts) > 3 || len(parts[0]) != 4 {
		return Date{}, fmt.Errorf("date %q: want YYYY, YYYY-MM or YYYY-MM-DD", s)
	}
	nums := make([]int, len(parts))
	for i, p := range parts {
		if i > 0 && len(p) != 2 {
			return Date{}, fmt.Errorf("date %q: want YYYY, YYYY-MM or YYYY-MM-DD", s)
		}
		// Digits only: Atoi would take "+1" and "2024-+1" would read as 2024-01.
		n, err := strconv.Atoi(p)
		if err != nil || strings.TrimLeft(p, "0123456789") != "" {
			return Date{}, fmt.Errorf("date %q: %q is not a number", s, p)
		}
		nums[i] = n
	}
	d := Date{Year: nums[0], Precision: PrecisionYear}
	if len(nums) > 1 {
		if nums[1] < 1 || nums[1] > 12 {
			return Date{}, fmt.Errorf("date %q: month %d out of range", s, nums[1])
		}
		d.Month, d.Precision = nums[1], PrecisionMonth
	}
	if len(nums) > 2 {
		t := time.Date(d.Year, time.Month(d.Month), nums[2], 0, 0, 0, 0, time.UTC)
		if nums[2] < 1 || t.Day() != nums[2] {
			return Date{}, fmt.Errorf("date %q: day %d does not exist in that month", s, nums[2])
		}
		d.Day, d.Precision = nums[2], PrecisionDay
	}
	return d, nil
}

// DayDate builds a day-precision Date from a time.
func DayDate(t time.Time) Date {
	return Date{Year: t.Year(), Month: int(t.Month()), Day: t.Day(), Precision: PrecisionDay}
}

// FirstDay is the first ISO day the date covers ("2023-07" → "2023-07-01");
// "" when unknown.
func (d Date) FirstDay() string {
	switch d.Precision {
	case PrecisionYear:
		return fmt.Sprintf("%04d-01-01", d.Year)
	case PrecisionMonth:
		return fmt.Sprintf("%04d-%02d-01", d.Year, d.Month)
	case PrecisionDay:
		return d.String()
	}
	return ""
}

// LastDay is the last ISO day the date covers ("2023-02" → "2023-02-28").
func (d Date) LastDay() string {
	switch d.Precision {
	case PrecisionYear:
		return fmt.Sprintf("%04d-12-31", d.Year)
	case PrecisionMonth:
		last := time.Date(d.Year, time.Month(d.Month)+1, 0, 0, 0, 0, 0, time.UTC)
		return last.Format("2006-01-02")
	case PrecisionDay:
		return d.String()
	}
	return ""
}
