package main

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"parley/app"
	"parley/app/apptest"
	"parley/data"
)

// The crash-safety test: `parley-cli import` of a folder of generated pages
// is killed with SIGKILL at seeded random moments, re-started on the same
// library after each kill, and the library is checked after every kill:
// it opens, SQLite finds it whole, every article in it is complete (text,
// hash, meetings, search index) and none is there twice. A last,
// uninterrupted run imports the rest.
const (
	crashFiles = 2000
	crashKills = 12
	crashSeed  = 8
)

func TestImportSurvivesSIGKILL(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("SIGKILL does not exist on Windows (a process can only be terminated there); the crash test runs on Unix")
	}
	if testing.Short() {
		t.Skip("the crash test builds parley-cli and imports 2,000 files several times (about 30 s); not with -short")
	}
	start := time.Now()
	bin := buildCLI(t)
	dir := apptest.TempDir(t)
	folder := filepath.Join(dir, "agency")
	files := writeCorpus(t, folder, crashFiles, crashSeed)

	// The same import, never interrupted: the meetings every article
	// should have, and how long an import takes here (kills are timed
	// against it).
	refLib := filepath.Join(dir, "reference.parley")
	t0 := time.Now()
	if out, code := runCLIImport(t, bin, refLib, folder); code != 0 {
		t.Fatalf("reference import: exit %d\n%s", code, lastLines(out, 5))
	}
	full := time.Since(t0)
	ref := meetingsByKey(t, refLib)
	withMeetings := 0
	for _, n := range ref {
		if n > 0 {
			withMeetings++
		}
	}
	if len(ref) != len(files) || withMeetings < len(files)/2 {
		t.Fatalf("reference import: %d articles (want %d), %d with meetings", len(ref), len(files), withMeetings)
	}
	t.Logf("reference import of %d files: %v, %d articles with meetings", len(files), full.Round(time.Millisecond), withMeetings)

	lib := filepath.Join(dir, "library.parley")
	r := rand.New(rand.NewPCG(crashSeed, 1))
	kills, present := 0, 0
	var checking time.Duration
	for round := 0; kills < crashKills; round++ {
		if round >= 3*crashKills {
			t.Fatalf("only %d of %d runs could be killed before they finished", kills, round)
		}
		plan := planKill(r, round, present, len(files), full)
		killed, lines := runAndKill(t, bin, lib, folder, plan)
		t0 := time.Now()
		st := checkLibrary(t, lib, files, ref, r)
		checking += time.Since(t0)
		if killed {
			kills++
		}
		t.Logf("run %2d: %-34s killed=%-5v after %4d file lines: %4d articles (+%d), %d meetings",
			round+1, plan, killed, lines, st.articles, st.articles-present, st.meetings)
		present = st.articles
		if t.Failed() {
			t.FailNow()
		}
	}

	out, code := runCLIImport(t, bin, lib, folder)
	if code != 0 {
		t.Fatalf("final import: exit %d\n%s", code, lastLines(out, 5))
	}
	summary := lastLines(out, 1)
	want := fmt.Sprintf("%d files: %d imported, %d already in the library, 0 new versions, 0 rejected", len(files), len(files)-present, present)
	if !strings.HasPrefix(summary, want) {
		t.Errorf("final import says %q, want %q", summary, want)
	}
	st := checkLibrary(t, lib, files, ref, r)
	if st.articles != len(files) {
		t.Errorf("after the final import: %d articles, want one per file (%d)", st.articles, len(files))
	}
	t.Logf("final run: %s; %d articles, %d meetings; %d kills; checks took %v, the test %v", summary, st.articles, st.meetings, kills, checking.Round(time.Millisecond), time.Since(start).Round(time.Millisecond))
}

// killPlan says when to kill a run: once it has printed lines file lines
// (0: do not wait for any), then after delay.
type killPlan struct {
	lines int
	delay time.Duration
	what  string
}

func (p killPlan) String() string { return p.what }

