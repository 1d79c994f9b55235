// Package demosite serves a sample newsroom for six JHA agencies on one host,
// so that the demo command, the end-to-end test and the browser test can run
// the real scraper without the network.
//
// Each agency lives under its own path prefix (/eulisa/, /eurojust/,
// /frontex/, /eppo/, /eige/, /euda/) and copies the structure of the agency's
// real newsroom: paged listings, an RSS feed, a sitemap index, full article
// pages with navigation, cookie notices and share blocks around the content.
// The texts are composed from phrase banks written for this package; they
// copy no agency's text. The content is deterministic: a fixed seed gives the
// same releases, dates and tags on every run.
//
// The site keeps the traps of the real ones, so that the demo exercises the
// scraper's rules rather than a tidy copy of them:
//   - "related" and "suggested reads" boxes carry other releases' dates;
//   - eu-LISA's older pages end with a "; " tag line and a "Photo:" credit
//     line in the body, and both eu-LISA and Eurojust listings link old
//     SharePoint addresses that answer 301 to the new pages;
//   - EIGE writes "15 Sept 2024"; EUDA's og:title is escaped twice and
//     carries a " | EUDA" suffix, its sitemap's lastmod is not a publication date and its paged listing
//     answers 403, as the real firewall does;
//   - Frontex answers a page past the end with the last page again;
//   - one Eurojust release has markup in its title and body, as text.
//
// A seventh newsroom, CEPOL's under /cepol/, is built by JavaScript as the
// real one is: its pages are empty shells that a script fills from a JSON
// API or inline JSON data. ScriptSources and ScriptReleases describe it
// apart from the six, because only a crawler that runs the scripts (the
// scraper's fetch: browser) can read it.
//
// The package uses the standard library only. It must not import the
// scraper, the index or the UI: tests compare what those produce against
// Releases, which is computed here independently.
package demosite
