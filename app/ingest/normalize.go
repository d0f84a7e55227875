package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	xunicode "golang.org/x/text/encoding/unicode"
	"golang.org/x/text/unicode/norm"
)

var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// Normalize turns file bytes into the canonical article text: UTF-8 without
// BOM, NFC, LF line ends. It rejects what cannot be an article text with an
// error that names the problem (the caller adds the file name).
//
// UTF-16 is accepted only with a BOM (Windows Notepad writes one): without it
// there is no reliable way to tell it from binary data, which the NUL check
// then reports.
func Normalize(data []byte) (string, error) {
	if len(data) == 0 {
		return "", errors.New("empty file")
	}
	offset := 0 // bytes skipped at the start, so error offsets point into the file
	switch {
	case bytes.HasPrefix(data, bomUTF8):
		offset = len(bomUTF8)
		data = data[offset:]
	case bytes.HasPrefix(data, bomUTF16LE), bytes.HasPrefix(data, bomUTF16BE):
		decoded, err := decodeUTF16(data)
		if err != nil {
			return "", err
		}
		// Offsets from here on are into the decoded text, not the file.
		data = decoded
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return "", fmt.Errorf("binary content (NUL byte at %d)", i+offset)
	}
	if i := invalidUTF8At(data); i >= 0 {
		return "", fmt.Errorf("invalid UTF-8 at byte %d", i+offset)
	}
	if i, b, ok := binaryControl(data); ok {
		return "", fmt.Errorf("binary content (control byte 0x%02X at %d)", b, i+offset)
	}
	s := norm.NFC.String(string(data))
	// A text may carry several BOMs when files were concatenated; all of the
	// leading ones are encoding noise.
	s = strings.TrimLeft(s, "\uFEFF")
	s = normalizeLineEnds(s)
	if strings.TrimFunc(s, isBlank) == "" {
		if s == "" {
			return "", errors.New("empty file")
		}
		return "", errors.New("no text (only whitespace)")
	}
	return s, nil
}

// decodeUTF16 decodes UTF-16 text that starts with a BOM. Unpaired
// surrogates become U+FFFD, as an editor would show them.
func decodeUTF16(data []byte) ([]byte, error) {
	dec := xunicode.UTF16(xunicode.LittleEndian, xunicode.ExpectBOM).NewDecoder()
	out, err := dec.Bytes(data)
	if err != nil {
		return nil, fmt.Errorf("invalid UTF-16: %v", err)
	}
	return out, nil
}

// invalidUTF8At returns the byte offset of the first invalid UTF-8 sequence,
// or -1 when data is valid.
func invalidUTF8At(data []byte) int {
	if utf8.Valid(data) {
		return -1
	}
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return -1
}

// binaryControl reports the first C0 control byte when a text has so many of
// them that it is not text at all. Tab, LF, VT, FF and CR are text, and a
// stray control or two (an old DOS end-of-file mark, a pasted escape) is
// tolerated: rejecting a whole article for one invisible byte helps nobody.
func binaryControl(data []byte) (offset int, b byte, found bool) {
	count, first := 0, -1
	for i, c := range data {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\v' && c != '\f' && c != '\r' {
			if first < 0 {
				first = i
			}
			count++
		}
	}
	if first < 0 || count <= 2 || count*100 <= len(data) && count <= 64 {
		return 0, 0, false
	}
	return first, data[first], true
}

// normalizeLineEnds turns CRLF and lone CR into LF.
func normalizeLineEnds(s string) string {
	if !strings.ContainsRune(s, '\r') {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.ReplaceAll(s, "\r", "\n")
}

// isBlank is unicode.IsSpace plus the invisible format characters that a
// copy-paste leaves behind (zero width space, BOM, word joiner).
func isBlank(r rune) bool {
	return unicode.IsSpace(r) || r == '\u200B' || r == '\uFEFF' || r == '\u2060' || r == '\u200C' || r == '\u200D'
}
