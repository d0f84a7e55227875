package dates

import (
	"strings"
	"testing"
)

// BenchmarkFind measures Find over the five seed pages end to end (MB/s of
// text, one core).
func BenchmarkFind(b *testing.B) {
	var sb strings.Builder
	for _, s := range []string{"000", "001", "002", "003", "004"} {
		sb.WriteString(readSeed(b, s))
		sb.WriteString("\n")
	}
	text := sb.String()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Find(text, "fr")
	}
}

// BenchmarkYearsIn measures the other per-article call of the extractor.
func BenchmarkYearsIn(b *testing.B) {
	var sb strings.Builder
	for _, s := range []string{"000", "001", "002", "003", "004"} {
		sb.WriteString(readSeed(b, s))
	}
	text := sb.String()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		YearsIn(text)
	}
}
