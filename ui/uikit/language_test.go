package uikit

import (
	"strings"
	"testing"
	"text/template"

	"fyne.io/fyne/v2/lang"
)

// systemLocale makes the "system" locale, which Fyne reads from the
// environment on each lookup: "" is a system without a language (English).
func systemLocale(t *testing.T, locale string) {
	t.Helper()
	for _, v := range []string{"LC_ALL", "LC_MESSAGES", "LANGUAGE"} {
		t.Setenv(v, "")
	}
	t.Setenv("LANG", locale)
}

// useLanguage chooses a language and fails the test if it cannot.
func useLanguage(t *testing.T, choice string) {
	t.Helper()
	if err := UseLanguage(choice); err != nil {
		t.Fatalf("UseLanguage(%q): %v", choice, err)
	}
}

// TestUseLanguage checks that the choice in the settings, or else the
// system's language, decides the words lang.L returns. Fyne's localizer is
// global: the test ends by going back to English on an English system.
func TestUseLanguage(t *testing.T) {
	t.Cleanup(func() {
		// Runs after the environment is restored (cleanups run last first).
		if err := UseLanguage("en"); err != nil {
			t.Errorf("restoring English: %v", err)
		}
	})
	n := map[string]any{"N": 3}
	check := func(t *testing.T, want string, wantMeetings, wantToReview, wantCountry string) {
		t.Helper()
		if got := Language(); got != want {
			t.Errorf("Language() = %q, want %q", got, want)
		}
		if got := lang.L("Meetings"); got != wantMeetings {
			t.Errorf("lang.L(Meetings) = %q, want %q", got, wantMeetings)
		}
		if got := lang.L("{{.N}} to review", n); got != wantToReview {
			t.Errorf("lang.L({{.N}} to review, N=3) = %q, want %q", got, wantToReview)
		}
		if got := CountryName("JPN"); got != wantCountry {
			t.Errorf("CountryName(JPN) = %q, want %q", got, wantCountry)
		}
	}

	t.Run("English system, French chosen", func(t *testing.T) {
		systemLocale(t, "")
		useLanguage(t, "fr")
		check(t, "fr", "Rencontres", "3 à examiner", "Japon")
	})
	t.Run("English system, English chosen", func(t *testing.T) {
		systemLocale(t, "")
		useLanguage(t, "en")
		check(t, "en", "Meetings", "3 to review", "Japan")
	})
	t.Run("French system followed", func(t *testing.T) {
		systemLocale(t, "fr_FR.UTF-8")
		useLanguage(t, "")
		check(t, "fr", "Rencontres", "3 à examiner", "Japon")
	})
	t.Run("French system, English chosen", func(t *testing.T) {
		systemLocale(t, "fr_FR.UTF-8")
		useLanguage(t, "en")
		check(t, "en", "Meetings", "3 to review", "Japan")
	})
	t.Run("German system followed falls back to English", func(t *testing.T) {
		systemLocale(t, "de_DE.UTF-8")
		useLanguage(t, "")
		if got := Language(); got != "en" {
			t.Errorf("Language() = %q, want en", got)
		}
	})
	t.Run("unknown language refused", func(t *testing.T) {
		systemLocale(t, "")
		if err := UseLanguage("xx"); err == nil {
			t.Error("UseLanguage(xx) gave no error")
		}
	})
}

// TestFrenchFileLoadsWhole checks that Fyne's lang reads every entry of
// fr.json as written: each key, with its fields filled, comes back as its
// French template filled the same way.
func TestFrenchFileLoadsWhole(t *testing.T) {
	t.Cleanup(func() {
		if err := UseLanguage("en"); err != nil {
			t.Errorf("restoring English: %v", err)
		}
	})
	systemLocale(t, "")
	useLanguage(t, "fr")
	fr, err := Translations("fr")
	if err != nil {
		t.Fatal(err)
	}
	for key, value := range fr {
		data := map[string]any{}
		for _, f := range strings.Split(fields(key), ",") {
			if name := strings.TrimPrefix(f, "."); name != "" {
				data[name] = "<" + name + ">"
			}
		}
		want := fill(t, value, data)
		if got := lang.L(key, data); got != want {
			t.Errorf("lang.L(%q) = %q, want %q", key, got, want)
		}
	}
}

// fill executes a translation's template as go-i18n does.
func fill(t *testing.T, text string, data map[string]any) string {
	t.Helper()
	tmpl, err := template.New("").Parse(text)
	if err != nil {
		t.Fatalf("%q: %v", text, err)
	}
	var b strings.Builder
	if err := tmpl.Execute(&b, data); err != nil {
		t.Fatalf("%q: %v", text, err)
	}
	return b.String()
}
