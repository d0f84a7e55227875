package app

import (
	"context"
	"fmt"
)

// ClusterEditor is what the analyst's corrections of the clustering need of
// a store. It is apart from Store so that a store without it still serves
// everything else; data.Store has it.
//
// A manual merge or split pins the meetings it touches: meetings with the
// same pin (and partner) are one real meeting, meetings with different pins
// are never one. Pinned meetings are marked reviewed, so that a re-run of
// the extractor keeps them (and their pins).
type ClusterEditor interface {
	// MergeClusters puts the clusters of meetings a and b (a meeting not
	// yet clustered is a cluster of its own) into one, pins them together
	// and returns the cluster's number. Meetings of different partners are
	// refused.
	MergeClusters(ctx context.Context, a, b int64) (int64, error)
	// SplitFromCluster takes meeting id out of its cluster into a new one,
	// pinned apart from the rest, which stay pinned together; it returns
	// the new cluster's number. A meeting alone in its cluster is refused.
	SplitFromCluster(ctx context.Context, id int64) (int64, error)
	// ClusterPins maps every pinned meeting to its pin.
	ClusterPins(ctx context.Context) (map[int64]int64, error)
}

func (l *Library) clusterEditor() (ClusterEditor, error) {
	e, ok := l.Store.(ClusterEditor)
	if !ok {
		return nil, fmt.Errorf("this library's store cannot merge or split clusters")
	}
	return e, nil
}

// MergeClusters makes the clusters of meetings a and b one real meeting,
// for good: later reclustering keeps them together. It returns the merged
// cluster's number.
func (l *Library) MergeClusters(ctx context.Context, a, b int64) (int64, error) {
	e, err := l.clusterEditor()
	if err != nil {
		return 0, err
	}
	return e.MergeClusters(ctx, a, b)
}

// SplitFromCluster makes meeting id a real meeting of its own, for good:
// later reclustering keeps it apart from its former cluster. It returns its
// new cluster's number.
func (l *Library) SplitFromCluster(ctx context.Context, id int64) (int64, error) {
	e, err := l.clusterEditor()
	if err != nil {
		return 0, err
	}
	return e.SplitFromCluster(ctx, id)
}

// clusterPins reads the pins, or none from a store that has no pins.
func (l *Library) clusterPins(ctx context.Context) (map[int64]int64, error) {
	e, ok := l.Store.(ClusterEditor)
	if !ok {
		return nil, nil
	}
	return e.ClusterPins(ctx)
}

// honourPins turns the automatic clusters of ms (meeting id -> cluster) into
// the final ones, numbered from 1 in the order of ms: a pinned meeting goes
// to its pin's group, whatever the automatic clustering said; an unpinned
// meeting whose automatic cluster holds pinned meetings joins the pinned
// group with most members there (the lowest pin on a tie), so a new report
// of a merged meeting joins it; other meetings keep their automatic
// cluster. The partner is part of a pin's group, so correcting the partner
// of one pinned meeting takes it out of the group.
func honourPins(ms []Meeting, auto, pins map[int64]int64) map[int64]int64 {
	type group struct {
		pinned  bool
		id      int64 // the pin or the automatic cluster
		partner string
	}
	votes := map[int64]map[group]int{} // automatic cluster -> pinned groups in it
	for _, m := range ms {
		if pin, ok := pins[m.ID]; ok {
			g := group{true, pin, m.Partner}
			if votes[auto[m.ID]] == nil {
				votes[auto[m.ID]] = map[group]int{}
			}
			votes[auto[m.ID]][g]++
		}
	}
	groupOf := func(m Meeting) group {
		if pin, ok := pins[m.ID]; ok {
			return group{true, pin, m.Partner}
		}
		best, bestVotes := group{false, auto[m.ID], m.Partner}, 0
		for g, n := range votes[auto[m.ID]] {
			if g.partner != m.Partner {
				continue
			}
			if n > bestVotes || (n == bestVotes && g.id < best.id) {
				best, bestVotes = g, n
			}
		}
		return best
	}
	number := map[group]int64{}
	out := make(map[int64]int64, len(ms))
	for _, m := range ms {
		g := groupOf(m)
		if _, ok := number[g]; !ok {
			number[g] = int64(len(number)) + 1 // 0 means "none" in the store
		}
		out[m.ID] = number[g]
	}
	return out
}
