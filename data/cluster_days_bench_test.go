package data

import (
	"context"
	"testing"
)

// BenchmarkRebuildClusterDays rebuilds cluster_days (and what follows it)
// after a full reclustering of the benchmark library, in a transaction
// that is rolled back:
//
//	CGO_ENABLED=0 go test -run '^$' -bench RebuildClusterDays ./data/
func BenchmarkRebuildClusterDays(b *testing.B) {
	s := MustOpenStoreAt(b, meetingsLibrary(b))
	ctx := context.Background()
	for b.Loop() {
		tx, err := s.db.BeginTx(ctx, nil)
		if err != nil {
			b.Fatal(err)
		}
		if err := rebuildClusterDays(ctx, tx); err != nil {
			b.Fatal(err)
		}
		if err := tx.Rollback(); err != nil {
			b.Fatal(err)
		}
	}
}
