package ingest

import (
	"os"
	"strings"
	"testing"
	"time"
)

func TestHTMLTooDeep(t *testing.T) {
	nest := func(open, close string, n int) string {
		return strings.Repeat(open, n) + "x" + strings.Repeat(close, n)
	}
	tests := []struct {
		name string
		src  string
		deep bool
	}{
		{"closed divs at the limit", nest("<div>", "</div>", 500), false},
		{"closed divs over the limit", nest("<div class='a>b'>", "</DIV>", 600), true},
		{"unclosed paragraphs are siblings", strings.Repeat("<p>a", 5000), false},
		{"unclosed list items are siblings", "<ul>" + strings.Repeat("<li><span>a", 3000) + "</ul>", false},
		{"divs closed as they go", strings.Repeat("<div><span><b>a</div>", 5000), false},
		{"void elements hold nothing", strings.Repeat("<br><img src=x><meta charset=utf-8>", 5000), false},
		{"a slash does not close a div", strings.Repeat("<div/>", 600), true},
		{"a slash closes an SVG element", "<svg>" + strings.Repeat("<path d='M0'/>", 5000) + "</svg>", false},
		{"script text is not markup", "<script>" + strings.Repeat("<div>", 5000) + "</script>", false},
		{"comments are not markup", "<!--" + strings.Repeat("<div>", 5000) + "-->", false},
		{"an end tag in a cell does not close outside it", strings.Repeat("<div><table><td></div>", 200), true},
		{"a real page", mustRead(t, "testdata/article_fr.html"), false},
	}
	for _, tc := range tests {
		if got := htmlTooDeep(tc.src, maxHTMLDepth); got != tc.deep {
			t.Errorf("%s: too deep = %v, want %v", tc.name, got, tc.deep)
		}
	}
}

// A page of 100,000 nested elements is refused at once with a reason,
// where parsing it would take hours; 500 levels still parse in bounded time.
func TestParseHTMLDeepNesting(t *testing.T) {
	words := "<p>" + strings.Repeat("Le ministre a rencontré son homologue japonais à Tokyo. ", 5) + "</p>"
	start := time.Now()
	_, err := ParseHTML([]byte("<html><body>" + strings.Repeat("<div>", 100000) + words + strings.Repeat("</div>", 100000)))
	if err == nil || !strings.Contains(err.Error(), "nested more than 512 deep") {
		t.Errorf("100,000 nested divs: error %v", err)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("refusing 100,000 nested divs took %v", d)
	}
	start = time.Now()
	d, err := ParseHTML([]byte("<html><body>" + strings.Repeat("<div>", 500) + words + strings.Repeat("</div>", 500)))
	if err != nil || !strings.Contains(d.Body, "homologue japonais") {
		t.Errorf("500 nested divs: %v, body %q", err, d.Body)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("500 nested divs took %v", d)
	}
}

// Letters whose lower case is longer in bytes ("İ" is 2 bytes, "i̇" 3) must
// not shift the tag scanner off the tags that follow them.
func TestCanonicalURLAfterLongerLowerCase(t *testing.T) {
	src := `<title>İİİİ ȺȺ</title><link rel="canonical" href="https://x.example/a">`
	if got := canonicalURL(src); got != "https://x.example/a" {
		t.Errorf("canonicalURL = %q", got)
	}
}

func mustRead(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
