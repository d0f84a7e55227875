package data

import (
	"context"
	"errors"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"parley/app"
)

// FuzzSearchQuery types anything into the search box: ftsQuery and then
// the real FTS5 queries of a small library must give results or a
// *app.QueryError the analyst can read, never a panic nor another error.
func FuzzSearchQuery(f *testing.F) {
	for _, s := range []string{
		"vietnam", "États-Unis", `"Etats-Unis"`, "d'État", "aujourd’hui", "U.S.A", "diplom*", "*", "a*b",
		"NOT", "vietnam AND", "AND OR NOT", "(", ")", "((vietnam)", "NEAR(", "NEAR(a b, 3)", "NEAR(a b, -1)",
		`"`, `"unterminated`, `""`, "title:", "title:vietnam", "nosuch:vietnam", "{title body}:x", "-x", "^x", "+x",
		"x:y:z", "a-", "-a-", "a''b", "1.2.3", "a/b/c", "\u00a0\u202f", "le\u00a0ministre", "\u2011", "x\u2011y",
		"é\u0301", "\xff", "a\x00b", "\x02\x03", "[x]", "x OR y NOT z", "(a OR b) AND NOT c", strings.Repeat("(", 300) + "a",
		strings.Repeat("a ", 500), strings.Repeat("a-", 200) + "a", "_", "__x", "x_", "'", "’x", "NEAR", "near(x y)",
	} {
		f.Add(s)
	}
	s := MustOpenStore(f)
	mustSave(f, s,
		article("usa.txt", "Le Vietnam et les États-Unis", "Le secrétaire d'État américain a rencontré le vice-Premier ministre à Hà Nội."),
		article("geneve.txt", "Conférence à GENÈVE", "Une réunion\u00a0sur le commerce; les délégués du Laos et de Cuba participent aujourd’hui."),
		article("glue.txt", "Communiqué", "Un mot collé: lesrelationsbilatérales, U.S.A, 1.2.3 et a/b/c."),
	)
	ctx := context.Background()
	f.Fuzz(func(t *testing.T, text string) {
		match, err := ftsQuery(text)
		blank := strings.TrimFunc(text, unicode.IsSpace) == ""
		if err != nil {
			var qe *app.QueryError
			if !errors.As(err, &qe) || !blank {
				t.Fatalf("ftsQuery(%q): %v", text, err)
			}
		} else {
			if blank {
				t.Fatalf("ftsQuery(%q) = %q for a blank query", text, match)
			}
			// The rewrite only adds quotes and turns spaces into ' '.
			want := strings.Map(func(r rune) rune {
				if unicode.IsSpace(r) {
					return ' '
				}
				return r
			}, string([]rune(text)))
			if strings.ReplaceAll(match, `"`, "") != strings.ReplaceAll(want, `"`, "") {
				t.Fatalf("ftsQuery(%q) = %q changed the words", text, match)
			}
		}
		res, err := s.Search(ctx, app.SearchQuery{Text: text, Limit: 5})
		hits := res.Hits
		checkQueryResult(t, "Search", text, err)
		for _, h := range hits {
			if h.ArticleID == 0 || !utf8.ValidString(h.Snippet) {
				t.Fatalf("Search(%q): bad hit %+v", text, h)
			}
		}
		n, err := s.CountMatches(ctx, text)
		checkQueryResult(t, "CountMatches", text, err)
		if err == nil && n < len(hits) && !hasTeaserHit(hits) {
			t.Fatalf("CountMatches(%q) = %d < %d hits", text, n, len(hits))
		}
		_, err = s.MatchArticles(ctx, text)
		checkQueryResult(t, "MatchArticles", text, err)
		_, err = s.BrowseArticles(ctx, app.ArticleQuery{Text: text})
		checkQueryResult(t, "BrowseArticles", text, err)
	})
}

// checkQueryResult accepts no error or a *app.QueryError with a message.
func checkQueryResult(t *testing.T, op, text string, err error) {
	t.Helper()
	if err == nil {
		return
	}
	var qe *app.QueryError
	if !errors.As(err, &qe) || qe.Err == nil || qe.Error() == "" {
		t.Fatalf("%s(%q): %v (%T), want results or a *app.QueryError", op, text, err, err)
	}
}

func hasTeaserHit(hits []app.SearchHit) bool {
	for _, h := range hits {
		if h.InTeaser {
			return true
		}
	}
	return false
}
