package demosite

import "strings"

// fold maps the accented letters that occur in the phrase banks and the
// releases in other languages (languages.go) to ASCII.
var fold = strings.NewReplacer("ń", "n", "ü", "u", "é", "e", "ö", "o", "ä", "a",
	"ç", "c", "ț", "t", "€", "eur", "%", " percent", "&", " and ",
	"Ü", "U", "ß", "ss", "à", "a", "è", "e", "ó", "o", "ã", "a", "õ", "o", "í", "i", "ê", "e",
	"ł", "l", "ś", "s", "ą", "a", "ę", "e", "ż", "z", "ź", "z", "É", "E")

// slugify turns a title into the lower-case, dash-separated path segment
// the Drupal sites generate, cut at a word boundary after about 80 bytes.
func slugify(title string) string {
	var b strings.Builder
	dash := false
	for _, c := range strings.ToLower(fold.Replace(title)) {
		if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' {
			b.WriteRune(c)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	s := strings.TrimRight(b.String(), "-")
	for len(s) > 80 {
		i := strings.LastIndexByte(s, '-')
		if i < 0 {
			return s[:80]
		}
		s = s[:i]
	}
	return s
}

// titleWords turns a title into SharePoint's page name: the words in their
// own case joined by dashes ("EMPACT-Communication-Network-gathers-in-Tallinn").
func titleWords(title string) string {
	words := strings.FieldsFunc(fold.Replace(title), func(c rune) bool {
		return !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')
	})
	return strings.Join(words, "-")
}
