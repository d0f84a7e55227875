package uikit

import (
	"embed"
	"encoding/json"
	"fmt"
	"strings"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
)

// Languages the UI is translated into; the keys of the translation files
// are the English texts.
var Languages = []string{"en", "fr"}

//go:embed translations/*.json
var translations embed.FS

var (
	current   = "en"
	currentMu sync.RWMutex
)

// Language is the UI language in use: "en" or "fr".
func Language() string {
	currentMu.RLock()
	defer currentMu.RUnlock()
	return current
}

// UseLanguage loads the translations and chooses the UI language: choice
// ("en", "fr") as the analyst set it in the settings, or "" to follow the
// system. Call it once at start, before any window is built.
//
// Fyne's lang package always follows the system locale and has no setter,
// so a choice other than the system's language is made by also loading
// the chosen file under the system's own locale, which the lookup then
// prefers. Fyne's own words (file dialogs) stay in the system's language.
func UseLanguage(choice string) error {
	system := lang.SystemLocale()
	base := strings.ToLower(system.LanguageString())
	if i := strings.IndexAny(base, "-_"); i > 0 {
		base = base[:i]
	}
	chosen := choice
	if chosen == "" {
		chosen = "en"
		for _, l := range Languages {
			if l == base {
				chosen = l
			}
		}
	}
	flat, err := translations.ReadFile("translations/" + chosen + ".json")
	if err != nil {
		return fmt.Errorf("UI language %q: no translation file", choice)
	}
	data, err := longForm(flat)
	if err != nil {
		return fmt.Errorf("UI language %q: translation file: %w", chosen, err)
	}
	if err := lang.AddTranslationsForLocale(data, fyne.Locale(chosen)); err != nil {
		return fmt.Errorf("UI language %q: translation file: %w", chosen, err)
	}
	if base != chosen {
		if err := lang.AddTranslationsForLocale(data, system); err != nil {
			return fmt.Errorf("UI language %q: translation file: %w", chosen, err)
		}
	}
	currentMu.Lock()
	current = chosen
	currentMu.Unlock()
	return nil
}

// Translations returns a language's file as a map, for the tests that
// check every key the code uses is translated.
func Translations(language string) (map[string]string, error) {
	data, err := translations.ReadFile("translations/" + language + ".json")
	if err != nil {
		return nil, err
	}
	m := map[string]string{}
	return m, json.Unmarshal(data, &m)
}

// longForm rewrites a translation file (English text → translation) in
// go-i18n's long form, {"text": {"other": "translation"}}: go-i18n takes a
// flat file whose keys include one of its reserved words ("Description",
// "Other", "ID", "One"…) for a single message and refuses the whole file.
func longForm(flat []byte) ([]byte, error) {
	m := map[string]string{}
	if err := json.Unmarshal(flat, &m); err != nil {
		return nil, err
	}
	long := make(map[string]map[string]string, len(m))
	for key, text := range m {
		long[key] = map[string]string{"other": text}
	}
	return json.Marshal(long)
}
