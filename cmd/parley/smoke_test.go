package main

import (
	"context"
	"image"
	_ "image/png"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"parley/app/apptest"
	"parley/data"
)

// TestSmokeWindow builds the desktop app, starts it in a real window (make
// test runs it under Xvfb), takes a screenshot of the screen and checks that
// the window drew the library: many colours, not a blank screen. The first
// start must also have loaded the demo library.
func TestSmokeWindow(t *testing.T) {
	if os.Getenv("PARLEY_SMOKE") != "1" {
		t.Skip("set PARLEY_SMOKE=1 and run under a display (make test does: xvfb-run)")
	}
	if os.Getenv("DISPLAY") == "" {
		t.Fatal("PARLEY_SMOKE=1 but no DISPLAY: run under xvfb-run")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "parley")
	build := exec.Command("go", "build", "-tags", "migrated_fynedo", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	db := filepath.Join(dir, "lib.parley")
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	app := exec.CommandContext(ctx, bin, "--db", db)
	app.Env = append(os.Environ(), "LANG=en_US.UTF-8")
	logs, err := os.Create(filepath.Join(dir, "app.log"))
	if err != nil {
		t.Fatal(err)
	}
	app.Stdout, app.Stderr = logs, logs
	if err := app.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan struct{})
	var waitErr error
	go func() { waitErr = app.Wait(); close(exited) }()
	stop := func() {
		_ = app.Process.Kill()
		<-exited
	}
	defer stop()

	shot := filepath.Join(dir, "shot.png")
	var colours int
	for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(time.Second) {
		select {
		case <-exited:
			log, _ := os.ReadFile(logs.Name())
			t.Fatalf("the app exited early: %v\n%s", waitErr, log)
		default:
		}
		if out, err := exec.Command("import", "-window", "root", shot).CombinedOutput(); err != nil {
			t.Fatalf("screenshot: %v\n%s", err, out)
		}
		if colours = countColours(t, shot); colours > 200 {
			break
		}
	}
	if colours <= 200 {
		t.Fatalf("the screen shows %d colours: the window did not draw its content", colours)
	}
	if keep := os.Getenv("PARLEY_SMOKE_SHOT"); keep != "" {
		b, _ := os.ReadFile(shot)
		_ = os.WriteFile(keep, b, 0o644)
	}

	stop()
	store, err := data.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	info, err := store.Info(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if info.Articles == 0 {
		t.Fatal("first start did not load the demo library")
	}
}

func countColours(t *testing.T, path string) int {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, _, err := image.Decode(f)
	if err != nil {
		t.Fatalf("decode %s: %v", path, err)
	}
	return apptest.Colours(img, 2)
}
