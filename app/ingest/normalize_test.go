package ingest

import (
	"strings"
	"testing"
	"unicode/utf16"
)

func TestNormalize(t *testing.T) {
	utf16le := func(s string) []byte {
		out := []byte{0xFF, 0xFE}
		for _, u := range utf16.Encode([]rune(s)) {
			out = append(out, byte(u), byte(u>>8))
		}
		return out
	}
	utf16be := func(s string) []byte {
		out := []byte{0xFE, 0xFF}
		for _, u := range utf16.Encode([]rune(s)) {
			out = append(out, byte(u>>8), byte(u))
		}
		return out
	}
	tests := []struct {
		name string
		in   []byte
		want string
	}{
		{"plain", []byte("Bonjour"), "Bonjour"},
		{"UTF-8 BOM", []byte("\xEF\xBB\xBFBonjour"), "Bonjour"},
		{"two BOMs", []byte("\xEF\xBB\xBF\xEF\xBB\xBFBonjour"), "Bonjour"},
		{"CRLF", []byte("a\r\nb\r\n"), "a\nb\n"},
		{"lone CR", []byte("a\rb\r\rc"), "a\nb\n\nc"},
		{"NFD to NFC", []byte("Ha\u0300 Nô\u0323i e\u0301te\u0301"), "Hà Nội été"},
		{"UTF-16LE with BOM", utf16le("Hà Nội\r\nđ"), "Hà Nội\nđ"},
		{"UTF-16BE with BOM", utf16be("États-Unis"), "États-Unis"},
		{"NBSP kept inside", []byte("12e\u00a0Dialogue"), "12e\u00a0Dialogue"},
		{"one stray control byte", []byte("texte\x1a"), "texte\x1a"},
	}
	for _, tc := range tests {
		got, err := Normalize(tc.in)
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		if got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestNormalizeErrors(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
		want string
	}{
		{"empty", nil, "empty file"},
		{"BOM only", []byte("\xEF\xBB\xBF"), "empty file"},
		{"whitespace only", []byte(" \n\t\r\n\u00a0"), "no text (only whitespace)"},
		{"invalid UTF-8", []byte("abc\xffdef"), "invalid UTF-8 at byte 3"},
		{"invalid UTF-8 after BOM", []byte("\xEF\xBB\xBFab\xc3"), "invalid UTF-8 at byte 5"},
		{"NUL", []byte("abc\x00def"), "binary content (NUL byte at 3)"},
		{"binary", []byte("\x01\x02\x03\x04 some text here"), "binary content (control byte 0x01 at 0)"},
	}
	for _, tc := range tests {
		_, err := Normalize(tc.in)
		if err == nil || err.Error() != tc.want {
			t.Errorf("%s: error %v, want %q", tc.name, err, tc.want)
		}
	}
}

func TestNormalizeIdempotent(t *testing.T) {
	for _, s := range []string{"a\r\nb", "\xEF\xBB\xBF\u00a0x", "e\u0301\r"} {
		once, err := Normalize([]byte(s))
		if err != nil {
			t.Fatal(err)
		}
		twice, err := Normalize([]byte(once))
		if err != nil || twice != once {
			t.Errorf("%q: twice %q (%v), once %q", s, twice, err, once)
		}
		if strings.ContainsRune(once, '\r') {
			t.Errorf("%q: CR left in %q", s, once)
		}
	}
}
