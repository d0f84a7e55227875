package data

import (
	"context"
	"errors"
	"testing"

	"parley/app"
)

func testMeeting(partner string, evidence int) app.Meeting {
	return app.Meeting{
		Partner: partner, Mode: app.ModeInPerson, Setting: app.SettingHosting,
		Focal:       []app.Participant{{Name: "Bui Thanh Son", Title: "ministre des Affaires étrangères", Level: "minister", Country: "VNM"}},
		PartnerSide: []app.Participant{{Name: "Antony Blinken", Title: "secrétaire d'État", Level: "minister", Country: partner}},
		DateStart:   "2024-03-25", DateEnd: "2024-03-25", DatePrecision: app.PrecisionDay,
		Location: "Hanoï", Status: app.Suggested, Origin: app.OriginExtracted,
		EvidenceStart: evidence, EvidenceEnd: evidence + 10, Evidence: "a reçu M.",
	}
}

func TestMeetingsSavedWithTheirArticle(t *testing.T) {
	s := MustOpenStore(t)
	ctx := context.Background()
	a := article("a.txt", "Titre", "Le ministre a reçu son homologue.")
	teaser := testMeeting("JPN", 0)
	teaser.Teaser, teaser.TeaserPosition = true, 2
	undated := testMeeting("LAO", 5)
	undated.DateStart, undated.DateEnd, undated.DatePrecision = "", "", app.PrecisionUnknown
	undated.Mode, undated.Setting = app.ModePhone, ""
	a.Meetings = []app.Meeting{testMeeting("USA", 3), teaser, undated}
	res := mustSave(t, s, a)

	all, err := s.Meetings(ctx, app.MeetingFilter{})
	if err != nil || len(all) != 3 {
		t.Fatalf("meetings: %d, %v", len(all), err)
	}
	usa := all[0]
	if usa.Partner != "USA" || usa.ArticleID != res[0].ID || usa.Source != "a.txt" || usa.CAMEO != "043" ||
		len(usa.Focal) != 1 || usa.PartnerSide[0].Name != "Antony Blinken" || usa.DatePrecision != app.PrecisionDay {
		t.Errorf("body meeting read back as %+v", usa)
	}
	if all[1].Partner != "LAO" || all[1].CAMEO != "041" || all[1].DateStart != "" || all[1].DatePrecision != "" {
		t.Errorf("undated phone meeting read back as %+v", all[1])
	}
	if all[2].Partner != "JPN" || !all[2].Teaser || all[2].TeaserPosition != 2 {
		t.Errorf("teaser meeting read back as %+v", all[2])
	}
	yes, no := true, false
	if ms, _ := s.Meetings(ctx, app.MeetingFilter{Teasers: &yes}); len(ms) != 1 {
		t.Errorf("teaser filter: %d", len(ms))
	}
	if ms, _ := s.Meetings(ctx, app.MeetingFilter{Teasers: &no, Partners: []string{"usa", "LAO"}}); len(ms) != 2 {
		t.Errorf("body + partner filter: %d", len(ms))
	}
	// The same content again writes nothing, meetings included.
	mustSave(t, s, a)
	if n := count(t, s, "SELECT count(*) FROM meetings"); n != 3 {
		t.Errorf("re-import duplicated meetings: %d", n)
	}
}

func TestBadMeetingRollsBackTheFile(t *testing.T) {
	s := MustOpenStore(t)
	a := article("a.txt", "Titre", "Texte.")
	bad := testMeeting("USA", 0)
	bad.Mode = "telepathy"
	a.Meetings = []app.Meeting{bad}
	if _, err := s.SaveFile(context.Background(), []app.Article{a}); err == nil {
		t.Fatal("a meeting with an unknown mode was stored")
	}
	if n := count(t, s, "SELECT count(*) FROM articles"); n != 0 {
		t.Errorf("the article landed without its meetings: %d", n)
	}
}

