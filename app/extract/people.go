package extract

import (
	"strings"
	"sync"
)

// People remembers titled people, per library: "le secrétaire d'État
// américain Antony Blinken" teaches Antony Blinken → USA, so that a later
// bare "Antony Blinken" or "M. Blinken" resolves. Names compare folded
// (accents and case ignored). Safe for concurrent use.
type People struct {
	mu    sync.RWMutex
	byKey map[string]int // folded name → index in list
	list  []Person
}

// NewPeople starts a memory with known people (as the store persisted them).
func NewPeople(known []Person) *People {
	p := &People{byKey: map[string]int{}}
	for _, k := range known {
		p.learn(k)
	}
	return p
}

// All returns the remembered people, in the order they were learned.
func (p *People) All() []Person {
	p.mu.RLock()
	defer p.mu.RUnlock()
	return append([]Person(nil), p.list...)
}

func nameKey(name string) string {
	return strings.Join(strings.FieldsFunc(fold(name), func(r rune) bool {
		return r == ' ' || r == '.' || r == ','
	}), " ")
}

// learn records a person with a country; a known name keeps its country
// and gains a title when it had none.
func (p *People) learn(k Person) {
	key := nameKey(k.Name)
	if key == "" || k.Country == "" {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if i, ok := p.byKey[key]; ok {
		if p.list[i].Title == "" {
			p.list[i].Title, p.list[i].Level = k.Title, k.Level
		}
		return
	}
	p.byKey[key] = len(p.list)
	p.list = append(p.list, k)
}

// lookup finds a remembered person by name: the same name, a longer or
// shorter form of it ("Miguel Díaz-Canel Bermúdez" / "Miguel Díaz-Canel",
// two words at least), or with surnameOnly the last word ("M. Blinken").
func (p *People) lookup(name string, surnameOnly bool) (Person, bool) {
	key := nameKey(name)
	if key == "" {
		return Person{}, false
	}
	p.mu.RLock()
	defer p.mu.RUnlock()
	if i, ok := p.byKey[key]; ok {
		return p.list[i], true
	}
	words := strings.Fields(key)
	found, n := Person{}, 0
	for _, q := range p.list {
		qw := strings.Fields(nameKey(q.Name))
		switch {
		case len(words) >= 2 && len(qw) >= 2 && (isPrefix(words, qw) || isPrefix(qw, words)):
		case (surnameOnly || len(words) == 1) && len(words) == 1 && qw[len(qw)-1] == words[0]:
		default:
			continue
		}
		if n == 0 || found.Country != q.Country {
			n++
		}
		found = q
	}
	return found, n == 1
}

func isPrefix(a, b []string) bool {
	if len(a) > len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
