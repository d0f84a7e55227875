package meetingsview

import (
	"context"
	"strconv"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"parley/app"
	"parley/ui/uitest"
)

// open shows a view of lib in a test window and waits for its first load.
func open(t *testing.T, lib *app.Library) (*View, fyne.Window, func(string)) {
	t.Helper()
	return openB(t, lib)
}

func openB(t testing.TB, lib *app.Library) (*View, fyne.Window, func(string)) {
	t.Helper()
	test.NewTempApp(t)
	v := New(context.Background(), lib)
	var wait func(string)
	v.loaded, wait = uitest.Loaded(t)
	w := test.NewWindow(v.Content())
	w.Resize(fyne.NewSize(1200, 800))
	t.Cleanup(w.Close)
	v.Refresh()
	wait("the meetings")
	return v, w, wait
}

func stored(t *testing.T, lib *app.Library, id int64) app.Meeting {
	t.Helper()
	m, err := lib.Store.Meeting(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestKeysReviewTheSelectedMeetingAndMoveOn(t *testing.T) {
	lib := uitest.Seeded(t)
	v, w, wait := open(t, lib)
	if len(v.meetings) < 5 {
		t.Fatalf("%d meetings to review in the seeds", len(v.meetings))
	}
	for _, m := range v.meetings {
		if m.Status != app.Suggested {
			t.Fatalf("the queue to review holds a %s meeting", m.Status)
		}
	}
	toReview := len(v.meetings)
	if want := "to review"; !strings.Contains(v.counter.Text, want) {
		t.Errorf("counter %q", v.counter.Text)
	}
	ids := []int64{v.meetings[0].ID, v.meetings[1].ID, v.meetings[2].ID, v.meetings[3].ID}
	if v.currentID() != ids[0] {
		t.Fatalf("the first meeting is not selected after loading: %d", v.currentID())
	}
	w.Canvas().Focus(v.list) // as a tap on a line does
	keys := w.Canvas().Focused()
	if keys == nil {
		t.Fatal("the queue takes no focus")
	}

	keys.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
	keys.TypedRune('j')
	keys.TypedRune('k')
	if v.currentID() != ids[1] {
		t.Fatalf("Down, j, k: meeting %d selected, want %d", v.currentID(), ids[1])
	}
	keys.TypedKey(&fyne.KeyEvent{Name: fyne.KeyUp})
	if v.currentID() != ids[0] {
		t.Fatalf("Up: meeting %d selected, want %d", v.currentID(), ids[0])
	}

	for i, step := range []struct {
		key  rune
		want app.MeetingStatus
	}{{'c', app.Confirmed}, {'r', app.Rejected}, {'p', app.Planned}} {
		w.Canvas().Focused().TypedRune(step.key)
		wait("the review")
		if m := stored(t, lib, ids[i]); m.Status != step.want || !m.Reviewed {
			t.Errorf("key %c: meeting %d is %s (reviewed %v), want %s", step.key, ids[i], m.Status, m.Reviewed, step.want)
		}
		if v.currentID() != ids[i+1] {
			t.Errorf("key %c: meeting %d selected after the action, want the next to review %d", step.key, v.currentID(), ids[i+1])
		}
		if v.inQueue(ids[i]) {
			t.Errorf("key %c: meeting %d is still in the queue to review", step.key, ids[i])
		}
		if w.Canvas().Focused() != fyne.Focusable(v.list) {
			t.Errorf("key %c: the queue lost the keyboard", step.key)
		}
	}
	if len(v.meetings) != toReview-3 || !strings.HasPrefix(v.counter.Text, strconv.Itoa(toReview-3)+" ") {
		t.Errorf("%d in the queue, counter %q; want %d", len(v.meetings), v.counter.Text, toReview-3)
	}

	// Under "All" the reviewed meetings stay, and c still moves on to the
	// next one to review.
	v.statusFilter.SetSelectedIndex(len(statusFilters) - 1)
	v.selectMeeting(ids[0])
	w.Canvas().Focus(v.list)
	w.Canvas().Focused().TypedRune('c')
	wait("the review under All")
	if !v.inQueue(ids[0]) || v.currentID() != ids[3] {
		t.Errorf("under All: meeting %d selected, want %d; confirmed one still listed: %v", v.currentID(), ids[3], v.inQueue(ids[0]))
	}
}

func TestEditingStoresTheFieldsAndMarksReviewed(t *testing.T) {
	lib := uitest.Seeded(t)
	v, w, wait := open(t, lib)
	m := v.meetings[0]
	w.Canvas().Focus(v.list)
	w.Canvas().Focused().TypedRune('e')
	if !v.editor.isOpen() || v.editor.partner.Text != m.Partner {
		t.Fatalf("e does not open the form on meeting %d (partner %q)", m.ID, v.editor.partner.Text)
	}

	// A bad value names its field and stores nothing.
	v.editor.dateStart.SetText("2020-13-01")
	test.Tap(v.editor.save)
	if !strings.Contains(v.editor.problem.Text, "Date start") || !v.editor.isOpen() {
		t.Fatalf("bad date: problem %q, form open %v", v.editor.problem.Text, v.editor.isOpen())
	}
	if stored(t, lib, m.ID).Reviewed {
		t.Fatal("a refused form marked the meeting reviewed")
	}

	v.editor.partner.SetText("jpn")
	v.editor.dateStart.SetText("2020-07-01")
	v.editor.dateEnd.SetText("2020-07-02")
	v.editor.precision.SetSelectedIndex(0) // day
	v.editor.mode.SetSelectedIndex(1)      // phone
	v.editor.setting.SetSelectedIndex(3)   // unknown
	v.editor.location.SetText("Hà Nội")
	v.editor.focal.SetText("Nguyễn Văn A | Vice-ministre | vice_minister")
	v.editor.side.SetText("Jane Doe | Ambassadrice | ambassador\nJohn Roe")
	test.Tap(v.editor.save)
	wait("the correction")
	got := stored(t, lib, m.ID)
	if got.Partner != "JPN" || got.DateStart != "2020-07-01" || got.DateEnd != "2020-07-02" || got.DatePrecision != app.PrecisionDay ||
		got.Mode != app.ModePhone || got.Setting != "" || got.CAMEO != "041" || got.Location != "Hà Nội" || !got.Reviewed {
		t.Errorf("stored after the form: %+v", got)
	}
	if len(got.Focal) != 1 || got.Focal[0].Level != "vice_minister" || len(got.PartnerSide) != 2 ||
		got.PartnerSide[0].Title != "Ambassadrice" || got.PartnerSide[1].Name != "John Roe" || got.PartnerSide[1].Level != "other" {
		t.Errorf("participants after the form: %+v / %+v", got.Focal, got.PartnerSide)
	}
	if v.editor.isOpen() || v.currentID() != m.ID || v.detail.values["Location"].Text != "Hà Nội" {
		t.Errorf("after saving: form open %v, selected %d, location shown %q", v.editor.isOpen(), v.currentID(), v.detail.values["Location"].Text)
	}
	// A correction alone does not confirm: the meeting stays to review.
	if got.Status != app.Suggested || !v.inQueue(m.ID) {
		t.Errorf("status %s after a correction, in queue %v", got.Status, v.inQueue(m.ID))
	}
}

func TestEvidenceInContextAndOpenInReader(t *testing.T) {
	lib := uitest.Seeded(t)
	v, w, _ := open(t, lib)
	shown := make(chan int64, 16)
	v.evidenceShown = func(m app.Meeting) { shown <- m.ID }
	// A body meeting whose evidence is part of a longer paragraph.
	var body app.Meeting
	var a app.Article
	for _, m := range v.meetings {
		art, err := lib.Store.Article(context.Background(), m.ArticleID)
		if err != nil {
			t.Fatal(err)
		}
		for _, para := range strings.Split(art.Body, "\n") {
			if !m.Teaser && m.ID != v.currentID() && strings.Contains(para, m.Evidence) && len(para) > len(m.Evidence)+20 {
				body, a = m, art
			}
		}
		if body.ID != 0 {
			break
		}
	}
	if body.ID == 0 {
		t.Fatal("no body meeting with context in the seeds")
	}
	v.selectMeeting(body.ID)
	for id := int64(0); id != body.ID; {
		select {
		case id = <-shown:
		case <-time.After(10 * time.Second):
			t.Fatalf("the evidence of meeting %d is never shown in context", body.ID)
		}
	}
	segs := v.detail.evidence.Segments
	if len(segs) != 3 {
		t.Fatalf("%d evidence segments", len(segs))
	}
	text := func(i int) string { return segs[i].(*widget.TextSegment).Text }
	if text(1) != body.Evidence || !segs[1].(*widget.TextSegment).Style.TextStyle.Bold {
		t.Errorf("evidence segment %q (bold %v), want %q", text(1), segs[1].(*widget.TextSegment).Style.TextStyle.Bold, body.Evidence)
	}
	around := strings.Trim(text(0), "…") + text(1) + strings.Trim(text(2), "…")
	if len(around) <= len(body.Evidence) || !strings.Contains(a.Body, around) {
		t.Errorf("context %q is not the evidence in its text: %q | %q | %q", around, text(0), text(1), text(2))
	}

	var opened []app.Meeting
	v.OnOpenEvidence = func(m app.Meeting) { opened = append(opened, m) }
	test.Tap(v.detail.open)
	w.Canvas().Focus(v.list)
	w.Canvas().Focused().TypedRune('o')
	if len(opened) != 2 || opened[0].ID != body.ID || opened[1].ID != body.ID {
		t.Errorf("opened in the reader: %+v", opened)
	}
}

func TestEvidenceInContextCutsLongParagraphs(t *testing.T) {
	text := "Titre\nPremière phrase. M. Đặng a reçu l’ambassadeur à Hà Nội. Suite.\nAutre paragraphe."
	start := strings.Index(text, "M. Đặng")
	ev := "M. Đặng a reçu l’ambassadeur à Hà Nội."
	s := app.RuneCount(text[:start])
	before, evidence, after := evidenceInContext(text, s, s+app.RuneCount(ev))
	if before != "Première phrase. " || evidence != ev || after != " Suite." {
		t.Errorf("got %q | %q | %q", before, evidence, after)
	}
	long := strings.Repeat("é", 1000) + "X" + strings.Repeat("à", 1000)
	before, evidence, after = evidenceInContext(long, 1000, 1001)
	if evidence != "X" || app.RuneCount(before) != contextRunes+1 || !strings.HasPrefix(before, "…") || !strings.HasSuffix(after, "…") {
		t.Errorf("long paragraph: %d runes before, evidence %q, %d after", app.RuneCount(before), evidence, app.RuneCount(after))
	}
}

func TestDateInterval(t *testing.T) {
	for _, c := range []struct {
		start, end string
		p          app.Precision
		want       string // "start end" or "error"
	}{
		{"2020-07-01", "", app.PrecisionDay, "2020-07-01 2020-07-01"},
		{"2020-07-01", "2020-07-03", app.PrecisionDay, "2020-07-01 2020-07-03"},
		{"2020-07-14", "", app.PrecisionMonth, "2020-07-01 2020-07-31"},
		{"2020-02", "", app.PrecisionMonth, "2020-02-01 2020-02-29"},
		{"2020", "", app.PrecisionYear, "2020-01-01 2020-12-31"},
		{"2020-07", "", app.PrecisionDay, "error"},
		{"2020-07-03", "2020-07-01", app.PrecisionDay, "error"},
		{"", "", app.PrecisionDay, "error"},
		{"anything", "", app.PrecisionUnknown, " "},
	} {
		s, e, err := dateInterval(c.start, c.end, c.p)
		got := s + " " + e
		if err != nil {
			got = "error"
		}
		if got != c.want {
			t.Errorf("dateInterval(%q, %q, %s) = %q (%v), want %q", c.start, c.end, c.p, got, err, c.want)
		}
	}
}
