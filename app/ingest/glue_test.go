package ingest

import (
	"strings"
	"testing"
)

func TestSearchExtraSeeds(t *testing.T) {
	tests := []struct {
		seed    string
		want    []string // words hidden in glue that must be listed
		notWant []string // ordinary words that must not be split into these
	}{
		{"001", []string{"vietnamien", "satisfaction", "sécurité", "30", "mars", "réaffirmé", "représentants"}, nil},
		{"002", []string{"deux", "parties", "secrétaire", "stratégique", "intégral", "négociations", "vietnam"}, nil},
		{"003", []string{"japonais", "serizawa", "kiyoshi", "deux", "hoang"}, []string{"suivre"}}, // "poursuivre" is a word
		{"000", nil, nil}, // cleanly copied: nothing to add
		{"004", nil, nil},
	}
	for _, tc := range tests {
		t.Run(tc.seed, func(t *testing.T) {
			d, err := ParseText(readSeed(t, tc.seed))
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]bool{}
			for _, w := range strings.Fields(d.SearchExtra) {
				if got[w] {
					t.Errorf("%q listed twice", w)
				}
				got[w] = true
			}
			for _, w := range tc.want {
				if !got[w] {
					t.Errorf("SearchExtra lacks %q: %q", w, d.SearchExtra)
				}
			}
			for _, w := range tc.notWant {
				if got[w] {
					t.Errorf("SearchExtra has %q: %q", w, d.SearchExtra)
				}
			}
			if len(tc.want) == 0 && d.SearchExtra != "" {
				t.Errorf("SearchExtra = %q, want none", d.SearchExtra)
			}
			// The stored text is never repaired.
			if tc.seed == "001" && !strings.Contains(d.Body, "vice-ministrevietnamien") {
				t.Error("body was changed")
			}
		})
	}
}

func TestSearchExtraCommonWordsStay(t *testing.T) {
	// Every word of the seeds that is not glue must come out unsplit: the
	// extra words of a clean text stay empty, and no split of a seed yields
	// parts of these ordinary words.
	ordinary := []string{"partenaires", "entretien", "relations", "coopération", "dialogue", "également", "lesquels",
		"depuis", "ensemble", "entretenu", "poursuivre", "partenariat", "vietnamien", "développement", "description"}
	text := "Les partenaires ont eu un entretien sur les relations et la coopération. Le dialogue a également porté sur les domaines dans lesquels, depuis longtemps, ils travaillent ensemble. Il s'est entretenu avec les partenaires pour poursuivre le partenariat vietnamien de développement. La description est entre les deux. Puis il a tenu à suivre le semble. Cela en vaut la peine."
	extra := " " + SearchExtra(text) + " "
	for _, w := range ordinary {
		if strings.Contains(text, w) && strings.Contains(extra, " "+w+" ") {
			t.Errorf("%q listed as glue part", w)
		}
	}
	if strings.TrimSpace(extra) != "" {
		t.Errorf("SearchExtra of clean text = %q, want none", extra)
	}
}

func TestSearchExtraCases(t *testing.T) {
	tests := []struct {
		text, want string
	}{
		{"la sécurité, la sécurité et lasécurité", "la sécurité"},
		{"la sécurité et lasécurité", ""}, // glue as frequent as its part: not vouched for
		{"Il a parlé avecsatisfaction.", "avec satisfaction"},
		{"le 30mars, le 12e jour, le 1er avril, au G20", "30 mars"},
		{"SerizawaKiyoshi et Serizawa", "serizawa kiyoshi"},
		{"le secrétaire et le secrétaired'État", "secrétaire"},
		{"deux parties: lesdeux parties, lesdeux pays, lesdeux camps, les deux, deux, deux", "les deux"},
		{"", ""},
	}
	for _, tc := range tests {
		if got := SearchExtra(tc.text); got != tc.want {
			t.Errorf("SearchExtra(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}
