package jhasearch

import (
	"errors"
	"fmt"
	"net/http"
)

// Error codes. Each maps to one HTTP status in the API and one kind of
// message for people; internal detail never reaches them.
const (
	EINVALID     = "invalid"
	ENOTFOUND    = "not_found"
	EUNAVAILABLE = "unavailable"
	// ECONFLICT is a request that clashes with work in progress (a job
	// started while another runs); trying again later can succeed.
	ECONFLICT = "conflict"
	EINTERNAL = "internal"
)

// HTTPStatus is the one mapping from an error code to an HTTP status, used
// by every part of the HTTP layer so that one code never answers two
// statuses. Unknown codes are internal errors.
func HTTPStatus(code string) int {
	switch code {
	case EINVALID:
		return http.StatusBadRequest
	case ENOTFOUND:
		return http.StatusNotFound
	case ECONFLICT:
		return http.StatusConflict
	case EUNAVAILABLE:
		return http.StatusServiceUnavailable
	}
	return http.StatusInternalServerError
}

// Error is an error meant for the user of the product: Message is a whole
// sentence that says what was wrong and what is allowed.
type Error struct {
	Code    string
	Message string
}

func (e *Error) Error() string {
	return fmt.Sprintf("jhasearch: %s: %s", e.Code, e.Message)
}

// Errorf returns an *Error with the code and a formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of the first *Error in err's chain, EINTERNAL
// for any other error and "" for nil.
func ErrorCode(err error) string {
	var e *Error
	switch {
	case err == nil:
		return ""
	case errors.As(err, &e):
		return e.Code
	}
	return EINTERNAL
}

// ErrorMessage returns the message of the first *Error in err's chain, and a
// generic sentence for any other error so that internal detail stays inside.
func ErrorMessage(err error) string {
	var e *Error
	switch {
	case err == nil:
		return ""
	case errors.As(err, &e):
		return e.Message
	}
	return "An internal error occurred."
}
