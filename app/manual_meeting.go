package app

import (
	"context"
	"fmt"
	"slices"
	"strings"
)

// ManualMeeting is a meeting the analyst adds by hand from a passage of an
// article's body (the reader's "Add meeting from selection").
type ManualMeeting struct {
	ArticleID int64
	// The evidence: code points [Start, End) of the body.
	Start, End int
	// Partner is an alpha-3 code or, when the library finds meetings, any
	// name of the country ("Japon", "japonais", "Tokyo").
	Partner string
	// Date is "YYYY", "YYYY-MM" or "YYYY-MM-DD"; "" when unknown. Its
	// form gives the precision.
	Date   string
	Mode   string        // in_person, phone, video or ""
	Status MeetingStatus // "" means confirmed
}

// AddManualMeeting checks the request against the article, stores the
// meeting (origin manual, reviewed) and reclusters, so that charts count it.
func (l *Library) AddManualMeeting(ctx context.Context, r ManualMeeting) (Meeting, error) {
	a, err := l.Store.Article(ctx, r.ArticleID)
	if err != nil {
		return Meeting{}, err
	}
	if err := CheckSpan(r.Start, r.End, RuneCount(a.Body)); err != nil {
		return Meeting{}, fmt.Errorf("article %s: evidence %w", a.Source, err)
	}
	partner, err := l.partnerCode(r.Partner)
	if err != nil {
		return Meeting{}, err
	}
	if !slices.Contains([]string{"", ModeInPerson, ModePhone, ModeVideo}, r.Mode) {
		return Meeting{}, fmt.Errorf("mode %q: want %s, %s, %s or nothing", r.Mode, ModeInPerson, ModePhone, ModeVideo)
	}
	d, err := ParseDate(r.Date)
	if err != nil {
		return Meeting{}, err
	}
	status := r.Status
	if status == "" {
		status = Confirmed
	}
	m := Meeting{
		ArticleID: a.ID, Source: a.Source, Partner: partner, Mode: r.Mode, CAMEO: CAMEO(r.Mode, ""),
		DateStart: d.FirstDay(), DateEnd: d.LastDay(), DatePrecision: d.Precision,
		Status: status, Origin: OriginManual, Reviewed: true,
		EvidenceStart: r.Start, EvidenceEnd: r.End, Evidence: Slice(a.Body, r.Start, r.End),
	}
	if m.ID, err = l.Store.AddMeeting(ctx, m); err != nil {
		return Meeting{}, err
	}
	return m, l.Recluster(ctx)
}

// partnerCode reads a partner typed by the analyst: a country name through
// the gazetteer when extraction is on, else an alpha-3 code.
func (l *Library) partnerCode(s string) (string, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", fmt.Errorf("a meeting needs a partner country")
	}
	if l.extractor != nil {
		if code, ok := l.extractor.LookupCountry(s); ok {
			return code, nil
		}
		return "", fmt.Errorf("partner %q: no country of that name or code", s)
	}
	if len(s) != 3 {
		return "", fmt.Errorf("partner %q: want an alpha-3 country code", s)
	}
	return strings.ToUpper(s), nil
}
