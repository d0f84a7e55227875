package places

import (
	"os"
	"slices"
	"strings"
	"testing"
)

// BenchmarkFind runs Find over the five seed pages concatenated; -benchmem
// and the MB/s column show what one imported article costs.
func BenchmarkFind(b *testing.B) {
	g := testGazetteer(b)
	seeds := readSeeds(b)
	keys := make([]string, 0, len(seeds))
	for k := range seeds {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	var sb strings.Builder
	for _, k := range keys {
		sb.WriteString(seeds[k])
		sb.WriteString("\n\n")
	}
	text := sb.String()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		g.Find(text)
	}
}

func BenchmarkLoad(b *testing.B) {
	fsys := os.DirFS(curatedDir)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(fsys); err != nil {
			b.Fatal(err)
		}
	}
}
