package extract

import (
	"encoding/json"
	"maps"
	"slices"
	"strings"

	"github.com/PuerkitoBio/goquery"
)

// jsonLD returns the string values of key found anywhere in the page's
// JSON-LD blocks (objects, arrays and @graph lists alike). A keywords array
// gives one value per element. Broken blocks are skipped: they are the
// site's mistake, not a reason to lose the page.
func jsonLD(d *goquery.Document, key string) []string {
	var out []string
	d.Find(`script[type="application/ld+json"]`).Each(func(_ int, s *goquery.Selection) {
		var v any
		if json.Unmarshal([]byte(s.Text()), &v) == nil {
			out = append(out, findKey(v, key)...)
		}
	})
	return out
}

func findKey(v any, key string) []string {
	var out []string
	switch t := v.(type) {
	case map[string]any:
		if val, ok := t[key]; ok {
			out = append(out, stringsOf(val)...)
		}
		// Sorted keys: the same page gives the same answer every time.
		for _, k := range slices.Sorted(maps.Keys(t)) {
			if k != key {
				out = append(out, findKey(t[k], key)...)
			}
		}
	case []any:
		for _, child := range t {
			out = append(out, findKey(child, key)...)
		}
	}
	return out
}

func stringsOf(v any) []string {
	switch t := v.(type) {
	case string:
		return []string{strings.TrimSpace(t)}
	case []any:
		var out []string
		for _, e := range t {
			if s, ok := e.(string); ok {
				out = append(out, strings.TrimSpace(s))
			}
		}
		return out
	}
	return nil
}
