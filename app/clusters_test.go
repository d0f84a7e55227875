package app

import "testing"

func TestHonourPins(t *testing.T) {
	ms := []Meeting{
		{ID: 1, Partner: "USA"}, {ID: 2, Partner: "USA"}, // automatic cluster 0
		{ID: 3, Partner: "USA"}, {ID: 4, Partner: "USA"}, // automatic cluster 1
		{ID: 5, Partner: "USA"}, // automatic cluster 1: a new report of 3 and 4
		{ID: 6, Partner: "JPN"}, // automatic cluster 2, pinned with 3 but another partner
		{ID: 7, Partner: "LAO"}, // automatic cluster 3, no pin
	}
	auto := map[int64]int64{1: 0, 2: 0, 3: 1, 4: 1, 5: 1, 6: 2, 7: 3}
	// 1 and 3 were merged (pin 10); 2 was split from 1 (pin 11); 4 was
	// split from 3 (pin 12); 6's partner was corrected after a merge with 3.
	pins := map[int64]int64{1: 10, 3: 10, 2: 11, 4: 12, 6: 10}
	got := honourPins(ms, auto, pins)
	want := map[int64]int64{1: 1, 2: 2, 3: 1, 4: 3, 5: 1, 6: 4, 7: 5}
	for id, c := range want {
		if got[id] != c {
			t.Errorf("meeting %d in cluster %d, want %d (all: %v)", id, got[id], c, got)
		}
	}

	// Without pins the automatic clusters stay, numbered from 1.
	got = honourPins(ms, auto, nil)
	for _, m := range ms {
		if got[m.ID] != auto[m.ID]+1 {
			t.Errorf("no pins: meeting %d in cluster %d, want %d", m.ID, got[m.ID], auto[m.ID]+1)
		}
	}
}
