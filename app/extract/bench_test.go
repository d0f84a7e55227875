package extract

import (
	"testing"
)

// BenchmarkExtract reads the five seed bodies and the demo pages' worth of
// text per iteration; MB/s is per core (the benchmark runs on one
// goroutine). The people memory is shared, as in a library.
func BenchmarkExtract(b *testing.B) {
	ids, docs := seedDocs(b)
	x := New(gazetteer(b), NewPeople(nil))
	size := 0
	for _, id := range ids {
		size += len(docs[id].Text)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, id := range ids {
			x.Extract(docs[id])
		}
	}
}
