# Parley — set-up is two commands: `make run` and `make test`.
# Both install what Fyne's cgo build and the window tests need on Debian
# (apt-get, with sudo when not root) the first time, then use Go's own caches.

GO        ?= go
VERSION   := $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS   := -X main.version=$(VERSION)
# FyneApp.toml declares the fyne.Do migration for `fyne package`; plain
# `go build` needs the tag to switch off the legacy thread checks.
GUI_TAGS  := migrated_fynedo
BIN       := bin
STATICCHECK := honnef.co/go/tools/cmd/staticcheck@v0.8.2

# Debian packages for Fyne's cgo build (GLFW, OpenGL, X11) and for the
# window tests (Xvfb, ImageMagick's `import` for screenshots).
DEB_PACKAGES := gcc pkg-config libgl1-mesa-dev libx11-dev libxcursor-dev libxrandr-dev \
	libxinerama-dev libxi-dev libxxf86vm-dev xvfb xauth imagemagick

PURE_PKGS := ./app/... ./data/... ./charts/... ./cmd/parley-cli/...
GUI_PKGS  := ./ui/... ./cmd/parley/...

.PHONY: run test deps build cli gui vet test-pure test-gui bench fuzz screenshots clean

run: deps gui
	$(BIN)/parley

test: deps vet test-pure test-gui

# apt_install installs those of the Debian packages given that are missing
# (through sudo when not root).
apt_install = missing=""; for p in $(1); do \
		dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
		echo "Installing Debian packages:$$missing"; \
		SUDO=""; [ "$$(id -u)" -ne 0 ] && SUDO=sudo; \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $$missing; \
	fi

deps:
	@$(call apt_install,$(DEB_PACKAGES))
	@command -v $(GO) >/dev/null || { echo "Go 1.26 is needed: https://go.dev/dl/"; exit 1; }

build: cli gui

cli:
	CGO_ENABLED=0 $(GO) build -ldflags "$(LDFLAGS)" -o $(BIN)/parley-cli ./cmd/parley-cli

gui:
	$(GO) build -tags $(GUI_TAGS) -ldflags "$(LDFLAGS)" -o $(BIN)/parley ./cmd/parley

vet:
	test -z "$$(gofmt -l $$(git ls-files '*.go'))" || { gofmt -l $$(git ls-files '*.go'); echo "gofmt needed"; exit 1; }
	@! grep -rnE '\b[a-z]+\.TempDir\(\)' --include='*_test.go' app data charts cmd/parley-cli | grep -v apptest.TempDir \
		|| { echo "use apptest.TempDir(t): t.TempDir cannot clean up under Wine (make test-windows)"; exit 1; }
	CGO_ENABLED=0 $(GO) vet $(PURE_PKGS)
	$(GO) vet -tags $(GUI_TAGS) $(GUI_PKGS)
	CGO_ENABLED=0 $(GO) run $(STATICCHECK) $(PURE_PKGS)
	$(GO) run $(STATICCHECK) -tags $(GUI_TAGS) $(GUI_PKGS)

# Pure-Go packages build and test without cgo, as the CLI ships.
# The latency test of readers during an import runs alone, after the
# others: with other packages' tests on the same two cores its queries
# would wait for a core, not for the library.
LATENCY_TEST = ^TestReadersDuringImport$$
test-pure:
	CGO_ENABLED=0 $(GO) test -count=1 -skip '$(LATENCY_TEST)' $(PURE_PKGS)
	CGO_ENABLED=0 $(GO) test -count=1 -run '$(LATENCY_TEST)' -v ./data/

# Widgets with Fyne's test driver (pure Go, no display), then the desktop
# app in a real window under Xvfb (the smoke test builds it and takes a
# screenshot). The widget tests run without the fyneDo migration tag: the
# test driver runs fyne.Do inline on the calling goroutine, and only the
# untagged build keeps Fyne's internal caches safe for that.
test-gui:
	LANG=en_US.UTF-8 CGO_ENABLED=0 $(GO) test -count=1 ./ui/...
	LANG=en_US.UTF-8 PARLEY_SMOKE=1 xvfb-run -a -s "-screen 0 1280x800x24" \
		$(GO) test -count=1 -tags $(GUI_TAGS) ./cmd/parley/...

# Import of 10,000 generated agency pages beside bare INSERTs of the same
# texts (the ratio is the figure), then search and listing on a generated
# 10,000-article library.
bench:
	CGO_ENABLED=0 $(GO) test -run '^$$' -bench 'ImportFiles' -benchtime 10000x -timeout 30m ./data/
	CGO_ENABLED=0 $(GO) test -run '^$$' -bench 'Search|Articles' -timeout 30m ./data/

# Each fuzz target for FUZZTIME, one after the other (plain `go test`, so
# `make test`, runs them on their seeds and testdata/fuzz only). A crasher
# stops the loop; Go writes it to the package's testdata/fuzz/<Target>/,
# where it stays as a regression case once the bug is fixed.
FUZZTIME ?= 10m
FUZZ_TARGETS := \
	./app/ingest:FuzzParseText ./app/ingest:FuzzParseCSV ./app/ingest:FuzzParseHTML \
	./app/ingest:FuzzParse ./app/ingest:FuzzParseDate ./app/ingest:FuzzNormalize \
	./app/extract/dates:FuzzFind ./app/extract/places:FuzzFind ./app/extract:FuzzExtract \
	./data:FuzzSearchQuery ./app:FuzzParseDate ./app:FuzzReadGold ./app/agree:FuzzSweepMatchesNaive

