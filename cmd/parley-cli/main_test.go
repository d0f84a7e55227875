package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"flag"
	"image/png"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"parley/app"
	"parley/app/apptest"
	"parley/app/ingest"
	"parley/charts"
	"parley/data"
)

// cli runs parley-cli in process against the library db.
func cli(t *testing.T, db string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(context.Background(), append([]string{"--db", db}, args...), &out, &errb)
	return code, out.String(), errb.String()
}

func mustCLI(t *testing.T, db string, args ...string) string {
	t.Helper()
	code, out, errs := cli(t, db, args...)
	if code != 0 {
		t.Fatalf("parley-cli %v: exit %d\nstdout:\n%s\nstderr:\n%s", args, code, out, errs)
	}
	return out
}

func articlesJSON(t *testing.T, db string) []articleJSON {
	t.Helper()
	var list []articleJSON
	if err := json.Unmarshal([]byte(mustCLI(t, db, "articles", "--format", "json")), &list); err != nil {
		t.Fatal(err)
	}
	return list
}

func TestImportSeedsTwice(t *testing.T) {
	db := filepath.Join(apptest.TempDir(t), "lib.parley")
	seeds := apptest.SeedsDir(t)

	out := mustCLI(t, db, "import", seeds)
	if n := strings.Count(out, "imported "); n != 5 {
		t.Errorf("want 5 files imported, got %d:\n%s", n, out)
	}
	if !strings.Contains(out, "5 files: 5 imported") {
		t.Errorf("summary missing:\n%s", out)
	}
	list := articlesJSON(t, db)
	if len(list) != 5 {
		t.Fatalf("want 5 articles, got %d", len(list))
	}
	bySource := map[string]articleJSON{}
	for _, a := range list {
		bySource[a.Source] = a
		if a.Lang != "fr" || a.Chars == 0 || a.Title == "" || a.ID == 0 {
			t.Errorf("article %+v: want lang fr, chars, title and id", a)
		}
	}
	if a := bySource["004_5a8597a87f5ef843.txt"]; a.Published != "2023-07" || a.Precision != "month" {
		t.Errorf("004: published %q precision %q, want 2023-07 month", a.Published, a.Precision)
	}
	if a := bySource["001_56ef91aa5f9d67eb.txt"]; a.Teasers != 12 {
		t.Errorf("001: %d teasers, want 12", a.Teasers)
	}

	out = mustCLI(t, db, "import", seeds)
	if n := strings.Count(out, "already in the library"); n != 6 { // 5 files + summary
		t.Errorf("re-import: want every file already in the library:\n%s", out)
	}
	if got := len(articlesJSON(t, db)); got != 5 {
		t.Errorf("re-import made duplicates: %d articles", got)
	}
	info := mustCLI(t, db, "info")
	for _, want := range []string{db, "schema version:", "articles:       5"} {
		if !strings.Contains(info, want) {
			t.Errorf("info lacks %q:\n%s", want, info)
		}
	}
}

func TestImportRejectsBadFilesKeepsTheRest(t *testing.T) {
	db := filepath.Join(apptest.TempDir(t), "lib.parley")
	mustCLI(t, db, "import", filepath.Join(apptest.SeedsDir(t), "000_0ee9b2a42e9ba755.txt"))
	before := articlesJSON(t, db)

	dir := apptest.TempDir(t)
	files := map[string][]byte{
		"empty.txt":     {},
		"huge.txt":      {},
		"binary.txt":    {0x89, 'P', 'N', 'G', 0, 0, 0, 1},
		"latin1.txt":    []byte("Le ministre \xe9tait \xe0 Hano\xef.\n"),
		"notext.csv":    []byte("title,url\nA,http://x\n"),
		"photo.pdf":     []byte("%PDF-1.4"),
		"good.txt":      []byte("Un titre\n\nLe Vietnam et le Japon ont tenu des entretiens à Tokyo.\n"),
		"sub/good2.csv": []byte("title;text\nDeux;Le Laos et le Vietnam coopèrent.\n"),
	}
	for name, b := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// A file over the size limit is refused before it is read (sparse here).
	if err := os.Truncate(filepath.Join(dir, "huge.txt"), ingest.MaxFileSize+1); err != nil {
		t.Fatal(err)
	}
	code, out, _ := cli(t, db, "import", dir, filepath.Join(dir, "missing.txt"))
	if code != 1 {
		t.Errorf("exit %d, want 1 when files are rejected", code)
	}
	for _, name := range []string{"empty.txt", "huge.txt", "binary.txt", "latin1.txt", "notext.csv", "missing.txt"} {
		if !strings.Contains(out, "rejected "+filepath.Join(dir, name)+":") {
			t.Errorf("no rejection line naming %s:\n%s", name, out)
		}
	}
	if !strings.Contains(out, "skipped  "+filepath.Join(dir, "photo.pdf")) {
		t.Errorf("photo.pdf not listed as skipped:\n%s", out)
	}
	if !strings.Contains(out, "MiB limit") {
		t.Errorf("no size-limit message:\n%s", out)
	}
	if !strings.Contains(out, `"text"`) {
		t.Errorf("CSV rejection does not name the missing text column:\n%s", out)
	}
	after := articlesJSON(t, db)
	if len(after) != len(before)+2 {
		t.Fatalf("want the two good files added to the %d articles, got %d", len(before), len(after))
	}
}

