package export

import (
	"io"
	"strconv"
	"strings"

	"parley/app"
)

// meetingHeader holds the fields of `parley-cli meetings --format json`, in
// its order, so that the two exports of a library agree.
var meetingHeader = []string{"id", "article", "article_id", "partner", "mode", "setting", "cameo",
	"date_start", "date_end", "date_precision", "status", "origin", "teaser", "teaser_position",
	"cluster", "focal_participants", "partner_participants", "location",
	"evidence_start", "evidence_end", "evidence"}

// Meetings writes one row per meeting. A JSON null (no mode, no teaser
// position, ...) is an empty cell; participants are flattened into one
// readable cell per side.
func Meetings(w io.Writer, opt CSVOptions, ms []app.Meeting) error {
	c, err := startTable(w, opt, meetingHeader...)
	if err != nil {
		return err
	}
	// One row slice for the whole file: an export of every meeting of a
	// large library should not allocate a row per meeting.
	row := make([]string, len(meetingHeader))
	for _, m := range ms {
		precision := string(m.DatePrecision)
		if m.DatePrecision == app.PrecisionUnknown {
			precision = "unknown" // as in the JSON
		}
		position := ""
		if m.Teaser {
			position = strconv.Itoa(m.TeaserPosition)
		}
		row = append(row[:0],
			strconv.FormatInt(m.ID, 10), app.ArticleName(m.Source), strconv.FormatInt(m.ArticleID, 10),
			m.Partner, m.Mode, m.Setting, m.CAMEO,
			m.DateStart, m.DateEnd, precision, string(m.Status), m.Origin,
			strconv.FormatBool(m.Teaser), position, strconv.FormatInt(m.Cluster, 10),
			participants(m.Focal), participants(m.PartnerSide), m.Location,
			strconv.Itoa(m.EvidenceStart), strconv.Itoa(m.EvidenceEnd), m.Evidence)
		if err := c.Write(row...); err != nil {
			return err
		}
	}
	return c.Flush()
}

// participants flattens one side of a meeting for a reader, not a parser:
// "Bui Thanh Son (ministre des Affaires étrangères, minister); Other Name
// (title, level)". What is unknown is left out rather than shown empty;
// the country is added only when the extractor set one. Analysts who need
// the structure export JSON.
func participants(ps []app.Participant) string {
	var b strings.Builder
	for i, p := range ps {
		if i > 0 {
			b.WriteString("; ")
		}
		b.WriteString(p.Name)
		open := false
		for _, part := range [...]string{p.Title, p.Level, p.Country} {
			if part == "" {
				continue
			}
			if open {
				b.WriteString(", ")
			} else {
				b.WriteString(" (")
				open = true
			}
			b.WriteString(part)
		}
		if open {
			b.WriteByte(')')
		}
	}
	return b.String()
}
