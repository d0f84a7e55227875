package app

import (
	"context"
	"fmt"
	"strings"
)

// StartSession opens an annotation session for a coder (created on first
// use). scope is free text, typically the search the session works
// through.
func (l *Library) StartSession(ctx context.Context, name, coder, scope string) (Session, error) {
	name, coder = strings.TrimSpace(name), strings.TrimSpace(coder)
	if name == "" || coder == "" {
		return Session{}, fmt.Errorf("a session needs a name and a coder")
	}
	return l.Store.StartSession(ctx, Session{Name: name, Coder: coder, Scope: scope, Started: l.Now()})
}

// Sessions lists the sessions with their progress: articles coded, and for
// a session over a search, how many articles the search finds and how many
// remain to do.
func (l *Library) Sessions(ctx context.Context) ([]Session, error) {
	sessions, err := l.Store.Sessions(ctx)
	if err != nil {
		return nil, err
	}
	for i := range sessions {
		s := &sessions[i]
		if strings.TrimSpace(s.Scope) == "" {
			continue
		}
		if refs, ok := strings.CutPrefix(s.Scope, ArticleScope); ok {
			if err := l.articleScopeProgress(ctx, s, refs); err != nil {
				return nil, fmt.Errorf("session %q: scope: %w", s.Name, err)
			}
			continue
		}
		n, err := l.Store.CountMatches(ctx, s.Scope)
		if err != nil {
			return nil, fmt.Errorf("session %q: scope: %w", s.Name, err)
		}
		s.InScope, s.ToDo = n, max(0, n-s.Articles)
	}
	return sessions, nil
}

// ArticleScope starts the scope of a session over a set of articles:
// "articles:" then ids or source names, comma-separated. Any other scope
// is a search.
const ArticleScope = "articles:"

// articleScopeProgress counts a set-of-articles scope: its articles, and
// those not yet coded in the session.
func (l *Library) articleScopeProgress(ctx context.Context, s *Session, refs string) error {
	done := map[int64]bool{}
	ps, err := l.Store.Passages(ctx, PassageFilter{SessionID: s.ID})
	if err != nil {
		return err
	}
	for _, p := range ps {
		done[p.ArticleID] = true
	}
	s.InScope, s.ToDo = 0, 0
	seen := map[int64]bool{}
	for _, ref := range strings.Split(refs, ",") {
		if ref = strings.TrimSpace(ref); ref == "" {
			continue
		}
		a, err := l.Lookup(ctx, ref)
		if err != nil {
			return err
		}
		if seen[a.ID] {
			continue // named twice, by id and by name
		}
		seen[a.ID] = true
		s.InScope++
		if !done[a.ID] {
			s.ToDo++
		}
	}
	return nil
}

// EndSession closes a session.
func (l *Library) EndSession(ctx context.Context, name string) (Session, error) {
	sessions, err := l.Store.Sessions(ctx)
	if err != nil {
		return Session{}, err
	}
	s, err := findSession(sessions, name)
	if err != nil {
		return Session{}, err
	}
	if !s.Open() {
		return Session{}, fmt.Errorf("session %q already ended at %s", name, s.Ended.Format("2006-01-02 15:04"))
	}
	return l.Store.EndSession(ctx, s.ID, l.Now())
}

func findSession(sessions []Session, name string) (Session, error) {
	for _, s := range sessions {
		if s.Name == name {
			return s, nil
		}
	}
	return Session{}, fmt.Errorf("session %q: %w ('sessions list' shows them)", name, ErrNotFound)
}
