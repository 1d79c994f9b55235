// Package extract turns a fetched page into a release (a
// jhasearch.Document) with a source's rules: the title, dates, summary,
// tags, language, translations, aliases and body text of an HTML page,
// read with goquery, or of an answer of Europol's JSON node API; and it
// says why a page is not a release (a listing, a cookie wall, a bot
// challenge, a JavaScript shell) with a RejectError.
//
// It needs no network and keeps no state, so that a rebuild re-extracts
// the whole archive with today's rules. It must not fetch, discover
// releases or store anything (packages fetch and scraper do), and knows
// a source only as its Rules, never the sources file. Its errors keep the
// "scraper:" prefix, as the crawl report shows them to the operator.
package extract
