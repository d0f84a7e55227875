package ingest

import (
	"bytes"
	stdhtml "html"
	"net/url"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/htmlindex"
)

// The readability library gives title, text, date, byline and site name but
// not the page's own address, and it needs UTF-8. This file reads the few
// head tags that fill those gaps with a small scanner of our own, so that the
// package needs no HTML parser beyond the one inside readability.

// tagAttrs returns the attributes (names in lower case, values unescaped) of
// every start tag called name, in document order.
func tagAttrs(src, name string) []map[string]string {
	var out []map[string]string
	lower := asciiLower(src) // byte offsets in lower are offsets in src
	open := "<" + name
	for i := 0; ; {
		j := strings.Index(lower[i:], open)
		if j < 0 {
			return out
		}
		i += j + len(open)
		if i < len(src) && !isHTMLSpace(src[i]) && src[i] != '/' && src[i] != '>' {
			continue // "<linkage>", "<metadata>": another tag
		}
		attrs, end := parseAttrs(src, i)
		out = append(out, attrs)
		i = end
	}
}

// parseAttrs reads attributes from src[i:] up to the closing '>' and returns
// them with the offset after the tag.
func parseAttrs(src string, i int) (map[string]string, int) {
	attrs := map[string]string{}
	for i < len(src) {
		for i < len(src) && (isHTMLSpace(src[i]) || src[i] == '/') {
			i++
		}
		if i >= len(src) || src[i] == '>' {
			return attrs, min(i+1, len(src))
		}
		start := i
		for i < len(src) && !isHTMLSpace(src[i]) && src[i] != '=' && src[i] != '>' && src[i] != '/' {
			i++
		}
		key := strings.ToLower(src[start:i])
		for i < len(src) && isHTMLSpace(src[i]) {
			i++
		}
		val := ""
		if i < len(src) && src[i] == '=' {
			i++
			for i < len(src) && isHTMLSpace(src[i]) {
				i++
			}
			if i < len(src) && (src[i] == '"' || src[i] == '\'') {
				q := src[i]
				end := strings.IndexByte(src[i+1:], q)
				if end < 0 {
					return attrs, len(src)
				}
				val = src[i+1 : i+1+end]
				i += end + 2
			} else {
				start := i
				for i < len(src) && !isHTMLSpace(src[i]) && src[i] != '>' {
					i++
				}
				val = src[start:i]
			}
		}
		if key != "" {
			if _, dup := attrs[key]; !dup { // HTML keeps the first of duplicates
				attrs[key] = stdhtml.UnescapeString(val)
			}
		}
	}
	return attrs, len(src)
}

func isHTMLSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}

// canonicalURL returns the page's address from <link rel="canonical"> or
// else <meta property="og:url">, if it is an absolute http(s) URL.
func canonicalURL(src string) string {
	for _, a := range tagAttrs(src, "link") {
		for _, rel := range strings.Fields(strings.ToLower(a["rel"])) {
			if rel == "canonical" {
				if u := absoluteURL(a["href"]); u != "" {
					return u
				}
			}
		}
	}
	for _, a := range tagAttrs(src, "meta") {
		if strings.EqualFold(a["property"], "og:url") || strings.EqualFold(a["name"], "og:url") {
			if u := absoluteURL(a["content"]); u != "" {
				return u
			}
		}
	}
	return ""
}

func absoluteURL(s string) string {
	s = strings.TrimSpace(s)
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	return u.String()
}

// timeDatetime returns the first parseable <time datetime="..."> of the page,
// a fallback for pages whose date is in the article rather than the head.
func timeDatetime(src string) string {
	for _, a := range tagAttrs(src, "time") {
		if iso, err := parseDate(strings.TrimSpace(a["datetime"])); err == nil {
			return iso
		}
	}
	return ""
}

var metaCharsetRE = regexp.MustCompile(`(?i)<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_:.-]+)`)

// decodeHTMLCharset converts a page that is not UTF-8 to UTF-8 using the
// charset its <meta> declares (saved pages of older sites are often
// windows-1252). Pages that are UTF-8, or declare nothing we know, are
// returned unchanged for Normalize to accept or reject.
func decodeHTMLCharset(data []byte) []byte {
	if utf8.Valid(data) || bytes.HasPrefix(data, bomUTF16LE) || bytes.HasPrefix(data, bomUTF16BE) {
		return data
	}
	head := data[:min(len(data), 4096)]
	m := metaCharsetRE.FindSubmatch(head)
	if m == nil {
		return data
	}
	enc, err := htmlindex.Get(string(m[1]))
	if err != nil {
		return data
	}
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return data
	}
	return out
}
