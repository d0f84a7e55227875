package main

import (
	"encoding/json"
	"path/filepath"
	"reflect"
	"testing"

	"parley/app/apptest"
)

// A tiny coded set, counted by hand. In article A:
//
//	a [0,10) x   b [5,15) x   a [10,20) y   a/c [14,16) y   d [16,25) y
//
// and b [0,3) y in article B. Overlapping pairs: a×b twice ([0,10)-[5,15)
// and [10,20)-[5,15)), a×c once ([10,20)-[14,16)), a×d once
// ([10,20)-[16,25)), b×c once ([5,15)-[14,16)). b [5,15) and d [16,25) are
// apart, and c [14,16) and d [16,25) only touch: no character in common.
// The two a passages touch and are the same code: not a pair.
func TestCodeFrequenciesAndCooccurrence(t *testing.T) {
	db := filepath.Join(apptest.TempDir(t), "lib.parley")
	mustCLI(t, db, "import", apptest.SeedsDir(t))
	const artA, artB = "000_0ee9b2a42e9ba755.txt", "001_56ef91aa5f9d67eb.txt"
	for _, c := range [][]string{{"a"}, {"b"}, {"c", "--parent", "a"}, {"d"}} {
		mustCLI(t, db, append([]string{"codes", "add"}, c...)...)
	}
	mustCLI(t, db, "sessions", "start", "s1", "--coder", "x")
	for _, p := range []struct{ art, start, end, code, coder string }{
		{artA, "0", "10", "a", "x"}, {artA, "5", "15", "b", "x"}, {artA, "10", "20", "a", "y"},
		{artA, "14", "16", "c", "y"}, {artA, "16", "25", "d", "y"}, {artB, "0", "3", "b", "y"},
	} {
		mustCLI(t, db, "code", "--article", p.art, "--start", p.start, "--end", p.end, "--code", p.code, "--coder", p.coder)
	}

	if got, want := mustCLI(t, db, "codes", "frequencies", "--format", "csv"),
		"code,passages,articles\na,2,1\nb,2,2\na/c,1,1\nd,1,1\n"; got != want {
		t.Errorf("frequencies:\n%s\nwant\n%s", got, want)
	}
	var byCoder []frequencyJSON
	if err := json.Unmarshal([]byte(mustCLI(t, db, "codes", "frequencies", "--by", "coder", "--format", "json")), &byCoder); err != nil {
		t.Fatal(err)
	}
	if want := []frequencyJSON{{"a", "x", 1, 1}, {"a", "y", 1, 1}, {"b", "x", 1, 1}, {"b", "y", 1, 1},
		{"a/c", "y", 1, 1}, {"d", "y", 1, 1}}; !reflect.DeepEqual(byCoder, want) {
		t.Errorf("by coder: %+v", byCoder)
	}
	// x coded in session s1, y in none.
	if got, want := mustCLI(t, db, "codes", "frequencies", "--by", "session", "--format", "csv"),
		"code,session,passages,articles\na,,1,1\na,s1,1,1\nb,,1,1\nb,s1,1,1\na/c,,1,1\nd,,1,1\n"; got != want {
		t.Errorf("by session:\n%s\nwant\n%s", got, want)
	}
	if got, want := mustCLI(t, db, "codes", "frequencies", "--by", "article", "--format", "csv"),
		"code,article,passages,articles\na,000_0ee9b2a42e9ba755,2,1\nb,000_0ee9b2a42e9ba755,1,1\n"+
			"b,001_56ef91aa5f9d67eb,1,1\na/c,000_0ee9b2a42e9ba755,1,1\nd,000_0ee9b2a42e9ba755,1,1\n"; got != want {
		t.Errorf("by article:\n%s\nwant\n%s", got, want)
	}

	var pairs []pairJSON
	if err := json.Unmarshal([]byte(mustCLI(t, db, "codes", "cooccurrence", "--format", "json")), &pairs); err != nil {
		t.Fatal(err)
	}
	if want := []pairJSON{{"a", "b", 2, 1}, {"a", "a/c", 1, 1}, {"a", "d", 1, 1}, {"b", "a/c", 1, 1}}; !reflect.DeepEqual(pairs, want) {
		t.Errorf("co-occurrence: %+v\nwant %+v", pairs, want)
	}
	if code, _, errs := cli(t, db, "codes", "frequencies", "--by", "month"); code != 2 || errs == "" {
		t.Errorf("--by month: exit %d %q", code, errs)
	}
}
