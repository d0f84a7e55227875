package main

import (
	"encoding/json"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"parley/app/apptest"
)

func passagesOut(t *testing.T, db string, args ...string) []passageJSON {
	t.Helper()
	var list []passageJSON
	out := mustCLI(t, db, append([]string{"passages", "--format", "json"}, args...)...)
	if err := json.Unmarshal([]byte(out), &list); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	return list
}

func TestAnnotationOnSeeds(t *testing.T) {
	db := filepath.Join(apptest.TempDir(t), "lib.parley")
	mustCLI(t, db, "import", apptest.SeedsDir(t))
	const art = "000_0ee9b2a42e9ba755.txt"

	mustCLI(t, db, "codes", "add", "coopération", "--color", "#1f77b4", "--description", "tout accord")
	mustCLI(t, db, "codes", "add", "défense", "--parent", "coopération")
	mustCLI(t, db, "codes", "add", "ton")
	mustCLI(t, db, "sessions", "start", "s1", "--coder", "alice", "--scope", "Laos")
	out := mustCLI(t, db, "code", "--article", art, "--quote", "Nguyên Chi Vinh", "--code", "défense", "--coder", "alice")
	if !strings.Contains(out, "in session s1") {
		t.Errorf("coding without --session did not join alice's open session: %s", out)
	}
	mustCLI(t, db, "code", "--article", art, "--start", "0", "--end", "20", "--code", "ton", "--coder", "bob", "--memo", "à revoir")
	mustCLI(t, db, "code", "--article", art, "--whole", "--code", "coopération", "--coder", "bob")

	ps := passagesOut(t, db, "--context")
	if len(ps) != 3 {
		t.Fatalf("%d passages, want 3", len(ps))
	}
	for _, p := range ps {
		if p.Whole {
			continue
		}
		if p.Context == nil || !strings.Contains(*p.Context, p.Quote) {
			t.Errorf("passage %d: context %v does not hold its quote %q", p.ID, p.Context, p.Quote)
		}
	}
	if n := len(passagesOut(t, db, "--code", "coopération", "--subcodes")); n != 2 {
		t.Errorf("coopération with sub-codes: %d passages, want 2", n)
	}
	if n := len(passagesOut(t, db, "--coder", "bob", "--article", art)); n != 2 {
		t.Errorf("bob's: %d passages, want 2", n)
	}
	if n := len(passagesOut(t, db, "--session", "s1")); n != 1 {
		t.Errorf("session s1: %d passages, want 1", n)
	}
	csvOut := mustCLI(t, db, "passages", "--format", "csv")
	if !strings.HasPrefix(csvOut, "id,article,start,end,code,coder,session,quote,memo\n") {
		t.Errorf("csv header: %.80s", csvOut)
	}

	// Errors: exit 1 for what the library refuses, 2 for usage.
	for _, c := range []struct {
		code int
		args []string
		want string
	}{
		{1, []string{"code", "--article", art, "--start", "0", "--end", "999999", "--code", "ton", "--coder", "bob"}, "code points"},
		{1, []string{"code", "--article", art, "--quote", "absent du texte", "--code", "ton", "--coder", "bob"}, "not in the text"},
		{1, []string{"code", "--article", art, "--start", "0", "--end", "20", "--code", "ton", "--coder", "bob"}, "already coded"},
		{1, []string{"code", "--article", art, "--start", "0", "--end", "5", "--code", "inconnu", "--coder", "bob"}, "inconnu"},
		{1, []string{"code", "--article", "nope.txt", "--start", "0", "--end", "5", "--code", "ton", "--coder", "bob"}, "nope.txt"},
		{1, []string{"code", "--article", art, "--start", "0", "--end", "5", "--code", "ton", "--coder", "bob", "--session", "zz"}, "zz"},
		{1, []string{"passages", "--coder", "nobody"}, "nobody"},
		{1, []string{"uncode", "999"}, "999"},
		{1, []string{"codes", "delete", "coopération"}, "--force"},
		{1, []string{"codes", "add", "x", "--color", "red"}, "#RRGGBB"},
		{2, []string{"code", "--article", art, "--start", "0", "--code", "ton", "--coder", "bob"}, "--start and --end"},
		{2, []string{"code", "--article", art, "--code", "ton", "--coder", "bob"}, "one way"},
		{2, []string{"codes", "frobnicate"}, "unknown subcommand"},
		{2, []string{"codes"}, "Usage"},
		{2, []string{"sessions", "start", "s2"}, "--coder"},
	} {
		code, _, errs := cli(t, db, c.args...)
		if code != c.code || !strings.Contains(errs, c.want) {
			t.Errorf("%v: exit %d, stderr %q; want exit %d mentioning %q", c.args, code, errs, c.code, c.want)
		}
	}

	// Delete (one step), undo, merge (one step), undo, across separate runs.
	mustCLI(t, db, "codes", "delete", "coopération", "--force")
	if n := len(passagesOut(t, db)); n != 1 {
		t.Errorf("after delete: %d passages, want 1", n)
	}
	if out := mustCLI(t, db, "undo"); !strings.Contains(out, `delete code "coopération"`) {
		t.Errorf("undo: %s", out)
	}
	if n := len(passagesOut(t, db)); n != 3 {
		t.Errorf("after undoing the delete: %d passages, want 3", n)
	}
	mustCLI(t, db, "codes", "merge", "ton", "défense")
	if n := len(passagesOut(t, db, "--code", "défense")); n != 2 {
		t.Errorf("after merge: défense has %d passages, want 2", n)
	}
	mustCLI(t, db, "undo")
	if n := len(passagesOut(t, db, "--code", "ton")); n != 1 {
		t.Errorf("after undoing the merge: ton has %d passages, want 1", n)
	}
	mustCLI(t, db, "redo")
	mustCLI(t, db, "undo")
	mustCLI(t, db, "codes", "rename", "ton", "tonalité")
	if code, _, errs := cli(t, db, "redo"); code != 1 || !strings.Contains(errs, "nothing to redo") {
		t.Errorf("redo after a new change: exit %d %s", code, errs)
	}
	mustCLI(t, db, "codes", "move", "défense")
	var codes []codeJSON
	if err := json.Unmarshal([]byte(mustCLI(t, db, "codes", "list", "--format", "json")), &codes); err != nil {
		t.Fatal(err)
	}
	var paths []string
	for _, c := range codes {
		paths = append(paths, c.Path)
	}
	if got := strings.Join(paths, ","); got != "coopération,tonalité,défense" {
		t.Errorf("codebook after rename and move: %s", got)
	}
	mustCLI(t, db, "memo", "add", "--code", "tonalité", "--title", "définition", "le", "ton", "des", "entretiens")
	mustCLI(t, db, "memo", "add", "--passage", "1", "preuve")
	if out := mustCLI(t, db, "memo", "list", "--code", "tonalité"); !strings.Contains(out, "le ton des entretiens") {
		t.Errorf("memo list: %s", out)
	}
	mustCLI(t, db, "uncode", "1")
	h := mustCLI(t, db, "history", "--limit", "3")
	if !strings.Contains(h, "uncode passage 1") || !strings.Contains(h, "memo on passage 1") {
		t.Errorf("history:\n%s", h)
	}
	mustCLI(t, db, "undo")
	if n := len(passagesOut(t, db, "--session", "s1")); n != 1 {
		t.Errorf("uncode undone: session s1 has %d passages, want 1", n)
	}
	if out := mustCLI(t, db, "sessions", "end", "s1"); !strings.Contains(out, "1 passages in 1 articles") {
		t.Errorf("sessions end: %s", out)
	}
	if out := mustCLI(t, db, "sessions", "list"); !strings.Contains(out, "Laos") {
		t.Errorf("sessions list: %s", out)
	}
}

