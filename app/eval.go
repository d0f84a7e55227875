package app

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"

	"parley/app/extract"
)

// GoldArticle is one line of a gold file (../shared/gold/README.md): the
// meetings a careful reader labels in one article.
type GoldArticle struct {
	ID           string      `json:"id"`
	Lang         string      `json:"lang"`
	Published    *string     `json:"published"`
	HasTeasers   bool        `json:"has_teasers"`
	Events       []GoldEvent `json:"events"`
	TeaserEvents []GoldEvent `json:"teaser_events"`
	Notes        string      `json:"notes"`
}

// GoldEvent is one labelled meeting.
type GoldEvent struct {
	Partner            string  `json:"partner"`
	Mode               *string `json:"mode"`
	CAMEO              string  `json:"cameo"`
	Date               *string `json:"date"`
	FocalParticipant   string  `json:"vn_participant"`
	PartnerParticipant string  `json:"foreign_participant"`
	Location           *string `json:"location"`
	Note               string  `json:"note,omitempty"`
}

// ReadGold reads a gold file, one JSON object a line; errors name the line.
func ReadGold(r io.Reader) ([]GoldArticle, error) {
	var out []GoldArticle
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var g GoldArticle
		dec := json.NewDecoder(strings.NewReader(line))
		if err := dec.Decode(&g); err != nil {
			return nil, fmt.Errorf("line %d: %w", n, err)
		}
		if g.ID == "" {
			return nil, fmt.Errorf("line %d: no \"id\"", n)
		}
		for i, e := range append(append([]GoldEvent(nil), g.Events...), g.TeaserEvents...) {
			if len(e.Partner) != 3 {
				return nil, fmt.Errorf("line %d (%s): event %d: partner %q is not an alpha-3 code", n, g.ID, i+1, e.Partner)
			}
			if e.Date != nil {
				if _, _, err := goldInterval(*e.Date); err != nil {
					return nil, fmt.Errorf("line %d (%s): event %d: %w", n, g.ID, i+1, err)
				}
			}
		}
		out = append(out, g)
	}
	return out, sc.Err()
}

