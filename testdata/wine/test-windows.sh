#!/bin/sh
# make test-windows: proves the Windows build on Linux through Wine.
#  1. the test binaries of every package that builds without cgo,
#     cross-compiled for Windows and run under Wine;
#  2. parley-cli.exe end to end on the seed pages, its meetings JSON,
#     meetings CSV, counts CSV and chart SVG compared with the Linux build's;
#  3. Parley.exe (cgo, mingw) started under Wine and Xvfb, a screenshot
#     taken and checked not blank, saved as docs/screen-windows.png.
# Each part prints how long it took. Run from the repository's top folder.
set -eu
top=$(pwd)
out=$top/bin/windows
seeds=${PARLEY_SEEDS:-$top/../shared/seeds}
export WINEPREFIX=$top/bin/wine WINEDLLOVERRIDES=bcryptprimitives=n WINEDEBUG=-all
export GOOS=windows GOARCH=amd64
mkdir -p "$out"
sh "$top/testdata/wine/setup.sh" "$WINEPREFIX"
# A wineserver of our own, its output away from our pipes (it outlives the
# programs and would hold a pipe open).
wineserver -p >/dev/null 2>&1 </dev/null || true # already running: fine
trap 'wineserver -k >/dev/null 2>&1 || true' EXIT

now() { date +%s; }

# PARTS chooses the parts to run (default all: "1 2 3").
parts=${PARTS:-1 2 3}
want() { case " $parts " in *" $1 "*) return 0 ;; esac; return 1; }

# --- 1. unit tests -------------------------------------------------------
if want 1; then
start=$(now)
failed=""
for pkg in $(CGO_ENABLED=0 go list -f '{{if or .TestGoFiles .XTestGoFiles}}{{.ImportPath}}{{end}}' ./app/... ./data/... ./charts/... ./cmd/parley-cli/...); do
	name=$(echo "$pkg" | tr / _)
	dir=$(CGO_ENABLED=0 go list -f '{{.Dir}}' "$pkg")
	CGO_ENABLED=0 go test -c -o "$out/$name.test.exe" "$pkg"
	printf '%s: ' "$pkg"
	if (cd "$dir" && timeout 900 wine "$out/$name.test.exe" -test.timeout 10m >"$out/$name.log" 2>&1); then
		echo ok
	else
		echo FAIL
		tail -40 "$out/$name.log"
		failed="$failed $pkg"
	fi
done
echo "part 1 (unit tests under Wine): $(( $(now) - start )) s"
if [ -n "$failed" ]; then
	echo "failed under Wine:$failed"
	exit 1
fi
fi

# --- 2. parley-cli.exe end to end ----------------------------------------
if want 2; then
start=$(now)
e2e=$out/e2e
rm -rf "$e2e" && mkdir -p "$e2e/linux" "$e2e/windows"
CGO_ENABLED=0 go build -o "$out/parley-cli.exe" ./cmd/parley-cli
GOOS= GOARCH= CGO_ENABLED=0 go build -o "$e2e/parley-cli" ./cmd/parley-cli
for side in linux windows; do
	if [ $side = linux ]; then cli="$e2e/parley-cli"; else cli="wine $out/parley-cli.exe"; fi
	d=$e2e/$side
	(cd "$d" &&
		$cli --db lib.parley import "$seeds" >import.txt &&
		$cli --db lib.parley meetings --format json >meetings.json &&
		$cli --db lib.parley export meetings --out meetings.csv >/dev/null &&
		$cli --db lib.parley export counts --by month --out counts.csv >/dev/null &&
		$cli --db lib.parley chart --out chart.svg >/dev/null) || { echo "parley-cli ($side) failed in $d"; exit 1; }
	tr -d '\r' <"$d/meetings.json" >"$d/meetings.lf.json"
done
for f in meetings.lf.json meetings.csv counts.csv chart.svg; do
	if ! cmp -s "$e2e/linux/$f" "$e2e/windows/$f"; then
		echo "parley-cli.exe and the Linux build differ on $f:"
		diff "$e2e/linux/$f" "$e2e/windows/$f" | head -20
		exit 1
	fi
done
echo "part 2 (parley-cli.exe end to end, same JSON, CSV and SVG as Linux): $(( $(now) - start )) s"
fi

# --- 3. Parley.exe in a window -------------------------------------------
if want 3; then
start=$(now)
CGO_ENABLED=1 CC=x86_64-w64-mingw32-gcc go build -tags migrated_fynedo -ldflags "-H=windowsgui" -o "$out/Parley.exe" ./cmd/parley
rm -f "$out/app.parley"*
xvfb-run -a -s "-screen 0 1280x800x24" sh "$top/testdata/wine/shot.sh" "$out/Parley.exe" "$out/app.parley" "$top/docs/screen-windows.png"
echo "part 3 (Parley.exe under Wine and Xvfb, screenshot): $(( $(now) - start )) s"
fi
