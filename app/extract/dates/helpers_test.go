package dates

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// findCase is a text and the mentions Find must return, compared on what
// they say (Text and the date fields); spans are checked against the text.
type findCase struct {
	lang string
	text string
	want []Mention
}

// d builds a Date.
func d(y, m, day int) Date { return Date{y, m, day} }

// one is a single-date mention.
func one(text string, from Date) Mention { return Mention{Text: text, From: from, To: from} }

// rng is a range mention.
func rng(text string, from, to Date) Mention { return Mention{Text: text, From: from, To: to} }

// wd adds a weekday.
func wd(m Mention, w time.Weekday) Mention { m.Weekday, m.HasWeekday = w, true; return m }

// tod adds a time of day.
func tod(m Mention, t string) Mention { m.TimeOfDay = t; return m }

// part adds a part of the month.
func part(m Mention, p string) Mention { m.Part = p; return m }

// rel is a relative mention.
func rel(text string, offset int) Mention { return Mention{Text: text, Relative: true, Offset: offset} }

// relWd is a relative weekday mention.
func relWd(text string, w time.Weekday, dir int) Mention {
	return Mention{Text: text, Relative: true, Weekday: w, HasWeekday: true, Direction: dir}
}

func runFindCases(t *testing.T, cases []findCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.lang+"/"+c.text, func(t *testing.T) {
			got := Find(c.text, c.lang)
			checkSpans(t, c.text, got)
			if len(got) != len(c.want) {
				t.Fatalf("Find(%q) = %d mentions, want %d:\n%s", c.text, len(got), len(c.want), dump(got))
			}
			for i, g := range got {
				g.Start, g.End = 0, 0
				if g != c.want[i] {
					t.Errorf("mention %d:\n got  %s\n want %s", i, dump([]Mention{g}), dump([]Mention{c.want[i]}))
				}
			}
		})
	}
}

// checkSpans checks what every caller of Find relies on: spans inside the
// text, Text equal to the span, sorted and not overlapping.
func checkSpans(t testing.TB, text string, ms []Mention) {
	t.Helper()
	runes := []rune(text)
	prev := 0
	for i, m := range ms {
		if m.Start < prev || m.End <= m.Start || m.End > len(runes) {
			t.Fatalf("mention %d span [%d,%d) bad (previous end %d, text %d runes)", i, m.Start, m.End, prev, len(runes))
		}
		if s := string(runes[m.Start:m.End]); s != m.Text {
			t.Fatalf("mention %d: text[%d:%d] = %q, Text = %q", i, m.Start, m.End, s, m.Text)
		}
		prev = m.End
	}
}

func dump(ms []Mention) string {
	var b strings.Builder
	for _, m := range ms {
		fmt.Fprintf(&b, "%q from=%v to=%v", m.Text, m.From, m.To)
		if m.HasWeekday {
			fmt.Fprintf(&b, " wd=%v", m.Weekday)
		}
		if m.Part != "" {
			fmt.Fprintf(&b, " part=%s", m.Part)
		}
		if m.Relative {
			fmt.Fprintf(&b, " rel off=%d dir=%d", m.Offset, m.Direction)
		}
		if m.TimeOfDay != "" {
			fmt.Fprintf(&b, " tod=%s", m.TimeOfDay)
		}
		b.WriteString("; ")
	}
	return b.String()
}
