package main

import "testing"

func TestEscapeControls(t *testing.T) {
	for in, want := range map[string]string{
		"plain text":            "plain text",
		"two\nlines\tand a tab": "two\nlines\tand a tab",
		"\x1b[31mred":           `\x1b[31mred`,
		"bell\a cr\r del\x7f":   `bell\x07 cr\x0d del\x7f`,
		"csi\u009b nel\u0085":   `csi\u009b nel\u0085`,
		"Europol – Día":         "Europol – Día",
	} {
		if got := escapeControls(in); got != want {
			t.Errorf("escapeControls(%q) = %q, want %q", in, got, want)
		}
	}
}
