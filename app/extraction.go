package app

import (
	"context"
	"fmt"
	"io/fs"
	"strings"

	"parley/app/extract"
	"parley/app/extract/places"
)

// DefaultFocal is the focal country of a library unless it says otherwise.
const DefaultFocal = "VNM"

// EnableExtraction loads the gazetteer (the curated tables of assets/, with
// CLDR's names) and the library's people memory, so that imports find
// meetings and Extract can re-run. Without it, a library imports text only.
func (l *Library) EnableExtraction(ctx context.Context, gazetteer fs.FS) error {
	g, err := places.Load(gazetteer)
	if err != nil {
		return fmt.Errorf("gazetteer: %w", err)
	}
	known, err := l.Store.People(ctx)
	if err != nil {
		return err
	}
	people := make([]extract.Person, len(known))
	for i, p := range known {
		people[i] = extract.Person{Name: p.Name, Title: p.Title, Country: p.Country, Level: extract.Level(p.Level)}
	}
	l.people = extract.NewPeople(people)
	l.extractor = extract.New(g, l.people)
	return nil
}

// findMeetings runs the extractor on an article's body and on each of its
// teaser items. A teaser announces another article, published later than
// nothing we know, so its dates are resolved without the page's date.
func (l *Library) findMeetings(a *Article) []Meeting {
	if l.extractor == nil {
		return nil
	}
	focal := l.focal()
	var out []Meeting
	body := extract.Document{Text: a.Body, Lang: a.Lang, Published: a.Published.String(), Focal: focal}
	for _, m := range l.extractor.Extract(body) {
		out = append(out, meetingFromExtract(m))
	}
	for _, t := range a.Teasers {
		doc := extract.Document{Text: TeaserText(t), Lang: a.Lang, Focal: focal}
		for _, m := range l.teaserMeetings(doc) {
			mt := meetingFromExtract(m)
			mt.Teaser, mt.TeaserPosition = true, t.Position
			out = append(out, mt)
		}
	}
	return out
}

// teaserMeetings extracts a teaser item once: the same headlines are listed
// on every page of a week, and a teaser is read without its page's date, so
// the result depends on its text alone. The cache is bounded; it starts
// afresh when full.
func (l *Library) teaserMeetings(doc extract.Document) []extract.Meeting {
	key := doc.Lang + "\x00" + doc.Text
	l.teaserMu.Lock()
	ms, ok := l.teaserCache[key]
	l.teaserMu.Unlock()
	if ok {
		return ms
	}
	ms = l.extractor.Extract(doc)
	l.teaserMu.Lock()
	if l.teaserCache == nil || len(l.teaserCache) >= teaserCacheSize {
		l.teaserCache = make(map[string][]extract.Meeting)
	}
	l.teaserCache[key] = ms
	l.teaserMu.Unlock()
	return ms
}

// teaserCacheSize bounds the teaser items remembered: a few weeks of an
// agency's headlines.
const teaserCacheSize = 4096

// TeaserText is the text of a teaser item that its meetings' evidence
// offsets point into.
func TeaserText(t Teaser) string { return t.Headline + "\n" + t.Lead }

func (l *Library) focal() string {
	if l.Focal != "" {
		return l.Focal
	}
	return DefaultFocal
}

func meetingFromExtract(m extract.Meeting) Meeting {
	status := Suggested
	if m.Planned {
		status = Planned
	}
	return Meeting{
		Partner: m.Partner, Mode: m.Mode, Setting: m.Setting, CAMEO: CAMEO(m.Mode, m.Setting),
		Focal: participants(m.Focal), PartnerSide: participants(m.PartnerSide),
		Location: m.Location, DateStart: m.DateStart, DateEnd: m.DateEnd, DatePrecision: Precision(m.DatePrecision),
		Status: status, Origin: OriginExtracted,
		EvidenceStart: m.EvidenceStart, EvidenceEnd: m.EvidenceEnd, Evidence: m.Evidence,
	}
}

func participants(ps []extract.Participant) []Participant {
	out := make([]Participant, len(ps))
	for i, p := range ps {
		out[i] = Participant{Name: p.Name, Title: p.Title, Level: string(p.Level), Country: p.Country}
	}
	return out
}

// ExtractSummary counts what a run of the extractor found.
type ExtractSummary struct {
	Articles, Meetings, Planned, Teaser int
}

