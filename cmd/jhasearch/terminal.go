package main

import (
	"fmt"
	"io"
	"strings"
	"unicode"
)

// escapeControls writes what the archive holds in a form safe for a
// terminal: a control character other than newline and tab (C0, DEL, C1)
// is written as a Go escape (\x1b, \u009b), so that an agency name or a
// failure reason from a hostile page cannot move the cursor, retitle the
// window or clear the screen of the operator who runs status or crawl.
func escapeControls(s string) string {
	if !strings.ContainsFunc(s, isRawControl) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case !isRawControl(r):
			b.WriteRune(r)
		case r < 0x80:
			fmt.Fprintf(&b, `\x%02x`, r)
		default:
			fmt.Fprintf(&b, `\u%04x`, r)
		}
	}
	return b.String()
}

func isRawControl(r rune) bool { return r != '\n' && r != '\t' && unicode.IsControl(r) }

// controlEscaper is a writer that passes its text through escapeControls.
// Each Write must hold whole characters, as every fmt.Fprint call does.
type controlEscaper struct{ w io.Writer }

func (e controlEscaper) Write(p []byte) (int, error) {
	if _, err := io.WriteString(e.w, escapeControls(string(p))); err != nil {
		return 0, err
	}
	return len(p), nil
}
