package extract

import (
	"path/filepath"
	"testing"

	"parley/app/apptest"
)

// TestSeedsEndToEnd scores the extractor on the bodies of the five seed
// pages against shared/gold/seeds.jsonl. It is feedback, not tuning: the
// rules are tested one by one in the table tests.
func TestSeedsEndToEnd(t *testing.T) {
	gold := readGold(t, filepath.Join(apptest.SeedsDir(t), "..", "gold", "seeds.jsonl"))
	ids, docs := seedDocs(t)
	x := New(gazetteer(t), NewPeople(nil))
	var tp, np, ng int
	for _, id := range ids {
		got := x.Extract(docs[id])
		a, b, c, missed, extra := score(got, gold[id])
		tp, np, ng = tp+a, np+b, ng+c
		for _, m := range got {
			t.Logf("%s: %s %s %s %s %s..%s planned=%v focal=%v partner=%v | %.90s", id, m.Partner, m.Mode,
				m.CAMEO, m.Location, m.DateStart, m.DateEnd, m.Planned, names(m.Focal), names(m.PartnerSide), m.Evidence)
		}
		for _, g := range missed {
			t.Logf("%s: MISSED %s %v %v %s", id, g.Partner, deref(g.Mode), deref(g.Date), g.Who)
		}
		for _, m := range extra {
			t.Logf("%s: EXTRA %s %s %s %v", id, m.Partner, m.Mode, m.DateStart, names(m.PartnerSide))
		}
	}
	p, r, f := f1(tp, np, ng)
	t.Logf("seeds: events P=%.2f R=%.2f F1=%.2f (tp %d, predicted %d, gold %d)", p, r, f, tp, np, ng)
	if f < 0.8 {
		t.Errorf("seed event F1 %.2f < 0.80", f)
	}
}

func names(ps []Participant) []string {
	var out []string
	for _, p := range ps {
		n := p.Name
		if n == "" {
			n = "(" + p.Title + ")"
		}
		out = append(out, n+"/"+p.Country+"/"+string(p.Level))
	}
	return out
}

func deref(s *string) string {
	if s == nil {
		return "null"
	}
	return *s
}
