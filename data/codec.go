package data

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"time"

	"parley/app"
)

// timeLayout is RFC 3339 in UTC at a fixed width, so that comparing the text
// compares the times (max(imported_at) is the last import).
const timeLayout = "2006-01-02T15:04:05Z"

func formatTime(t time.Time) string { return t.UTC().Format(timeLayout) }

func parseTime(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	return time.Parse(time.RFC3339, s)
}

// dateColumns gives the published and published_precision values of d: both
// NULL when the date is unknown.
func dateColumns(d app.Date) (any, any) {
	if !d.Known() {
		return nil, nil
	}
	return d.String(), string(d.Precision)
}

// scanDate reads the published column back. The precision is implied by the
// ISO text's length, which app.ParseDate checks again.
func scanDate(published sql.NullString) (app.Date, error) {
	if !published.Valid {
		return app.Date{}, nil
	}
	return app.ParseDate(published.String)
}

func encodeMeta(m map[string]string) (string, error) {
	if len(m) == 0 {
		return "{}", nil
	}
	b, err := json.Marshal(m)
	return string(b), err
}

// decodeMeta returns nil for an empty object so that an article without
// extra columns reads back as it was written.
func decodeMeta(s string) (map[string]string, error) {
	if s == "" || s == "{}" {
		return nil, nil
	}
	var m map[string]string
	if err := json.Unmarshal([]byte(s), &m); err != nil {
		return nil, fmt.Errorf("meta column: %w", err)
	}
	return m, nil
}
