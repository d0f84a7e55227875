#!/bin/sh
# Prepares a Wine prefix that runs Go 1.26 Windows binaries: builds the
# ProcessPrng shim (bcryptprimitives.c) with mingw and puts it in the
# prefix's system32. Test harness only. Usage: setup.sh PREFIX_DIR
set -eu
prefix=$1
here=$(cd "$(dirname "$0")" && pwd)
dll="$prefix/bcryptprimitives.dll"
mkdir -p "$prefix"
if [ ! -f "$dll" ] || [ "$here/bcryptprimitives.c" -nt "$dll" ]; then
	x86_64-w64-mingw32-gcc -O2 -shared -o "$dll" "$here/bcryptprimitives.c" "$here/bcryptprimitives.def" -ladvapi32
fi
if [ ! -d "$prefix/drive_c/windows/system32" ]; then
	# No Mono or Gecko: their installers would wait for a click.
	WINEPREFIX=$prefix WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=" wineboot --init >/dev/null 2>&1 || true
	WINEPREFIX=$prefix WINEDEBUG=-all wineserver -w || true
fi
cp "$dll" "$prefix/drive_c/windows/system32/bcryptprimitives.dll"
