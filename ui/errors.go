package ui

import (
	"errors"
	"fmt"
	"net/http"
	"strings"

	"github.com/jhasearch/jhasearch"
	"github.com/labstack/echo/v4"
)

// apiError is the body of every failed API answer.
type apiError struct {
	Error apiErrorBody `json:"error"`
}

type apiErrorBody struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

// statusOf maps an error code to its HTTP status.
func statusOf(code string) int { return jhasearch.HTTPStatus(code) }

// handleError is the one place where an error becomes an answer: JSON under
// /api/, an HTML page for people everywhere else. Internal errors are logged
// with their detail and answered with a generic sentence.
func (s *Server) handleError(err error, c echo.Context) {
	if c.Response().Committed {
		s.log.Warn("ui: error after the answer began", "path", c.Request().URL.Path, "err", err)
		return
	}
	code, message, status := s.classify(c, err)
	if status >= 500 && code != jhasearch.EUNAVAILABLE {
		s.log.Error("ui: request failed", "method", c.Request().Method, "path", c.Request().URL.Path, "err", err)
	}
	if status == http.StatusServiceUnavailable {
		c.Response().Header().Set("Retry-After", "30")
	}
	var werr error
	if isAPIPath(c.Request().URL.Path) {
		werr = writeJSON(c, status, apiError{Error: apiErrorBody{Code: code, Message: message}})
	} else {
		werr = s.renderError(c, status, code, message)
	}
	if werr != nil {
		s.log.Warn("ui: write error answer", "err", werr)
	}
}

// classify turns any error into a code, a message safe to show and a status.
// Echo's own errors (no route, wrong method) keep their status.
func (s *Server) classify(c echo.Context, err error) (code, message string, status int) {
	var he *echo.HTTPError
	if errors.As(err, &he) && he.Internal == nil {
		switch {
		case he.Code == http.StatusNotFound:
			return jhasearch.ENOTFOUND, "There is no page at this address.", he.Code
		case he.Code == http.StatusMethodNotAllowed:
			allow := c.Response().Header().Get("Allow")
			if allow == "" {
				allow = "GET"
			}
			return jhasearch.EINVALID, "This address does not accept that method; it takes " + allow + ".", he.Code
		case he.Code < 500:
			return jhasearch.EINVALID, "The request could not be understood.", he.Code
		}
	}
	code = jhasearch.ErrorCode(err)
	return code, jhasearch.ErrorMessage(err), statusOf(code)
}

// isAPIPath tells machine clients from people: exports and the feed are
// read by programs too, so their errors are JSON as well.
func isAPIPath(p string) bool {
	return strings.HasPrefix(p, "/api/") || p == "/search.csv" || p == "/search.json" ||
		p == "/search.atom" || p == "/healthz" || p == "/readyz"
}

// recoverPanic turns a panicking handler into an internal error, so that the
// user gets the error page and the log gets the detail.
func (s *Server) recoverPanic(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) (err error) {
		defer func() {
			if r := recover(); r != nil {
				if r == http.ErrAbortHandler {
					panic(r)
				}
				err = fmt.Errorf("ui: panic in handler: %v", r)
			}
		}()
		return next(c)
	}
}

// unavailable is the answer while no index generation is served yet.
func unavailable() error {
	return jhasearch.Errorf(jhasearch.EUNAVAILABLE,
		"The search index is being built and is not ready yet; please try again in a minute.")
}
