package charts

import (
	"bytes"
	"testing"

	"parley/app"
)

// BenchmarkRender draws 4 partners × 120 months, every kind in both
// formats; the target is under 50 ms per chart.
//
//	go test ./charts -run '^$' -bench Render -benchmem
func BenchmarkRender(b *testing.B) {
	tab := monthTable(app.DefaultPartners, 120)
	for _, f := range []Format{PNG, SVG} {
		for _, k := range Kinds {
			b.Run(string(f)+"/"+string(k), func(b *testing.B) {
				var buf bytes.Buffer
				for b.Loop() {
					buf.Reset()
					if err := Render(&buf, tab, Options{Kind: k, Format: f}); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(float64(buf.Len())/1024, "KB")
			})
		}
	}
}
