// Package analyst owns how the analyst views are shown and sent: the
// /trends page with its chart and table, the home page's "last 30 days",
// the results page's characteristic words, and the JSON and CSV answers of
// /api/v1/trends, /api/v1/terms and /api/v1/rising. Package analytics
// computes the numbers; package ui reads the parameters, runs the
// analytics and writes what this package builds.
//
// Like package view, whose pieces its pages use, it must not import Echo
// nor call the engine, and it never writes a search's address itself: ui
// gives it the addresses or a function that writes them.
package analyst
