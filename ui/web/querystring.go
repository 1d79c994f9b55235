package web

import (
	"errors"
	"net/url"
	"strings"

	"github.com/jhasearch/jhasearch"
	"github.com/labstack/echo/v4"
)

// WellFormedQuery refuses a request whose query string does not parse. Go's
// parser (and Echo's QueryParams over it) drops the pairs it cannot read and
// the error with them, so "q=zzzz%zz" or "q=zzzz;" became a search for
// everything. Refusing here, before any handler, means no handler can read
// a query string with pairs missing.
func WellFormedQuery(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		if err := checkQueryString(c.Request().URL.RawQuery); err != nil {
			return err
		}
		return next(c)
	}
}

// checkQueryString returns an EINVALID error that names what is wrong with
// raw, or nil when every pair of it parses.
func checkQueryString(raw string) error {
	if raw == "" {
		return nil
	}
	if strings.Contains(raw, ";") {
		return jhasearch.Errorf(jhasearch.EINVALID, "The query string contains a semicolon; separate parameters with & and write a literal semicolon as %%3B.")
	}
	_, err := url.ParseQuery(raw)
	if err == nil {
		return nil
	}
	var esc url.EscapeError
	if errors.As(err, &esc) {
		// An EscapeError holds at most the three bytes of the bad escape,
		// so it is echoed whole.
		return jhasearch.Errorf(jhasearch.EINVALID, "The query string is malformed: %q is not a valid percent-escape; write a literal %% as %%25.", string(esc))
	}
	return jhasearch.Errorf(jhasearch.EINVALID, "The query string is malformed and cannot be read.")
}