func TestReplaceMeetingsKeepsReviewWork(t *testing.T) {
	s := MustOpenStore(t)
	ctx := context.Background()
	a := article("a.txt", "Titre", "Le ministre a reçu son homologue.")
	a.Meetings = []app.Meeting{testMeeting("USA", 0), testMeeting("JPN", 20), testMeeting("LAO", 40)}
	id := mustSave(t, s, a)[0].ID
	ms, _ := s.Meetings(ctx, app.MeetingFilter{})

	rejected, confirmed := app.Rejected, app.Confirmed
	if _, err := s.ChangeMeeting(ctx, ms[0].ID, app.MeetingChange{Status: &rejected}); err != nil {
		t.Fatal(err)
	}
	loc := "Tokyo"
	changed, err := s.ChangeMeeting(ctx, ms[1].ID, app.MeetingChange{Status: &confirmed, Location: &loc,
		PartnerSide: &[]app.Participant{{Name: "Kamikawa Yoko", Level: "minister"}}})
	if err != nil {
		t.Fatal(err)
	}
	if !changed.Reviewed || changed.Location != "Tokyo" || changed.Status != app.Confirmed || changed.PartnerSide[0].Name != "Kamikawa Yoko" {
		t.Errorf("change not applied: %+v", changed)
	}
	manual, err := s.AddMeeting(ctx, app.Meeting{ArticleID: id, Partner: "CUB", EvidenceStart: 1, EvidenceEnd: 4})
	if err != nil {
		t.Fatal(err)
	}

	// A re-run replaces the one unreviewed suggestion (LAO) only.
	if err := s.ReplaceMeetings(ctx, id, []app.Meeting{testMeeting("KHM", 7)}); err != nil {
		t.Fatal(err)
	}
	all, err := s.Meetings(ctx, app.MeetingFilter{Statuses: []app.MeetingStatus{app.Suggested, app.Confirmed, app.Rejected, app.Planned}})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]app.Meeting{}
	for _, m := range all {
		got[m.Partner] = m
	}
	if len(all) != 4 || got["USA"].Status != app.Rejected || got["JPN"].Status != app.Confirmed ||
		got["CUB"].ID != manual || got["CUB"].Origin != app.OriginManual || got["KHM"].Status != app.Suggested {
		t.Errorf("after a re-run: %+v", all)
	}
	if _, ok := got["LAO"]; ok {
		t.Error("the unreviewed suggestion survived the re-run")
	}
	// Rejected meetings are left out unless asked for.
	if def, _ := s.Meetings(ctx, app.MeetingFilter{}); len(def) != 3 {
		t.Errorf("default listing shows %d meetings, want 3 (no rejected)", len(def))
	}
	if err := s.ReplaceMeetings(ctx, 999, nil); !errors.Is(err, app.ErrNotFound) {
		t.Errorf("re-run on a missing article: %v", err)
	}
	if _, err := s.Meeting(ctx, 999); !errors.Is(err, app.ErrNotFound) {
		t.Errorf("missing meeting: %v", err)
	}
}

func TestClustersAndPeople(t *testing.T) {
	s := MustOpenStore(t)
	ctx := context.Background()
	a := article("a.txt", "Titre", "Texte.")
	a.Meetings = []app.Meeting{testMeeting("USA", 0), testMeeting("USA", 20)}
	mustSave(t, s, a)
	ms, _ := s.Meetings(ctx, app.MeetingFilter{})
	if err := s.SetClusters(ctx, map[int64]int64{ms[0].ID: 7, ms[1].ID: 7}); err != nil {
		t.Fatal(err)
	}
	ms, _ = s.Meetings(ctx, app.MeetingFilter{})
	if ms[0].Cluster != 7 || ms[1].Cluster != 7 {
		t.Errorf("clusters: %d %d", ms[0].Cluster, ms[1].Cluster)
	}

	people := []app.Person{{Name: "Antony Blinken", Title: "secrétaire d'État", Country: "USA", Level: "minister"}}
	if err := s.SavePeople(ctx, people); err != nil {
		t.Fatal(err)
	}
	people[0].Title = "secrétaire d'État américain"
	if err := s.SavePeople(ctx, append(people, app.Person{Name: "Serizawa Kiyoshi", Country: "JPN"})); err != nil {
		t.Fatal(err)
	}
	got, err := s.People(ctx)
	if err != nil || len(got) != 2 || got[0].Title != "secrétaire d'État américain" || got[1].Country != "JPN" {
		t.Errorf("people: %+v %v", got, err)
	}
}
