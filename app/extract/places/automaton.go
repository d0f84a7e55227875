package places

import "fmt"

// The automaton is Aho–Corasick compiled to a full transition table, so a scan
// is one table read per folded byte whatever the number of forms: Find costs
// O(len(text) + matches). Keys use a 41-symbol alphabet (a–z, 0–9, separator,
// full stop, apostrophe, ampersand); every other byte is class 0, which no key
// contains.
const numClasses = 41

var byteClass = func() (c [256]uint8) {
	for b := 'a'; b <= 'z'; b++ {
		c[b] = uint8(1 + b - 'a')
	}
	for b := '0'; b <= '9'; b++ {
		c[b] = uint8(27 + b - '0')
	}
	c[sepByte], c['.'], c['\''], c['&'] = 37, 38, 39, 40
	return c
}()

// validKey reports whether every byte of a folded key is in the alphabet.
func validKey(key string) bool {
	if key == "" {
		return false
	}
	for i := 0; i < len(key); i++ {
		if byteClass[key[i]] == 0 {
			return false
		}
	}
	return true
}

type automaton struct {
	delta []uint16 // delta[state*numClasses+class] = next state
	out   []int32  // key index ending at this state, or -1
	dict  []int32  // nearest state down the failure chain with out >= 0, or 0
	keys  []string
}

// maxStates bounds the automaton so that a state fits in 16 bits, which
// halves the table and keeps more of it in cache. The tables of 2026 need
// about 9,300 states.
const maxStates = 1<<16 - 1

func buildAutomaton(keys []string) (*automaton, error) {
	a := &automaton{keys: keys}
	var trie []int32 // the table while it is built, -1 for no transition
	newState := func() int32 {
		s := int32(len(a.out))
		for i := 0; i < numClasses; i++ {
			trie = append(trie, -1)
		}
		a.out = append(a.out, -1)
		return s
	}
	newState() // root
	for k, key := range keys {
		s := int32(0)
		for i := 0; i < len(key); i++ {
			c := int32(byteClass[key[i]])
			next := trie[s*numClasses+c]
			if next < 0 {
				next = newState()
				trie[s*numClasses+c] = next
			}
			s = next
		}
		a.out[s] = int32(k)
	}
	if len(a.out) > maxStates {
		return nil, fmt.Errorf("gazetteer: %d automaton states, more than %d", len(a.out), maxStates)
	}

	// Breadth first, so the failure state of a state is complete before the
	// state is: a missing transition copies the failure state's one.
	fail := make([]int32, len(a.out))
	a.dict = make([]int32, len(a.out))
	queue := []int32{0}
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
		for c := int32(0); c < numClasses; c++ {
			i := s*numClasses + c
			t := trie[i]
			if t < 0 {
				if s != 0 {
					trie[i] = trie[fail[s]*numClasses+c]
				} else {
					trie[i] = 0
				}
				continue
			}
			if s != 0 {
				fail[t] = trie[fail[s]*numClasses+c]
			}
			if f := fail[t]; a.out[f] >= 0 {
				a.dict[t] = f
			} else {
				a.dict[t] = a.dict[f]
			}
			queue = append(queue, t)
		}
	}
	a.delta = make([]uint16, len(trie))
	for i, t := range trie {
		a.delta[i] = uint16(t)
	}
	return a, nil
}

// hit is a key found in folded text: key index and end byte (exclusive).
type hit struct{ key, end int32 }

// scan appends every occurrence of every key in folded to hits.
func (a *automaton) scan(folded []byte, hits []hit) []hit {
	s := int32(0)
	delta, out, dict := a.delta, a.out, a.dict
	for i, b := range folded {
		s = int32(delta[s*numClasses+int32(byteClass[b])])
		t := s
		if out[t] < 0 {
			t = dict[t]
		}
		for t != 0 {
			hits = append(hits, hit{key: out[t], end: int32(i + 1)})
			t = dict[t]
		}
	}
	return hits
}
