package group

import "testing"

func TestURLPattern(t *testing.T) {
	for url, want := range map[string]string{
		"https://fra.example/de/news/2024/x": "https://fra.example/*/news/2024/x",
		"https://fra.example/news/x_fr":      "https://fra.example/news/x_*",
		"https://fra.example/news/x":         "",
		"https://fra.example/en":             "https://fra.example/*",
	} {
		if got := urlPattern(url); got != want {
			t.Errorf("urlPattern(%q) = %q, want %q", url, got, want)
		}
	}
}

func TestTranslationGroups(t *testing.T) {
	sig := func(id, url, language string, day int64, links ...string) Signature {
		return Signature{id: id, language: language, day: day, tr: newTranslationInfo(id, url, nil, links)}
	}
	sigs := []Signature{
		sig("b-de", "https://x.example/de/a", "de", 2, "https://x.example/en/a"),
		sig("a-en", "https://x.example/en/a", "en", 2),
		sig("c-fr", "https://x.example/fr/a", "fr", 1), // by the URL pattern
		sig("d-it", "https://x.example/it/b", "it", 1), // another release
		sig("e-pl", "https://y.example/pl", "pl", 3, "a-en"),
	}
	live := []bool{true, true, true, true, true}
	names, original := translationGroups(sigs, live)
	want := []string{"t-a-en", "t-a-en", "t-a-en", "", "t-a-en"}
	for i := range sigs {
		if names[i] != want[i] {
			t.Errorf("%s: group %q, want %q", sigs[i].id, names[i], want[i])
		}
	}
	// a-en has two versions linking to it.
	if !original[1] || original[0] || original[2] || original[4] {
		t.Errorf("original: %v", original)
	}
}