// planKill spreads the kills over the phases of an import: the very start
// (creating the library), the storing of new files (most kills, a few files
// apart so that re-reading the files already stored stays cheap), any
// moment by the clock (startup, re-reading, storing), and once the end of
// a run that stores the last thousand files or more: its people memory,
// clusters and search-index compaction.
func planKill(r *rand.Rand, round, present, total int, full time.Duration) killPlan {
	remaining := total - present
	switch {
	case round == 0:
		d := time.Duration(r.IntN(60)) * time.Millisecond
		return killPlan{delay: d, what: fmt.Sprintf("at start (+%v)", d)}
	case round == crashKills-2 && remaining >= 1000:
		d := time.Duration(r.IntN(30)) * time.Millisecond
		return killPlan{lines: total, delay: d, what: fmt.Sprintf("after the last file (+%v)", d)}
	case round%3 == 2 || remaining == 0:
		d := time.Duration(r.Int64N(int64(full / 3)))
		return killPlan{delay: d, what: fmt.Sprintf("by the clock (+%v)", d.Round(time.Millisecond))}
	default:
		n := present + 1 + r.IntN(max(remaining/12, 1))
		return killPlan{lines: n, what: fmt.Sprintf("while storing (file line %d)", n)}
	}
}

// runAndKill starts an import and kills it as plan says. It reports whether
// the kill hit a running import, and how many file lines it had printed.
func runAndKill(t *testing.T, bin, lib, folder string, plan killPlan) (bool, int) {
	t.Helper()
	cmd := exec.Command(bin, "--db", lib, "import", folder)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var lines atomic.Int64
	reached := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			if n := lines.Add(1); int(n) == plan.lines {
				close(reached)
			}
		}
	}()
	if plan.lines > 0 {
		select {
		case <-reached:
		case <-done:
		}
	}
	time.Sleep(plan.delay)
	// Signal fails only when the process is gone already.
	killErr := cmd.Process.Signal(os.Kill)
	<-done
	err = cmd.Wait()
	var exit *exec.ExitError
	killed := killErr == nil && errors.As(err, &exit) && !exit.Exited()
	if !killed && err != nil {
		t.Fatalf("import ended by itself with %v\n%s", err, stderr.String())
	}
	return killed, int(lines.Load())
}

// libraryState is what checkLibrary found.
type libraryState struct{ articles, meetings int }

