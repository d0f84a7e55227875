package meetingsview

import (
	"testing"

	"parley/ui/uitest"
)

// BenchmarkReviewKey times a review key on the demo library, from the key
// press to the stored status and the next meeting selected.
func BenchmarkReviewKey(b *testing.B) {
	lib := uitest.Demo(b)
	v, w, wait := openB(b, lib)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		w.Canvas().Focus(v.list)
		key := 'c'
		if i%2 == 1 {
			key = 'p'
		}
		v.statusFilter.SetSelectedIndex(len(statusFilters) - 1) // All: the queue never runs dry
		w.Canvas().Focused().TypedRune(key)
		wait("the review")
	}
}

// BenchmarkLoad times loading every meeting of the demo library into the
// queue.
func BenchmarkLoad(b *testing.B) {
	lib := uitest.Demo(b)
	v, _, wait := openB(b, lib)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		v.Refresh()
		wait("the meetings")
	}
	b.ReportMetric(float64(len(v.all)), "meetings")
}
