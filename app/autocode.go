package app

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"strings"
)

// AutoCodeRequest applies a code to every match of a full-text query or a
// regular expression in the latest articles' bodies.
type AutoCodeRequest struct {
	Code  string
	Coder string
	// Exactly one of Query (SearchQuery.Text syntax) and Regex (Go syntax,
	// over the body as stored; "(?i)" makes it ignore case).
	Query   string
	Regex   string
	Unit    CodingUnit
	Session string // "" means the coder's open session, if any
	// DryRun finds and counts the passages and codes nothing.
	DryRun bool
}

// AutoCodeResult says what auto-coding found and did.
type AutoCodeResult struct {
	Found    int // passages found (after widening to the unit)
	Articles int // articles holding them
	Already  int // of those, the coder already had with the code
	Added    int // coded now (0 on a dry run)
	// Examples are the first few passages to code, for a preview.
	Examples []Passage
}

// autoCodeExamples is how many passages a result shows.
const autoCodeExamples = 5

// AutoCode finds every match and codes it, as one undo step.
func (l *Library) AutoCode(ctx context.Context, r AutoCodeRequest) (AutoCodeResult, error) {
	coder := strings.TrimSpace(r.Coder)
	if coder == "" {
		return AutoCodeResult{}, errors.New("auto-coding needs a coder")
	}
	if (r.Query == "") == (r.Regex == "") {
		return AutoCodeResult{}, errors.New("give either a full-text query or a regular expression")
	}
	if r.Unit == "" {
		r.Unit = UnitMatch
	}
	b, err := l.Codebook(ctx)
	if err != nil {
		return AutoCodeResult{}, err
	}
	code, err := b.Find(r.Code)
	if err != nil {
		return AutoCodeResult{}, err
	}
	find, ids, err := l.autoCodeMatcher(ctx, r)
	if err != nil {
		return AutoCodeResult{}, err
	}
	session, err := l.codingSession(ctx, r.Session, coder)
	if err != nil {
		return AutoCodeResult{}, err
	}
	had, err := l.codedSpans(ctx, code.ID, coder)
	if err != nil {
		return AutoCodeResult{}, err
	}

	var res AutoCodeResult
	var todo []Passage
	now := l.Now()
	for _, id := range ids {
		a, err := l.Store.Article(ctx, id)
		if errors.Is(err, ErrNotFound) {
			continue // deleted since the list was made
		}
		if err != nil {
			return AutoCodeResult{}, err
		}
		t := []rune(a.Body)
		spans := widen(t, find(a.Body, t), r.Unit)
		if len(spans) > 0 {
			res.Articles++
		}
		for _, s := range spans {
			res.Found++
			if had[spanKey{a.ID, s.start, s.end}] {
				res.Already++
				continue
			}
			lo, hi := sentenceSpan(t, s.start, s.end)
			p := Passage{ArticleID: a.ID, Source: a.Source, Start: s.start, End: s.end,
				Quote: string(t[s.start:s.end]), Context: string(t[lo:hi]), CodeID: code.ID, Code: code.Name,
				Coder: coder, SessionID: session.ID, Session: session.Name, CreatedAt: now}
			todo = append(todo, p)
			if len(res.Examples) < autoCodeExamples {
				res.Examples = append(res.Examples, p)
			}
		}
	}
	if r.DryRun || len(todo) == 0 {
		return res, nil
	}
	how := "query " + r.Query
	if r.Regex != "" {
		how = "regex " + r.Regex
	}
	label := fmt.Sprintf("autocode %q by %s (%s, unit %s)", b.Path(code.ID), coder, how, r.Unit)
	if res.Added, err = l.Store.AddPassages(ctx, label, todo); err != nil {
		return AutoCodeResult{}, err
	}
	return res, nil
}

// autoCodeMatcher returns how to find matches in one body and which
// articles to look in: for a query, those the index says match; for a
// regular expression, every latest article.
func (l *Library) autoCodeMatcher(ctx context.Context, r AutoCodeRequest) (func(string, []rune) []span, []int64, error) {
	if r.Regex != "" {
		re, err := regexp.Compile(r.Regex)
		if err != nil {
			return nil, nil, fmt.Errorf("invalid regular expression %q: %w", r.Regex, err)
		}
		ids, err := l.Store.ArticleIDs(ctx)
		return func(body string, _ []rune) []span { return regexSpans(body, re) }, ids, err
	}
	terms := ftsTerms(r.Query)
	if len(terms) == 0 {
		return nil, nil, &QueryError{Query: r.Query, Err: errors.New("the query names no word to look for in the body")}
	}
	ids, err := l.Store.MatchArticles(ctx, r.Query)
	return func(_ string, t []rune) []span { return termSpans(t, terms) }, ids, err
}

type spanKey struct {
	article    int64
	start, end int
}

// codedSpans is the set of spans the coder has coded with the code.
func (l *Library) codedSpans(ctx context.Context, codeID int64, coder string) (map[spanKey]bool, error) {
	c, err := l.findCoder(ctx, coder)
	if errors.Is(err, ErrNotFound) {
		return nil, nil // a new coder has coded nothing
	}
	if err != nil {
		return nil, err
	}
	ps, err := l.Store.Passages(ctx, PassageFilter{CodeIDs: []int64{codeID}, CoderID: c.ID})
	if err != nil {
		return nil, err
	}
	had := make(map[spanKey]bool, len(ps))
	for _, p := range ps {
		had[spanKey{p.ArticleID, p.Start, p.End}] = true
	}
	return had, nil
}
