package ui

import (
	"strings"

	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/ui/web"
)

// apiError is the body of every failed API answer (web.Errors writes it).
type apiError = web.ErrorJSON

// errors answers every failed request (web.Errors): JSON on the
// addresses programs read, the error page for people.
func (s *Server) errors() web.Errors {
	return web.Errors{Log: s.log, ForPrograms: isAPIPath, Page: s.renderError}
}

// isAPIPath tells machine clients from people: exports and the feed are
// read by programs too, so their errors are JSON as well.
func isAPIPath(p string) bool {
	return strings.HasPrefix(p, "/api/") || p == "/search.csv" || p == "/search.json" ||
		p == "/search.atom" || p == "/healthz" || p == "/readyz"
}

// unavailable is the answer while no index generation is served yet.
func unavailable() error {
	return jhasearch.Errorf(jhasearch.EUNAVAILABLE,
		"The search index is being built and is not ready yet; please try again in a minute.")
}

// ready is nil while an index generation is served, else unavailable().
func (s *Server) ready() error {
	if !s.search.Ready() {
		return unavailable()
	}
	return nil
}
