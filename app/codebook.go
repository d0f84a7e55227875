package app

import (
	"context"
	"fmt"
	"regexp"
	"strings"
)

// DefaultCodeColor is the colour of a code added without one.
const DefaultCodeColor = "#808080"

// CodePathSep joins the names of a code's ancestors in its path
// ("Coopération/Défense"). Names are unique among siblings only, so a path
// names a code where a bare name may be ambiguous.
const CodePathSep = "/"

var colorRE = regexp.MustCompile(`^#[0-9A-Fa-f]{6}$`)

// Codebook is the codebook as a tree, to find codes by name or path.
type Codebook struct {
	Codes []Code // parents before children
	index map[int64]int
	kids  map[int64][]int64
}

// NewCodebook indexes a list from Store.Codes.
func NewCodebook(codes []Code) *Codebook {
	b := &Codebook{Codes: codes, index: make(map[int64]int, len(codes)), kids: map[int64][]int64{}}
	for i, c := range codes {
		b.index[c.ID] = i
		b.kids[c.ParentID] = append(b.kids[c.ParentID], c.ID)
	}
	return b
}

// Codebook loads the codebook, to find codes by name or path.
func (l *Library) Codebook(ctx context.Context) (*Codebook, error) {
	return l.codebook(ctx, false)
}

// CountedCodebook loads the codebook with each code's passage count, for
// showing it and for CodeImpact.
func (l *Library) CountedCodebook(ctx context.Context) (*Codebook, error) {
	return l.codebook(ctx, true)
}

func (l *Library) codebook(ctx context.Context, counts bool) (*Codebook, error) {
	codes, err := l.Store.Codes(ctx, counts)
	if err != nil {
		return nil, err
	}
	return NewCodebook(codes), nil
}

// Code returns the code with id.
func (b *Codebook) Code(id int64) (Code, bool) {
	i, ok := b.index[id]
	if !ok {
		return Code{}, false
	}
	return b.Codes[i], true
}

// Path is the code's name preceded by its ancestors', joined by CodePathSep.
func (b *Codebook) Path(id int64) string {
	var names []string
	for seen := 0; id != 0 && seen <= len(b.Codes); seen++ {
		c, ok := b.Code(id)
		if !ok {
			break
		}
		names = append([]string{c.Name}, names...)
		id = c.ParentID
	}
	return strings.Join(names, CodePathSep)
}

// Depth is 0 for a top-level code, 1 for its children, and so on.
func (b *Codebook) Depth(id int64) int {
	d := -1
	for seen := 0; id != 0 && seen <= len(b.Codes); seen++ {
		c, ok := b.Code(id)
		if !ok {
			break
		}
		d++
		id = c.ParentID
	}
	return max(d, 0)
}

// Subtree lists id and every code below it, parents first.
func (b *Codebook) Subtree(id int64) []int64 {
	out := []int64{id}
	for i := 0; i < len(out); i++ {
		out = append(out, b.kids[out[i]]...)
	}
	return out
}

// Children lists the codes directly below id (0: the top level).
func (b *Codebook) Children(id int64) []int64 { return b.kids[id] }

// Find resolves a code named by the analyst: by its path from the top
// ("Parent/Child"; a top-level code's path is its name), which is unique,
// else by its name when only one code has it. An ambiguous name is an error
// listing the paths, never a guess.
func (b *Codebook) Find(ref string) (Code, error) {
	for _, c := range b.Codes {
		if b.Path(c.ID) == ref {
			return c, nil
		}
	}
	var found []Code
	for _, c := range b.Codes {
		if c.Name == ref {
			found = append(found, c)
		}
	}
	switch len(found) {
	case 0:
		return Code{}, fmt.Errorf("code %q: %w ('codes list' shows the codebook)", ref, ErrNotFound)
	case 1:
		return found[0], nil
	}
	paths := make([]string, len(found))
	for i, c := range found {
		paths[i] = b.Path(c.ID)
	}
	return Code{}, fmt.Errorf("code %q is ambiguous: %s; give its path", ref, strings.Join(paths, ", "))
}

