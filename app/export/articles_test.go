package export

import (
	"io"
	"slices"
	"testing"
	"time"

	"parley/app"
)

func TestArticles(t *testing.T) {
	list := []app.ArticleSummary{
		{ID: 7, Source: "000_0ee9b2a42e9ba755.txt", Version: 2, Title: "Việt Nam – Hoa Kỳ, \"partenaires\"",
			Published: app.Date{Year: 2023, Month: 9, Day: 10, Precision: app.PrecisionDay}, Lang: "fr",
			Chars: 1234, Teasers: 3, ImportedAt: time.Date(2025, 1, 2, 9, 30, 0, 0, time.FixedZone("ICT", 7*3600))},
		{ID: 8, Source: "dump.csv#4", Version: 1, Title: "Deux lignes\net la suite",
			Published: app.Date{Year: 2023, Month: 7, Precision: app.PrecisionMonth}},
		{ID: 9, Source: "x.html", Version: 1, Title: ""},
	}
	rows := readBack(t, exportFile(t, func(w io.Writer) error { return Articles(w, CSVOptions{}, list) }), CSVOptions{})
	want := [][]string{
		{"id", "source", "version", "published", "published_precision", "lang", "chars", "teasers", "imported_at", "title"},
		// imported_at is written in UTC whatever zone the time came in.
		{"7", "000_0ee9b2a42e9ba755.txt", "2", "2023-09-10", "day", "fr", "1234", "3", "2025-01-02T02:30:00Z", "Việt Nam – Hoa Kỳ, \"partenaires\""},
		{"8", "dump.csv#4", "1", "2023-07", "month", "", "0", "0", "", "Deux lignes\net la suite"},
		{"9", "x.html", "1", "", "", "", "0", "0", "", ""},
	}
	if !slices.EqualFunc(rows, want, slices.Equal) {
		t.Errorf("got %q\nwant %q", rows, want)
	}
}

// TestArticlesHostileTitles proves that a title crafted to run as a formula
// reaches the spreadsheet as text: prefixed with an apostrophe, and
// otherwise intact.
func TestArticlesHostileTitles(t *testing.T) {
	var list []app.ArticleSummary
	for i, title := range hostileTexts {
		list = append(list, app.ArticleSummary{ID: int64(i + 1), Source: title, Title: title})
	}
	for _, opt := range []CSVOptions{{}, {BOM: true, Separator: ';'}} {
		rows := readBack(t, exportFile(t, func(w io.Writer) error { return Articles(w, opt, list) }), opt)
		if len(rows) != len(hostileTexts)+1 {
			t.Fatalf("%+v: %d rows, want %d", opt, len(rows), len(hostileTexts)+1)
		}
		for i, title := range hostileTexts {
			row := rows[i+1]
			if got := row[len(row)-1]; got != "'"+title {
				t.Errorf("%+v: title %q came out as %q", opt, title, got)
			}
			if got := row[1]; got != "'"+title {
				t.Errorf("%+v: source %q came out as %q", opt, title, got)
			}
		}
	}
}

func TestTeasers(t *testing.T) {
	articles := []app.Article{
		{ID: 3, Source: "a.txt", Teasers: []app.Teaser{
			{Position: 0, Headline: "Le Premier ministre reçoit", Lead: "Hanoï, \"le 3 mars\";\nsuite", Caption: "Photo: VNA", Start: 100, End: 180},
			{Position: 1, Headline: "-Brève", Start: 181, End: 200},
		}},
		{ID: 4, Source: "b.txt"}, // no teaser: no row
	}
	opt := CSVOptions{BOM: true, Separator: ';'}
	rows := readBack(t, exportFile(t, func(w io.Writer) error { return Teasers(w, opt, articles) }), opt)
	want := [][]string{
		{"article_id", "source", "position", "headline", "lead", "caption", "start", "end"},
		{"3", "a.txt", "0", "Le Premier ministre reçoit", "Hanoï, \"le 3 mars\";\nsuite", "Photo: VNA", "100", "180"},
		{"3", "a.txt", "1", "'-Brève", "", "", "181", "200"},
	}
	if !slices.EqualFunc(rows, want, slices.Equal) {
		t.Errorf("got %q\nwant %q", rows, want)
	}
}

func TestBadSeparator(t *testing.T) {
	for _, sep := range []rune{'"', '\n', '\r', 0xFFFD, -1} {
		var b []byte
		err := Counts(writerFunc(func(p []byte) (int, error) { b = append(b, p...); return len(p), nil }),
			CSVOptions{BOM: true, Separator: sep}, app.CountTable{})
		if err == nil {
			t.Errorf("separator %q accepted", sep)
		}
		if len(b) != 0 {
			t.Errorf("separator %q: %q written before the error", sep, b)
		}
	}
}

type writerFunc func([]byte) (int, error)

func (f writerFunc) Write(p []byte) (int, error) { return f(p) }
