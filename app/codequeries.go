package app

import (
	"context"
	"fmt"
)

// FrequencyBy is what code frequencies are broken down by.
type FrequencyBy string

const (
	ByCode    FrequencyBy = ""        // one count per code
	ByArticle FrequencyBy = "article" // per code and article
	ByCoder   FrequencyBy = "coder"   // per code and coder
	BySession FrequencyBy = "session" // per code and session ("" for none)
)

// ParseFrequencyBy reads --by; "" and "code" count per code only.
func ParseFrequencyBy(s string) (FrequencyBy, error) {
	switch by := FrequencyBy(s); by {
	case ByCode, ByArticle, ByCoder, BySession:
		return by, nil
	case "code":
		return ByCode, nil
	}
	return "", fmt.Errorf("by %q: article, coder or session", s)
}

// CodeFrequency is the number of passages of one code (its own, not its
// sub-codes') in one group: an article's source name, a coder's or a
// session's name; Group is "" when counting per code only.
type CodeFrequency struct {
	CodeID   int64
	Group    string
	Passages int
	Articles int // distinct articles holding them
}

// CodePair is two codes (A < B by id) whose passages overlap: Overlaps
// counts the pairs of a passage of A and one of B in the same article that
// share at least one character, Articles the articles where any do.
type CodePair struct {
	A, B     int64
	Overlaps int
	Articles int
}

// CodeFrequencies counts passages per code and, if asked, per group.
func (l *Library) CodeFrequencies(ctx context.Context, by FrequencyBy) ([]CodeFrequency, error) {
	return l.Store.CodeFrequencies(ctx, by)
}

// CodeCooccurrence counts the overlapping passages of every two codes.
func (l *Library) CodeCooccurrence(ctx context.Context) ([]CodePair, error) {
	return l.Store.CodeCooccurrence(ctx)
}
