package libraryview

import "parley/app"

// pageSize is how many rows one background load brings: a few screens, so
// scrolling asks the library about twice a second at most.
const pageSize = 100

// pageCache holds the loaded pages of the current list. A list of 100,000
// articles keeps only its ids (800 KB) and the pages scrolled through; each
// page is asked for once (claim) until it lands (put) or fails (release).
// Used on Fyne's goroutine only.
type pageCache struct {
	rows    map[int][]app.ArticleRow
	pending map[int]bool
}

func newPageCache() *pageCache {
	return &pageCache{rows: map[int][]app.ArticleRow{}, pending: map[int]bool{}}
}

func (c *pageCache) get(page int) ([]app.ArticleRow, bool) {
	rows, ok := c.rows[page]
	return rows, ok
}

// claim reports whether the caller should load page: not loaded, not
// being loaded.
func (c *pageCache) claim(page int) bool {
	if _, ok := c.rows[page]; ok || c.pending[page] {
		return false
	}
	c.pending[page] = true
	return true
}

func (c *pageCache) put(page int, rows []app.ArticleRow) {
	delete(c.pending, page)
	c.rows[page] = rows
}

func (c *pageCache) release(page int) { delete(c.pending, page) }