// CheckCodeName refuses an empty name or one holding the path separator.
func CheckCodeName(name string) error {
	switch {
	case strings.TrimSpace(name) == "":
		return fmt.Errorf("a code needs a name")
	case strings.Contains(name, CodePathSep):
		return fmt.Errorf("code name %q: %q separates a code's path; use another character", name, CodePathSep)
	}
	return nil
}

// CheckColor accepts #RRGGBB.
func CheckColor(c string) error {
	if !colorRE.MatchString(c) {
		return fmt.Errorf("colour %q: want #RRGGBB, as #1F77B4", c)
	}
	return nil
}

// AddCode adds a code under parent (a name or path; "" for the top level).
func (l *Library) AddCode(ctx context.Context, name, parent, color, description string) (Code, error) {
	name = strings.TrimSpace(name)
	if err := CheckCodeName(name); err != nil {
		return Code{}, err
	}
	if color == "" {
		color = DefaultCodeColor
	}
	if err := CheckColor(color); err != nil {
		return Code{}, err
	}
	c := Code{Name: name, Color: strings.ToUpper(color), Description: description}
	if parent != "" {
		b, err := l.Codebook(ctx)
		if err != nil {
			return Code{}, err
		}
		p, err := b.Find(parent)
		if err != nil {
			return Code{}, err
		}
		c.ParentID = p.ID
	}
	return l.Store.AddCode(ctx, c)
}

// RenameCode gives a code a new name.
func (l *Library) RenameCode(ctx context.Context, ref, name string) (Code, error) {
	name = strings.TrimSpace(name)
	if err := CheckCodeName(name); err != nil {
		return Code{}, err
	}
	return l.changeCode(ctx, ref, CodeChange{Name: &name})
}

// MoveCode puts a code under parent ("" for the top level).
func (l *Library) MoveCode(ctx context.Context, ref, parent string) (Code, error) {
	b, err := l.Codebook(ctx)
	if err != nil {
		return Code{}, err
	}
	var to int64
	if parent != "" {
		p, err := b.Find(parent)
		if err != nil {
			return Code{}, err
		}
		to = p.ID
	}
	return l.changeCode(ctx, ref, CodeChange{ParentID: &to})
}

// ChangeCode sets a code's colour or description (nil stays).
func (l *Library) ChangeCode(ctx context.Context, ref string, color, description *string) (Code, error) {
	if color != nil {
		if err := CheckColor(*color); err != nil {
			return Code{}, err
		}
		up := strings.ToUpper(*color)
		color = &up
	}
	return l.changeCode(ctx, ref, CodeChange{Color: color, Description: description})
}

func (l *Library) changeCode(ctx context.Context, ref string, ch CodeChange) (Code, error) {
	b, err := l.Codebook(ctx)
	if err != nil {
		return Code{}, err
	}
	c, err := b.Find(ref)
	if err != nil {
		return Code{}, err
	}
	return l.Store.ChangeCode(ctx, c.ID, ch)
}

// MergeCodes moves everything coded with from over to into and deletes from.
func (l *Library) MergeCodes(ctx context.Context, from, into string) (MergeResult, error) {
	b, err := l.Codebook(ctx)
	if err != nil {
		return MergeResult{}, err
	}
	f, err := b.Find(from)
	if err != nil {
		return MergeResult{}, err
	}
	t, err := b.Find(into)
	if err != nil {
		return MergeResult{}, err
	}
	return l.Store.MergeCodes(ctx, f.ID, t.ID)
}

// CodeImpact (of a CountedCodebook) is what deleting a code would remove: itself, its sub-codes
// and the passages coded with any of them. The CLI shows it as a warning.
func (b *Codebook) CodeImpact(id int64) DeleteResult {
	var r DeleteResult
	for _, c := range b.Subtree(id) {
		code, _ := b.Code(c)
		r.Codes++
		r.Passages += code.Passages
	}
	return r
}

// DeleteCode deletes a code, its sub-codes and their passages.
func (l *Library) DeleteCode(ctx context.Context, ref string) (DeleteResult, error) {
	b, err := l.Codebook(ctx)
	if err != nil {
		return DeleteResult{}, err
	}
	c, err := b.Find(ref)
	if err != nil {
		return DeleteResult{}, err
	}
	return l.Store.DeleteCode(ctx, c.ID)
}
