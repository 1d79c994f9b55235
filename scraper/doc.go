// Package scraper crawls the agencies' newsrooms: it owns the sources file
// (the per-source rules kept as data: source.go, sources.yaml, loading and
// checks), finds the releases on listings, feeds, sitemaps and Europol's
// JSON API (walks, discovery, the notes kept between crawls), and hands
// each new or changed release, document and raw page, to a Store, with a
// report of the crawl.
//
// Two sub-packages do the work on either side of a page: package fetch
// reaches the network (the polite HTTP client, robots.txt, retries,
// budgets, the address guard and the headless Chromium of fetch: browser)
// and package extract turns a page into a jhasearch.Document with goquery.
// This package wires them: a Source goes to the one as a fetch.Site and to
// the other as extract.Rules. It must not know how pages are stored (that
// is the Store's job), nor anything of the index or the web interface.
package scraper