func TestChangedFileBecomesNewVersion(t *testing.T) {
	db := filepath.Join(apptest.TempDir(t), "lib.parley")
	p := filepath.Join(apptest.TempDir(t), "page.txt")
	if err := os.WriteFile(p, []byte("Titre\n\nPremière version du texte.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	mustCLI(t, db, "import", p)
	if err := os.WriteFile(p, []byte("Titre\n\nDeuxième version du texte.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if out := mustCLI(t, db, "import", p); !strings.Contains(out, "new version") {
		t.Errorf("changed file not a new version:\n%s", out)
	}
	list := articlesJSON(t, db)
	if len(list) != 1 || list[0].Version != 2 {
		t.Fatalf("want one article at version 2, got %+v", list)
	}
	if out := mustCLI(t, db, "show", "page.txt"); !strings.Contains(out, "Deuxième version") {
		t.Errorf("show gives the old version:\n%s", out)
	}
}

func TestShowAndSearchSeeds(t *testing.T) {
	db := filepath.Join(apptest.TempDir(t), "lib.parley")
	mustCLI(t, db, "import", apptest.SeedsDir(t))

	out := mustCLI(t, db, "show", "001_56ef91aa5f9d67eb.txt")
	body, teasers, ok := strings.Cut(out, "## Teasers")
	if !ok {
		t.Fatalf("show prints no teaser section:\n%s", out)
	}
	if !strings.Contains(body, "12e Dialogue sur la politique") || strings.Contains(body, "Voir plus") {
		t.Errorf("show body wrong:\n%s", body)
	}
	if !strings.Contains(teasers, "Le secrétaire général To Lam rend visite à des anciens dirigeants du Laos") {
		t.Errorf("teaser headline missing:\n%s", teasers)
	}
	list := articlesJSON(t, db)
	if out := mustCLI(t, db, "show", strconv.FormatInt(list[0].ID, 10)); !strings.Contains(out, list[0].Title) {
		t.Errorf("show by id: no title:\n%s", out)
	}
	if code, _, errs := cli(t, db, "show", "nothing.txt"); code != 1 || !strings.Contains(errs, "nothing.txt") {
		t.Errorf("show missing article: exit %d, %q", code, errs)
	}

	for _, q := range []string{"Etats-Unis", "nguyen", "ETATS UNIS", `"secrétaire d'État"`, "diplom*", "Kritenbrink"} {
		var hits []hitJSON
		if err := json.Unmarshal([]byte(mustCLI(t, db, "search", q, "--format", "json")), &hits); err != nil {
			t.Fatal(err)
		}
		if len(hits) == 0 {
			t.Errorf("search %s: no hits", q)
			continue
		}
		if !strings.Contains(hits[0].Snippet, "[") {
			t.Errorf("search %s: snippet not highlighted: %q", q, hits[0].Snippet)
		}
	}
	var hits []hitJSON
	if err := json.Unmarshal([]byte(mustCLI(t, db, "search", "Etats-Unis", "--limit", "2", "--format", "json")), &hits); err != nil {
		t.Fatal(err)
	}
	if len(hits) != 2 {
		t.Errorf("--limit 2 after the query gave %d hits", len(hits))
	}
	code, _, errs := cli(t, db, "search", `"unclosed`)
	if code != 1 || !strings.Contains(errs, "search query") {
		t.Errorf("malformed query: exit %d, stderr %q", code, errs)
	}
	if out := mustCLI(t, db, "search", "Etats-Unis", "--format", "csv"); !strings.HasPrefix(out, "id,source,published,in,title,snippet\n") {
		t.Errorf("csv header: %q", out)
	}
}

func TestUsageErrors(t *testing.T) {
	db := filepath.Join(apptest.TempDir(t), "lib.parley")
	for _, args := range [][]string{
		{"frobnicate"},
		{"articles", "--format", "xml"},
		{"search"},
		{"import"},
		{"articles", "--nope"},
		{"search", "x", "--limit", "0"},
	} {
		if code, _, errs := cli(t, db, args...); code != 2 || errs == "" {
			t.Errorf("%v: exit %d, stderr %q; want 2 and a message", args, code, errs)
		}
	}
	for _, args := range [][]string{{"--help"}, {"import", "--help"}, {"help", "search"}} {
		code, out, _ := cli(t, db, args...)
		if code != 0 || !strings.Contains(out, "Usage: parley-cli") {
			t.Errorf("%v: exit %d, out %q", args, code, out)
		}
	}
}

func TestLibraryFromEnvironment(t *testing.T) {
	db := filepath.Join(apptest.TempDir(t), "env.parley")
	t.Setenv("PARLEY_DB", db)
	var out, errb bytes.Buffer
	if code := run(context.Background(), []string{"info"}, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	if !strings.Contains(out.String(), db) {
		t.Errorf("info does not use PARLEY_DB:\n%s", out.String())
	}
}

func meetingsJSON(t *testing.T, db string, args ...string) []meetingJSON {
	t.Helper()
	var ms []meetingJSON
	out := mustCLI(t, db, append([]string{"meetings", "--format", "json"}, args...)...)
	if err := json.Unmarshal([]byte(out), &ms); err != nil {
		t.Fatalf("meetings json: %v\n%s", err, out)
	}
	return ms
}

// The seeds end to end through the real store: meetings are found at
// import, listed with every field, reviewed, and the review survives a
// re-run of the extractor.
func TestMeetingsFoundReviewedAndKept(t *testing.T) {
	db := filepath.Join(apptest.TempDir(t), "lib.parley")
	mustCLI(t, db, "import", apptest.SeedsDir(t))

	all := meetingsJSON(t, db)
	if len(all) == 0 {
		t.Fatal("no meetings found in the seeds")
	}
	var body, teaser []meetingJSON
	for _, m := range all {
		if m.Teaser {
			teaser = append(teaser, m)
		} else {
			body = append(body, m)
		}
		if m.Article == "" || len(m.Partner) != 3 || m.Status == "" || m.Origin != "extracted" || m.Cluster == 0 {
			t.Errorf("meeting lacks a field: %+v", m)
		}
		if m.EvidenceEnd <= m.EvidenceStart || m.Evidence == "" {
			t.Errorf("meeting %d has no evidence", m.ID)
		}
	}
	if len(body) == 0 || len(teaser) == 0 {
		t.Fatalf("want body and teaser meetings, got %d and %d", len(body), len(teaser))
	}
	if got := meetingsJSON(t, db, "--teasers"); len(got) != len(teaser) {
		t.Errorf("--teasers lists %d, want %d", len(got), len(teaser))
	}
	if got := meetingsJSON(t, db, "--partner", "USA", "--body"); len(got) == 0 {
		t.Error("no body meeting with the United States")
	}

	// A body meeting of 000 reviewed: confirmed and corrected.
	var target meetingJSON
	for _, m := range body {
		if m.Article == "000_0ee9b2a42e9ba755" {
			target = m
			break
		}
	}
	if target.ID == 0 {
		t.Fatal("no body meeting in 000")
	}
	id := strconv.FormatInt(target.ID, 10)
	if out := mustCLI(t, db, "review", id, "confirm", "location=Hanoï", "date=2020-07-01"); !strings.Contains(out, "confirmed") {
		t.Errorf("review output: %s", out)
	}
	if code, _, _ := cli(t, db, "review", id, "frobnicate"); code != 2 {
		t.Errorf("unknown action: exit %d", code)
	}
	if code, _, _ := cli(t, db, "review", id, "correct", "date=2020-13-01"); code != 2 {
		t.Errorf("bad date: exit %d", code)
	}
	if code, _, _ := cli(t, db, "review", "99999", "confirm"); code != 1 {
		t.Errorf("missing meeting: exit %d", code)
	}

	mustCLI(t, db, "extract")
	again := meetingsJSON(t, db, "--status", "confirmed")
	if len(again) != 1 || again[0].ID != target.ID || *again[0].Location != "Hanoï" || *again[0].DateStart != "2020-07-01" {
		t.Errorf("the review did not survive a re-run: %+v", again)
	}
	// The re-run makes no duplicate of the reviewed meeting.
	for _, m := range meetingsJSON(t, db) {
		if m.ID != target.ID && m.Article == target.Article && !m.Teaser && m.EvidenceStart == target.EvidenceStart {
			t.Errorf("re-run suggested the reviewed meeting again: %+v", m)
		}
	}
}

func TestEvalOnSeeds(t *testing.T) {
	gold := filepath.Join(apptest.SeedsDir(t), "..", "gold", "seeds.jsonl")
	var out, errb bytes.Buffer
	code := run(context.Background(), []string{"eval", "--gold", gold, "--texts", apptest.SeedsDir(t), "--format", "json"}, &out, &errb)
	if code != 0 {
		t.Fatalf("eval: exit %d: %s", code, errb.String())
	}
	type scores struct {
		Gold, Predicted, Matched int
		F1                       float64
	}
	var r struct {
		Events, Teasers scores
		ArticlePartner  scores `json:"article_partner"`
		Dates           struct{ Matched int }
		Partners        []struct{ Partner string }
	}
	if err := json.Unmarshal(out.Bytes(), &r); err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	if r.Events.Gold != 15 || r.Teasers.Gold != 20 {
		t.Errorf("gold counts %+v / %+v, want 15 body and 20 teaser events", r.Events, r.Teasers)
	}
	if r.Events.Matched == 0 || len(r.Partners) == 0 {
		t.Errorf("eval matched nothing: %s", out.String())
	}
	// The quality bar on the seeds.
	if r.Events.F1 < 0.9 {
		t.Errorf("event F1 on the seeds is %.3f, below 0.9", r.Events.F1)
	}
	if code, _, _ := cli(t, filepath.Join(apptest.TempDir(t), "x"), "eval", "--gold", gold); code != 2 {
		t.Errorf("eval without --texts: exit %d", code)
	}
}

// Our own labelled corpora: testdata/meetings, written to cover each rule
// and non-meeting, and testdata/meetings-holdout, written without looking
// at the extractor. Floors that catch regressions, with the figures logged.
func TestEvalOnOwnCorpora(t *testing.T) {
	for _, c := range []struct {
		dir           string
		events, pairs float64
	}{{"meetings", 0.9, 0.9}, {"meetings-holdout", 0.65, 0.9}} {
		t.Run(c.dir, func(t *testing.T) { evalFloor(t, filepath.Join("..", "..", "testdata", c.dir), c.events, c.pairs) })
	}
}

func evalFloor(t *testing.T, dir string, events, pairs float64) {
	var out, errb bytes.Buffer
	code := run(context.Background(), []string{"eval", "--gold", filepath.Join(dir, "gold.jsonl"), "--texts", dir, "--format", "json"}, &out, &errb)
	if code != 0 {
		t.Fatalf("eval: exit %d: %s", code, errb.String())
	}
	type scores struct{ Precision, Recall, F1 float64 }
	var r struct {
		Events, Teasers scores
		ArticlePartner  scores `json:"article_partner"`
		Dates           struct{ Rate float64 }
	}
	if err := json.Unmarshal(out.Bytes(), &r); err != nil {
		t.Fatal(err)
	}
	t.Logf("events P %.3f R %.3f F1 %.3f; article-partner F1 %.3f; dates %.3f; teasers F1 %.3f",
		r.Events.Precision, r.Events.Recall, r.Events.F1, r.ArticlePartner.F1, r.Dates.Rate, r.Teasers.F1)
	if r.Events.F1 < events || r.ArticlePartner.F1 < pairs {
		t.Errorf("quality fell: event F1 %.3f (floor %.2f), article-partner F1 %.3f (floor %.2f)", r.Events.F1, events, r.ArticlePartner.F1, pairs)
	}
}

func TestCountsAndExports(t *testing.T) {
	db := filepath.Join(apptest.TempDir(t), "lib.parley")
	dir := apptest.TempDir(t)
	hostile := filepath.Join(dir, "hostile.csv")
	if err := os.WriteFile(hostile, []byte("title,text,published\n"+
		`"=HYPERLINK(""http://x"",""y"")","Le ministre a reçu l'ambassadeur du Japon à Hanoï le 3 mai 2024.",2024-05-03`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	mustCLI(t, db, "import", apptest.SeedsDir(t), hostile)

	var c struct {
		Request struct {
			Unit     string
			Partners []string
			By       string
		}
		Rows []struct {
			Partner, Period string
			Count           int
		}
		UnknownDate []struct {
			Partner string
			Count   int
		} `json:"unknown_date"`
	}
	out := mustCLI(t, db, "counts", "--format", "json", "--by", "month", "--from", "2020-01-01", "--to", "2020-12-31")
	if err := json.Unmarshal([]byte(out), &c); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if c.Request.Unit != "clusters" || c.Request.By != "month" || len(c.Request.Partners) != 4 || c.UnknownDate == nil {
		t.Errorf("request echo: %+v", c.Request)
	}
	// 4 partners × 12 months, zeros included; the seed 000's phone call and
	// reception of 1 July 2020 are there.
	if len(c.Rows) != 48 {
		t.Errorf("%d rows, want 48", len(c.Rows))
	}
	usaJuly := 0
	for _, r := range c.Rows {
		if r.Partner == "USA" && r.Period == "2020-07" {
			usaJuly = r.Count
		}
	}
	if usaJuly < 1 {
		t.Errorf("no US meeting in July 2020: %+v", c.Rows)
	}
	if code, _, _ := cli(t, db, "counts", "--unit", "people"); code != 2 {
		t.Errorf("bad unit: exit %d", code)
	}
	// A breakdown by mode splits each cell; the groups add up to the plain count.
	var byMode struct {
		Request struct{ Groups []string }
		Rows    []struct {
			Partner, Period, Group string
			Count                  int
		}
	}
	out = mustCLI(t, db, "counts", "--format", "json", "--by", "month", "--from", "2020-01-01", "--to", "2020-12-31", "--breakdown", "mode")
	if err := json.Unmarshal([]byte(out), &byMode); err != nil {
		t.Fatal(err)
	}
	if len(byMode.Request.Groups) != 4 || len(byMode.Rows) != 48*4 {
		t.Errorf("by mode: %d groups, %d rows", len(byMode.Request.Groups), len(byMode.Rows))
	}
	sum := 0
	for _, r := range byMode.Rows {
		if r.Partner == "USA" && r.Period == "2020-07" {
			sum += r.Count
		}
	}
	if sum != usaJuly {
		t.Errorf("USA July 2020: groups add up to %d, plain count %d", sum, usaJuly)
	}
	if code, _, _ := cli(t, db, "counts", "--breakdown", "colour"); code != 2 {
		t.Errorf("bad breakdown: exit %d", code)
	}

	for _, kind := range []string{"articles", "teasers", "meetings", "counts"} {
		path := filepath.Join(dir, kind+".csv")
		mustCLI(t, db, "export", kind, "--out", path, "--bom", "--sep", ";")
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.HasPrefix(b, []byte("\ufeff")) {
			t.Errorf("%s: no BOM", kind)
		}
		r := csv.NewReader(bytes.NewReader(b[3:]))
		r.Comma = ';'
		rows, err := r.ReadAll()
		if err != nil || len(rows) < 2 {
			t.Errorf("%s: %d rows, %v", kind, len(rows), err)
		}
		// The seed pages list 6 + 12 + 6 + 6 teaser items.
		if kind == "teasers" && (len(rows) != 31 || rows[1][1] != "000_0ee9b2a42e9ba755.txt" || rows[1][3] == "") {
			t.Errorf("teasers: %d rows, first %q", len(rows), rows[1])
		}
		if kind == "articles" && !strings.Contains(string(b), `'=HYPERLINK(`) {
			t.Errorf("the hostile title is not neutralised:\n%s", b)
		}
	}
	if code, _, errs := cli(t, db, "export", "meetings", "--out", filepath.Join(dir, "missing", "m.csv")); code != 1 || !strings.Contains(errs, "missing") {
		t.Errorf("export into a missing folder: exit %d, %q", code, errs)
	}
	if code, _, _ := cli(t, db, "export", "people", "--out", filepath.Join(dir, "x.csv")); code != 2 {
		t.Errorf("unknown export kind: exit %d", code)
	}
}

// The chart and the CSV of one request hold the same numbers: the numbers
// the chart draws (charts.Values) equal the rows `export counts` writes.
func TestChartAndCSVAgree(t *testing.T) {
	db := filepath.Join(apptest.TempDir(t), "lib.parley")
	dir := apptest.TempDir(t)
	mustCLI(t, db, "import", apptest.SeedsDir(t), filepath.Join("..", "..", "assets", "demo"))
	flags := []string{"--by", "quarter", "--partners", "all", "--unit", "mentions"}
	csvPath, pngPath, svgPath := filepath.Join(dir, "c.csv"), filepath.Join(dir, "c.png"), filepath.Join(dir, "c.svg")
	mustCLI(t, db, append([]string{"export", "counts", "--out", csvPath}, flags...)...)
	mustCLI(t, db, append([]string{"chart", "--out", pngPath, "--kind", "stacked"}, flags...)...)
	mustCLI(t, db, append([]string{"chart", "--out", svgPath, "--kind", "lines"}, flags...)...)
	for _, p := range []string{pngPath, svgPath} {
		if info, err := os.Stat(p); err != nil || info.Size() < 1000 {
			t.Errorf("%s: %v", p, err)
		}
	}
	f, err := os.Open(csvPath)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(f).ReadAll()
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	fromCSV := map[string]string{}
	for _, r := range rows[1:] {
		if r[1] != "unknown" {
			fromCSV[r[0]+" "+r[1]] = r[2]
		}
	}

	store, err := data.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	r := app.NewCountRequest()
	r.By, r.AllPartners, r.Partners, r.Unit = app.ByQuarter, true, nil, app.UnitMentions
	tab, err := app.NewLibrary(store).Counts(context.Background(), r)
	if err != nil {
		t.Fatal(err)
	}
	for _, kind := range []charts.Kind{charts.Bars, charts.Stacked, charts.Lines} {
		drawn := 0
		for partner, periods := range charts.Values(tab, kind) {
			for period, n := range periods {
				drawn++
				if fromCSV[partner+" "+period] != strconv.Itoa(n) {
					t.Errorf("%s: %s %s drawn %d, CSV %q", kind, partner, period, n, fromCSV[partner+" "+period])
				}
			}
		}
		if drawn != len(fromCSV) || drawn == 0 {
			t.Errorf("%s: %d values drawn, %d in the CSV", kind, drawn, len(fromCSV))
		}
	}
	if code, _, _ := cli(t, db, "chart", "--out", filepath.Join(dir, "c.gif")); code != 2 {
		t.Errorf("chart to .gif: exit %d", code)
	}
}

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// Golden files of the counts of the seed library: the table, the CSV bytes
// and the SVG chart (stable output), and a PNG checked for size and
// content. When the extractor's rules change these numbers on purpose,
// run: go test ./cmd/parley-cli -run Golden -update
func TestGoldenSeedCounts(t *testing.T) {
	db := filepath.Join(apptest.TempDir(t), "lib.parley")
	dir := apptest.TempDir(t)
	mustCLI(t, db, "import", apptest.SeedsDir(t))
	request := []string{"--partners", "all", "--by", "year"}
	table := mustCLI(t, db, append([]string{"counts"}, request...)...)
	mustCLI(t, db, append([]string{"export", "counts", "--out", filepath.Join(dir, "counts.csv")}, request...)...)
	mustCLI(t, db, append([]string{"chart", "--kind", "bars", "--out", filepath.Join(dir, "counts.svg")}, request...)...)
	mustCLI(t, db, append([]string{"chart", "--kind", "stacked", "--out", filepath.Join(dir, "counts.png")}, request...)...)

	golden := filepath.Join("..", "..", "testdata", "golden")
	apptest.Golden(t, filepath.Join(golden, "seed_counts.txt"), []byte(table), *update)
	apptest.Golden(t, filepath.Join(golden, "seed_counts.csv"), readFile(t, filepath.Join(dir, "counts.csv")), *update)
	apptest.Golden(t, filepath.Join(golden, "seed_counts.svg"), readFile(t, filepath.Join(dir, "counts.svg")), *update)

	f, err := os.Open(filepath.Join(dir, "counts.png"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	b := img.Bounds()
	if n := apptest.Colours(img, 3); b.Dx() < 600 || b.Dy() < 300 || n < 20 {
		t.Errorf("png %dx%d with %d colours: blank or too small", b.Dx(), b.Dy(), n)
	}
}

func readFile(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