fuzz:
	@for pt in $(FUZZ_TARGETS); do \
		pkg=$${pt%%:*}; target=$${pt##*:}; \
		echo "== $$target in $$pkg for $(FUZZTIME)"; \
		CGO_ENABLED=0 $(GO) test -run '^$$' -fuzz "^$$target\$$" -fuzztime $(FUZZTIME) $$pkg || exit 1; \
	done

# Windows, tested on Linux: mingw for the cgo build of Parley.exe, Wine to
# run the binaries (see testdata/wine/: a ProcessPrng shim Go 1.26 needs
# under Wine 8 — a test harness, never shipped).
WIN_PACKAGES := gcc-mingw-w64-x86-64 wine wine64 xvfb xauth imagemagick zip xz-utils

deps-windows:
	@$(call apt_install,$(WIN_PACKAGES))

test-windows: deps-windows
	sh testdata/wine/test-windows.sh

# Release builds into dist/: what a user downloads. The version is git
# describe's (shown by --version and the About dialog); the packages carry
# FyneApp.toml's x.y.z and the commit count as build number.
FYNE_TOOL   := fyne.io/tools/cmd/fyne@v1.7.4
APP_VERSION := $(shell sed -n 's/^Version *= *"\(.*\)"/\1/p' cmd/parley/FyneApp.toml)
APP_BUILD   := $(shell git rev-list --count HEAD 2>/dev/null || echo 1)
DIST        := $(CURDIR)/dist

# Fyne's packaging tool, built for this machine (a `go run` under
# GOOS=windows would build the tool itself for Windows).
$(BIN)/fyne:
	GOBIN=$(CURDIR)/$(BIN) GOOS= GOARCH= CGO_ENABLED=0 $(GO) install $(FYNE_TOOL)

dist: deps deps-windows $(BIN)/fyne
	rm -rf $(DIST) && mkdir -p $(DIST)/windows
	# Linux amd64: the app packaged by fyne (binary, icon, .desktop file) and parley-cli.
	cd cmd/parley && GOFLAGS="-ldflags=-X=main.version=$(VERSION)" $(CURDIR)/$(BIN)/fyne package \
		--target linux --release --name Parley --app-id org.parley.workbench \
		--app-version $(APP_VERSION) --app-build $(APP_BUILD) --icon $(CURDIR)/assets/icon.png
	mv cmd/parley/Parley.tar.xz $(DIST)/parley-$(VERSION)-linux-amd64.tar.xz
	git checkout -- cmd/parley/FyneApp.toml 2>/dev/null || true # fyne package writes the build number into it
	CGO_ENABLED=0 GOOS=linux GOARCH=amd64 $(GO) build -ldflags "$(LDFLAGS)" -o $(DIST)/parley-cli ./cmd/parley-cli
	tar -C $(DIST) -cJf $(DIST)/parley-cli-$(VERSION)-linux-amd64.tar.xz parley-cli && rm $(DIST)/parley-cli
	# Windows amd64: Parley.exe with icon and version metadata (mingw), parley-cli.exe, in a zip.
	cd cmd/parley && CGO_ENABLED=1 CC=x86_64-w64-mingw32-gcc GOOS=windows GOARCH=amd64 \
		GOFLAGS="-ldflags=-X=main.version=$(VERSION)" $(CURDIR)/$(BIN)/fyne package \
		--target windows --release --name Parley --app-id org.parley.workbench \
		--app-version $(APP_VERSION) --app-build $(APP_BUILD) --icon $(CURDIR)/assets/icon.png
	mv cmd/parley/Parley.exe $(DIST)/windows/Parley.exe
	git checkout -- cmd/parley/FyneApp.toml 2>/dev/null || true
	CGO_ENABLED=0 GOOS=windows GOARCH=amd64 $(GO) build -ldflags "$(LDFLAGS)" -o $(DIST)/windows/parley-cli.exe ./cmd/parley-cli
	cd $(DIST)/windows && zip -q -r ../parley-$(VERSION)-windows-amd64.zip . && cd .. && rm -r windows
	# macOS amd64 and arm64: parley-cli (pure Go). The app needs a Mac: see .github/workflows/macos.yml.
	for arch in amd64 arm64; do \
		CGO_ENABLED=0 GOOS=darwin GOARCH=$$arch $(GO) build -ldflags "$(LDFLAGS)" -o $(DIST)/parley-cli ./cmd/parley-cli && \
		tar -C $(DIST) -czf $(DIST)/parley-cli-$(VERSION)-macos-$$arch.tar.gz parley-cli && rm $(DIST)/parley-cli; \
	done
	ls -l $(DIST)

# A PNG of each screen on the demo library, drawn by Fyne's software
# painter (no display needed), into docs/ for the README.
screenshots:
	PARLEY_SCREENSHOTS=$(CURDIR)/docs LANG=en_US.UTF-8 CGO_ENABLED=0 $(GO) test -count=1 -run Screenshots ./ui/

clean:
	rm -rf $(BIN)
