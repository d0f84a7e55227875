//go:build !linux

package app

// Elsewhere (macOS, Windows) setpriority applies to the whole process, or
// the call does not exist in the standard library: a background import
// keeps the normal priority there.
func lowerThreadPriority(int) bool { return false }

func threadNice() (int, bool) { return 0, false }
