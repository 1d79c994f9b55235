// Package fetch is the scraper's one way to the network: a polite HTTP
// client (an identifying User-Agent, robots.txt, one request at a time per
// host with a gap, Retry-After, bounded retries, page and host time
// budgets, conditional GET) that is also safe (timeouts, a body cap, a
// dialer that refuses private addresses, redirects only to a site's own
// hosts), and the headless Chromium that renders the pages of a source
// with fetch: browser, whose every request it still sends itself.
//
// It knows a source only as a Site (hosts, headers, rate, budgets). It
// must not read pages (extraction is package extract's; a browser's
// screen hook decides what is a bot wall), discover releases or store
// anything: that is the crawl's, in package scraper. Its errors keep the
// "scraper:" prefix, as the crawl report shows them to the operator.
package fetch
