// Package scraper fetches the agencies' newsroom pages politely, finds the
// releases on listings, feeds, sitemaps and Europol's JSON API, extracts each
// release into a jhasearch.Document with per-source rules kept as data (the
// sources file), and hands document and raw page to a Store.
//
// It owns goquery and the network, and the headless Chromium that renders
// the pages of a source with fetch: browser (whose every request it still
// sends itself). It must not know how pages are stored
// (that is the Store's job), nor anything of the index or the web interface.
package scraper
