package app

import (
	"context"
	"fmt"
	"strings"
)

// CodingRequest is one passage the analyst codes, as the CLI and the reader
// name it: an article (id or source name), a span given by offsets, by a
// quote, or the whole article, a code (name or path), a coder (created on
// first use), an optional session and memo.
type CodingRequest struct {
	Article string
	// Offsets in code points, [Start, End), used when Quote is "" and
	// Whole is false.
	Start, End int
	// Quote finds the span: its Nth occurrence (0 means 1) in the body.
	Quote string
	Nth   int
	Whole bool
	Code  string
	Coder string
	// Session names the session; "" means the coder's open session, if any.
	Session string
	Memo    string
}

// CodePassage codes a passage after checking every name and the span
// against the article's body.
func (l *Library) CodePassage(ctx context.Context, r CodingRequest) (Passage, error) {
	if strings.TrimSpace(r.Coder) == "" {
		return Passage{}, fmt.Errorf("a coding needs a coder")
	}
	a, err := l.Lookup(ctx, r.Article)
	if err != nil {
		return Passage{}, err
	}
	b, err := l.Codebook(ctx)
	if err != nil {
		return Passage{}, err
	}
	code, err := b.Find(r.Code)
	if err != nil {
		return Passage{}, err
	}
	p := Passage{ArticleID: a.ID, CodeID: code.ID, Coder: strings.TrimSpace(r.Coder), Memo: r.Memo, CreatedAt: l.Now()}
	n := RuneCount(a.Body)
	switch {
	case r.Whole:
		if n == 0 {
			return Passage{}, fmt.Errorf("article %s has no body text to code", a.Source)
		}
		p.Whole, p.Start, p.End = true, 0, n
	case r.Quote != "":
		nth := max(r.Nth, 1)
		if p.Start, p.End, err = FindQuote(a.Body, r.Quote, nth); err != nil {
			return Passage{}, fmt.Errorf("article %s: %w", a.Source, err)
		}
		p.Quote = Slice(a.Body, p.Start, p.End)
	default:
		if err := CheckSpan(r.Start, r.End, n); err != nil {
			return Passage{}, fmt.Errorf("article %s: %w", a.Source, err)
		}
		p.Start, p.End = r.Start, r.End
		p.Quote = Slice(a.Body, p.Start, p.End)
	}
	if !p.Whole {
		p.Context = Sentence(a.Body, p.Start, p.End)
	}
	s, err := l.codingSession(ctx, r.Session, p.Coder)
	if err != nil {
		return Passage{}, err
	}
	p.SessionID = s.ID
	return l.Store.AddPassage(ctx, p)
}

// codingSession finds the session a coding belongs to: the one named, which
// must be the coder's and open, else the coder's newest open session, else
// none.
func (l *Library) codingSession(ctx context.Context, name, coder string) (Session, error) {
	sessions, err := l.Store.Sessions(ctx)
	if err != nil {
		return Session{}, err
	}
	if name != "" {
		s, err := findSession(sessions, name)
		if err != nil {
			return Session{}, err
		}
		if s.Coder != coder {
			return Session{}, fmt.Errorf("session %q is %s's, not %s's", name, s.Coder, coder)
		}
		if !s.Open() {
			return Session{}, fmt.Errorf("session %q has ended", name)
		}
		return s, nil
	}
	var open Session
	for _, s := range sessions { // oldest first: the last open one wins
		if s.Coder == coder && s.Open() {
			open = s
		}
	}
	return open, nil
}

// Uncode removes a coding.
func (l *Library) Uncode(ctx context.Context, id int64) (Passage, error) {
	return l.Store.DeletePassage(ctx, id)
}

// PassageQuery selects codings by the names the analyst uses.
type PassageQuery struct {
	Code     string
	SubCodes bool // with the code's sub-codes
	Article  string
	Coder    string
	Session  string
	Context  bool // fill Passage.Context with the sentence around
}

// ListPassages lists codings, with their sentence when asked.
func (l *Library) ListPassages(ctx context.Context, q PassageQuery) ([]Passage, error) {
	var f PassageFilter
	if q.Code != "" {
		b, err := l.Codebook(ctx)
		if err != nil {
			return nil, err
		}
		c, err := b.Find(q.Code)
		if err != nil {
			return nil, err
		}
		f.CodeIDs = []int64{c.ID}
		if q.SubCodes {
			f.CodeIDs = b.Subtree(c.ID)
		}
	}
	if q.Article != "" {
		a, err := l.Lookup(ctx, q.Article)
		if err != nil {
			return nil, err
		}
		f.ArticleID = a.ID
	}
	if q.Coder != "" {
		coder, err := l.findCoder(ctx, q.Coder)
		if err != nil {
			return nil, err
		}
		f.CoderID = coder.ID
	}
	if q.Session != "" {
		sessions, err := l.Store.Sessions(ctx)
		if err != nil {
			return nil, err
		}
		s, err := findSession(sessions, q.Session)
		if err != nil {
			return nil, err
		}
		f.SessionID = s.ID
	}
	ps, err := l.Store.Passages(ctx, f)
	if err != nil {
		return nil, err
	}
	if !q.Context {
		for i := range ps {
			ps[i].Context = ""
		}
	}
	return ps, nil
}

func (l *Library) findCoder(ctx context.Context, name string) (Coder, error) {
	coders, err := l.Store.Coders(ctx)
	if err != nil {
		return Coder{}, err
	}
	for _, c := range coders {
		if c.Name == name {
			return c, nil
		}
	}
	return Coder{}, fmt.Errorf("coder %q: %w (coders are made by their first coding or session)", name, ErrNotFound)
}