// Scores are precision, recall and F1 of one comparison.
type Scores struct {
	Gold      int     `json:"gold"`
	Predicted int     `json:"predicted"`
	Matched   int     `json:"matched"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

func newScores(gold, predicted, matched int) Scores {
	s := Scores{Gold: gold, Predicted: predicted, Matched: matched}
	if predicted > 0 {
		s.Precision = float64(matched) / float64(predicted)
	}
	if gold > 0 {
		s.Recall = float64(matched) / float64(gold)
	}
	if s.Precision+s.Recall > 0 {
		s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
	}
	return s
}

// DateScore is the exact-match rate of dates on matched events.
type DateScore struct {
	Matched int     `json:"matched"`
	Exact   int     `json:"exact"`
	Rate    float64 `json:"rate"`
}

// PartnerTotals compares, for one partner, the gold meetings and the
// predicted ones after clustering (each real meeting once).
type PartnerTotals struct {
	Partner   string `json:"partner"`
	Gold      int    `json:"gold"`
	Predicted int    `json:"predicted"`
}

// EvalReport is what `parley-cli eval` prints.
type EvalReport struct {
	Events         Scores          `json:"events"`
	ArticlePartner Scores          `json:"article_partner"`
	Dates          DateScore       `json:"dates"`
	Partners       []PartnerTotals `json:"partners"`
	Teasers        Scores          `json:"teasers"`
	// Misses and false alarms, for the analyst tuning the rules.
	Missed      []string `json:"missed"`
	FalseAlarms []string `json:"false_alarms"`
}

// Evaluate scores predicted meetings (by article id: the source file name
// without its extension) against gold, as ../shared/gold/README.md says:
// body meetings are matched one to one with the gold events of the same
// article — same partner and, where both sides give them, a compatible date
// and the same mode; teaser meetings are scored apart. Planned and rejected
// meetings are not predictions of held meetings and are left out.
func Evaluate(gold []GoldArticle, predicted map[string][]Meeting) EvalReport {
	r := EvalReport{Missed: []string{}, FalseAlarms: []string{}}
	var evG, evP, evM, tG, tP, tM int
	goldPairs, predPairs := map[string]bool{}, map[string]bool{}
	var goldItems []extract.ClusterItem
	predClusters := map[string]map[int64]bool{}
	for _, g := range gold {
		var body, teaser []Meeting
		for _, m := range predicted[g.ID] {
			if m.Status == Planned || m.Status == Rejected {
				continue
			}
			if m.Teaser {
				teaser = append(teaser, m)
			} else {
				body = append(body, m)
			}
		}
		pairs := matchEvents(g.Events, body)
		evG, evP, evM = evG+len(g.Events), evP+len(body), evM+len(pairs)
		matchedGold, matchedPred := map[int]bool{}, map[int]bool{}
		for _, p := range pairs {
			matchedGold[p[0]], matchedPred[p[1]] = true, true
			r.Dates.Matched++
			if sameDate(g.Events[p[0]], body[p[1]]) {
				r.Dates.Exact++
			}
		}
		for i, e := range g.Events {
			goldPairs[g.ID+" "+e.Partner] = true
			goldItems = append(goldItems, goldClusterItem(e))
			if !matchedGold[i] {
				r.Missed = append(r.Missed, fmt.Sprintf("%s: %s %s %s", g.ID, e.Partner, deref(e.Date), e.PartnerParticipant))
			}
		}
		for i, m := range body {
			predPairs[g.ID+" "+m.Partner] = true
			if predClusters[m.Partner] == nil {
				predClusters[m.Partner] = map[int64]bool{}
			}
			predClusters[m.Partner][clusterKey(m)] = true
			if !matchedPred[i] {
				r.FalseAlarms = append(r.FalseAlarms, fmt.Sprintf("%s: %s %s %q", g.ID, m.Partner, goldDateOf(m), m.Evidence))
			}
		}
		tPairs := matchEvents(g.TeaserEvents, teaser)
		tG, tP, tM = tG+len(g.TeaserEvents), tP+len(teaser), tM+len(tPairs)
	}
	r.Events = newScores(evG, evP, evM)
	r.Teasers = newScores(tG, tP, tM)
	both := 0
	for k := range predPairs {
		if goldPairs[k] {
			both++
		}
	}
	r.ArticlePartner = newScores(len(goldPairs), len(predPairs), both)
	if r.Dates.Matched > 0 {
		r.Dates.Rate = float64(r.Dates.Exact) / float64(r.Dates.Matched)
	}
	r.Partners = partnerTotals(goldItems, predClusters)
	return r
}

// matchEvents pairs gold events and predictions one to one, as many as can
// be (augmenting paths over the compatible pairs), returning [gold, pred]
// index pairs. Pairs whose dates agree exactly are made first, so that the
// date figure does not depend on which of two same-partner events a
// prediction happened to take.
func matchEvents(gold []GoldEvent, pred []Meeting) [][2]int {
	owner := make([]int, len(pred)) // pred index -> gold index, -1 free
	for i := range owner {
		owner[i] = -1
	}
	matched := make([]bool, len(gold))
	var try func(g int, seen []bool, ok func(g, p int) bool) bool
	try = func(g int, seen []bool, ok func(g, p int) bool) bool {
		for p := range pred {
			if seen[p] || !ok(g, p) {
				continue
			}
			seen[p] = true
			if owner[p] < 0 || try(owner[p], seen, ok) {
				owner[p] = g
				return true
			}
		}
		return false
	}
	exact := func(g, p int) bool { return compatible(gold[g], pred[p]) && sameDate(gold[g], pred[p]) }
	fits := func(g, p int) bool { return compatible(gold[g], pred[p]) }
	for _, ok := range []func(g, p int) bool{exact, fits} {
		for g := range gold {
			if !matched[g] {
				matched[g] = try(g, make([]bool, len(pred)), ok)
			}
		}
	}
	var pairs [][2]int
	for p, g := range owner {
		if g >= 0 {
			pairs = append(pairs, [2]int{g, p})
		}
	}
	sort.Slice(pairs, func(i, j int) bool { return pairs[i][0] < pairs[j][0] })
	return pairs
}

// sameDate: the prediction's date, written as gold files write dates, is
// the gold date (both unknown counts as the same).
func sameDate(g GoldEvent, m Meeting) bool {
	if g.Date == nil {
		return m.DatePrecision == PrecisionUnknown
	}
	return *g.Date == goldDateOf(m)
}

// compatible: same partner; dates overlap where both are known; same mode
// where both are known.
func compatible(g GoldEvent, m Meeting) bool {
	if !strings.EqualFold(g.Partner, m.Partner) {
		return false
	}
	if g.Mode != nil && *g.Mode != "" && m.Mode != "" && *g.Mode != m.Mode {
		return false
	}
	if g.Date == nil || m.DatePrecision == PrecisionUnknown || m.DateStart == "" {
		return true
	}
	gs, ge, err := goldInterval(*g.Date)
	if err != nil {
		return false
	}
	end := m.DateEnd
	if end == "" {
		end = m.DateStart
	}
	return m.DateStart <= ge && gs <= end
}

// goldInterval turns a gold date (YYYY-MM-DD, YYYY-MM, YYYY or an ISO
// interval a/b) into first and last ISO days.
func goldInterval(s string) (start, end string, err error) {
	if a, b, ok := strings.Cut(s, "/"); ok {
		s1, _, err1 := goldInterval(a)
		_, e2, err2 := goldInterval(b)
		if err1 != nil || err2 != nil {
			return "", "", fmt.Errorf("date %q: not an ISO interval", s)
		}
		return s1, e2, nil
	}
	d, err := ParseDate(s)
	if err != nil {
		return "", "", err
	}
	return d.FirstDay(), d.LastDay(), nil
}

// goldDateOf writes a meeting's date the way gold files do.
func goldDateOf(m Meeting) string {
	switch m.DatePrecision {
	case PrecisionDay:
		if m.DateEnd != "" && m.DateEnd != m.DateStart {
			return m.DateStart + "/" + m.DateEnd
		}
		return m.DateStart
	case PrecisionMonth:
		return m.DateStart[:min(7, len(m.DateStart))]
	case PrecisionYear:
		// Gold files have no year form: a year is the interval of its days.
		return m.DateStart + "/" + m.DateEnd
	}
	return ""
}

func goldClusterItem(e GoldEvent) extract.ClusterItem {
	it := extract.ClusterItem{Partner: e.Partner, Mode: deref(e.Mode)}
	if e.Date != nil {
		if s, end, err := goldInterval(*e.Date); err == nil {
			it.DateStart, it.DateEnd = s, end
			it.DatePrecision = string(PrecisionDay)
			if len(*e.Date) == 7 {
				it.DatePrecision = string(PrecisionMonth)
			}
		}
	}
	for _, p := range []string{e.FocalParticipant, e.PartnerParticipant} {
		if name, _, _ := strings.Cut(p, ","); strings.TrimSpace(name) != "" {
			it.Participants = append(it.Participants, strings.TrimSpace(name))
		}
	}
	return it
}

// clusterKey is a meeting's cluster, or the meeting itself when the store
// has not clustered it.
func clusterKey(m Meeting) int64 {
	if m.Cluster != 0 {
		return m.Cluster
	}
	return -m.ID
}

func partnerTotals(goldItems []extract.ClusterItem, predClusters map[string]map[int64]bool) []PartnerTotals {
	goldClusters := map[string]map[int]bool{}
	for i, c := range extract.Cluster(goldItems) {
		p := goldItems[i].Partner
		if goldClusters[p] == nil {
			goldClusters[p] = map[int]bool{}
		}
		goldClusters[p][c] = true
	}
	partners := map[string]bool{}
	for p := range goldClusters {
		partners[p] = true
	}
	for p := range predClusters {
		partners[p] = true
	}
	var out []PartnerTotals
	for p := range partners {
		out = append(out, PartnerTotals{Partner: p, Gold: len(goldClusters[p]), Predicted: len(predClusters[p])})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Partner < out[j].Partner })
	return out
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