// Extract re-runs the extractor on the given articles (ids or source names;
// all latest articles when none are given). The analyst's review work
// survives: reviewed and manual meetings stay, and a suggestion that repeats
// one of them is not made again. Clusters are recomputed afterwards.
func (l *Library) Extract(ctx context.Context, refs []string, progress func(Article, int)) (ExtractSummary, error) {
	var sum ExtractSummary
	if l.extractor == nil {
		return sum, fmt.Errorf("extraction is not enabled for this library")
	}
	ids, err := l.articleIDs(ctx, refs)
	if err != nil {
		return sum, err
	}
	for _, id := range ids {
		if err := ctx.Err(); err != nil {
			return sum, err
		}
		a, err := l.Store.Article(ctx, id)
		if err != nil {
			return sum, err
		}
		found := l.findMeetings(&a)
		kept, err := l.withoutReviewed(ctx, id, found)
		if err != nil {
			return sum, err
		}
		if err := l.Store.ReplaceMeetings(ctx, id, kept); err != nil {
			return sum, err
		}
		sum.Articles++
		for _, m := range kept {
			switch {
			case m.Status == Planned:
				sum.Planned++
			case m.Teaser:
				sum.Teaser++
			default:
				sum.Meetings++
			}
		}
		if progress != nil {
			progress(a, len(kept))
		}
	}
	return sum, l.afterExtraction(ctx, l.Recluster)
}

func (l *Library) articleIDs(ctx context.Context, refs []string) ([]int64, error) {
	if len(refs) == 0 {
		return l.Store.ArticleIDs(ctx)
	}
	ids := make([]int64, 0, len(refs))
	for _, ref := range refs {
		a, err := l.Lookup(ctx, ref)
		if err != nil {
			return nil, err
		}
		ids = append(ids, a.ID)
	}
	return ids, nil
}

// withoutReviewed drops the suggestions that repeat a meeting the analyst
// has already reviewed or added: same partner, same place (body or the same
// teaser item) and overlapping evidence.
func (l *Library) withoutReviewed(ctx context.Context, articleID int64, found []Meeting) ([]Meeting, error) {
	all := []MeetingStatus{Suggested, Confirmed, Rejected, Planned}
	existing, err := l.Store.Meetings(ctx, MeetingFilter{ArticleID: articleID, Statuses: all})
	if err != nil {
		return nil, err
	}
	var kept []Meeting
next:
	for _, m := range found {
		for _, r := range existing {
			if !r.Reviewed || r.Teaser != m.Teaser || r.TeaserPosition != m.TeaserPosition {
				continue
			}
			if strings.EqualFold(r.Partner, m.Partner) && r.EvidenceStart < m.EvidenceEnd && m.EvidenceStart < r.EvidenceEnd {
				continue next
			}
		}
		kept = append(kept, m)
	}
	return kept, nil
}

// afterExtraction keeps what one article teaches the next (the people
// memory) and recomputes the clusters with recluster.
func (l *Library) afterExtraction(ctx context.Context, recluster func(context.Context) error) error {
	if l.people != nil {
		known := l.people.All()
		people := make([]Person, len(known))
		for i, p := range known {
			people[i] = Person{Name: p.Name, Title: p.Title, Country: p.Country, Level: string(p.Level)}
		}
		if err := l.Store.SavePeople(ctx, people); err != nil {
			return err
		}
	}
	return recluster(ctx)
}

// Recluster groups every meeting of the library (but the rejected ones)
// into clusters, one per real meeting, and stores the membership. The
// analyst's merges and splits (pins) are kept; see honourPins. Reports
// with the same partner and the same evidence text (a teaser item repeated
// on many pages, an article filed twice) are one report before clustering:
// they are the same meeting even when they name nobody and give no date.
func (l *Library) Recluster(ctx context.Context) error {
	ms, err := l.Store.Meetings(ctx, MeetingFilter{Statuses: reclusteredStatuses})
	if err != nil {
		return err
	}
	clusters, err := l.clusterMeetings(ctx, ms)
	if err != nil {
		return err
	}
	return l.Store.SetClusters(ctx, clusters)
}

var reclusteredStatuses = []MeetingStatus{Suggested, Confirmed, Planned}

// ClusterUpdater is a store that can change the clusters of some meetings
// only (data.Store can), so that an import reclusters the partners it
// touched without rewriting every meeting of the library.
type ClusterUpdater interface {
	// MaxCluster is the highest cluster number in use (0 for none).
	MaxCluster(ctx context.Context) (int64, error)
	// UpdateClusters moves meetings of one partner to other clusters and
	// refreshes the counts of the clusters they leave and join.
	UpdateClusters(ctx context.Context, partner string, moves []ClusterMove) error
}

// ClusterMove takes a meeting from one cluster (0: none) to another.
type ClusterMove struct{ Meeting, From, To int64 }

