package export

import (
	"fmt"
	"io"
	"slices"
	"testing"

	"parley/app"
)

// smallMeetings covers a body meeting with full participants, a teaser
// meeting with a month date, and a manual meeting with an unknown date, no
// mode and an evidence quote that spans lines and holds quotes.
func smallMeetings() []app.Meeting {
	return []app.Meeting{
		{ID: 1, ArticleID: 10, Source: "000_0ee9b2a42e9ba755.txt", Partner: "USA",
			Mode: app.ModeInPerson, Setting: app.SettingHosting, CAMEO: "043",
			Focal: []app.Participant{
				{Name: "Bui Thanh Son", Title: "ministre des Affaires étrangères", Level: "minister"},
				{Name: "Nguyen Minh Vu", Level: "vice_minister", Country: "VNM"},
			},
			PartnerSide: []app.Participant{{Name: "Antony Blinken", Title: "secrétaire d'État", Level: "minister"}},
			Location:    "Hanoï", DateStart: "2023-04-15", DateEnd: "2023-04-15", DatePrecision: app.PrecisionDay,
			Status: app.Suggested, Origin: app.OriginExtracted, Cluster: 4,
			EvidenceStart: 12, EvidenceEnd: 95,
			Evidence: "Le ministre Bui Thanh Son a reçu, le 15 avril à Hanoï, le secrétaire d'État Antony Blinken.",
		},
		{ID: 2, ArticleID: 10, Source: "000_0ee9b2a42e9ba755.txt", Teaser: true, TeaserPosition: 2, Partner: "LAO",
			Mode: app.ModePhone, CAMEO: "041",
			Focal:     []app.Participant{{Name: "Pham Minh Chinh", Title: "Premier ministre", Level: "head_of_government"}},
			DateStart: "2023-07-01", DateEnd: "2023-07-31", DatePrecision: app.PrecisionMonth,
			Status: app.Confirmed, Origin: app.OriginExtracted, Reviewed: true, Cluster: 5,
			EvidenceStart: 0, EvidenceEnd: 60,
			Evidence: "Entretien téléphonique avec le Laos\nLes deux Premiers ministres ont salué « 60 ans »",
		},
		{ID: 3, ArticleID: 11, Source: "dump.csv#3", Partner: "CUB", CAMEO: "040",
			Status: app.Planned, Origin: app.OriginManual, Reviewed: true,
			EvidenceStart: 5, EvidenceEnd: 40,
			Evidence: "Il a dit: \"nous irons à La Havane\";\nune date reste à fixer",
		},
	}
}

func TestMeetings(t *testing.T) {
	ms := smallMeetings()
	b := exportFile(t, func(w io.Writer) error { return Meetings(w, CSVOptions{}, ms) })
	golden(t, "meetings.csv", b)
	rows := readBack(t, b, CSVOptions{})
	want := [][]string{
		meetingHeader,
		{"1", "000_0ee9b2a42e9ba755", "10", "USA", "in_person", "hosting", "043",
			"2023-04-15", "2023-04-15", "day", "suggested", "extracted", "false", "", "4",
			"Bui Thanh Son (ministre des Affaires étrangères, minister); Nguyen Minh Vu (vice_minister, VNM)",
			"Antony Blinken (secrétaire d'État, minister)", "Hanoï", "12", "95", ms[0].Evidence},
		{"2", "000_0ee9b2a42e9ba755", "10", "LAO", "phone", "", "041",
			"2023-07-01", "2023-07-31", "month", "confirmed", "extracted", "true", "2", "5",
			"Pham Minh Chinh (Premier ministre, head_of_government)", "", "", "0", "60", ms[1].Evidence},
		{"3", "dump", "11", "CUB", "", "", "040", "", "", "unknown", "planned", "manual", "false", "", "0",
			"", "", "", "5", "40", ms[2].Evidence},
	}
	if !slices.EqualFunc(rows, want, slices.Equal) {
		t.Errorf("got\n%q\nwant\n%q", rows, want)
	}
}

// TestMeetingsHostileEvidence: evidence is quoted from an article, so a
// hostile article reaches the spreadsheet through it as well as through
// names and places.
func TestMeetingsHostileEvidence(t *testing.T) {
	var ms []app.Meeting
	for i, s := range hostileTexts {
		ms = append(ms, app.Meeting{ID: int64(i + 1), Partner: "USA", Evidence: s, Location: s,
			Focal: []app.Participant{{Name: s}}})
	}
	opt := CSVOptions{BOM: true, Separator: ';'}
	rows := readBack(t, exportFile(t, func(w io.Writer) error { return Meetings(w, opt, ms) }), opt)
	col := func(name string) int { return slices.Index(meetingHeader, name) }
	for i, s := range hostileTexts {
		row := rows[i+1]
		for _, name := range []string{"evidence", "location", "focal_participants"} {
			if got := row[col(name)]; got != "'"+s {
				t.Errorf("%s %q came out as %q", name, s, got)
			}
		}
	}
}

func TestParticipants(t *testing.T) {
	for _, c := range []struct {
		in   []app.Participant
		want string
	}{
		{nil, ""},
		{[]app.Participant{{Name: "Lê Hoài Trung"}}, "Lê Hoài Trung"},
		{[]app.Participant{{Name: "A", Title: "ambassadeur"}, {Name: "B", Level: "other"}}, "A (ambassadeur); B (other)"},
		{[]app.Participant{{Name: "C", Title: "t", Level: "l", Country: "JPN"}}, "C (t, l, JPN)"},
	} {
		if got := participants(c.in); got != c.want {
			t.Errorf("participants(%v) = %q, want %q", c.in, got, c.want)
		}
	}
}

// BenchmarkMeetings exports 100,000 generated meetings, the size of a large
// library, to measure the CSV side of `export meetings` alone.
func BenchmarkMeetings(b *testing.B) {
	const n = 100_000
	base := smallMeetings()
	ms := make([]app.Meeting, n)
	for i := range ms {
		m := base[i%len(base)]
		m.ID = int64(i + 1)
		m.ArticleID = int64(i/3 + 1)
		m.Source = fmt.Sprintf("%03d_%016x.txt", i%1000, i)
		m.Cluster = int64(i / 2)
		ms[i] = m
	}
	for b.Loop() {
		if err := Meetings(io.Discard, CSVOptions{}, ms); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
}
