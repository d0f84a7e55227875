// Package uikit holds what every screen of the desktop app shares: the UI
// language and its translation files, and how a country is named in it.
package uikit
