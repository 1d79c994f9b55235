package lang

import "strings"

// A page's own word on its language wins, unless its text says otherwise
// clearly: a release of at least overrideWords words whose detection has at
// most overrideSupport for the declared language (its evidence against
// the winner's). Sites mark translated pages with the language
// of the site's template often enough ("en" on a German body) that the text
// must be able to overrule them.
const (
	overrideWords   = 25
	overrideSupport = 0.25
)

// Decide returns the language of a release: declared (a tag as the page or
// the import gives it, "" or "und" when none) normalised to an official
// language, or the language of its text when nothing is declared, when the
// tag names no official language it can read, or when a release long
// enough says clearly that the tag is wrong. English when nothing decides.
// A declared language outside the official ones ("ru", "uk") is kept as
// its primary subtag when the text decides nothing.
func Decide(declared string, text ...string) string {
	code, ok := Normalize(declared)
	d := Detect(join(text))
	switch {
	case ok && (d.Code == "" || d.Code == code):
		return code
	case ok && d.Words >= overrideWords && d.Support(code) <= overrideSupport:
		return d.Code
	case ok:
		return code
	case d.Code != "":
		return d.Code
	}
	primary := strings.ToLower(strings.TrimSpace(declared))
	if i := strings.IndexAny(primary, "-_"); i >= 0 {
		primary = primary[:i]
	}
	if primary == "" || primary == "und" || primary == "x" {
		return English
	}
	return primary
}

// join joins the parts of a release up to what Detect reads.
func join(parts []string) string {
	if len(parts) == 1 {
		return parts[0]
	}
	var b strings.Builder
	for _, p := range parts {
		if b.Len() >= detectBytes {
			break
		}
		if p != "" {
			b.WriteString(p)
			b.WriteString("\n")
		}
	}
	return b.String()
}
