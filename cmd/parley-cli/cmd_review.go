package main

import (
	"errors"
	"flag"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"parley/app"
)

func init() {
	register(&command{
		name: "review",
		args: "MEETING ACTION [FIELD=VALUE...]",
		summary: `Review a meeting (its id from 'meetings'). ACTION is confirm, reject, planned,
suggested (back to unreviewed status) or correct. Any action may carry
corrections as FIELD=VALUE:
  partner=JPN  mode=in_person|phone|video|  setting=visit_abroad|hosting|third_place|
  date=2024-02-27 | 2023-11 | 2023 | 2023-06-28/2023-07-02 | unknown
  location=Hanoï
  focal="Name|title|level; Name|title|level"   partner_side="…" (same form)
Levels: head_of_state_or_party, head_of_government, minister, vice_minister,
ambassador, other. A reviewed meeting is kept when the extractor runs again.`,
		execute: runReview,
	})
}

func runReview(e *env, fs *flag.FlagSet, args []string) int {
	if len(args) < 2 {
		return usageError(e, fs, "give a meeting id and an action")
	}
	id, err := strconv.ParseInt(args[0], 10, 64)
	if err != nil {
		return usageError(e, fs, "meeting id %q is not a number", args[0])
	}
	var c app.MeetingChange
	switch args[1] {
	case "confirm":
		setStatus(&c, app.Confirmed)
	case "reject":
		setStatus(&c, app.Rejected)
	case "planned":
		setStatus(&c, app.Planned)
	case "suggested":
		setStatus(&c, app.Suggested)
	case "correct":
	default:
		return usageError(e, fs, "unknown action %q (confirm, reject, planned, suggested or correct)", args[1])
	}
	for _, kv := range args[2:] {
		if err := applyCorrection(&c, kv); err != nil {
			return usageError(e, fs, "%v", err)
		}
	}
	m, err := e.lib.Store.ChangeMeeting(e.ctx, id, c)
	if errors.Is(err, app.ErrNotFound) {
		return fail(e, fmt.Errorf("meeting %d does not exist ('meetings' lists them)", id))
	}
	if err != nil {
		return fail(e, err)
	}
	fmt.Fprintf(e.stdout, "meeting %d: %s, %s, %s, %s\n", m.ID, m.Status, m.Partner, dateText(m), people(m.PartnerSide))
	return exitOK
}

func setStatus(c *app.MeetingChange, s app.MeetingStatus) { c.Status = &s }

// applyCorrection reads one FIELD=VALUE of the review command.
func applyCorrection(c *app.MeetingChange, kv string) error {
	field, value, ok := strings.Cut(kv, "=")
	if !ok {
		return fmt.Errorf("correction %q: want FIELD=VALUE", kv)
	}
	value = strings.TrimSpace(value)
	switch field {
	case "partner":
		if len(value) != 3 {
			return fmt.Errorf("partner %q: want an alpha-3 country code", value)
		}
		v := strings.ToUpper(value)
		c.Partner = &v
	case "mode":
		if !slices.Contains([]string{"", app.ModeInPerson, app.ModePhone, app.ModeVideo}, value) {
			return fmt.Errorf("mode %q: want in_person, phone, video or nothing", value)
		}
		c.Mode = &value
	case "setting":
		if !slices.Contains([]string{"", app.SettingVisitAbroad, app.SettingHosting, app.SettingThirdPlace}, value) {
			return fmt.Errorf("setting %q: want visit_abroad, hosting, third_place or nothing", value)
		}
		c.Setting = &value
	case "location":
		c.Location = &value
	case "date":
		start, end, precision, err := parseDateCorrection(value)
		if err != nil {
			return err
		}
		c.DateStart, c.DateEnd, c.DatePrecision = &start, &end, &precision
	case "focal", "partner_side":
		ps, err := parseParticipants(value)
		if err != nil {
			return fmt.Errorf("%s: %w", field, err)
		}
		if field == "focal" {
			c.Focal = &ps
		} else {
			c.PartnerSide = &ps
		}
	default:
		return fmt.Errorf("unknown field %q (partner, mode, setting, date, location, focal, partner_side)", field)
	}
	return nil
}

// parseDateCorrection reads a date the way gold files write it: a day, a
// month, a year, an interval of days a/b, or "unknown".
func parseDateCorrection(s string) (start, end string, p app.Precision, err error) {
	if s == "unknown" || s == "" {
		return "", "", app.PrecisionUnknown, nil
	}
	if a, b, ok := strings.Cut(s, "/"); ok {
		da, errA := app.ParseDate(a)
		db, errB := app.ParseDate(b)
		if errA != nil || errB != nil || da.Precision != app.PrecisionDay || db.Precision != app.PrecisionDay || b < a {
			return "", "", "", fmt.Errorf("date %q: an interval is two days in order, YYYY-MM-DD/YYYY-MM-DD", s)
		}
		return da.FirstDay(), db.LastDay(), app.PrecisionDay, nil
	}
	d, err := app.ParseDate(s)
	if err != nil {
		return "", "", "", err
	}
	return d.FirstDay(), d.LastDay(), d.Precision, nil
}

func parseParticipants(s string) ([]app.Participant, error) {
	levels := []string{"head_of_state_or_party", "head_of_government", "minister", "vice_minister", "ambassador", "other"}
	var out []app.Participant
	for _, one := range strings.Split(s, ";") {
		if strings.TrimSpace(one) == "" {
			continue
		}
		parts := strings.Split(one, "|")
		p := app.Participant{Name: strings.TrimSpace(parts[0]), Level: "other"}
		if len(parts) > 1 {
			p.Title = strings.TrimSpace(parts[1])
		}
		if len(parts) > 2 {
			p.Level = strings.TrimSpace(parts[2])
			if !slices.Contains(levels, p.Level) {
				return nil, fmt.Errorf("level %q: want one of %s", p.Level, strings.Join(levels, ", "))
			}
		}
		if p.Name == "" {
			return nil, fmt.Errorf("participant %q has no name", one)
		}
		out = append(out, p)
	}
	return out, nil
}
