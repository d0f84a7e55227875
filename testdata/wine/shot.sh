#!/bin/sh
# Runs under xvfb-run: starts Parley.exe under Wine on a new library,
# takes screenshots until the window has drawn (many colours) or two
# minutes pass, and keeps the last one. Usage: shot.sh EXE LIBRARY PNG
set -u
exe=$1 lib=$2 png=$3
wine "$exe" --db "$(winepath -w "$lib")" >"$lib.log" 2>&1 &
pid=$!
colours=0
for _ in $(seq 1 60); do
	sleep 2
	import -window root "$png.tmp.png" 2>/dev/null || continue
	colours=$(identify -format %k "$png.tmp.png")
	[ "$colours" -gt 300 ] && sleep 3 && import -window root "$png.tmp.png" && break
done
kill $pid 2>/dev/null
wineserver -k 2>/dev/null
if [ "$colours" -le 300 ]; then
	echo "Parley.exe drew $colours colours in two minutes: blank window"
	tail -20 "$lib.log"
	exit 1
fi
mv "$png.tmp.png" "$png"
echo "Parley.exe window: $colours colours, saved as $png"
