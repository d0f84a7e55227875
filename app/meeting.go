package app

import (
	"fmt"

	"parley/app/extract"
)

// MeetingStatus is where a meeting stands in the analyst's review.
type MeetingStatus string

const (
	// Suggested: found by Parley, not yet reviewed. Counted by default.
	Suggested MeetingStatus = "suggested"
	// Confirmed by the analyst. Counted.
	Confirmed MeetingStatus = "confirmed"
	// Rejected by the analyst: not a meeting. Never counted, kept so that a
	// re-run of the extractor does not suggest it again.
	Rejected MeetingStatus = "rejected"
	// Planned: announced, not (yet) held. Never counted.
	Planned MeetingStatus = "planned"
)

// ParseMeetingStatus checks a status named by the analyst.
func ParseMeetingStatus(s string) (MeetingStatus, error) {
	switch st := MeetingStatus(s); st {
	case Suggested, Confirmed, Rejected, Planned:
		return st, nil
	}
	return "", fmt.Errorf("unknown meeting status %q (want suggested, confirmed, rejected or planned)", s)
}

// Where a meeting came from.
const (
	OriginExtracted = "extracted"
	OriginManual    = "manual"
)

// Modes of a meeting; "" when the text does not say.
const (
	ModeInPerson = extract.ModeInPerson
	ModePhone    = extract.ModePhone
	ModeVideo    = extract.ModeVideo
)

// Settings, from the focal country's side; "" when unknown.
const (
	SettingVisitAbroad = extract.SettingVisitAbroad
	SettingHosting     = extract.SettingHosting
	SettingThirdPlace  = extract.SettingThirdPlace
)

// CAMEO gives the event-data code of a meeting from its mode and setting:
// 041 phone, 042 visit abroad, 043 hosting, 044 third place, 040 otherwise.
func CAMEO(mode, setting string) string { return extract.CAMEO(mode, setting) }

// Participant is one person at a meeting.
type Participant struct {
	Name    string `json:"name"`
	Title   string `json:"title"`
	Level   string `json:"level"` // head_of_state_or_party, head_of_government, minister, vice_minister, ambassador, other
	Country string `json:"country,omitempty"`
}

// Meeting is a bilateral meeting between the focal country and a partner,
// found in an article's body or in one of its teaser items, or added by the
// analyst.
type Meeting struct {
	ID        int64
	ArticleID int64
	Source    string // the article's source name, for display
	// Teaser is set for a meeting found in a teaser item of the page (then
	// TeaserPosition is the item's position); evidence offsets are then code
	// points into that item's headline + "\n" + lead. Body meetings have
	// evidence offsets into the article's body.
	Teaser         bool
	TeaserPosition int
	Partner        string // ISO 3166-1 alpha-3
	Mode           string
	Setting        string
	CAMEO          string
	Focal          []Participant
	PartnerSide    []Participant
	Location       string
	// The date as an interval of ISO days, with what is known of it:
	// a month gives its first and last day with precision "month".
	DateStart, DateEnd string
	DatePrecision      Precision
	Status             MeetingStatus
	Origin             string
	// Reviewed is set once the analyst has confirmed, rejected, corrected or
	// added the meeting: a re-run of the extractor never touches it.
	Reviewed      bool
	Cluster       int64
	EvidenceStart int
	EvidenceEnd   int
	Evidence      string
}

// MeetingFilter selects meetings to list. Empty fields select everything.
type MeetingFilter struct {
	Partners []string
	Statuses []MeetingStatus // nil: every status but rejected
	// Teasers: nil both, true only teaser meetings, false only body ones.
	Teasers   *bool
	ArticleID int64
}

// MeetingChange is an analyst's correction of a meeting; nil fields stay.
type MeetingChange struct {
	Status        *MeetingStatus
	Partner       *string
	Mode          *string
	Setting       *string
	DateStart     *string
	DateEnd       *string
	DatePrecision *Precision
	Location      *string
	Focal         *[]Participant
	PartnerSide   *[]Participant
}

// Person is someone the library has learned from a titled mention, so that
// a later bare mention of the name resolves to a country.
type Person struct {
	Name    string
	Title   string
	Country string
	Level   string
}
