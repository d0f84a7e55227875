package dates

import (
	"testing"
	"time"
)

func TestFindEnglish(t *testing.T) {
	runFindCases(t, []findCase{
		{"en", "held on March 30 in Washington", []Mention{one("on March 30", d(0, 3, 30))}},
		{"en", "signed 30 March in Hanoi", []Mention{one("30 March", d(0, 3, 30))}},
		{"en", "March 30, 2023", []Mention{one("March 30, 2023", d(2023, 3, 30))}},
		{"en", "on Wednesday, July 1, the two", []Mention{wd(one("on Wednesday, July 1", d(0, 7, 1)), time.Wednesday)}},
		{"en", "on the 1st of July", []Mention{one("on the 1st of July", d(0, 7, 1))}},
		{"en", "Sept. 5 and Dec 6", []Mention{one("Sept. 5", d(0, 9, 5)), one("Dec 6", d(0, 12, 6))}},
		{"en", "July 1-3", []Mention{rng("July 1-3", d(0, 7, 1), d(0, 7, 3))}},
		{"en", "June 28-July 2", []Mention{rng("June 28-July 2", d(0, 6, 28), d(0, 7, 2))}},
		{"en", "28-30 March", []Mention{rng("28-30 March", d(0, 3, 28), d(0, 3, 30))}},
		{"en", "from June 28 to July 2", []Mention{rng("from June 28 to July 2", d(0, 6, 28), d(0, 7, 2))}},
		{"en", "from June 28 to 30", []Mention{rng("from June 28 to 30", d(0, 6, 28), d(0, 6, 30))}},
		{"en", "between May 3 and 5", []Mention{rng("between May 3 and 5", d(0, 5, 3), d(0, 5, 5))}},
		{"en", "July 1 and 2 million people", []Mention{one("July 1", d(0, 7, 1))}},
		{"en", "in November 2023", []Mention{one("in November 2023", d(2023, 11, 0))}},
		{"en", "in November", []Mention{one("in November", d(0, 11, 0))}},
		{"en", "June 2023", []Mention{one("June 2023", d(2023, 6, 0))}},
		{"en", "late June", []Mention{part(one("late June", d(0, 6, 0)), "late")}},
		{"en", "in early July", []Mention{part(one("in early July", d(0, 7, 0)), "early")}},
		{"en", "mid-June 2023", []Mention{part(one("mid-June 2023", d(2023, 6, 0)), "mid")}},
		{"en", "at the end of June", []Mention{part(one("the end of June", d(0, 6, 0)), "late")}},
		{"en", "in 2020-2021", []Mention{rng("in 2020-2021", d(2020, 0, 0), d(2021, 0, 0))}},
		{"en", "yesterday", []Mention{rel("yesterday", -1)}},
		{"en", "yesterday morning", []Mention{tod(rel("yesterday morning", -1), "morning")}},
		{"en", "today", []Mention{rel("today", 0)}},
		{"en", "tomorrow", []Mention{rel("tomorrow", 1)}},
		{"en", "this morning", []Mention{tod(rel("this morning", 0), "morning")}},
		{"en", "last Monday", []Mention{relWd("last Monday", time.Monday, -1)}},
		{"en", "next Monday", []Mention{relWd("next Monday", time.Monday, 1)}},
		{"en", "met on Monday with", []Mention{relWd("on Monday", time.Monday, 0)}},
		{"en", "the 14th Congress, the 30th anniversary, G20, 1st Prime", nil},
		{"en", "held talks on Tuesday (July 1)", []Mention{wd(one("on Tuesday (July 1)", d(0, 7, 1)), time.Tuesday)}},
		{"en", "from December 1-3, 2025, aims", []Mention{rng("from December 1-3, 2025", d(2025, 12, 1), d(2025, 12, 3))}},
		{"en", "in late 2023 and early 2024", []Mention{part(one("in late 2023", d(2023, 0, 0)), "late"), part(one("early 2024", d(2024, 0, 0)), "early")}},
		{"en", "Monday (Monday (Monday (July 1)))", []Mention{relWd("Monday", time.Monday, 0), relWd("Monday", time.Monday, 0), wd(one("Monday (July 1)", d(0, 7, 1)), time.Monday)}},
		{"en", "they may 5 times", nil},
		{"en", "in the 2020s", nil},
		{"en", "from 28 June to 2 July", []Mention{rng("from 28 June to 2 July", d(0, 6, 28), d(0, 7, 2))}},
		{"en", "on July 21st", []Mention{one("on July 21st", d(0, 7, 21))}},
		{"en", "they march on", nil},
	})
}

// TestFindLanguages checks that lang narrows the vocabulary and "" takes both.
func TestFindLanguages(t *testing.T) {
	text := "le 30 mars, March 31"
	for _, c := range []struct {
		lang string
		want []string
	}{
		{"fr", []string{"le 30 mars"}},
		{"en", []string{"March 31"}},
		{"", []string{"le 30 mars", "March 31"}},
		{"vi", []string{"le 30 mars", "March 31"}},
	} {
		var got []string
		for _, m := range Find(text, c.lang) {
			got = append(got, m.Text)
		}
		if len(got) != len(c.want) {
			t.Errorf("lang %q: got %q, want %q", c.lang, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("lang %q: got %q, want %q", c.lang, got, c.want)
			}
		}
	}
}
