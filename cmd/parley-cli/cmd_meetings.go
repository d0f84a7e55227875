package main

import (
	"flag"
	"strconv"
	"strings"

	"parley/app"
)

func init() {
	var (
		format                  *outputFormat
		partners, statuses      *string
		onlyTeasers, onlyBodies *bool
	)
	register(&command{
		name: "meetings",
		summary: `List the meetings found in the library (and added by hand): body and teaser
meetings of every status but rejected, unless the options say otherwise.`,
		flags: func(fs *flag.FlagSet) {
			format = formatFlag(fs)
			partners = fs.String("partner", "", "only these partners: alpha-3 codes, comma-separated (USA,JPN)")
			statuses = fs.String("status", "", "only these statuses, comma-separated: suggested, confirmed, rejected, planned")
			onlyTeasers = fs.Bool("teasers", false, "only meetings found in teaser items (other articles' headlines)")
			onlyBodies = fs.Bool("body", false, "only meetings found in article bodies")
		},
		execute: func(e *env, fs *flag.FlagSet, args []string) int {
			if len(args) > 0 {
				return usageError(e, fs, "unexpected argument %q", args[0])
			}
			f := app.MeetingFilter{}
			for _, p := range splitList(*partners) {
				if len(p) != 3 {
					return usageError(e, fs, "--partner: %q is not an alpha-3 country code", p)
				}
				f.Partners = append(f.Partners, strings.ToUpper(p))
			}
			for _, s := range splitList(*statuses) {
				st, err := app.ParseMeetingStatus(s)
				if err != nil {
					return usageError(e, fs, "--status: %v", err)
				}
				f.Statuses = append(f.Statuses, st)
			}
			switch {
			case *onlyTeasers && *onlyBodies:
				return usageError(e, fs, "--teasers and --body exclude each other")
			case *onlyTeasers, *onlyBodies:
				t := *onlyTeasers
				f.Teasers = &t
			}
			return runMeetings(e, f, *format)
		},
	})
}

// meetingJSON is one element of `meetings --format json`.
type meetingJSON struct {
	ID                  int64             `json:"id"`
	Article             string            `json:"article"`
	ArticleID           int64             `json:"article_id"`
	Partner             string            `json:"partner"`
	Mode                *string           `json:"mode"`
	Setting             *string           `json:"setting"`
	CAMEO               string            `json:"cameo"`
	DateStart           *string           `json:"date_start"`
	DateEnd             *string           `json:"date_end"`
	DatePrecision       string            `json:"date_precision"`
	Status              string            `json:"status"`
	Origin              string            `json:"origin"`
	Teaser              bool              `json:"teaser"`
	TeaserPosition      *int              `json:"teaser_position"`
	Cluster             int64             `json:"cluster"`
	FocalParticipants   []app.Participant `json:"focal_participants"`
	PartnerParticipants []app.Participant `json:"partner_participants"`
	Location            *string           `json:"location"`
	EvidenceStart       int               `json:"evidence_start"`
	EvidenceEnd         int               `json:"evidence_end"`
	Evidence            string            `json:"evidence"`
}

func runMeetings(e *env, f app.MeetingFilter, format outputFormat) int {
	ms, err := e.lib.Store.Meetings(e.ctx, f)
	if err != nil {
		return fail(e, err)
	}
	t := table{header: []string{"id", "article", "partner", "mode", "cameo", "date", "status", "in", "cluster",
		"focal", "partner_side", "location", "evidence"}}
	for _, m := range ms {
		t.records = append(t.records, toMeetingJSON(m))
		in := "body"
		if m.Teaser {
			in = "teaser " + strconv.Itoa(m.TeaserPosition+1)
		}
		focal, partner, evidence := people(m.Focal), people(m.PartnerSide), m.Evidence
		if format == "table" {
			focal, partner, evidence = clip(focal, 30), clip(partner, 30), clip(evidence, 60)
		}
		t.rows = append(t.rows, []string{strconv.FormatInt(m.ID, 10), app.ArticleName(m.Source), m.Partner, m.Mode,
			m.CAMEO, dateText(m), string(m.Status), in, strconv.FormatInt(m.Cluster, 10), focal, partner, m.Location, evidence})
	}
	if err := t.write(e.stdout, format); err != nil {
		return fail(e, err)
	}
	return exitOK
}

func toMeetingJSON(m app.Meeting) meetingJSON {
	j := meetingJSON{
		ID: m.ID, Article: app.ArticleName(m.Source), ArticleID: m.ArticleID, Partner: m.Partner,
		Mode: nullable(m.Mode), Setting: nullable(m.Setting), CAMEO: m.CAMEO,
		DateStart: nullable(m.DateStart), DateEnd: nullable(m.DateEnd), DatePrecision: string(m.DatePrecision),
		Status: string(m.Status), Origin: m.Origin, Teaser: m.Teaser, Cluster: m.Cluster,
		FocalParticipants: nonNil(m.Focal), PartnerParticipants: nonNil(m.PartnerSide),
		Location: nullable(m.Location), EvidenceStart: m.EvidenceStart, EvidenceEnd: m.EvidenceEnd, Evidence: m.Evidence,
	}
	if j.DatePrecision == "" {
		j.DatePrecision = "unknown"
	}
	if m.Teaser {
		pos := m.TeaserPosition
		j.TeaserPosition = &pos
	}
	return j
}

func dateText(m app.Meeting) string {
	switch {
	case m.DatePrecision == app.PrecisionUnknown:
		return "unknown"
	case m.DateEnd != "" && m.DateEnd != m.DateStart:
		return m.DateStart + "/" + m.DateEnd + " (" + string(m.DatePrecision) + ")"
	}
	return m.DateStart + " (" + string(m.DatePrecision) + ")"
}

func people(ps []app.Participant) string {
	names := make([]string, len(ps))
	for i, p := range ps {
		names[i] = p.Name
		if p.Title != "" {
			names[i] += " (" + p.Title + ")"
		}
	}
	return strings.Join(names, "; ")
}

func nullable(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func nonNil(ps []app.Participant) []app.Participant {
	if ps == nil {
		return []app.Participant{}
	}
	return ps
}

func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
