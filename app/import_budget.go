package app

import "sync"

// byteBudget bounds the bytes of the files parsed but not yet stored: the
// parser runs ahead of storing by up to a batch and a half, so that the
// two overlap, and no further, so that an import of large files does not
// hold many of them in memory. A file larger than the whole budget still
// goes through, alone.
type byteBudget struct {
	mu     sync.Mutex
	cond   *sync.Cond
	used   int64
	limit  int64
	closed bool
}

func newByteBudget(limit int64) *byteBudget {
	b := &byteBudget{limit: limit}
	b.cond = sync.NewCond(&b.mu)
	return b
}

// acquire waits until n bytes fit and takes them; it returns false once
// the budget is closed.
func (b *byteBudget) acquire(n int64) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	for !b.closed && b.used > 0 && b.used+n > b.limit {
		b.cond.Wait()
	}
	if b.closed {
		return false
	}
	b.used += n
	return true
}

func (b *byteBudget) release(n int64) {
	b.mu.Lock()
	b.used -= n
	b.mu.Unlock()
	b.cond.Broadcast()
}

// close wakes and refuses every waiting and later acquire.
func (b *byteBudget) close() {
	b.mu.Lock()
	b.closed = true
	b.mu.Unlock()
	b.cond.Broadcast()
}

// size is what a prepared file holds in memory, roughly: its texts.
func (p prepared) size() int64 {
	var n int64
	for _, a := range p.articles {
		n += int64(len(a.Page) + len(a.Body))
	}
	return n
}
