package app

import (
	"context"
	"errors"
	"time"
)

// AnnotationStore is the part of Store that keeps the analyst's coding: the
// codebook, coded passages, sessions, memos and the change log. Every method
// that changes codes, passages or memos records, in the same transaction,
// the rows it changed, so that Undo and Redo can put them back step by step,
// across restarts.
type AnnotationStore interface {
	// Codes lists the codebook, parents before their children, siblings by
	// position. With counts, each code comes with the number of passages
	// coded with it (not counting its sub-codes); that reads every passage's
	// index entry, which finding a code by name does not need.
	Codes(ctx context.Context, counts bool) ([]Code, error)
	// AddCode adds a code as the last child of c.ParentID (0: top level).
	AddCode(ctx context.Context, c Code) (Code, error)
	// ChangeCode renames, moves, recolours or redescribes a code; a move
	// under the code itself or one of its sub-codes is refused.
	ChangeCode(ctx context.Context, id int64, c CodeChange) (Code, error)
	// MergeCodes moves every passage, sub-code and memo of from to into and
	// deletes from, as one undo step. A passage that into already has (same
	// article, span and coder) is dropped, its memos going to the one kept.
	MergeCodes(ctx context.Context, from, into int64) (MergeResult, error)
	// DeleteCode deletes a code with its sub-codes, their passages and the
	// memos on any of them, as one undo step.
	DeleteCode(ctx context.Context, id int64) (DeleteResult, error)

	// Coders lists the coders, by name.
	Coders(ctx context.Context) ([]Coder, error)
	// AddPassage codes a passage. The coder is named by p.Coder and created
	// on first use. The same article, span, code and coder twice is
	// refused with an error wrapping ErrDuplicate.
	AddPassage(ctx context.Context, p Passage) (Passage, error)
	// AddPassages codes many passages as one undo step labelled label (the
	// count added is appended). A passage the coder already has with that
	// code is skipped; when every one is, no step is recorded. It returns
	// the number added.
	AddPassages(ctx context.Context, label string, ps []Passage) (int, error)
	// DeletePassage removes a coding (and the memos on it).
	DeletePassage(ctx context.Context, id int64) (Passage, error)
	// Passage loads one coding; ErrNotFound when there is none.
	Passage(ctx context.Context, id int64) (Passage, error)
	// Passages lists codings by article, then place in the text.
	Passages(ctx context.Context, f PassageFilter) ([]Passage, error)

	// CodeFrequencies counts passages per code, and per article, coder or
	// session when by says so (see FrequencyBy).
	CodeFrequencies(ctx context.Context, by FrequencyBy) ([]CodeFrequency, error)
	// CodeCooccurrence counts, per pair of codes, the pairs of their
	// passages that overlap in the same article, most first.
	CodeCooccurrence(ctx context.Context) ([]CodePair, error)

	// StartSession opens an annotation session; its coder is created on
	// first use.
	StartSession(ctx context.Context, s Session) (Session, error)
	// EndSession closes an open session.
	EndSession(ctx context.Context, id int64, at time.Time) (Session, error)
	// Sessions lists the sessions, oldest first, with their progress.
	Sessions(ctx context.Context) ([]Session, error)

	// AddMemo stores a memo on the library, an article, a code or a passage.
	AddMemo(ctx context.Context, m Memo) (Memo, error)
	// Memos lists memos, oldest first.
	Memos(ctx context.Context, f MemoFilter) ([]Memo, error)
	// EditMemo changes a memo's title and text; DeleteMemo removes it.
	// Each is one undo step; a missing memo is ErrNotFound.
	EditMemo(ctx context.Context, id int64, title, text string) error
	DeleteMemo(ctx context.Context, id int64) error

	// Undo reverts the newest step not yet undone; ErrNothingToUndo when
	// there is none.
	Undo(ctx context.Context) (Change, error)
	// Redo applies again the oldest undone step; ErrNothingToRedo when
	// there is none. Any new change drops the undone steps.
	Redo(ctx context.Context) (Change, error)
	// History lists the last limit steps, newest first (0: all).
	History(ctx context.Context, limit int) ([]Change, error)
}

// Errors of the annotation store.
var (
	ErrDuplicate     = errors.New("already exists")
	ErrNothingToUndo = errors.New("nothing to undo")
	ErrNothingToRedo = errors.New("nothing to redo")
)

// Code is one code of the codebook.
type Code struct {
	ID          int64
	ParentID    int64 // 0: a top-level code
	Name        string
	Description string
	Color       string // #RRGGBB
	Position    int    // among its siblings
	Passages    int    // coded with this code itself (read only)
}

// CodeChange is a change of a code; nil fields stay.
type CodeChange struct {
	Name        *string
	Description *string
	Color       *string
	// ParentID moves the code: 0 to the top level.
	ParentID *int64
}

// MergeResult says what a merge of two codes did.
type MergeResult struct {
	Moved   int // passages now coded with the target
	Dropped int // passages the target already had, removed
	Codes   int // sub-codes moved under the target
}

// DeleteResult says what deleting a code removed.
type DeleteResult struct {
	Codes    int // the code and its sub-codes
	Passages int
	Memos    int
}

// Coder is someone who codes.
type Coder struct {
	ID   int64
	Name string
}

// Passage is a coding: a span of an article's body, [Start, End) in code
// points, with one code by one coder. A whole-article coding has Whole set,
// Start 0, End the body's length and an empty Quote.
type Passage struct {
	ID        int64
	ArticleID int64
	Source    string // the article's source name (read only)
	Start     int
	End       int
	Whole     bool
	Quote     string // the text of the span, as stored
	CodeID    int64
	Code      string // the code's name (read only)
	Coder     string
	SessionID int64  // 0: none
	Session   string // the session's name (read only)
	Memo      string
	CreatedAt time.Time
	// Context is the sentence (or sentences) around the passage, cut from
	// the body when it was coded; "" for a whole-article coding.
	Context string
}

// PassageFilter selects codings. Zero fields select everything.
type PassageFilter struct {
	CodeIDs   []int64 // any of these codes
	ArticleID int64
	CoderID   int64
	SessionID int64
}

// Session is an annotation session: a coder's stretch of work, optionally
// over a scope (a saved search).
type Session struct {
	ID       int64
	Name     string
	Coder    string
	Started  time.Time
	Ended    time.Time // zero while open
	Scope    string
	Passages int // coded in the session (read only)
	Articles int // distinct articles coded in the session (read only)
	// InScope is how many articles the scope's search finds, and ToDo how
	// many of them remain (InScope less the articles coded); both 0 for a
	// session without a scope. Filled by Library.Sessions.
	InScope, ToDo int
}

// Open reports whether the session has not ended.
func (s Session) Open() bool { return s.Ended.IsZero() }

// MemoKind is what a memo is about.
type MemoKind string

const (
	MemoLibrary MemoKind = "library"
	MemoArticle MemoKind = "article"
	MemoCode    MemoKind = "code"
	MemoPassage MemoKind = "passage"
)

// Memo is a note with a title, on the library (TargetID 0), an article, a
// code or a passage.
type Memo struct {
	ID        int64
	Kind      MemoKind
	TargetID  int64
	Title     string
	Text      string
	CreatedAt time.Time
}

// MemoFilter selects memos: Kind "" means every kind, TargetID 0 every
// target of the kind.
type MemoFilter struct {
	ID       int64 // one memo
	Kind     MemoKind
	TargetID int64
}

// Change is one step of the change log.
type Change struct {
	ID        int64 // the step number
	Label     string
	CreatedAt time.Time
	Undone    bool
	Rows      int // rows the step changed
}
