package main

import (
	"path/filepath"
	"strings"
	"testing"

	"parley/app/apptest"
)

// "coopération" occurs 18 times as a word in the seeds' bodies: 4 in
// 000_0ee9b2a42e9ba755 ([1117,1128), [1212,1223), [1750,1761),
// [1923,1934)), then 2, 5, 3 and 4 in 001 to 004, counted by hand with
// grep -oiw over the body part of 'show'. The seeds' files hold more (titles, captions) and two
// typos ("acoopération", "coopérations") that a word match must not take.
func TestAutoCodeOnSeeds(t *testing.T) {
	db := filepath.Join(apptest.TempDir(t), "lib.parley")
	mustCLI(t, db, "import", apptest.SeedsDir(t))
	mustCLI(t, db, "codes", "add", "coopération")

	// The query is accent- and case-insensitive like the index, and finds
	// the words a word-bounded regex finds.
	for _, args := range [][]string{
		{"--query", "coopération"},
		{"--query", "COOPERATION"},
		{"--regex", `(?i)\bcoopération\b`},
	} {
		out := mustCLI(t, db, append([]string{"autocode", "--code", "coopération", "--coder", "alice", "--dry-run"}, args...)...)
		if !strings.HasPrefix(out, "would code 18 passage(s) in 5 article(s)") ||
			!strings.Contains(out, `000_0ee9b2a42e9ba755 [1117,1128) "coopération"`) {
			t.Errorf("dry run %v:\n%s", args, out)
		}
	}
	if n := len(passagesOut(t, db)); n != 0 {
		t.Fatalf("a dry run coded %d passages", n)
	}
	if h := mustCLI(t, db, "history"); strings.Contains(h, "autocode") {
		t.Errorf("a dry run left a step:\n%s", h)
	}

	out := mustCLI(t, db, "autocode", "--code", "coopération", "--coder", "alice", "--query", "coopération")
	if !strings.HasPrefix(out, "coded 18 passage(s)") {
		t.Errorf("autocode: %s", out)
	}
	ps := passagesOut(t, db, "--context")
	if len(ps) != 18 {
		t.Fatalf("%d passages, want 18", len(ps))
	}
	for _, p := range ps {
		if strings.ToLower(p.Quote) != "coopération" || p.Context == nil || !strings.Contains(*p.Context, p.Quote) {
			t.Errorf("passage %d: quote %q, context %v", p.ID, p.Quote, p.Context)
		}
	}
	// Again: every span is already coded, nothing is added, no step.
	out = mustCLI(t, db, "autocode", "--code", "coopération", "--coder", "alice", "--query", "coopération")
	if !strings.HasPrefix(out, "coded 0 passage(s) in 5 article(s) (18 found, 18 already coded)") {
		t.Errorf("second autocode: %s", out)
	}
	// Sentences: two matches share a sentence in the seeds, each passage is
	// its own context.
	out = mustCLI(t, db, "autocode", "--code", "coopération", "--coder", "bob", "--query", "coopération", "--unit", "sentence")
	if !strings.HasPrefix(out, "coded 17 passage(s)") {
		t.Errorf("by sentence: %s", out)
	}
	for _, p := range passagesOut(t, db, "--coder", "bob", "--context") {
		if p.Context == nil || *p.Context != p.Quote || !strings.Contains(strings.ToLower(p.Quote), "coopération") {
			t.Errorf("sentence passage %d: %q, context %v", p.ID, p.Quote, p.Context)
		}
	}

	// One undo removes one auto-coding, whole; redo brings it back.
	if out := mustCLI(t, db, "undo"); !strings.Contains(out, "autocode") || !strings.Contains(out, "17 passage(s)") {
		t.Errorf("undo: %s", out)
	}
	mustCLI(t, db, "undo")
	if n := len(passagesOut(t, db)); n != 0 {
		t.Errorf("after two undos: %d passages, want 0", n)
	}
	mustCLI(t, db, "redo")
	if n := len(passagesOut(t, db)); n != 18 {
		t.Errorf("after redo: %d passages, want 18", n)
	}

	for _, c := range []struct {
		code int
		args []string
		want string
	}{
		{1, []string{"--regex", "(coop"}, "invalid regular expression"},
		{1, []string{"--query", `"coop`}, "not closed"},
		{1, []string{"--query", "NOT"}, "query"},
		{2, []string{"--query", "a", "--regex", "b"}, "one of --query and --regex"},
		{2, []string{"--query", "a", "--unit", "word"}, "--unit"},
	} {
		code, _, errs := cli(t, db, append([]string{"autocode", "--code", "coopération", "--coder", "alice"}, c.args...)...)
		if code != c.code || !strings.Contains(errs, c.want) {
			t.Errorf("%v: exit %d, stderr %q; want exit %d mentioning %q", c.args, code, errs, c.code, c.want)
		}
	}
}
