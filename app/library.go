package app

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"sync"
	"time"

	"parley/app/extract"
)

// Library holds the use cases over one library file. The desktop app and the
// CLI both go through it, so they behave the same.
type Library struct {
	Store Store
	// Now is the clock used for import times; tests may fix it.
	Now func() time.Time
	// Focal is the country whose meetings the library follows (alpha-3);
	// "" means DefaultFocal.
	Focal string
	// Background runs imports at a lower priority (see import_priority.go):
	// the desktop app sets it, so that the analyst's queries keep a core.
	Background bool

	// Set by EnableExtraction; nil means imports find no meetings.
	extractor *extract.Extractor
	people    *extract.People

	teaserMu    sync.Mutex
	teaserCache map[string][]extract.Meeting
}

// NewLibrary wires the use cases to a store.
func NewLibrary(s Store) *Library {
	return &Library{Store: s, Now: func() time.Time { return time.Now().UTC() }}
}

// Lookup finds an article by its id ("12") or by the source file name it was
// imported from ("000_0ee9b2a42e9ba755.txt"). A name shared by several
// articles is an error listing their ids, never a guess.
func (l *Library) Lookup(ctx context.Context, ref string) (Article, error) {
	if id, err := strconv.ParseInt(ref, 10, 64); err == nil {
		return l.Store.Article(ctx, id)
	}
	found, err := l.Store.FindArticles(ctx, ref)
	if err != nil {
		return Article{}, err
	}
	switch len(found) {
	case 0:
		return Article{}, fmt.Errorf("article %q: %w (give an id or a source file name; `articles` lists them)", ref, ErrNotFound)
	case 1:
		return l.Store.Article(ctx, found[0].ID)
	}
	ids := make([]string, len(found))
	for i, a := range found {
		ids[i] = strconv.FormatInt(a.ID, 10)
	}
	return Article{}, fmt.Errorf("article %q is ambiguous: %d articles have that source (ids %v); give an id", ref, len(found), ids)
}

// Search runs a full-text search over the library.
func (l *Library) Search(ctx context.Context, q SearchQuery) (SearchResult, error) {
	if q.Limit < 0 {
		return SearchResult{}, errors.New("search limit must be positive")
	}
	if q.Limit == 0 {
		q.Limit = DefaultSearchLimit
	}
	return l.Store.Search(ctx, q)
}