// Two coders on the seed library, figures computed by hand. Every article
// counts for every code: N = all the characters of the five bodies.
// Code "ton": alice codes [0,60) of 000, bob [20,80): Both 40, OnlyA 20,
// OnlyB 20, Neither N-80. Percent = (N-40)/N; with a = b = 60,
// κ = 2(N·40 − 60·60) / (60(N−60) + 60(N−60)) = (40N − 3600) / (60N − 3600).
func TestAgreementByHand(t *testing.T) {
	db := filepath.Join(apptest.TempDir(t), "lib.parley")
	mustCLI(t, db, "import", apptest.SeedsDir(t))
	n := 0
	for _, a := range articlesJSON(t, db) {
		n += a.Chars
	}
	const art = "000_0ee9b2a42e9ba755.txt"
	mustCLI(t, db, "codes", "add", "ton")
	mustCLI(t, db, "code", "--article", art, "--start", "0", "--end", "60", "--code", "ton", "--coder", "alice")
	mustCLI(t, db, "code", "--article", art, "--start", "20", "--end", "80", "--code", "ton", "--coder", "bob")

	var r struct {
		Coders []string
		Codes  []struct {
			Code                  string
			Percent, Kappa, Alpha *float64
			Chars                 int
		}
		Overall struct {
			Kappa *float64
			Chars int
		}
	}
	out := mustCLI(t, db, "agreement", "--coders", "alice,bob", "--format", "json")
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if len(r.Codes) != 1 || r.Codes[0].Code != "ton" || r.Codes[0].Chars != n {
		t.Fatalf("codes %+v, want ton over %d characters", r.Codes, n)
	}
	N := float64(n)
	wantPercent := 100 * (N - 40) / N
	wantKappa := (40*N - 3600) / (60*N - 3600)
	c := r.Codes[0]
	if c.Percent == nil || c.Kappa == nil || c.Alpha == nil ||
		!approxEqual(*c.Percent, wantPercent) || !approxEqual(*c.Kappa, wantKappa) {
		t.Errorf("ton: %s, want percent %.4f kappa %.4f", out, wantPercent, wantKappa)
	}
	if r.Overall.Kappa == nil || !approxEqual(*r.Overall.Kappa, wantKappa) {
		t.Errorf("overall: %s", out)
	}

	// A code nobody used: no variation, κ undefined (null) with a note.
	mustCLI(t, db, "codes", "add", "vide")
	out = mustCLI(t, db, "agreement", "--coders", "alice,bob", "--code", "vide", "--format", "json")
	if !strings.Contains(out, `"kappa": null`) || !strings.Contains(out, "no variation") {
		t.Errorf("unused code: %s", out)
	}
	if table := mustCLI(t, db, "agreement", "--coders", "alice,bob", "--by", "article"); !strings.Contains(table, art) {
		t.Errorf("--by article:\n%s", table)
	}
	for _, args := range [][]string{{"agreement", "--coders", "alice"}, {"agreement", "--coders", "alice,bob", "--by", "day"}} {
		if code, _, _ := cli(t, db, args...); code != 2 {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
	}
	if code, _, errs := cli(t, db, "agreement", "--coders", "alice,zoe"); code != 1 || !strings.Contains(errs, "zoe") {
		t.Errorf("unknown coder: exit %d, %q", code, errs)
	}
}

func approxEqual(a, b float64) bool { return a-b < 1e-9 && b-a < 1e-9 }

// A code on a meeting's evidence makes it a filter of the counts.
func TestCountsByTag(t *testing.T) {
	db := filepath.Join(apptest.TempDir(t), "lib.parley")
	mustCLI(t, db, "import", apptest.SeedsDir(t))
	var phone meetingJSON
	for _, m := range meetingsJSON(t, db, "--partner", "USA", "--body") {
		if m.Article == "000_0ee9b2a42e9ba755" && m.Mode != nil && *m.Mode == "phone" {
			phone = m
		}
	}
	if phone.ID == 0 {
		t.Fatal("no phone meeting in 000")
	}
	mustCLI(t, db, "codes", "add", "défense")
	mustCLI(t, db, "codes", "add", "téléphone", "--parent", "défense")
	mustCLI(t, db, "code", "--article", "000_0ee9b2a42e9ba755.txt", "--start", strconv.Itoa(phone.EvidenceStart+3),
		"--end", strconv.Itoa(phone.EvidenceStart+10), "--code", "téléphone", "--coder", "alice")

	var c struct {
		Request struct{ Description string }
		Rows    []struct {
			Partner, Period string
			Count           int
		}
		UnknownDate []struct{ Count int } `json:"unknown_date"`
	}
	// The parent code counts its sub-codes' passages.
	out := mustCLI(t, db, "counts", "--tag", "défense", "--by", "none", "--format", "json")
	if err := json.Unmarshal([]byte(out), &c); err != nil {
		t.Fatal(err)
	}
	total := 0
	for _, r := range c.Rows {
		total += r.Count
	}
	for _, u := range c.UnknownDate {
		total += u.Count
	}
	if total != 1 || !strings.Contains(c.Request.Description, "tagged défense") {
		t.Errorf("counts tagged défense: %s", out)
	}
	if code, _, errs := cli(t, db, "counts", "--tag", "inconnu"); code != 1 || !strings.Contains(errs, "inconnu") {
		t.Errorf("unknown tag: exit %d, %q", code, errs)
	}
	// Narrowed to a coder: alice's passage counts, bob has none.
	mustCLI(t, db, "sessions", "start", "relecture", "--coder", "bob")
	for coder, want := range map[string]string{"alice": `"count": 1`, "bob": ""} {
		out := mustCLI(t, db, "counts", "--tag", "défense", "--tag-coder", coder, "--by", "none", "--format", "json")
		if want != "" && !strings.Contains(out, want) || want == "" && strings.Contains(out, `"count": 1`) {
			t.Errorf("--tag-coder %s: %s", coder, out)
		}
	}
	if code, _, _ := cli(t, db, "counts", "--tag-coder", "alice"); code != 1 {
		t.Errorf("--tag-coder without --tag: exit %d", code)
	}
}

// A session over a search knows how many articles it covers and how many
// remain: "Kritenbrink" is in the bodies of 000 and 004.
func TestSessionProgress(t *testing.T) {
	db := filepath.Join(apptest.TempDir(t), "lib.parley")
	mustCLI(t, db, "import", apptest.SeedsDir(t))
	mustCLI(t, db, "codes", "add", "ambassadeur")
	mustCLI(t, db, "sessions", "start", "lecture", "--coder", "alice", "--scope", "Kritenbrink")
	mustCLI(t, db, "code", "--article", "000_0ee9b2a42e9ba755.txt", "--quote", "Kritenbrink", "--code", "ambassadeur", "--coder", "alice")
	var list []struct {
		Name     string
		Articles int
		InScope  int `json:"in_scope"`
		ToDo     int `json:"to_do"`
	}
	out := mustCLI(t, db, "sessions", "list", "--format", "json")
	if err := json.Unmarshal([]byte(out), &list); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if len(list) != 1 || list[0].Articles != 1 || list[0].InScope != 2 || list[0].ToDo != 1 {
		t.Errorf("progress: %s", out)
	}

	// A session over a set of articles, by id or source name (002 is
	// article 3, named twice).
	mustCLI(t, db, "sessions", "start", "trois", "--coder", "bob", "--articles", "1,002_f1dd0843ee4ac4ab.txt,3,4")
	mustCLI(t, db, "code", "--article", "3", "--start", "0", "--end", "5", "--code", "ambassadeur", "--coder", "bob")
	out = mustCLI(t, db, "sessions", "list", "--format", "json")
	if err := json.Unmarshal([]byte(out), &list); err != nil {
		t.Fatal(err)
	}
	if len(list) != 2 || list[1].Name != "trois" || list[1].InScope != 3 || list[1].ToDo != 2 {
		t.Errorf("articles scope: %s", out)
	}
	if code, _, _ := cli(t, db, "sessions", "start", "x", "--coder", "bob", "--scope", "a", "--articles", "1"); code != 2 {
		t.Errorf("--scope with --articles: exit %d", code)
	}
}

// Editing and deleting a memo are undo steps like the rest.
func TestMemoEditDeleteUndo(t *testing.T) {
	db := filepath.Join(apptest.TempDir(t), "lib.parley")
	mustCLI(t, db, "import", apptest.SeedsDir(t))
	mustCLI(t, db, "memo", "add", "--title", "Idée", "première", "version")
	mustCLI(t, db, "memo", "edit", "1", "seconde", "version")
	if out := mustCLI(t, db, "memo", "list"); !strings.Contains(out, "seconde version") || !strings.Contains(out, "Idée") {
		t.Errorf("after edit:\n%s", out)
	}
	mustCLI(t, db, "undo")
	if out := mustCLI(t, db, "memo", "list"); !strings.Contains(out, "première version") {
		t.Errorf("undo of the edit:\n%s", out)
	}
	mustCLI(t, db, "memo", "delete", "1")
	if out := mustCLI(t, db, "memo", "list"); strings.Contains(out, "première") {
		t.Errorf("after delete:\n%s", out)
	}
	mustCLI(t, db, "undo")
	if out := mustCLI(t, db, "memo", "list"); !strings.Contains(out, "première version") {
		t.Errorf("undo of the delete:\n%s", out)
	}
	for _, args := range [][]string{{"memo", "edit", "9", "x"}, {"memo", "delete", "9"}} {
		if code, _, errs := cli(t, db, args...); code != 1 || !strings.Contains(errs, "9") {
			t.Errorf("%v: exit %d, %q", args, code, errs)
		}
	}
}
