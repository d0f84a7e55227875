package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"parley/app/ingest"
)

func TestZZDebugCorpus(t *testing.T) {
	dir := os.Getenv("PARLEY_DEBUG_DIR")
	if dir == "" {
		t.Skip()
	}
	only := os.Getenv("PARLEY_DEBUG_ONLY")
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	x := New(gazetteer(t), NewPeople(nil))
	for _, f := range files {
		id := strings.TrimSuffix(filepath.Base(f), ".txt")
		data, _ := os.ReadFile(f)
		d, err := ingest.ParseText(data)
		if err != nil {
			t.Fatal(err)
		}
		got := x.Extract(Document{Text: d.Body, Lang: d.Lang, Published: d.Published})
		if only != "" && !strings.Contains(id, only) {
			continue
		}
		for _, m := range got {
			t.Logf("%s: %s %s %s loc=%q %s..%s planned=%v focal=%v partner=%v | %.120s", id, m.Partner, m.Mode,
				m.CAMEO, m.Location, m.DateStart, m.DateEnd, m.Planned, names(m.Focal), names(m.PartnerSide), m.Evidence)
		}
	}
}

func TestZZProbe(t *testing.T) {
	f := os.Getenv("PARLEY_PROBE")
	if f == "" {
		t.Skip()
	}
	data, _ := os.ReadFile(f)
	d, err := ingest.ParseText(data)
	if err != nil {
		t.Fatal(err)
	}
	x := New(gazetteer(t), NewPeople(nil))
	doc := Document{Text: d.Body, Lang: d.Lang, Published: d.Published}
	a := x.analyse(doc)
	x.findPersons(a)
	t.Logf("partner=%s dateline=%s main=%+v", a.partner, a.dateline, a.main)
	for _, o := range a.orgs {
		t.Logf("ORG %q", o.Text)
	}
	for _, m := range a.dates {
		t.Logf("DATE %q -> %+v", m.Text, func() interface{} { return m }())
	}
	var found []draft
	for si, s := range a.sents {
		t.Logf("S%d p%d: %.100s", si, s.para, a.text(s.from, s.to))
		for _, c := range groupCues(a.toks, findCues(a.toks, s)) {
			t.Logf("   CUE %q mode=%s noun=%v planned=%v anaph=%v between=%v", a.text(c.first, c.last+1), c.mode, c.noun, c.planned, c.anaph, c.between)
		}
		for _, p := range a.persons[si] {
			t.Logf("   P %q title=%q lvl=%s c=%s sure=%v org=%v bus=%v excl=%v grp=%v comp=%v", p.name, p.title, p.level, p.country, p.sure, p.org, p.business, p.excluded, p.group, p.compound)
		}
		ds := a.sentenceMeetings(si, found)
		for _, d := range ds {
			t.Logf("   D %s %s planned=%v anaph=%v date=%+v loc=%s", d.partner, d.mode, d.planned, d.anaph, d.date, d.loc)
		}
		found = append(found, ds...)
	}
}

func TestZZText(t *testing.T) {
	txt := os.Getenv("PARLEY_TEXT")
	if txt == "" {
		t.Skip()
	}
	x := New(gazetteer(t), NewPeople(nil))
	a := x.analyse(Document{Text: txt})
	x.findPersons(a)
	for si := range a.sents {
		for _, p := range a.persons[si] {
			t.Logf("   P %q title=%q lvl=%s c=%s sure=%v win=%q app=%q", p.name, p.title, p.level, p.country, p.sure, a.text(p.winFrom, p.from), a.text(p.to, p.appTo))
		}
	}
	for _, m := range x.Extract(Document{Text: txt}) {
		t.Logf("M %s %s %s %s..%s planned=%v focal=%v partner=%v", m.Partner, m.Mode, m.CAMEO, m.DateStart, m.DateEnd, m.Planned, names(m.Focal), names(m.PartnerSide))
	}
}