// reclusterPartners reclusters the meetings of the given partners only,
// one partner at a time so that memory holds one partner's meetings, not
// the library's. A cluster never spans partners and the clustering of one
// partner's meetings does not depend on the others', so the groups are
// those a full Recluster makes; the numbers differ: a group keeps the
// number its members had when it can, new groups get numbers above any in
// use, and only meetings whose number changed are written. Without a
// ClusterUpdater, it reclusters everything.
func (l *Library) reclusterPartners(ctx context.Context, partners []string) error {
	up, ok := l.Store.(ClusterUpdater)
	if !ok {
		return l.Recluster(ctx)
	}
	if len(partners) == 0 {
		return nil
	}
	next, err := up.MaxCluster(ctx)
	if err != nil {
		return err
	}
	taken := map[int64]bool{} // numbers kept by a group
	ctx, cancel := context.WithCancel(ctx)
	defer cancel() // stops the reader when a write fails
	loaded := l.clusterAhead(ctx, partners)
	for _, p := range partners {
		c, ok := <-loaded
		if !ok {
			return ctx.Err()
		}
		if c.err != nil {
			return c.err
		}
		ms, groups := c.meetings, c.groups
		// A group keeps the number of its first member that has one,
		// unless an earlier group took it.
		number := map[int64]int64{} // group -> cluster
		for _, m := range ms {
			g := groups[m.ID]
			if _, ok := number[g]; !ok && m.Cluster != 0 && !taken[m.Cluster] {
				number[g], taken[m.Cluster] = m.Cluster, true
			}
		}
		var moves []ClusterMove
		for _, m := range ms {
			g := groups[m.ID]
			c, ok := number[g]
			if !ok {
				next++
				c, number[g] = next, next
			}
			if c != m.Cluster {
				moves = append(moves, ClusterMove{Meeting: m.ID, From: m.Cluster, To: c})
			}
		}
		if err := up.UpdateClusters(ctx, p, moves); err != nil {
			return err
		}
	}
	return nil
}

// clusterMeetings groups ms into real meetings: meeting id -> group,
// numbered from 1 in the order of ms, the analyst's pins honoured.
// partnerGroups is one partner's meetings and their groups.
type partnerGroups struct {
	meetings []Meeting
	groups   map[int64]int64
	err      error
}

// clusterAhead reads and groups the partners' meetings in order, one
// partner ahead of the caller, which numbers and writes them: reading and
// grouping the next partner overlaps writing the last one. A partner's
// groups depend only on its own meetings and the pins, which the writes of
// other partners do not change. The channel gives one result per partner,
// or ends early after an error (or when ctx ends).
func (l *Library) clusterAhead(ctx context.Context, partners []string) <-chan partnerGroups {
	// Unbuffered: one partner waits here while the caller writes the last,
	// so no more than two partners' meetings are held at once.
	out := make(chan partnerGroups)
	go func() {
		defer close(out)
		if l.Background {
			lowerPriority() // ends with this goroutine
		}
		for _, p := range partners {
			var c partnerGroups
			c.meetings, c.err = l.Store.Meetings(ctx, MeetingFilter{Partners: []string{p}, Statuses: reclusteredStatuses})
			if c.err == nil {
				c.groups, c.err = l.clusterMeetings(ctx, c.meetings)
			}
			select {
			case out <- c:
			case <-ctx.Done():
				return
			}
			if c.err != nil {
				return
			}
		}
	}()
	return out
}

func (l *Library) clusterMeetings(ctx context.Context, ms []Meeting) (map[int64]int64, error) {
	var items []extract.ClusterItem
	report := make([]int, len(ms)) // meeting index -> item index
	seen := map[string]int{}
	for i, m := range ms {
		key := m.Partner + "\x00" + m.Evidence + "\x00" + participantNames(m.PartnerSide)
		if k, ok := seen[key]; ok && m.Evidence != "" {
			report[i] = k
			continue
		}
		seen[key] = len(items)
		report[i] = len(items)
		items = append(items, clusterItem(m))
	}
	numbers := extract.Cluster(items)
	auto := make(map[int64]int64, len(ms))
	for i, m := range ms {
		auto[m.ID] = int64(numbers[report[i]])
	}
	// The analyst's merges and splits win over the automatic clustering.
	pins, err := l.clusterPins(ctx)
	if err != nil {
		return nil, err
	}
	return honourPins(ms, auto, pins), nil
}

func participantNames(ps []Participant) string {
	names := make([]string, len(ps))
	for i, p := range ps {
		names[i] = p.Name
	}
	return strings.Join(names, "\x00")
}

func clusterItem(m Meeting) extract.ClusterItem {
	var names []string
	for _, p := range append(append([]Participant(nil), m.Focal...), m.PartnerSide...) {
		if p.Name != "" {
			names = append(names, p.Name)
		}
	}
	return extract.ClusterItem{Partner: m.Partner, DateStart: m.DateStart, DateEnd: m.DateEnd,
		DatePrecision: string(m.DatePrecision), Mode: m.Mode, Participants: names}
}
