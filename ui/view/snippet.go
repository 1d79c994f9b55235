package view

import (
	"html"
	"html/template"
	"strings"
)

// The engine promises snippets that are escaped text with matches in
// <mark>. The page trusts a snippet as HTML, the only pre-rendered HTML it
// shows, so SafeSnippet enforces that promise instead of assuming it: it
// unescapes and escapes the text again around the <mark> tags. Escaped text
// comes out unchanged; any other tag comes out as visible text. The JSON
// API sends its snippets through it too.
func SafeSnippet(s string) string {
	if s == "" {
		return ""
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	open := false
	for s != "" {
		i := strings.Index(s, "<")
		if i < 0 {
			b.WriteString(reescape(s))
			break
		}
		b.WriteString(reescape(s[:i]))
		s = s[i:]
		switch {
		case strings.HasPrefix(s, "<mark>") && !open:
			b.WriteString("<mark>")
			s, open = s[len("<mark>"):], true
		case strings.HasPrefix(s, "</mark>") && open:
			b.WriteString("</mark>")
			s, open = s[len("</mark>"):], false
		default:
			b.WriteString("&lt;")
			s = s[1:]
		}
	}
	if open {
		b.WriteString("</mark>")
	}
	return b.String()
}

// reescape normalises text that should be escaped already.
func reescape(s string) string {
	return html.EscapeString(html.UnescapeString(s))
}

// SnippetHTML marks a checked snippet as safe for the templates.
func SnippetHTML(s string) template.HTML {
	return template.HTML(SafeSnippet(s)) //nolint:gosec // checked by SafeSnippet
}
