package app

import (
	"context"
	"fmt"
	"strconv"
)

// MemoTarget resolves what a memo is about: the library (kind library, ref
// ""), an article (id or source name), a code (name or path) or a passage
// (its id).
func (l *Library) MemoTarget(ctx context.Context, kind MemoKind, ref string) (int64, error) {
	switch kind {
	case MemoLibrary:
		return 0, nil
	case MemoArticle:
		a, err := l.Lookup(ctx, ref)
		return a.ID, err
	case MemoCode:
		b, err := l.Codebook(ctx)
		if err != nil {
			return 0, err
		}
		c, err := b.Find(ref)
		return c.ID, err
	case MemoPassage:
		id, err := strconv.ParseInt(ref, 10, 64)
		if err != nil {
			return 0, fmt.Errorf("passage %q: give its id ('passages' lists them)", ref)
		}
		p, err := l.Store.Passage(ctx, id)
		return p.ID, err
	}
	return 0, fmt.Errorf("unknown memo target %q (library, article, code or passage)", kind)
}

// AddMemo writes a memo on a target named as MemoTarget takes it.
func (l *Library) AddMemo(ctx context.Context, kind MemoKind, ref, title, text string) (Memo, error) {
	if title == "" && text == "" {
		return Memo{}, fmt.Errorf("a memo needs a title or a text")
	}
	id, err := l.MemoTarget(ctx, kind, ref)
	if err != nil {
		return Memo{}, err
	}
	return l.Store.AddMemo(ctx, Memo{Kind: kind, TargetID: id, Title: title, Text: text, CreatedAt: l.Now()})
}
