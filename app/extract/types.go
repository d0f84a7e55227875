package extract

// Level is the rank of a participant, from the title the text gives.
type Level string

// The levels, from the highest.
const (
	LevelHead         Level = "head_of_state_or_party"
	LevelGovernment   Level = "head_of_government"
	LevelMinister     Level = "minister"
	LevelViceMinister Level = "vice_minister"
	LevelAmbassador   Level = "ambassador"
	LevelOther        Level = "other"
)

// Modes of a meeting; "" when the text does not say.
const (
	ModeInPerson = "in_person"
	ModePhone    = "phone"
	ModeVideo    = "video"
)

// Settings of a meeting, from the focal country's side; "" when unknown or
// not in person.
const (
	SettingVisitAbroad = "visit_abroad"
	SettingHosting     = "hosting"
	SettingThirdPlace  = "third_place"
)

// CAMEO gives the event-data code of a meeting from its mode and setting:
// 041 phone, 042 visit abroad, 043 hosting, 044 third place, 040 otherwise
// (a video call included).
func CAMEO(mode, setting string) string {
	switch {
	case mode == ModePhone:
		return "041"
	case mode == ModeVideo:
		return "040"
	case setting == SettingVisitAbroad:
		return "042"
	case setting == SettingHosting:
		return "043"
	case setting == SettingThirdPlace:
		return "044"
	}
	return "040"
}

// Participant is one official (or an unnamed side, Name "") of a meeting.
type Participant struct {
	Name, Title string
	Level       Level
	Country     string // alpha-3
}

// Meeting is one bilateral encounter an article reports.
type Meeting struct {
	Partner       string // alpha-3
	Mode          string // ModeInPerson, ModePhone, ModeVideo or ""
	Setting       string // SettingVisitAbroad, SettingHosting, SettingThirdPlace or ""
	CAMEO         string // "041" phone, "042" visit abroad, "043" hosting, "044" third place, "040" otherwise
	Focal         []Participant
	PartnerSide   []Participant
	Location      string
	DateStart     string // ISO date or ""
	DateEnd       string
	DatePrecision string // "day", "month", "year" or ""
	// Planned is true for an announced meeting that has not taken place
	// ("se rendra", "will meet"): kept, never counted.
	Planned bool
	// EvidenceStart and EvidenceEnd are code points [start, end) into
	// Document.Text; Evidence is that text (the sentence of the cue).
	EvidenceStart, EvidenceEnd int
	Evidence                   string
}

// Document is one text to read: an article body, or one teaser item's
// headline + "\n" + lead.
type Document struct {
	Text      string
	Lang      string // "fr", "en" or ""
	Published string // ISO "YYYY", "YYYY-MM", "YYYY-MM-DD" or ""
	Focal     string // alpha-3 of the focal country; "VNM" when empty
}

// DefaultFocal is the focal country when a Document does not name one.
const DefaultFocal = "VNM"

// Person is one remembered titled person.
type Person struct {
	Name, Title, Country string
	Level                Level
}
