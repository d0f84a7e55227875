package meetingsview

import (
	"context"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"parley/app"
)

// View is the review queue: the meetings Parley found, each with its
// evidence, to confirm, reject or mark as planned. It is the first form of
// the meetings screen; correcting fields, merging clusters and the keyboard
// are issue 7's.
type View struct {
	lib      *app.Library
	ctx      context.Context
	list     *widget.List
	evidence *widget.Label
	status   *widget.Label
	confirm  *widget.Button
	reject   *widget.Button
	planned  *widget.Button

	meetings []app.Meeting
	selected int // -1: none

	// loaded, when set, is called on Fyne's goroutine after each load;
	// tests wait on it.
	loaded func()
}

// New builds the view; call Refresh to fill it.
func New(ctx context.Context, lib *app.Library) *View {
	v := &View{lib: lib, ctx: ctx, selected: -1}
	v.evidence = widget.NewLabel("Choose a meeting to see its evidence.")
	v.evidence.Wrapping = fyne.TextWrapWord
	v.status = widget.NewLabel("")
	v.list = widget.NewList(
		func() int { return len(v.meetings) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("meeting")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(meetingLine(v.meetings[i])) },
	)
	v.list.OnSelected = func(i widget.ListItemID) {
		v.selected = i
		v.evidence.SetText(meetingDetail(v.meetings[i]))
		v.setButtons(true)
	}
	v.confirm = widget.NewButton("Confirm", func() { v.review(app.Confirmed) })
	v.reject = widget.NewButton("Reject", func() { v.review(app.Rejected) })
	v.planned = widget.NewButton("Planned", func() { v.review(app.Planned) })
	v.setButtons(false)
	return v
}

// Content is the view's canvas object.
func (v *View) Content() fyne.CanvasObject {
	buttons := container.NewHBox(v.confirm, v.reject, v.planned)
	right := container.NewBorder(buttons, nil, nil, nil, container.NewVScroll(v.evidence))
	split := container.NewHSplit(container.NewBorder(nil, v.status, nil, nil, v.list), right)
	split.Offset = 0.55
	return split
}

func (v *View) setButtons(on bool) {
	for _, b := range []*widget.Button{v.confirm, v.reject, v.planned} {
		if on {
			b.Enable()
		} else {
			b.Disable()
		}
	}
}

// Refresh reloads the meetings off the UI goroutine.
func (v *View) Refresh() {
	go func() {
		ms, err := v.lib.Store.Meetings(v.ctx, app.MeetingFilter{})
		fyne.Do(func() {
			if err != nil {
				v.status.SetText("Could not list the meetings: " + err.Error())
			} else {
				v.meetings = ms
				v.status.SetText(fmt.Sprintf("%d meetings (rejected ones hidden)", len(ms)))
			}
			v.selected = -1
			v.list.UnselectAll()
			v.list.Refresh()
			v.setButtons(false)
			v.notifyLoaded()
		})
	}()
}

// review sets the chosen meeting's status, then reloads the list.
func (v *View) review(status app.MeetingStatus) {
	if v.selected < 0 || v.selected >= len(v.meetings) {
		return
	}
	id := v.meetings[v.selected].ID
	v.setButtons(false)
	go func() {
		_, err := v.lib.Store.ChangeMeeting(v.ctx, id, app.MeetingChange{Status: &status})
		if err != nil {
			fyne.Do(func() {
				v.status.SetText(fmt.Sprintf("Could not mark meeting %d %s: %v", id, status, err))
				v.notifyLoaded()
			})
			return
		}
		v.Refresh()
	}()
}

func (v *View) notifyLoaded() {
	if v.loaded != nil {
		v.loaded()
	}
}

// meetingLine is a meeting's line in the queue.
func meetingLine(m app.Meeting) string {
	date := m.DateStart
	if m.DatePrecision == app.PrecisionUnknown {
		date = "date unknown"
	}
	where := ""
	if m.Teaser {
		where = " · teaser"
	}
	return fmt.Sprintf("%s · %s · %s · %s%s · %s", m.Partner, date, orDash(m.Mode), m.Status, where, app.ArticleName(m.Source))
}

// meetingDetail is what the right pane shows of a meeting.
func meetingDetail(m app.Meeting) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s, %s (%s), CAMEO %s, %s\n\n", m.Partner, orDash(m.DateStart), orDash(string(m.DatePrecision)), m.CAMEO, m.Status)
	for _, side := range []struct {
		name string
		ps   []app.Participant
	}{{"Focal side", m.Focal}, {"Partner side", m.PartnerSide}} {
		names := make([]string, len(side.ps))
		for i, p := range side.ps {
			names[i] = strings.TrimSpace(p.Name + ", " + p.Title)
		}
		fmt.Fprintf(&b, "%s: %s\n", side.name, orDash(strings.Join(names, "; ")))
	}
	fmt.Fprintf(&b, "\n%s\n\n— %s", m.Evidence, m.Source)
	return b.String()
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}
