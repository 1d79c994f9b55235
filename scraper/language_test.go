package scraper_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jhasearch/jhasearch/scraper"
)

// A page's language comes from <html lang>, og:locale or its own hreflang
// link; its other versions from its hreflang alternates on the source's
// hosts.
func TestPageLanguageAndTranslations(t *testing.T) {
	const head = `<link rel="alternate" hreflang="en" href="/en/news/x">
<link rel="alternate" hreflang="de" href="https://news.example.org/de/news/x/">
<link rel="alternate" hreflang="fr" href="/fr/news/x">
<link rel="alternate" hreflang="x-default" href="/news/x">
<link rel="alternate" hreflang="it" href="https://elsewhere.example.com/it/news/x">`
	const body = `<body><article><h1>Kontrollen verstärkt</h1><time datetime="2024-05-02"></time>
<p>Die Kontrollen an der Grenze wurden verstärkt.</p></article></body></html>`
	for _, c := range []struct{ name, html, want string }{
		{"html lang", `<html lang="de-AT"><head><title>Kontrollen verstärkt</title>` + head + `</head>`, "de"},
		{"og:locale", `<html><head><title>Kontrollen verstärkt</title><meta property="og:locale" content="de_DE">` + head + `</head>`, "de"},
		{"own hreflang link", `<html><head><title>Kontrollen verstärkt</title>` + head + `</head>`, "de"},
		{"the URL", `<html><head><title>Kontrollen verstärkt</title></head>`, "de"},
	} {
		t.Run(c.name, func(t *testing.T) {
			page := fixturePage(t, "generic", "article.html", "https://news.example.org/de/news/x", "text/html")
			page.Content = []byte(c.html + body)
			doc, err := scraper.Extract(genericSource(t), page)
			if err != nil {
				t.Fatal(err)
			}
			if doc.Language != c.want {
				t.Errorf("language %q, want %q", doc.Language, c.want)
			}
			var want []string
			if c.name != "the URL" {
				want = []string{"https://news.example.org/en/news/x", "https://news.example.org/fr/news/x"}
			}
			if diff := cmp.Diff(want, doc.Translations); diff != "" {
				t.Errorf("translations (-want +got):\n%s", diff)
			}
		})
	}
}