// checkLibrary checks a library left by a killed import: it opens, SQLite
// and FTS5 find it whole, and every article in it is complete and there
// once.
func checkLibrary(t *testing.T, lib string, files map[string]corpusFile, ref map[string]int, r *rand.Rand) libraryState {
	t.Helper()
	store, err := data.Open(lib)
	if err != nil {
		t.Fatalf("the library does not open after the kill: %v", err)
	}
	defer store.Close()
	db := rawDB(t, lib)

	for _, check := range []string{
		"PRAGMA integrity_check",
		"INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)",
		"INSERT INTO teasers_fts (teasers_fts, rank) VALUES ('integrity-check', 1)",
	} {
		var res sql.NullString
		err := db.QueryRow(check).Scan(&res)
		if errors.Is(err, sql.ErrNoRows) {
			err = nil // the FTS checks return no row when they pass
		}
		if err != nil || (res.Valid && res.String != "ok") {
			t.Errorf("%s: %v %v", check, res.String, err)
		}
	}

	meetings := map[int64]int{}
	rows, err := db.Query(`SELECT article_id, count(*) FROM meetings GROUP BY article_id`)
	if err != nil {
		t.Fatal(err)
	}
	total := 0
	for rows.Next() {
		var id int64
		var n int
		if err := rows.Scan(&id, &n); err != nil {
			t.Fatal(err)
		}
		meetings[id] = n
		total += n
	}
	rows.Close()

	rows, err = db.Query(`SELECT id, source_key, hash, page, body, latest FROM articles ORDER BY id`)
	if err != nil {
		t.Fatal(err)
	}
	type stored struct {
		id  int64
		key string
	}
	var arts []stored
	seen := map[string]int64{}
	for rows.Next() {
		var a stored
		var hash, page, body string
		var latest int
		if err := rows.Scan(&a.id, &a.key, &hash, &page, &body, &latest); err != nil {
			t.Fatal(err)
		}
		f, ok := files[a.key]
		switch {
		case !ok:
			t.Errorf("article %d has source key %s, no file of the folder", a.id, a.key)
			continue
		case seen[a.key] != 0:
			t.Errorf("articles %d and %d both come from %s", seen[a.key], a.id, a.key)
		case hash != f.Hash:
			t.Errorf("article %d (%s): hash %s, the file gives %s", a.id, a.key, hash, f.Hash)
		case sha256Hex(page) != hash:
			t.Errorf("article %d (%s): stored page does not match its hash (incomplete)", a.id, a.key)
		case body != f.Body:
			t.Errorf("article %d (%s): stored body differs from the file's", a.id, a.key)
		case latest != 1:
			t.Errorf("article %d (%s): not the latest version", a.id, a.key)
		case meetings[a.id] != ref[a.key]:
			t.Errorf("article %d (%s): %d meetings, an uninterrupted import stores %d", a.id, a.key, meetings[a.id], ref[a.key])
		}
		seen[a.key] = a.id
		arts = append(arts, a)
	}
	rows.Close()

	// Every article is in the search index under its own word.
	match, err := db.Prepare(`SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?`)
	if err != nil {
		t.Fatal(err)
	}
	defer match.Close()
	for _, a := range arts {
		var ids []int64
		rows, err := match.Query(files[a.key].Word)
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var id int64
			rows.Scan(&id)
			ids = append(ids, id)
		}
		rows.Close()
		if len(ids) != 1 || ids[0] != a.id {
			t.Errorf("article %d (%s): its word %s finds %v in the index", a.id, a.key, files[a.key].Word, ids)
		}
	}
	// And the application's search finds a sample of them.
	libr := app.NewLibrary(store)
	for range min(len(arts), 10) {
		a := arts[r.IntN(len(arts))]
		res, err := libr.Search(context.Background(), app.SearchQuery{Text: files[a.key].Word})
		hits := res.Hits
		if err != nil || len(hits) != 1 || hits[0].ArticleID != a.id {
			t.Errorf("search %s: %v %v, want article %d", files[a.key].Word, hits, err, a.id)
		}
	}
	return libraryState{articles: len(arts), meetings: total}
}

// meetingsByKey counts each article's meetings, by source key.
func meetingsByKey(t *testing.T, lib string) map[string]int {
	t.Helper()
	db := rawDB(t, lib)
	rows, err := db.Query(`SELECT a.source_key, count(m.id) FROM articles a
		LEFT JOIN meetings m ON m.article_id = a.id GROUP BY a.id`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	out := map[string]int{}
	for rows.Next() {
		var key string
		var n int
		if err := rows.Scan(&key, &n); err != nil {
			t.Fatal(err)
		}
		out[key] = n
	}
	return out
}

// rawDB opens the library file with plain SQL, for what the store's API
// hides (integrity checks, the FTS tables); closed when the test ends.
func rawDB(t *testing.T, lib string) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+lib+"?_pragma=busy_timeout(5000)")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// buildCLI builds parley-cli as it ships (no cgo) into a temporary folder.
func buildCLI(t *testing.T) string {
	t.Helper()
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command on the PATH to build parley-cli with")
	}
	bin := filepath.Join(apptest.TempDir(t), "parley-cli")
	if runtime.GOOS == "windows" {
		bin += ".exe"
	}
	cmd := exec.Command(goTool, "build", "-o", bin, ".")
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// runCLIImport runs an import to its end and returns its output and exit code.
func runCLIImport(t *testing.T, bin, lib string, paths ...string) (string, int) {
	t.Helper()
	cmd := exec.Command(bin, append([]string{"--db", lib, "import"}, paths...)...)
	out, err := cmd.CombinedOutput()
	var exit *exec.ExitError
	if err != nil && !errors.As(err, &exit) {
		t.Fatal(err)
	}
	return string(out), cmd.ProcessState.ExitCode()
}

func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	return strings.Join(lines[max(len(lines)-n, 0):], "\n")
}

func sha256Hex(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:])
}
