package data

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"parley/app/apptest"
)

// On Linux, as root (a container or CI runner), chmod does not stop a
// write, so the read-only locations are read-only mounts: a tmpfs remounted
// read-only for a folder, a read-only bind mount of the file on itself for
// a file. Without root, chmod does it. A tmpfs of a few megabytes is a real
// full disk.

// mountTmpfs mounts a tmpfs of size (such as "2m") on a new folder, or
// skips the test when this machine does not let the test mount one.
func mountTmpfs(t *testing.T, size string) string {
	t.Helper()
	if os.Geteuid() != 0 {
		t.Skip("mounting a tmpfs needs root; the full library is tested through max_page_count in TestImportIntoAFullLibrary")
	}
	dir := apptest.TempDir(t)
	if err := syscall.Mount("tmpfs", dir, "tmpfs", 0, "size="+size); err != nil {
		t.Skipf("cannot mount a tmpfs here (%v); the full library is tested through max_page_count in TestImportIntoAFullLibrary", err)
	}
	t.Cleanup(func() {
		if err := syscall.Unmount(dir, syscall.MNT_DETACH); err != nil {
			t.Errorf("unmounting %s: %v", dir, err)
		}
	})
	return dir
}

// readOnlyFolder gives a folder to create a library in, and a function that
// makes the folder and what it holds read-only and returns another that
// makes it writable again.
func readOnlyFolder(t *testing.T) (string, func() (unlock func())) {
	t.Helper()
	if os.Geteuid() != 0 {
		return chmodFolder(t)
	}
	dir := mountTmpfs(t, "16m")
	return dir, func() func() {
		if err := syscall.Mount("", dir, "", syscall.MS_REMOUNT|syscall.MS_RDONLY, ""); err != nil {
			t.Fatalf("remounting %s read-only: %v", dir, err)
		}
		return func() {
			if err := syscall.Mount("", dir, "", syscall.MS_REMOUNT, ""); err != nil {
				t.Fatalf("remounting %s read-write: %v", dir, err)
			}
		}
	}
}

// lockFile makes one file read-only (its folder stays writable) and returns
// a function that makes it writable again.
func lockFile(t *testing.T, path string) (unlock func()) {
	t.Helper()
	if os.Geteuid() != 0 {
		return chmodFile(t, path)
	}
	if err := syscall.Mount(path, path, "", syscall.MS_BIND, ""); err != nil {
		t.Skipf("cannot bind-mount %s read-only here (%v)", filepath.Base(path), err)
	}
	if err := syscall.Mount("", path, "", syscall.MS_REMOUNT|syscall.MS_BIND|syscall.MS_RDONLY, ""); err != nil {
		syscall.Unmount(path, 0)
		t.Skipf("cannot remount %s read-only here (%v)", filepath.Base(path), err)
	}
	unlocked := false
	unlock = func() {
		if !unlocked {
			unlocked = true
			if err := syscall.Unmount(path, syscall.MNT_DETACH); err != nil {
				t.Errorf("unmounting %s: %v", path, err)
			}
		}
	}
	t.Cleanup(unlock)
	return unlock
}

// growTmpfs gives the tmpfs at dir a new size.
func growTmpfs(t *testing.T, dir, size string) {
	t.Helper()
	if err := syscall.Mount("", dir, "", syscall.MS_REMOUNT, "size="+size); err != nil {
		t.Fatalf("resizing the tmpfs at %s: %v", dir, err)
	}
}
