// Package analyst owns the analyst views on the web: the /trends page with
// its chart and table, the home page's "last 30 days", the results page's
// characteristic words, and the JSON and CSV answers of /api/v1/trends,
// /api/v1/terms and /api/v1/rising, from the reading of their parameters
// to what is shown and sent. Package analytics computes the numbers;
// package ui builds Handlers and registers its routes.
//
// The pieces of its pages (structs, chart, table) are Echo-free and built
// from package view's; only the handlers (handlers.go, endpoints.go,
// trends_handler.go, page_terms.go) see Echo, which stays in the ui tree.
// It reads requests and writes addresses only through package request,
// the parser and permalink writer every endpoint shares, and calls the
// engine only through package analytics.
package analyst
