package benchgen

import (
	"fmt"
	"os"
	"path/filepath"
)

// PagePath is where WriteFolder puts page i: a thousand files a folder, as
// an analyst's downloads are split by month.
func PagePath(dir string, i int) string {
	return filepath.Join(dir, fmt.Sprintf("%03d", i/1000), fmt.Sprintf("vna_%06d.txt", i))
}

// WriteFolder writes pages 0..n-1 of the library of seed under dir, one
// file at a time, and returns the bytes written.
func WriteFolder(dir string, seed uint64, n int) (int64, error) {
	var total int64
	for i := range n {
		path := PagePath(dir, i)
		if i%1000 == 0 {
			if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
				return total, err
			}
		}
		text := Generate(seed, i).Text
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			return total, err
		}
		total += int64(len(text))
	}
	return total, nil
}
