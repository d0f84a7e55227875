package meetingsview

import (
	"slices"

	"fyne.io/fyne/v2/lang"

	"parley/app"
	"parley/ui/uikit"
)

// key runs a review key typed in the queue.
func (v *View) key(r rune) bool {
	switch r {
	case 'c':
		v.review(app.Confirmed)
	case 'r':
		v.review(app.Rejected)
	case 'p':
		v.review(app.Planned)
	case 'e':
		v.startEdit()
	case 'o':
		v.openEvidence()
	default:
		return false
	}
	return true
}

// review gives the selected meeting a status, then moves on to the next
// meeting to review.
func (v *View) review(status app.MeetingStatus) {
	m, ok := v.current()
	if !ok {
		return
	}
	v.change(m, app.MeetingChange{Status: &status}, true,
		lang.L("Meeting {{.ID}} is now {{.Status}}.", map[string]any{"ID": m.ID, "Status": uikit.StatusText(status)}))
}

// change stores a correction of m off the UI goroutine, then updates the
// queue in place (no reload: a key press stays instant at any library
// size) and selects the next meeting to review when moveOn is set, else m.
func (v *View) change(m app.Meeting, c app.MeetingChange, moveOn bool, done string) {
	next := m.ID
	if moveOn {
		next = v.nextToReview(m.ID)
	}
	for _, b := range v.detail.buttons() {
		b.Disable()
	}
	go func() {
		updated, err := v.lib.Store.ChangeMeeting(v.ctx, m.ID, c)
		v.do(func() {
			if err != nil {
				v.status.SetText(lang.L("Could not change meeting {{.ID}}: {{.Err}}", map[string]any{"ID": m.ID, "Err": err.Error()}))
				v.detail.show(v.detail.shown) // buttons back; an open form keeps its input
				v.notifyLoaded()
				return
			}
			if i := slices.IndexFunc(v.all, func(o app.Meeting) bool { return o.ID == m.ID }); i >= 0 {
				v.all[i] = updated
			}
			if !slices.Contains(v.partners, updated.Partner) {
				v.fillPartners()
			}
			keep := next
			if keep == 0 || !v.inQueue(keep) {
				keep = m.ID
			}
			v.applyFilters(keep)
			v.status.SetText(done)
			v.focusQueue()
			v.notifyLoaded()
		})
	}()
}

// nextToReview is the meeting to select after acting on meeting id: the
// next one to review below it in the queue, else above it; 0 if none.
func (v *View) nextToReview(id int64) int64 {
	at := slices.IndexFunc(v.meetings, func(m app.Meeting) bool { return m.ID == id })
	if at < 0 {
		return 0
	}
	for _, m := range v.meetings[at+1:] {
		if m.Status == app.Suggested {
			return m.ID
		}
	}
	for i := at - 1; i >= 0; i-- {
		if v.meetings[i].Status == app.Suggested {
			return v.meetings[i].ID
		}
	}
	return 0
}

func (v *View) inQueue(id int64) bool {
	return slices.ContainsFunc(v.meetings, func(m app.Meeting) bool { return m.ID == id })
}

// openEvidence hands the selected meeting to the reader.
func (v *View) openEvidence() {
	m, ok := v.current()
	if !ok {
		return
	}
	if v.OnOpenEvidence == nil {
		v.status.SetText(lang.L("The reader is not available here."))
		return
	}
	v.OnOpenEvidence(m)
}
