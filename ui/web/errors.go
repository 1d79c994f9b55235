package web

import (
	"errors"
	"fmt"
	"log/slog"
	"net/http"

	"github.com/jhasearch/jhasearch"
	"github.com/labstack/echo/v4"
)

// ErrorJSON is the body of every failed answer read by programs.
type ErrorJSON struct {
	Error ErrorBody `json:"error"`
}

// ErrorBody says what failed: one of the root package's error codes and a
// sentence safe to show.
type ErrorBody struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

// Errors is the one place where an error becomes an answer.
type Errors struct {
	Log *slog.Logger
	// ForPrograms tells the paths whose errors are JSON (ErrorJSON);
	// every other path gets Page.
	ForPrograms func(path string) bool
	// Page shows an error to a person.
	Page func(c echo.Context, status int, message string) error
}

// Handle answers err: JSON for programs, a page for people. Internal
// errors are logged with their detail and answered with a generic
// sentence. It is the router's HTTPErrorHandler.
func (e Errors) Handle(err error, c echo.Context) {
	if c.Response().Committed {
		e.Log.Warn("web: error after the answer began", "path", c.Request().URL.Path, "err", err)
		return
	}
	code, message, status := classify(c, err)
	if status >= 500 && code != jhasearch.EUNAVAILABLE {
		e.Log.Error("web: request failed", "method", c.Request().Method, "path", c.Request().URL.Path, "err", err)
	}
	if status == http.StatusServiceUnavailable {
		c.Response().Header().Set("Retry-After", "30")
	}
	var werr error
	if e.ForPrograms(c.Request().URL.Path) {
		werr = JSON(c, status, ErrorJSON{Error: ErrorBody{Code: code, Message: message}})
	} else {
		werr = e.Page(c, status, message)
	}
	if werr != nil {
		e.Log.Warn("web: write error answer", "err", werr)
	}
}

// classify turns any error into a code, a message safe to show and a status.
// Echo's own errors (no route, wrong method) keep their status.
func classify(c echo.Context, err error) (code, message string, status int) {
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
	return code, jhasearch.ErrorMessage(err), jhasearch.HTTPStatus(code)
}

// Recover turns a panicking handler into an internal error, so that the
// user gets the error answer and the log gets the detail.
func Recover(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) (err error) {
		defer func() {
			if r := recover(); r != nil {
				if r == http.ErrAbortHandler {
					panic(r)
				}
				err = fmt.Errorf("web: panic in handler: %v", r)
			}
		}()
		return next(c)
	}
}
