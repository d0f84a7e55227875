package app

import "errors"

// A write the library's disk refuses is no fault of the file being
// imported: every later write would fail the same way. The store wraps
// such errors so that they match these with errors.Is, and an import stops
// at the first one instead of rejecting every remaining file.
var (
	// ErrLibraryFull: the disk holding the library has no room left (or
	// the library reached a size limit).
	ErrLibraryFull = errors.New("the library is full: its disk has no room left")
	// ErrLibraryReadOnly: the library file, or its folder, cannot be
	// written.
	ErrLibraryReadOnly = errors.New("the library is read-only: its file or its folder cannot be written")
)

// IsWriteFault reports whether err is a write the library's disk refused.
func IsWriteFault(err error) bool {
	return errors.Is(err, ErrLibraryFull) || errors.Is(err, ErrLibraryReadOnly)
}

// firstToStore names the first file of a batch that was to be stored.
func firstToStore(batch []prepared) string {
	for _, p := range batch {
		if p.report.Outcome == "" {
			return p.report.Path
		}
	}
	return ""
}
