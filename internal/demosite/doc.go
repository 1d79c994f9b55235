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
// The package uses the standard library only. It must not import the
// scraper, the index or the UI: tests compare what those produce against
// Releases, which is computed here independently.
package demosite
