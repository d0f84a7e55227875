//go:build !linux

package data

import "testing"

// Elsewhere than Linux there is no tmpfs to fill, and read-only locations
// come from chmod (not for root).

func mountTmpfs(t *testing.T, size string) string {
	t.Helper()
	t.Skip("a small tmpfs is mounted on Linux only; the full library is tested through max_page_count in TestImportIntoAFullLibrary")
	return ""
}

func readOnlyFolder(t *testing.T) (string, func() (unlock func())) { return chmodFolder(t) }

func lockFile(t *testing.T, path string) (unlock func()) { return chmodFile(t, path) }

func growTmpfs(t *testing.T, dir, size string) {}
