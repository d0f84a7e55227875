package ui

import (
	"errors"
	"fmt"
	"image/color"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"parley/app"
	"parley/ui/uikit"
)

// Preference keys, kept in Fyne's per-app preferences.
const (
	PrefLibrary  = "library.path"
	PrefLanguage = "ui.language" // "", "en", "fr"
	PrefTheme    = "ui.theme"    // "", "light", "dark"
	PrefFocal    = "library.focal"
	PrefPartners = "charts.partners" // comma-separated alpha-3
)

// settings is the Settings screen: the library file, the focal country,
// the default partners, the UI language and the theme.
type settings struct {
	s        *Shell
	path     *widget.Label
	focal    *widget.Entry
	partners *widget.Entry
	language *widget.Select
	theme    *widget.Select
	note     *widget.Label
	box      fyne.CanvasObject
}

var (
	languageChoices = []string{"", "en", "fr"}
	themeChoices    = []string{"", "light", "dark"}
)

func newSettings(s *Shell) *settings {
	st := &settings{s: s}
	st.path = widget.NewLabel("")
	st.path.Wrapping = fyne.TextWrapBreak
	open := widget.NewButton(lang.L("Open another library…"), s.showOpenLibrary)
	create := widget.NewButton(lang.L("Create a new library…"), s.showNewLibrary)

	st.focal = widget.NewEntry()
	st.focal.Validator = func(v string) error { _, err := alpha3(v); return err }
	st.focal.OnSubmitted = func(string) { st.saveFocal() }
	st.partners = widget.NewEntry()
	st.partners.Validator = func(v string) error { _, err := partnerList(v); return err }
	st.partners.OnSubmitted = func(string) { st.savePartners() }
	save := widget.NewButton(lang.L("Apply"), func() { st.saveFocal(); st.savePartners() })

	st.language = widget.NewSelect([]string{lang.L("System"), "English", "Français"}, nil)
	st.theme = widget.NewSelect([]string{lang.L("System"), lang.L("Light"), lang.L("Dark")}, nil)
	st.note = widget.NewLabel("")
	st.note.Wrapping = fyne.TextWrapWord

	form := widget.NewForm(
		widget.NewFormItem(lang.L("Library file"), container.NewVBox(st.path, container.NewHBox(open, create))),
		widget.NewFormItem(lang.L("Focal country"), st.focal),
		widget.NewFormItem(lang.L("Default partners"), st.partners),
		widget.NewFormItem("", save),
		widget.NewFormItem(lang.L("Language"), st.language),
		widget.NewFormItem(lang.L("Theme"), st.theme),
	)
	st.box = container.NewVBox(widget.NewLabelWithStyle(lang.L("Settings"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), form, st.note)

	prefs := s.app.Preferences()
	st.language.SetSelectedIndex(max(0, slices.Index(languageChoices, prefs.String(PrefLanguage))))
	st.language.OnChanged = func(string) {
		prefs.SetString(PrefLanguage, languageChoices[st.language.SelectedIndex()])
		st.note.SetText(lang.L("The language changes at the next start of Parley."))
	}
	st.theme.SetSelectedIndex(max(0, slices.Index(themeChoices, prefs.String(PrefTheme))))
	st.theme.OnChanged = func(string) {
		v := themeChoices[st.theme.SelectedIndex()]
		prefs.SetString(PrefTheme, v)
		ApplyTheme(s.app, v)
	}
	return st
}

func (st *settings) content() fyne.CanvasObject { return container.NewVScroll(st.box) }

// update shows the open library's settings.
func (st *settings) update() {
	st.path.SetText(st.s.path)
	focal := st.s.lib.Focal
	if focal == "" {
		focal = app.DefaultFocal
	}
	st.focal.SetText(focal)
	st.partners.SetText(strings.Join(app.Partners(), ", "))
}

func (st *settings) saveFocal() {
	code, err := alpha3(st.focal.Text)
	if err != nil {
		st.s.showError(fmt.Errorf("%s: %w", lang.L("Focal country"), err))
		return
	}
	st.s.lib.Focal = code
	st.s.app.Preferences().SetString(PrefFocal, code)
	st.note.SetText(lang.L("Meetings of {{.Country}} are found in articles imported from now on; re-run the extraction (parley-cli extract) for the others.",
		map[string]any{"Country": uikit.CountryName(code)}))
}

func (st *settings) savePartners() {
	list, err := partnerList(st.partners.Text)
	if err != nil {
		st.s.showError(fmt.Errorf("%s: %w", lang.L("Default partners"), err))
		return
	}
	app.SetPartners(list)
	st.s.app.Preferences().SetString(PrefPartners, strings.Join(list, ","))
	st.s.refreshAll()
}

// alpha3 checks a country code: three letters, a country CLDR names.
func alpha3(v string) (string, error) {
	code := strings.ToUpper(strings.TrimSpace(v))
	if len(code) != 3 || uikit.CountryName(code) == code {
		return "", errors.New(lang.L("{{.Code}} is not an ISO 3166-1 alpha-3 country code (such as VNM, USA, JPN)", map[string]any{"Code": `"` + v + `"`}))
	}
	return code, nil
}

// partnerList reads "USA, JPN, LAO" into codes.
func partnerList(v string) ([]string, error) {
	var list []string
	for _, f := range strings.FieldsFunc(v, func(r rune) bool { return r == ',' || r == ' ' || r == ';' }) {
		code, err := alpha3(f)
		if err != nil {
			return nil, err
		}
		list = append(list, code)
	}
	if len(list) == 0 {
		return nil, errors.New(lang.L("name at least one partner"))
	}
	return list, nil
}

// ApplyTheme sets the light or dark variant ("" follows the system).
func ApplyTheme(a fyne.App, variant string) {
	switch variant {
	case "light":
		a.Settings().SetTheme(fixedVariant{theme.DefaultTheme(), theme.VariantLight})
	case "dark":
		a.Settings().SetTheme(fixedVariant{theme.DefaultTheme(), theme.VariantDark})
	default:
		a.Settings().SetTheme(theme.DefaultTheme())
	}
}

// fixedVariant is Fyne's theme with the variant chosen in the settings
// instead of the system's.
type fixedVariant struct {
	fyne.Theme
	variant fyne.ThemeVariant
}

func (t fixedVariant) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return t.Theme.Color(n, t.variant)
}
