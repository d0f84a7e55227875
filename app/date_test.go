package app

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

func TestParseDate(t *testing.T) {
	for _, tc := range []struct {
		in, out string
		prec    Precision
		bad     bool
	}{
		{"", "", PrecisionUnknown, false},
		{"2023", "2023", PrecisionYear, false},
		{"2023-07", "2023-07", PrecisionMonth, false},
		{" 2020-07-01 ", "2020-07-01", PrecisionDay, false},
		{"2024-02-29", "2024-02-29", PrecisionDay, false},
		{"2023-02-29", "", "", true},
		{"2023-13", "", "", true},
		{"2023-00", "", "", true},
		{"2023-7", "", "", true},
		{"23-07-01", "", "", true},
		{"2023-07-01-02", "", "", true},
		{"juillet 2023", "", "", true},
		{"2023-07-0x", "", "", true},
	} {
		d, err := ParseDate(tc.in)
		if tc.bad {
			if err == nil {
				t.Errorf("ParseDate(%q) = %v, want an error", tc.in, d)
			}
			continue
		}
		if err != nil || d.String() != tc.out || d.Precision != tc.prec {
			t.Errorf("ParseDate(%q) = %q %q %v, want %q %q", tc.in, d, d.Precision, err, tc.out, tc.prec)
		}
	}
}

func TestDefaultLibraryPathHonoursEnvironment(t *testing.T) {
	t.Setenv(LibraryEnv, "/tmp/x/lib.parley")
	if p, err := DefaultLibraryPath(); err != nil || p != "/tmp/x/lib.parley" {
		t.Fatalf("got %q %v", p, err)
	}
	t.Setenv(LibraryEnv, "")
	t.Setenv("XDG_DATA_HOME", "/data/home")
	p, err := DefaultLibraryPath()
	if err != nil {
		t.Fatal(err)
	}
	if runtime.GOOS == "linux" && p != "/data/home/Parley/library.parley" {
		t.Fatalf("got %q, want the library under XDG_DATA_HOME", p)
	}
	if runtime.GOOS == "windows" && p != filepath.Join(os.Getenv("AppData"), "Parley", "library.parley") {
		t.Fatalf("got %q, want the library under %%AppData%% (%s)", p, os.Getenv("AppData"))
	}
	if filepath.Base(p) != "library.parley" {
		t.Fatalf("got %q", p)
	}
}
