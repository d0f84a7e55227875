package ingest

import "strings"

// maxHTMLDepth is the deepest element nesting ParseHTML accepts. Real pages
// nest a few dozen levels; the HTML parser and readability both slow down
// with the square of the depth or worse (10,000 nested <div> take a minute,
// 100,000 hours), so a page nested deeper is refused before either runs.
// At 512 levels both take well under a second.
const maxHTMLDepth = 512

// htmlVoid elements have no end tag and never hold others.
var htmlVoid = setOf("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
	"source", "track", "wbr", "keygen", "basefont", "bgsound", "frame", "image")

// htmlRawText elements hold text up to their end tag, never elements.
var htmlRawText = setOf("script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext")

// htmlScopeMarkers stop the search for an open element that an end tag
// closes, as in the HTML parser: "</div>" inside a table cell does not close
// a div outside the table.
var htmlScopeMarkers = setOf("applet", "caption", "html", "table", "td", "th", "marquee", "object", "template")

// htmlSiblings close an open element of the same name when they start
// ("<p>a<p>b", "<li>a<li>b"), as the parser closes them.
var htmlSiblings = setOf("p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "rb", "rt", "rp", "rtc",
	"tbody", "thead", "tfoot")

func setOf(names ...string) map[string]bool {
	m := make(map[string]bool, len(names))
	for _, n := range names {
		m[n] = true
	}
	return m
}

// htmlTooDeep reports whether the elements of src nest deeper than limit.
// It follows the HTML parser's stack of open elements closely enough for
// that (end tags close up to their element when it is in scope, void
// elements and raw text hold nothing, "<div/>" opens a div outside SVG and
// MathML), in one pass: each element is pushed and popped once.
func htmlTooDeep(src string, limit int) bool {
	lower := asciiLower(src)
	s := openElements{at: map[string][]int{}}
	for i := 0; i < len(src); {
		j := strings.IndexByte(src[i:], '<')
		if j < 0 {
			break
		}
		i += j
		rest := lower[i:]
		switch {
		case strings.HasPrefix(rest, "<!--"):
			i = skipPast(lower, i+4, "-->")
		case strings.HasPrefix(rest, "<!"), strings.HasPrefix(rest, "<?"):
			i = skipPast(lower, i+2, ">")
		case strings.HasPrefix(rest, "</"):
			name := tagName(lower, i+2)
			s.close(name)
			i = skipPast(lower, i+2+len(name), ">")
		default:
			name := tagName(lower, i+1)
			if name == "" {
				i++
				continue
			}
			end := tagEnd(src, i+1+len(name))
			selfClosing := end >= 2 && src[end-2] == '/' && src[end-1] == '>'
			i = end
			switch {
			case htmlVoid[name], selfClosing && s.inForeign():
			case htmlRawText[name]:
				i = skipPast(lower, i, "</"+name)
			default:
				if htmlSiblings[name] {
					s.close(name)
				}
				if s.push(name); len(s.names) > limit {
					return true
				}
			}
		}
	}
	return false
}

// openElements is the stack of open element names, with where each name and
// each scope marker sits in it so that an end tag finds its element at once.
type openElements struct {
	names   []string
	at      map[string][]int // positions of each name, lowest first
	markers []int            // positions of scope markers
}

func (s *openElements) push(name string) {
	s.at[name] = append(s.at[name], len(s.names))
	if htmlScopeMarkers[name] {
		s.markers = append(s.markers, len(s.names))
	}
	s.names = append(s.names, name)
}

// close pops up to the latest open element called name, if it is in scope.
func (s *openElements) close(name string) {
	pos := s.at[name]
	if len(pos) == 0 {
		return
	}
	top := pos[len(pos)-1]
	if n := len(s.markers); n > 0 && s.markers[n-1] > top {
		return // behind a table or cell: out of scope
	}
	for len(s.names) > top {
		last := len(s.names) - 1
		n := s.names[last]
		s.at[n] = s.at[n][:len(s.at[n])-1]
		if m := len(s.markers); m > 0 && s.markers[m-1] == last {
			s.markers = s.markers[:m-1]
		}
		s.names = s.names[:last]
	}
}

// inForeign: inside SVG or MathML, where "<path/>" closes itself.
func (s *openElements) inForeign() bool {
	return len(s.at["svg"]) > 0 || len(s.at["math"]) > 0
}

// tagName reads a tag name (ASCII letters, digits, '-', ':') at lower[i:].
func tagName(lower string, i int) string {
	j := i
	for j < len(lower) {
		c := lower[j]
		if 'a' <= c && c <= 'z' || j > i && ('0' <= c && c <= '9' || c == '-' || c == ':') {
			j++
			continue
		}
		break
	}
	return lower[i:j]
}

// tagEnd returns the offset after the '>' that ends a tag whose attributes
// start at src[i:]; a '>' inside a quoted attribute value does not end it.
func tagEnd(src string, i int) int {
	for i < len(src) {
		switch src[i] {
		case '>':
			return i + 1
		case '=':
			i++
			for i < len(src) && isHTMLSpace(src[i]) {
				i++
			}
			if i < len(src) && (src[i] == '"' || src[i] == '\'') {
				end := strings.IndexByte(src[i+1:], src[i])
				if end < 0 {
					return len(src)
				}
				i += end + 2
			}
			continue
		}
		i++
	}
	return len(src)
}

// skipPast returns the offset after the first marker at or after i, or the
// end of s.
func skipPast(s string, i int, marker string) int {
	if i >= len(s) {
		return len(s)
	}
	if j := strings.Index(s[i:], marker); j >= 0 {
		return i + j + len(marker)
	}
	return len(s)
}

// asciiLower folds ASCII letters only, so that byte offsets into the
// result are offsets into s (strings.ToLower changes the length of some
// letters, such as "İ").
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
