// Package ui is Parley's desktop interface in Fyne: the window, its
// navigation, menus and shortcuts, settings and translations. Each screen
// lives in its own package (libraryview, readerview, meetingsview,
// codebookview, chartview). The UI talks to the app use cases only, never to
// the store's SQL. Widgets change on Fyne's goroutine: work that may take
// time runs in a goroutine and reports back with fyne.Do.
package ui
