// Package scraper fetches the agencies' newsroom pages politely, finds the
// releases on listings, feeds, sitemaps and Europol's JSON API, extracts each
// release into a jhasearch.Document with per-source rules kept as data (the
// sources file), and hands document and raw page to a Store.
//
// It owns goquery and the network. It must not know how pages are stored
// (that is the Store's job), nor anything of the index or the web interface.
package scraper
