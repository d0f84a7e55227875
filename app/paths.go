package app

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
)

// LibraryEnv names the environment variable that chooses the library file
// when no --db flag is given.
const LibraryEnv = "PARLEY_DB"

// DefaultLibraryPath is the library the desktop app and the CLI share when
// neither --db nor PARLEY_DB names one: Parley/library.parley in the user's
// data folder (XDG_DATA_HOME or ~/.local/share on Linux, Application Support
// on macOS, %AppData% on Windows).
func DefaultLibraryPath() (string, error) {
	if p := os.Getenv(LibraryEnv); p != "" {
		return p, nil
	}
	dir, err := userDataDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, "Parley", "library.parley"), nil
}

func userDataDir() (string, error) {
	if runtime.GOOS == "windows" || runtime.GOOS == "darwin" {
		return os.UserConfigDir()
	}
	if d := os.Getenv("XDG_DATA_HOME"); filepath.IsAbs(d) {
		return d, nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", errors.New("cannot find a folder for the library: set " + LibraryEnv + " or pass --db")
	}
	return filepath.Join(home, ".local", "share"), nil
}
