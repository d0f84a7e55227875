package uikit

import (
	"fyne.io/fyne/v2/lang"

	"parley/app"
)

// The words for a meeting's fields, shared by every screen. Each case is a
// literal key, so the translation test finds it.

// StatusText names a meeting status.
func StatusText(s app.MeetingStatus) string {
	switch s {
	case app.Suggested:
		return lang.L("to review")
	case app.Confirmed:
		return lang.L("confirmed")
	case app.Rejected:
		return lang.L("rejected")
	case app.Planned:
		return lang.L("planned")
	}
	return string(s)
}

// ModeText names a meeting's mode.
func ModeText(mode string) string {
	switch mode {
	case app.ModeInPerson:
		return lang.L("in person")
	case app.ModePhone:
		return lang.L("phone")
	case app.ModeVideo:
		return lang.L("video")
	}
	return lang.L("mode unknown")
}

// SettingText names a meeting's setting.
func SettingText(setting string) string {
	switch setting {
	case app.SettingVisitAbroad:
		return lang.L("visit abroad")
	case app.SettingHosting:
		return lang.L("hosting")
	case app.SettingThirdPlace:
		return lang.L("third place")
	}
	return lang.L("setting unknown")
}

// PrecisionText names how precisely a date is known.
func PrecisionText(p app.Precision) string {
	switch p {
	case app.PrecisionDay:
		return lang.L("day")
	case app.PrecisionMonth:
		return lang.L("month")
	case app.PrecisionYear:
		return lang.L("year")
	}
	return lang.L("unknown")
}
