package uikit

import (
	"encoding/json"
	"flag"
	"os"
	"sort"
	"strings"
	"testing"
	"text/template"
)

var update = flag.Bool("update", false, "rewrite translations/en.json from the keys the code uses")

// dynamicKeys are the keys that reach lang.L through a variable, by the
// file making the call: the scan cannot read them, so they are listed here
// and kept in en.json. A file with such a call and no entry fails the test
// (make the key a literal, or list the values here), and so does a listed
// key that is no longer a string literal of its file.
var dynamicKeys = map[string][]string{
	// detailFields: the labels of the meeting's detail grid.
	"ui/meetingsview/detail.go": {"Date", "Mode", "Setting", "Location", "Status", "Origin",
		"Focal side", "Partner side", "Article"},
	// statusFilters: the choices of the queue's status filter.
	"ui/meetingsview/meetings_view.go": {"To review", "Confirmed", "Planned", "Rejected", "All"},
}

// allKeys are the keys the code uses, literal or listed in dynamicKeys,
// each with a file that uses it.
func allKeys(t *testing.T) map[string]string {
	t.Helper()
	scan := scanKeys(t)
	if len(scan.keys) < 50 {
		t.Fatalf("found only %d keys: is the scan broken?", len(scan.keys))
	}
	for _, where := range scan.unscanned {
		t.Errorf("%s: the key scan reads only lang.L; use lang.L or teach this test the call", where)
	}
	keys := scan.keys
	for file, calls := range scan.dynamic {
		if _, ok := dynamicKeys[file]; !ok {
			t.Errorf("%s: lang.L with a key that is not a literal; use literal keys (a switch) or list the values in dynamicKeys",
				strings.Join(calls, ", "))
		}
	}
	for file, listed := range dynamicKeys {
		if len(scan.dynamic[file]) == 0 {
			t.Errorf("dynamicKeys lists %s, which no longer calls lang.L with a variable: drop its entry", file)
		}
		for _, k := range listed {
			if !scan.literals[file][k] {
				t.Errorf("dynamicKeys: %q is no longer a string in %s: update the list", k, file)
			}
			if _, seen := keys[k]; !seen {
				keys[k] = file
			}
		}
	}
	return keys
}

// TestEveryKeyIsTranslated checks that en.json lists exactly the keys the
// code uses (go test -update rewrites it) and that the French file
// translates each of them, keeping each template's fields.
func TestEveryKeyIsTranslated(t *testing.T) {
	keys := allKeys(t)
	if *update {
		en := map[string]string{}
		for k := range keys {
			en[k] = k
		}
		b, err := json.MarshalIndent(en, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile("translations/en.json", append(b, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	en, err := Translations("en")
	if err != nil {
		t.Fatal(err)
	}
	fr, err := Translations("fr")
	if err != nil {
		t.Fatal(err)
	}
	var missing []string
	for k, file := range keys {
		if v, ok := en[k]; !ok || v != k {
			t.Errorf("en.json: %q (%s) is missing or not itself: run go test ./ui/uikit -update", k, file)
		}
		v, ok := fr[k]
		if !ok {
			missing = append(missing, k+"  ("+file+")")
			continue
		}
		if strings.TrimSpace(v) == "" {
			t.Errorf("fr.json: %q has an empty translation", k)
		}
		if fields(k) != fields(v) {
			t.Errorf("fr.json: %q keeps other template fields than its key %q", v, k)
		}
	}
	sort.Strings(missing)
	if len(missing) > 0 {
		t.Errorf("fr.json lacks %d keys:\n%s", len(missing), strings.Join(missing, "\n"))
	}
	for _, file := range []struct {
		name string
		m    map[string]string
	}{{"en.json", en}, {"fr.json", fr}} {
		for k := range file.m {
			if _, used := keys[k]; !used {
				t.Errorf("%s: %q is not used by the code any more: remove it (go test ./ui/uikit -update does for en.json)", file.name, k)
			}
		}
	}
}

// fields lists a template's {{.Field}} names, sorted, so a translation that
// drops or misspells one is caught.
func fields(s string) string {
	if _, err := template.New("").Parse(s); err != nil {
		return "unparsable: " + err.Error()
	}
	var names []string
	for _, part := range strings.Split(s, "{{")[1:] {
		if end := strings.Index(part, "}}"); end > 0 {
			names = append(names, strings.TrimSpace(part[:end]))
		}
	}
	sort.Strings(names)
	return strings.Join(names, ",")
}
