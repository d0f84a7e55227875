package export

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// WriteFile writes a file through write so that the final name only ever
// holds a complete export: the bytes go to a temporary file in the same
// folder (a rename is atomic only within one file system), are synced to
// disk, and the temporary file is then renamed over path. On any error,
// or a panic in write, the temporary file is removed and an existing file
// at path is left as it was.
func WriteFile(path string, write func(io.Writer) error) (err error) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	if base == "" {
		return fmt.Errorf("cannot write %q: no file name", path)
	}
	// Keep the mode of a file being replaced; a new export gets the usual
	// mode of a document rather than CreateTemp's private 0600.
	mode := fs.FileMode(0o644)
	if info, err := os.Stat(path); err == nil {
		if info.IsDir() {
			return fmt.Errorf("cannot write %s: it is a folder", path)
		}
		mode = info.Mode().Perm()
	}

	// A dot name keeps an unfinished export out of the analyst's way; the
	// random part lets two exports to one folder run at once.
	f, err := os.CreateTemp(dir, "."+base+".*.tmp")
	if err != nil {
		return folderError(path, dir, err)
	}
	tmp := f.Name()
	done := false
	defer func() {
		if !done {
			f.Close()
			os.Remove(tmp)
		}
	}()

	if err := write(f); err != nil {
		return fmt.Errorf("export to %s: %w", path, err)
	}
	if err := f.Chmod(mode); err != nil {
		return fmt.Errorf("export to %s: %w", path, err)
	}
	// Without the sync a crash soon after the rename could leave the final
	// name pointing at an empty or partial file.
	if err := f.Sync(); err != nil {
		return fmt.Errorf("export to %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("export to %s: %w", path, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("export to %s: %w", path, err)
	}
	done = true
	syncFolder(dir)
	return nil
}

// folderError says in the analyst's words why nothing could be written in
// the target folder, naming the file asked for rather than the temporary
// one.
func folderError(path, dir string, err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("cannot write %s: folder %s does not exist", path, filepath.Clean(dir))
	case errors.Is(err, fs.ErrPermission):
		return fmt.Errorf("cannot write %s: no permission to create files in folder %s", path, filepath.Clean(dir))
	}
	return fmt.Errorf("cannot write %s: %w", path, err)
}

// syncFolder makes the rename itself durable on systems that need the
// folder synced (Linux, macOS). It is best effort: the export is already
// complete under its name, and some systems (Windows) cannot sync a folder.
func syncFolder(dir string) {
	d, err := os.Open(dir)
	if err != nil {
		return
	}
	d.Sync()
	d.Close()
}
