// Package assets holds the files Parley embeds: the application icon and the
// demo library that a first start loads so a new user sees data at once.
package assets

import (
	"embed"
	"io/fs"
)

//go:embed icon.png
var Icon []byte

//go:embed demo/*.txt
var demo embed.FS

// Demo is the demo library: agency-style text pages written by the Parley
// project (see demo/README.md).
func Demo() fs.FS {
	sub, err := fs.Sub(demo, "demo")
	if err != nil {
		panic(err) // the embed pattern above guarantees the folder
	}
	return sub
}

//go:embed gazetteer/*
var gazetteer embed.FS

// Gazetteer is the folder of curated country tables that places.Load reads
// next to CLDR's names (see gazetteer/README.md).
func Gazetteer() fs.FS {
	sub, err := fs.Sub(gazetteer, "gazetteer")
	if err != nil {
		panic(err) // the embed pattern above guarantees the folder
	}
	return sub
}
